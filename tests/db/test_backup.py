"""Backups: rotation by day and month, exact restore, refusal of damaged or newer files."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desk.db.backup import (
    BackupError,
    backup_name,
    check_backup,
    list_backups,
    plan_rotation,
    snapshot,
)
from desk.db.intake_fts import is_fts_table
from desk.domain.common.codes import Status
from desk.domain.common.errors import PermissionDenied

# SQLite's own backup files; PostgreSQL's are tested in test_backup_postgres.py.
pytestmark = pytest.mark.sqlite


def dump(db_path: Path, skip: tuple[str, ...] = ("audit_log",)) -> dict[str, list[tuple]]:
    """Every row of every table (ordered), to compare databases exactly."""
    conn = sqlite3.connect(db_path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
            for t in sorted(tables)
            # The intake search index is derived from intakes (some of its tables have no rowid).
            if t not in skip and not is_fts_table(t)
        }
    finally:
        conn.close()


def audit_rows(db_path: Path) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    finally:
        conn.close()


def test_rotation_keeps_30_daily_and_12_monthly(small_hall, clock) -> None:
    """400 days of start and exit backups, then today's start: the configured counts remain."""
    hall = small_hall.hall
    service = hall.backups
    folder = service.folder()
    folder.mkdir()
    db_path = service.db_path()
    first = date(2025, 10, 12)
    days = [first + timedelta(days=i) for i in range(400)]
    for day in days:
        for at, tag in (
            (datetime(day.year, day.month, day.day, 8, 30), "daily"),
            (datetime(day.year, day.month, day.day, 17, 40), "exit"),
        ):
            (folder / backup_name(db_path, at, tag)).write_bytes(b"x")
    (folder / backup_name(db_path, datetime(2025, 1, 5, 9), "before-restore")).write_bytes(b"x")
    today = days[-1] + timedelta(days=1)
    clock.set(datetime(today.year, today.month, today.day, 8, 31))

    taken = service.daily()

    assert taken is not None and taken.exists()
    assert service.daily() is None  # once a day
    kept = list_backups(folder, db_path.stem)
    rotated = [b for b in kept if b.tag != "before-restore"]
    kept_days = sorted({b.taken_at.date() for b in rotated})
    assert len(rotated) == len(kept_days)  # one per day at most
    daily = [today - timedelta(days=i) for i in range(30)]
    months: list[tuple[int, int]] = []
    for d in sorted([today, *days], reverse=True):
        if (d.year, d.month) not in months:
            months.append((d.year, d.month))
    months = months[:12]
    monthly = [max(d for d in [*days, today] if (d.year, d.month) == m) for m in months]
    assert kept_days == sorted(set(daily) | set(monthly))
    assert len({(d.year, d.month) for d in kept_days}) == 12
    # The newest of each day is the one kept (the exit backup, not the morning one).
    assert all(b.tag == "exit" for b in rotated if b.taken_at.date() != today)
    assert any(b.tag == "before-restore" for b in kept)  # safety copies are never rotated


def test_rotation_counts_come_from_the_settings(leaders, clock) -> None:
    hall = leaders.hall
    leaders.sign_in("director")
    hall.settings.set_many({"backup.keep_daily": 2, "backup.keep_monthly": 1})
    for _ in range(5):
        hall.backups.daily()
        clock.advance(days=1)
    assert [b.taken_at.day for b in hall.backups.files()] == [20, 19]


def test_plan_rotation_with_zero_keeps_nothing_rotated() -> None:
    files = list_backups(Path("/nonexistent"))
    assert plan_rotation(files, 0, 0) == ([], [])


def test_backup_change_restore_brings_back_the_exact_rows(leaders, small_hall, clock) -> None:
    hall = leaders.hall
    db_path = hall.backups.db_path()
    earlier_rows = dump(db_path)
    earlier_audit = audit_rows(db_path)
    backup = hall.backups.take("manual")
    clock.advance(hours=1)
    hall.board.set_status(small_hall.staff["解东"], Status.TRIP, place="省厅")
    leaders.sign_in("director")
    hall.staff.add_staff("新同事", small_hall.dept["社保"])
    assert dump(db_path) != earlier_rows

    result = hall.backups.restore(backup)

    assert dump(db_path) == earlier_rows
    after = audit_rows(db_path)
    assert after[: len(earlier_audit)] == earlier_audit
    restore_row = after[-1]
    assert restore_row[3] == "restore" and restore_row[2] == leaders.director
    assert "钱主任" in restore_row[-1]
    # The database as it was before the restore is kept, with the change in it.
    assert result.safety_copy.exists()
    assert ("新同事",) in sqlite3.connect(result.safety_copy).execute("SELECT name FROM staff")
    assert [p.name for p in hall.staff.staff()].count("新同事") == 0  # the live hall sees it
    assert not result.signed_out and hall.operator_id == leaders.director


def _corrupt(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at : at + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["header", "page"])
def test_restoring_a_corrupt_file_is_refused_and_changes_nothing(leaders, where: str) -> None:
    hall = leaders.hall
    leaders.sign_in("director")
    db_path = hall.backups.db_path()
    backup = hall.backups.take("manual")
    _corrupt(backup, 0 if where == "header" else 4096 * 2)  # a b-tree page header
    hall.staff.add_staff("变更后", hall.staff.departments()[0].id)
    before_rows, before_audit = dump(db_path), audit_rows(db_path)
    before_files = sorted(p.name for p in hall.backups.folder().iterdir())

    with pytest.raises(BackupError, match="未恢复，现有数据未改动"):
        hall.backups.restore(backup)

    assert dump(db_path) == before_rows and audit_rows(db_path) == before_audit
    assert sorted(p.name for p in hall.backups.folder().iterdir()) == before_files


def test_a_backup_from_a_newer_program_is_refused(leaders, tmp_path: Path) -> None:
    hall = leaders.hall
    leaders.sign_in("admin")
    newer = tmp_path / "newer.sqlite3"
    hall.backups.take(out=newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="更新版本"):
        hall.backups.restore(newer)
    with pytest.raises(BackupError, match="不是本程序的数据库"):
        check_backup(_plain_sqlite(tmp_path / "other.sqlite3"))


def _plain_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path


def test_a_clerk_cannot_restore(leaders) -> None:
    backup = leaders.hall.backups.take("manual")
    with pytest.raises(PermissionDenied, match="从备份恢复数据库"):
        leaders.hall.backups.restore(backup)


def test_unwritable_backups_folder_gives_a_chinese_message(hall, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(BackupError, match="无法写入备份文件夹") as err:
        snapshot(hall.backups.db_path(), blocker / "b.sqlite3")
    assert "设置" in str(err.value)


def test_backup_is_a_single_checked_file(hall) -> None:
    path = hall.backups.take("manual")
    assert path.parent == hall.backups.db_path().parent / "backups"
    assert check_backup(path)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no -wal, no .part
