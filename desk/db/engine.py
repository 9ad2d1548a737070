"""The one engine / session factory of the application, on SQLite or PostgreSQL.

Every write is one transaction that behaves as if the desks wrote one after another, so
a rule checked inside it (A and B not both away, one open whereabouts row, the next
number) holds however many desks save at once:

* SQLite is opened with WAL, foreign keys and a busy timeout; write transactions start
  with BEGIN IMMEDIATE so two desks on one file queue for the write lock instead of
  failing half-way.
* PostgreSQL runs write transactions at SERIALIZABLE isolation; when another desk's
  transaction got in the way the server refuses one of them (SQLSTATE 40001), and the
  work is simply run again. Reads stay at READ COMMITTED.

A write that meets a lock or such a refusal is retried with jittered back-off here, so
the message never reaches a clerk; a failure that is not worth retrying (disk full,
server unreachable) becomes a StorageError with a Chinese message.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desk.db import changes
from desk.db.storage_errors import StorageError, is_retryable, sqlstate, storage_error

__all__ = ["Database", "StorageError", "make_engine", "sqlite_path", "sqlite_url", "storage_error"]

T = TypeVar("T")

BUSY_TIMEOUT_MS = 5000
WRITE_RETRY_SECONDS = 60.0
# PostgreSQL: a desk gives up on an unreachable server after this long (then it says so).
CONNECT_TIMEOUT_S = 5
# PostgreSQL: a row lock held longer than this (a hung desk) is a retry, not a wait forever.
LOCK_TIMEOUT_MS = 10000
UNIQUE_VIOLATION = "23505"
UNIQUE_RACE_TRIES = 3


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for another engine or an in-memory database)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def make_engine(url: str) -> Engine:
    """Create the engine with the connection settings desk relies on."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        # psycopg logs what it ignores while closing after an error (e.g. a serialization
        # failure this module retries); like any library it must not print that on the
        # desk's stderr — an application that configures logging still receives it.
        driver_log = logging.getLogger("psycopg")
        if not any(isinstance(h, logging.NullHandler) for h in driver_log.handlers):
            driver_log.addHandler(logging.NullHandler())
        return create_engine(
            url,
            pool_pre_ping=True,  # a connection the server dropped is replaced, not reported
            connect_args={
                "connect_timeout": CONNECT_TIMEOUT_S,
                "application_name": "desk",
                "options": f"-c lock_timeout={LOCK_TIMEOUT_MS}",
            },
        )
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


_TABLES = "desk_tables"


class WriteCancelled(StorageError):
    """The clerk cancelled a save that was waiting for the store; nothing was saved."""

    def __init__(self) -> None:
        super().__init__("已取消：本次内容未保存，窗口中填写的内容仍保留。", "cancelled")


