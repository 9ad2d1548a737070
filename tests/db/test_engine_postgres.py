"""PostgreSQL: conflicting desks are retried, a server that is gone is said in Chinese."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from desk.db import engine as engine_module
from desk.db.engine import Database, StorageError
from desk.db.models import Department
from desk.domain.common.context import Context
from desk.domain.common.errors import StorageFailure

pytestmark = pytest.mark.postgres


def _department(db: Database) -> int:
    def add(s: Session) -> int:
        d = Department(name="民政办", phone="")
        s.add(d)
        s.flush()
        return d.id

    return db.write(add)


def test_writes_run_serializable_and_reads_read_committed(hall) -> None:
    def level(s: Session) -> str:
        return str(s.execute(text("SHOW transaction_isolation")).scalar())

    assert hall.db.write(level) == "serializable"
    with hall.db.read() as s:
        assert level(s) == "read committed"


def test_a_desk_that_lost_a_race_runs_its_work_again(hall) -> None:
    """Desk A read the department, desk B changed it and committed, then A writes: the
    server refuses A (serialization failure), and A's work runs again on fresh data."""
    dept = _department(hall.db)
    other = Database(hall.db.url)
    a_has_read, b_done = threading.Event(), threading.Event()
    seen: list[str] = []

    def desk_a(s: Session) -> None:
        d = s.get(Department, dept)
        seen.append(d.name)
        if len(seen) == 1:
            a_has_read.set()
            b_done.wait(10)
        d.phone = f"看到的名称：{d.name}"

    def desk_b() -> None:
        a_has_read.wait(10)
        other.write(lambda s: setattr(s.get(Department, dept), "name", "民政办公室"))
        b_done.set()

    thread = threading.Thread(target=desk_b)
    thread.start()
    hall.db.write(desk_a)
    thread.join(10)
    other.dispose()
    assert seen == ["民政办", "民政办公室"]  # the second run saw B's change
    with hall.db.read() as s:
        d = s.get(Department, dept)
        assert (d.name, d.phone) == ("民政办公室", "看到的名称：民政办公室")


def test_a_row_lock_held_past_the_lock_timeout_is_retried(hall, monkeypatch) -> None:
    monkeypatch.setattr(engine_module, "LOCK_TIMEOUT_MS", 100)
    dept = _department(hall.db)
    db = Database(hall.db.url)
    holder = create_engine(hall.db.url)
    conn = holder.connect()
    conn.begin()
    conn.execute(text("SELECT * FROM departments WHERE id = :i FOR UPDATE"), {"i": dept})
    threading.Timer(0.6, conn.commit).start()
    started = time.monotonic()
    db.write(lambda s: setattr(s.get(Department, dept), "phone", "0571-1"))
    assert time.monotonic() - started >= 0.5
    conn.close()
    holder.dispose()
    with db.read() as s:
        assert s.get(Department, dept).phone == "0571-1"
    db.dispose()


def test_a_lock_that_never_ends_becomes_a_chinese_message(hall, monkeypatch) -> None:
    monkeypatch.setattr(engine_module, "LOCK_TIMEOUT_MS", 50)
    monkeypatch.setattr(engine_module, "WRITE_RETRY_SECONDS", 0.3)
    dept = _department(hall.db)
    db = Database(hall.db.url)
    holder = create_engine(hall.db.url)
    with holder.connect() as conn:
        conn.begin()
        conn.execute(text("SELECT * FROM departments WHERE id = :i FOR UPDATE"), {"i": dept})
        with pytest.raises(StorageError, match="另一台电脑长时间占用数据库") as err:
            db.write(lambda s: setattr(s.get(Department, dept), "phone", "等不到"))
        assert "lock" in err.value.cause
        conn.rollback()
    holder.dispose()
    db.dispose()


def _closed_port_url(url: str) -> str:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # Nothing listens there once the socket is closed.
    return make_url(url).set(port=port).render_as_string(hide_password=False)


def test_an_unreachable_server_is_a_chinese_message_not_a_traceback(hall) -> None:
    db = Database(_closed_port_url(hall.db.url))
    try:
        with pytest.raises(StorageError, match="无法连接数据库服务器") as err:
            db.write(lambda s: s.add(Department(name="存不进去", phone="")))
        assert err.value.unreachable
        with pytest.raises(StorageError, match="无法连接数据库服务器"), db.read() as s:
            s.scalar(select(Department.id))
        # Through the domain, like every form: a DomainError that keeps the form open.
        with pytest.raises(StorageFailure, match="已填写的内容仍保留在窗口中"):
            Context(db=db).write(lambda s: s.add(Department(name="存不进去", phone="")))
    finally:
        db.dispose()


def test_a_server_restart_is_survived_without_the_clerk_noticing(hall) -> None:
    """Connections the server dropped (restart, idle cut) are replaced at the next use."""
    _department(hall.db)
    admin = create_engine(hall.db.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
    admin.dispose()
    with hall.db.read() as s:
        assert s.scalar(select(Department.name)) == "民政办"
    hall.db.write(lambda s: s.add(Department(name="社保所", phone="")))
