"""Where the tests' databases live: SQLite files, or PostgreSQL when DESK_TEST_DATABASE_URL is set.

DESK_TEST_DATABASE_URL names a PostgreSQL server the tests may create and drop databases
on (e.g. ``postgresql+psycopg://deskpg@127.0.0.1:5433``; .ci/run starts a throw-away
one). Each kind of store hands a test a database of its own, fast:

* SQLite copies a file migrated once per session;
* PostgreSQL keeps one migrated database per test process and empties it before each
  test (DELETE with triggers switched off, identities restarted: ~30 ms, where creating a
  database from a template takes ~0.4 s); a test that needs a database of its own (a
  migration from scratch, a copy of a built month) gets one created and dropped for it.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from desk.bootstrap import open_hall

ENV = "DESK_TEST_DATABASE_URL"


def test_server_url() -> str:
    return os.environ.get(ENV, "").strip()


ON_POSTGRES = bool(test_server_url())


class SqliteStore:
    """Files in the test's temporary folder, copied from a template migrated once."""

    name = "sqlite"

    def __init__(self, template_dir: Path) -> None:
        self.template = template_dir / "desk.sqlite3"
        open_hall(self.url_of(self.template)).db.dispose()  # closing checkpoints the WAL

    @staticmethod
    def url_of(path: Path) -> str:
        return f"sqlite:///{path}"

    def migrated(self, tmp_path: Path) -> str:
        target = tmp_path / "desk.sqlite3"
        shutil.copyfile(self.template, target)
        return self.url_of(target)

    def empty(self, tmp_path: Path, name: str = "desk.sqlite3") -> str:
        return self.url_of(tmp_path / name)

    def built(self, tmp_path: Path, build: Callable[[str], None]) -> str:
        """A database filled once by build(url) (kept for copies)."""
        path = tmp_path / "built.sqlite3"
        build(self.url_of(path))
        return self.url_of(path)

    def copy(self, url: str, tmp_path: Path) -> str:
        target = tmp_path / "desk.sqlite3"
        shutil.copyfile(str(make_url(url).database), target)
        return self.url_of(target)

    def drop(self, url: str) -> None:
        pass  # the temporary folder goes with the test

    def finish(self) -> None:
        pass


class PostgresStore:
    """Databases on the test server, named after this process so runs never collide."""

    name = "postgresql"

    def __init__(self, server_url: str) -> None:
        self.server = make_url(server_url)
        self.admin: Engine = create_engine(
            self.server.set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        self.prefix = f"desk_t{os.getpid()}_"
        self._numbers = itertools.count(1)
        self._made: list[str] = []
        self.work = self._create("work")
        open_hall(self.url(self.work)).db.dispose()
        with self._engine(self.work).connect() as conn:
            self._tables = list(
                conn.execute(
                    text(
                        "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = "
                        "'public' AND tablename <> 'alembic_version'"
                    )
                ).scalars()
            )

    def url(self, database: str) -> str:
        return self.server.set(database=database).render_as_string(hide_password=False)

    def _engine(self, database: str) -> Engine:
        return create_engine(self.url(database), poolclass=NullPool)

    def _create(self, label: str, template: str | None = None) -> str:
        name = f"{self.prefix}{label}{next(self._numbers)}"
        with self.admin.connect() as conn:
            if template:
                self._close_connections(conn, template)
            extra = f" TEMPLATE {template}" if template else ""
            conn.exec_driver_sql(f"CREATE DATABASE {name}{extra}")
        self._made.append(name)
        return name

    @staticmethod
    def _close_connections(conn, database: str) -> None:  # noqa: ANN001
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :d AND pid <> pg_backend_pid()"
            ),
            {"d": database},
        )

    def migrated(self, tmp_path: Path) -> str:
        """The process's database at head, emptied of what the last test left."""
        with self.admin.connect() as conn:
            self._close_connections(conn, self.work)
        engine = self._engine(self.work)
        try:
            with engine.begin() as conn:
                # Replica mode skips triggers: the no-delete guards and foreign keys.
                conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
                for table in self._tables:
                    conn.exec_driver_sql(f"DELETE FROM {table}")
                conn.exec_driver_sql(
                    "SELECT setval(c.oid, 1, false) FROM pg_class c "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE c.relkind = 'S' AND n.nspname = 'public'"
                )
        finally:
            engine.dispose()
        return self.url(self.work)

    def empty(self, tmp_path: Path, name: str = "") -> str:
        return self.url(self._create("empty"))

    def built(self, tmp_path: Path, build: Callable[[str], None]) -> str:
        url = self.url(self._create("built"))
        build(url)
        return url

    def copy(self, url: str, tmp_path: Path) -> str:
        return self.url(self._create("copy", template=str(make_url(url).database)))

    def drop(self, url: str) -> None:
        name = str(make_url(url).database)
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if name in self._made:
            self._made.remove(name)

    def finish(self) -> None:
        with self.admin.connect() as conn:
            for name in self._made:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.admin.dispose()


Store = SqliteStore | PostgresStore


def make_store(template_dir: Path) -> Store:
    server = test_server_url()
    return PostgresStore(server) if server else SqliteStore(template_dir)
