"""`desk export`: writes the file, refuses bad months with exit code 2, leaves nothing behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from desk.cli import main
from desk.excel.ledgers import SHEETS
from desk.excel.workbook import LedgerWorkbook


def test_export_writes_the_workbook(
    month_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "台账.xlsx"
    out.parent.mkdir()
    assert main(["export", "--month", "2026-11", "--out", str(out), "--db", str(month_db)]) == 0
    assert openpyxl.load_workbook(out).sheetnames == list(SHEETS)
    said = capsys.readouterr().out
    assert "已导出2026年11月月度台账" in said and str(out) in said
    assert os.listdir(out.parent) == ["台账.xlsx"]


def test_export_into_a_folder_uses_the_default_name(month_db: Path, tmp_path: Path) -> None:
    assert (
        main(["export", "--month", "2026-11", "--out", str(tmp_path), "--db", str(month_db)]) == 0
    )
    assert (tmp_path / "青石街道便民服务中心_月度台账_2026-11.xlsx").is_file()


@pytest.mark.parametrize(
    ("month", "message"),
    [("2026-13", "月份“2026-13”不存在"), ("2026-1x", "月份“2026-1x”格式不对")],
)
def test_malformed_month_is_refused_with_exit_code_2(
    month_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], month: str, message: str
) -> None:
    out = tmp_path / "x.xlsx"
    code = main(["export", "--month", month, "--out", str(out), "--db", str(month_db)])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", "--month", "2026-11", "--db", str(tmp_path / "none.sqlite3")])
    assert code == 2
    assert "找不到数据库文件" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite3").exists()


def test_missing_output_folder_fails_cleanly(
    month_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code = main(["export", "--month", "2026-11", "--out", str(blocker / "x.xlsx"),
                 "--db", str(month_db)])  # fmt: skip
    assert code == 1
    assert "输出文件夹不存在" in capsys.readouterr().err


def test_unwritable_folder_fails_with_a_message_and_no_file(
    month_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()

    def refuse(*_a: object, **kw: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied", str(kw.get("dir", out)))

    # Running as root ignores chmod; refuse the way an unwritable folder does.
    monkeypatch.setattr("desk.excel.workbook.tempfile.mkstemp", refuse)
    code = main(["export", "--month", "2026-11", "--out", str(out / "x.xlsx"),
                 "--db", str(month_db)])  # fmt: skip
    assert code == 1
    assert "没有权限写入" in capsys.readouterr().err
    assert os.listdir(out) == []


def test_a_failure_midway_leaves_no_file_and_no_temp_file(
    month_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    out = tmp_path / "x.xlsx"
    out.write_bytes(b"last month's good file")
    real = LedgerWorkbook.add_table
    calls = {"n": 0}

    def flaky(self: LedgerWorkbook, *args: object, **kw: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("模拟故障")
        real(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(LedgerWorkbook, "add_table", flaky)
    code = main(["export", "--month", "2026-11", "--out", str(out), "--db", str(month_db)])
    assert code == 1
    assert "导出失败" in capsys.readouterr().err
    assert out.read_bytes() == b"last month's good file"
    left = set(os.listdir(tmp_path)) - {"desk.sqlite3", "desk.sqlite3-wal", "desk.sqlite3-shm"}
    assert left == {"x.xlsx"}


def test_disk_error_while_saving(
    month_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()

    def full(_self: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("openpyxl.writer.excel.ExcelWriter.write_data", full)
    code = main(["export", "--month", "2026-11", "--out", str(out / "x.xlsx"),
                 "--db", str(month_db)])  # fmt: skip
    assert code == 1
    assert "写入文件失败" in capsys.readouterr().err
    assert os.listdir(out) == []


def test_the_real_command_line(month_db: Path, tmp_path: Path) -> None:
    """As a scheduled task runs it: a separate process, exit codes and stderr."""
    bad = subprocess.run(
        [sys.executable, "-m", "desk", "export", "--month", "2026-13", "--db", str(month_db)],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert bad.returncode == 2
    assert "月份“2026-13”不存在" in bad.stderr
    assert not list(tmp_path.glob("*.xlsx"))
    good = subprocess.run(
        [sys.executable, "-m", "desk", "export", "--month", "2026-11", "--db", str(month_db)],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert good.returncode == 0, good.stderr
    assert [p.name for p in tmp_path.glob("*.xlsx")] == [
        "青石街道便民服务中心_月度台账_2026-11.xlsx"
    ]
