"""What changed in the store, on this desk and on the others: one feed of StoreChange.

* This desk: ``Database.write`` tells its listeners the tables a transaction wrote.
* Other desks on PostgreSQL: each write transaction also sends ``NOTIFY desk_changes``
  with its origin and tables; the server delivers it at commit to every desk listening.
* Other desks on SQLite: ``PRAGMA data_version`` changes when another connection
  commits to the file; it does not say which tables, so the change names none (anything
  may have changed).

``ChangeFeed`` listens (or polls) on a thread of its own with its own connection, so a
server that is slow or down never stalls the caller; ``drain()`` returns what arrived
since the last call, merged into one StoreChange. No Qt here (desk.ui.live drives it).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    from desk.db.engine import Database

CHANNEL = "desk_changes"
# How often SQLite's data_version is read, and how long a PostgreSQL wait lasts.
POLL_SECONDS = 0.4
# After losing the server: first retry, then at most this far apart.
RECONNECT_SECONDS = (0.5, 10.0)


@dataclass(frozen=True)
class StoreChange:
    """Some tables changed. No tables: unknown which (another desk on SQLite, a restore,
    a reconnect after notifications may have been missed) — treat everything as changed."""

    tables: frozenset[str] = frozenset()
    remote: bool = False

    @property
    def everything(self) -> bool:
        return not self.tables

    def touches(self, *tables: str) -> bool:
        """Whether a page showing these tables must reload."""
        return self.everything or not tables or bool(self.tables.intersection(tables))

    def merged(self, other: StoreChange) -> StoreChange:
        if self.everything or other.everything:
            return StoreChange(frozenset(), self.remote or other.remote)
        return StoreChange(self.tables | other.tables, self.remote or other.remote)


def payload(origin: str, tables: Iterable[str]) -> str:
    """The NOTIFY text: ``<origin> <table>,<table>…`` (well below the 8000-byte limit)."""
    return f"{origin} {','.join(sorted(tables))}"[:7900]


def parse(text: str, own_origin: str) -> StoreChange | None:
    """The change a notification announces; None for this desk's own writes."""
    origin, _, tables = text.partition(" ")
    if origin == own_origin:
        return None
    return StoreChange(frozenset(t for t in tables.split(",") if t), remote=True)


class ChangeFeed:
    """Changes other desks made, gathered on a background thread; drain() from any thread."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._pending: StoreChange | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # Whether the feed currently reaches the store (False while the server is down).
        self.connected = False

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="desk-change-feed", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)
            self._thread = None

    def drain(self) -> StoreChange | None:
        """What changed since the last call (None: nothing)."""
        with self._lock:
            found, self._pending = self._pending, None
        return found

    def _add(self, change: StoreChange) -> None:
        with self._lock:
            self._pending = change if self._pending is None else self._pending.merged(change)

    def _run(self) -> None:
        delay = RECONNECT_SECONDS[0]
        first = True
        while not self._stop.is_set():
            try:
                if self._db.is_postgres:
                    self._listen(first)
                else:
                    self._watch_file(first)
            except Exception:  # noqa: BLE001 — the server went away: try again later
                self.connected = False
                self._stop.wait(delay)
                delay = min(delay * 2, RECONNECT_SECONDS[1])
                first = False
                continue
            return

    def _reconnected(self, first: bool) -> None:
        self.connected = True
        if not first:
            # Notifications sent while this desk was cut off are lost: reload everything.
            self._add(StoreChange(frozenset(), remote=True))

    def _listen(self, first: bool) -> None:
        import psycopg

        url = make_url(self._db.url)
        conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self._reconnected(first)
            while not self._stop.is_set():
                for note in conn.notifies(timeout=POLL_SECONDS):
                    change = parse(note.payload, self._db.origin)
                    if change is not None:
                        self._add(change)
                # Notices arrive while waiting; a dead server shows as an exception here.
                conn.execute("SELECT 1")

    def _watch_file(self, first: bool) -> None:
        path = self._db.sqlite_path
        if path is None:
            return  # an in-memory database has no other desks
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        try:
            last = _data_version(conn)
            self._reconnected(first)
            while not self._stop.wait(POLL_SECONDS):
                now = _data_version(conn)
                if now != last:
                    last = now
                    self._add(StoreChange(frozenset(), remote=True))
        finally:
            with contextlib.suppress(sqlite3.Error):
                conn.close()


def _data_version(conn: sqlite3.Connection) -> Any:
    return conn.execute("PRAGMA data_version").fetchone()[0]


def wait_for(feed: ChangeFeed, seconds: float) -> StoreChange | None:
    """Block until something arrives (tests and tools; the UI polls drain() instead)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = feed.drain()
        if found is not None:
            return found
        time.sleep(0.02)
    return None
