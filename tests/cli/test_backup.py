"""`desk backup` and `desk restore` on the command line: authorised restores only."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from desk.cli import main


def _names(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM staff ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def saved(leaders, db_path: Path, tmp_path: Path, capsys) -> Path:
    out = tmp_path / "saved.sqlite3"
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    assert "已备份到" in capsys.readouterr().out
    leaders.sign_in("director")
    leaders.hall.staff.add_staff("备份后加入", leaders.hall.staff.departments()[0].id)
    return out


def _restore(db_path: Path, saved: Path, monkeypatch, stdin: str, *extra: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--db", str(db_path), "restore", str(saved), *extra])


def test_backup_into_the_folder(leaders, db_path: Path, capsys) -> None:
    assert main(["--db", str(db_path), "backup"]) == 0
    made = list((db_path.parent / "backups").glob("desk-*-manual.sqlite3"))
    assert len(made) == 1 and str(made[0]) in capsys.readouterr().out


def test_director_restores_with_name_and_pin(saved, db_path, monkeypatch, capsys) -> None:
    assert "备份后加入" in _names(db_path)
    assert _restore(db_path, saved, monkeypatch, "2468\n", "--operator", "钱主任") == 0
    assert "备份后加入" not in _names(db_path)
    assert "恢复前的数据库已另存为" in capsys.readouterr().out


def test_name_and_pin_both_asked_on_stdin(saved, db_path, monkeypatch) -> None:
    assert _restore(db_path, saved, monkeypatch, "钱主任\n2468\n") == 0
    assert "备份后加入" not in _names(db_path)


@pytest.mark.parametrize(
    ("stdin", "extra", "message"),
    [
        ("9999\n", ("--operator", "钱主任"), "PIN不正确"),
        ("\n", ("--operator", "王前台"), "需要值班领导或管理员权限"),
        ("", (), "需要值班领导或管理员授权"),
        ("2468\n", ("--operator", "无此人"), "找不到"),
    ],
)
def test_restore_is_refused_without_a_leader(
    saved, db_path, monkeypatch, capsys, stdin, extra, message
) -> None:
    assert _restore(db_path, saved, monkeypatch, stdin, *extra) == 1
    assert message in capsys.readouterr().err
    assert "备份后加入" in _names(db_path)


def test_missing_backup_file_is_a_usage_error(db_path: Path, hall, capsys) -> None:
    assert main(["--db", str(db_path), "restore", "/nonexistent.sqlite3"]) == 2
    assert "找不到备份文件" in capsys.readouterr().err


def test_restore_over_an_unreadable_database(saved, db_path, monkeypatch, leaders) -> None:
    leaders.hall.db.dispose()
    data = bytearray(db_path.read_bytes())
    data[:16] = b"not a database!!"
    db_path.write_bytes(bytes(data))
    assert _restore(db_path, saved, monkeypatch, "2468\n", "--operator", "钱主任") == 0
    assert "备份后加入" not in _names(db_path)
    assert list((db_path.parent / "backups").glob("desk-*-damaged.sqlite3"))