class Cancel:
    """Lets another thread stop a write that is waiting (for a lock, a slow server).

    Set as CURRENT_CANCEL on the thread that writes (desk.ui.background does it);
    ``cancel()`` interrupts the running statement through the driver (psycopg sends the
    server a cancel request, sqlite3 interrupts) and stops further retries. A write that
    had already committed stays committed: it is reported as saved, never as cancelled.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._running: Any = None

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()
        with self._lock:
            conn = self._running
        if conn is not None:
            with contextlib.suppress(Exception):
                (conn.cancel if hasattr(conn, "cancel") else conn.interrupt)()

    def attach(self, dbapi_connection: Any) -> None:
        with self._lock:
            self._running = dbapi_connection

    def detach(self) -> None:
        with self._lock:
            self._running = None

    def wait(self, seconds: float) -> bool:
        """Sleep between retries; True when cancelled meanwhile."""
        return self._event.wait(seconds)


CURRENT_CANCEL: contextvars.ContextVar[Cancel | None] = contextvars.ContextVar(
    "desk_cancel", default=None
)


def _note_tables(session: Session, _ctx: Any) -> None:
    """Remember which tables a write session flushed rows of (for change notifications)."""
    seen: set[str] = session.info.setdefault(_TABLES, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__table__", None)
        if table is not None:
            seen.add(table.name)


def _note_statement(state: Any) -> None:
    """The same for bulk UPDATE/INSERT statements run through the session."""
    if state.is_update or state.is_insert or state.is_delete:
        table = getattr(state.statement, "table", None)
        if table is not None:
            state.session.info.setdefault(_TABLES, set()).add(table.name)


class Database:
    """Engine plus short-lived sessions: `read()` for queries, `write(fn)` for one transaction."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        writing = self.engine.execution_options(desk_write=True)
        if self.is_postgres:
            writing = writing.execution_options(isolation_level="SERIALIZABLE")
        self._writes = sessionmaker(writing, expire_on_commit=False)
        # Called after each committed write with the names of the tables it wrote.
        self.write_listeners: list[Callable[[frozenset[str]], None]] = []
        # Transactions run again because another desk got in the way (for benchmarks).
        self.retries = 0
        # Names this process's writes in change notifications (desk.db.changes), so a desk
        # does not reload for its own write a second time.
        self.origin = uuid.uuid4().hex[:12]
        from desk.db import audit_hook

        audit_hook.install(self._writes)
        event.listen(self._writes, "after_flush", _note_tables)
        event.listen(self._writes, "do_orm_execute", _note_statement)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

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
        try:
            with self._reads() as session:
                yield session
        except DBAPIError as exc:
            translated = storage_error(exc)
            if translated is not None and translated.unreachable:
                raise translated from exc
            raise

    def write(
        self,
        fn: Callable[[Session], T],
        *,
        operator_id: int | None = None,
        now: datetime | None = None,
    ) -> T:
        """Run fn in one write transaction: all of it is committed, or nothing.

        Lock contention from another desk (and, on PostgreSQL, a serialization failure)
        is retried with jittered back-off: fn runs again from the start, so it must only
        touch the session, never widgets or files.
        """
        deadline = time.monotonic() + WRITE_RETRY_SECONDS
        delay = 0.02
        races = 0
        token = CURRENT_CANCEL.get()
        while True:
            if token is not None and token.cancelled:
                raise WriteCancelled()
            try:
                result, tables = self._attempt(fn, operator_id, now, token)
                break
            except DBAPIError as exc:
                if token is not None and token.cancelled:
                    raise WriteCancelled() from exc
                # PostgreSQL: a unique key another desk inserted a moment ago (the check
                # in fn could not see it yet). Running fn again sees it; a real duplicate
                # fails the same way each time, so only a few tries.
                raced = sqlstate(exc) == UNIQUE_VIOLATION and races < UNIQUE_RACE_TRIES
                races += raced
                if not (raced or is_retryable(exc)) or time.monotonic() > deadline:
                    translated = storage_error(exc)
                    if translated is not None:
                        raise translated from exc
                    raise
                self.retries += 1
                pause = delay * (0.5 + random.random())
                if token is None:
                    time.sleep(pause)
                elif token.wait(pause):
                    raise WriteCancelled() from exc
                delay = min(delay * 2, 1.0)
        for listener in list(self.write_listeners):
            listener(tables)
        return result

    def _attempt(
        self,
        fn: Callable[[Session], T],
        operator_id: int | None,
        now: datetime | None,
        token: Cancel | None,
    ) -> tuple[T, frozenset[str]]:
        """One try of a write: fn and the change notification in one transaction."""
        try:
            with self._writes.begin() as session:
                if token is not None:
                    token.attach(session.connection().connection.dbapi_connection)
                session.info["operator_id"] = operator_id
                session.info["now"] = now
                result = fn(session)
                session.flush()
                if token is not None and token.cancelled:
                    raise WriteCancelled()  # rolled back: nothing of it is kept
                tables = frozenset(session.info.get(_TABLES, ()))
                if tables and self.is_postgres:
                    # Delivered by the server at commit, to every desk that listens.
                    session.execute(
                        text("SELECT pg_notify(:c, :p)"),
                        {"c": changes.CHANNEL, "p": changes.payload(self.origin, tables)},
                    )
            return result, tables
        finally:
            if token is not None:
                token.detach()

    def dispose(self) -> None:
        self.engine.dispose()
