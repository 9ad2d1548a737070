"""Storage failures reach the clerk as Chinese messages; lock contention is retried."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from desk.db import engine as engine_module
from desk.db.engine import Database, StorageError
from desk.db.models import Department
from desk.domain.common.errors import DomainError, StorageFailure


def _fill_until_full(hall) -> None:  # noqa: ANN001
    """Limit the file to its current size so that the next growth fails like a full disk."""
    db = hall.db
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")


@pytest.mark.sqlite
def test_full_disk_gives_a_chinese_message_and_saves_nothing(small_hall) -> None:
    hall = small_hall.hall
    before = [p.name for p in hall.staff.staff()]
    _fill_until_full(hall)
    with pytest.raises(StorageFailure) as err:
        for i in range(200):  # enough rows to need a new page
            hall.ctx.write(
                lambda s, i=i: s.add(Department(name=f"部门{i}" + "很长" * 100, phone=""))
            )
    assert isinstance(err.value, DomainError)
    assert "磁盘空间已满" in str(err.value) and "仍保留在窗口中" in str(err.value)
    assert [p.name for p in hall.staff.staff()] == before


@pytest.mark.sqlite
def test_read_only_file_gives_a_chinese_message(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    db = Database(f"sqlite:///{path}")

    # chmod does not stop root (the test runner); SQLite's query_only fails the same way.
    @event.listens_for(db.engine, "connect")
    def _read_only(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.execute("PRAGMA query_only = 1")

    with pytest.raises(StorageError, match="只读") as err:
        db.write(lambda s: s.connection().exec_driver_sql("INSERT INTO t VALUES (1)"))
    assert "readonly" in err.value.cause
    db.dispose()


@pytest.mark.sqlite
def test_lock_held_longer_than_the_busy_timeout_is_retried(hall, monkeypatch) -> None:  # noqa: ANN001
    """Another desk holds the write lock past SQLite's busy timeout: the write still succeeds."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    path = hall.db.sqlite_path
    db = Database(f"sqlite:///{path}")
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(0.6, other.execute, args=("COMMIT",)).start()
    started = time.monotonic()

    def work(s: Session) -> int:
        s.add(Department(name="排队的部门", phone=""))
        s.flush()
        return 1

    assert db.write(work) == 1
    assert time.monotonic() - started >= 0.5
    with db.read() as s:
        assert s.scalar(select(Department.name)) == "排队的部门"
    db.dispose()
    other.close()


@pytest.mark.sqlite
def test_a_lock_that_never_ends_becomes_a_chinese_message(hall, monkeypatch) -> None:
    """After the retry budget, the clerk reads what to do, not "database is locked"."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 20)
    monkeypatch.setattr(engine_module, "WRITE_RETRY_SECONDS", 0.3)
    path = hall.db.sqlite_path
    db = Database(f"sqlite:///{path}")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError, match="另一台电脑长时间占用数据库") as err:
            db.write(lambda s: s.add(Department(name="等不到的部门", phone="")))
        assert "locked" in err.value.cause
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.dispose()
