"""The one engine / session factory of the application.

SQLite is opened with WAL, foreign keys and a busy timeout; write transactions start
with BEGIN IMMEDIATE so two desks on one file queue for the write lock instead of
failing half-way, and a write that still meets "database is locked" is retried with
back-off here, so the message never reaches a clerk.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")

BUSY_TIMEOUT_MS = 5000
WRITE_RETRY_SECONDS = 60.0


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for another engine or an in-memory database)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _is_lock_error(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "locked" in text or "busy" in text


class StorageError(RuntimeError):
    """The database file could not be written; str(exc) says in Chinese what to do.

    Raised instead of SQLite's own message for a full disk, a read-only file or folder,
    an I/O error or a damaged file. The transaction was rolled back: nothing was saved,
    so the clerk's form can stay open and be saved again once the cause is fixed.
    """

    def __init__(self, message: str, cause: str) -> None:
        super().__init__(message)
        self.cause = cause


_STORAGE_MESSAGES = [
    (
        ("disk is full", "database or disk is full"),
        "磁盘空间已满，本次内容未保存。请清理磁盘（或请管理员处理）后再点“保存”，"
        "已填写的内容仍保留在窗口中。",
    ),
    (
        ("readonly", "read-only"),
        "数据库文件或所在文件夹是只读的，本次内容未保存。请检查文件权限，"
        "或请管理员处理后再保存，已填写的内容仍保留在窗口中。",
    ),
    (
        ("disk i/o error", "unable to open database file"),
        "读写数据库文件时出错（磁盘或网络共享可能断开），本次内容未保存。"
        "请检查磁盘或网络连接后再保存，已填写的内容仍保留在窗口中。",
    ),
    (
        # Only after WRITE_RETRY_SECONDS of retries: another desk kept the file busy.
        ("locked", "busy"),
        "另一台电脑长时间占用数据库（可能正在导入或备份），本次内容未保存。"
        "请稍候一两分钟再点“保存”，已填写的内容仍保留在窗口中。",
    ),
    (
        ("malformed", "not a database", "file is encrypted"),
        "数据库文件已损坏，本次内容未保存。请先不要关闭窗口，联系管理员从最近的备份恢复。",
    ),
]


def storage_error(exc: BaseException) -> StorageError | None:
    """The Chinese StorageError for a low-level write failure, or None if it is another error."""
    text = str(getattr(exc, "orig", exc)).lower()
    for needles, message in _STORAGE_MESSAGES:
        if any(n in text for n in needles):
            return StorageError(message, text)
    return None


def make_engine(url: str) -> Engine:
    """Create the engine with the connection settings desk relies on."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide when transactions begin (see _on_begin).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if parsed.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode = WAL")
        # FULL: a save the clerk saw confirmed survives a power cut, not only a crash.
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("desk_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


class Database:
    """Engine plus short-lived sessions: `read()` for queries, `write(fn)` for one transaction."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(
            self.engine.execution_options(desk_write=True), expire_on_commit=False
        )
        self.write_listeners: list[Callable[[], None]] = []
        from desk.db import audit_hook

        audit_hook.install(self._writes)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        db = make_url(self.url).database
        if not self.is_sqlite or db in (None, "", ":memory:"):
            return None
        return Path(db)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; objects returned from it are detached when it ends."""
        # Closing (not rolling back) keeps loaded attributes readable after the block.
        with self._reads() as session:
            yield session

    def write(
        self,
        fn: Callable[[Session], T],
        *,
        operator_id: int | None = None,
        now: datetime | None = None,
    ) -> T:
        """Run fn in one write transaction: all of it is committed, or nothing.

        Lock contention from another desk is retried with jittered back-off.
        """
        deadline = time.monotonic() + WRITE_RETRY_SECONDS
        delay = 0.02
        while True:
            try:
                with self._writes.begin() as session:
                    session.info["operator_id"] = operator_id
                    session.info["now"] = now
                    result = fn(session)
                break
            except (OperationalError, DatabaseError) as exc:
                if not _is_lock_error(exc) or time.monotonic() > deadline:
                    translated = storage_error(exc)
                    if translated is not None:
                        raise translated from exc
                    raise
                time.sleep(delay * (0.5 + random.random()))
                delay = min(delay * 2, 1.0)
        for listener in list(self.write_listeners):
            listener()
        return result

    def dispose(self) -> None:
        self.engine.dispose()
