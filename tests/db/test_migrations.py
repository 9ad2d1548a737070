"""The store: Alembic builds the schema, it matches the models, newer files are refused."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

import desk
import desk.db.models  # noqa: F401  (every table on the metadata)
from desk.bootstrap import open_hall
from desk.db.base import Base
from desk.db.intake_fts import is_fts_table
from desk.db.migrate import (
    DatabaseUnreadable,
    SchemaTooNew,
    current_revision,
    head_revision,
)

PACKAGE = Path(desk.__file__).resolve().parent


def fingerprint(path: Path) -> dict[str, tuple[str, int]]:
    """Content hash and mtime of the database file and any WAL/SHM beside it."""
    out = {}
    for p in sorted(path.parent.glob(path.name + "*")):
        out[p.name] = (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
    return out


def test_empty_database_is_migrated_to_head(db_path) -> None:
    hall = open_hall(f"sqlite:///{db_path}")
    try:
        assert current_revision(hall.db.engine) == head_revision()
        tables = set(inspect(hall.db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert hall.is_empty()
    finally:
        hall.db.dispose()


def test_migrated_schema_matches_the_models(db_path) -> None:
    hall = open_hall(f"sqlite:///{db_path}")
    try:
        with hall.db.engine.connect() as conn:
            # The intake search index (FTS5, created at start like the guards) has no model.
            def modelled(name: str | None, type_: str, _parent: object) -> bool:
                return not (type_ == "table" and name and is_fts_table(name))

            opts = {"compare_type": True, "include_name": modelled}
            ctx = MigrationContext.configure(conn, opts=opts)
            diff = compare_metadata(ctx, Base.metadata)
        assert diff == []
    finally:
        hall.db.dispose()


def test_opening_again_is_a_no_op(db_path) -> None:
    open_hall(f"sqlite:///{db_path}").db.dispose()
    hall = open_hall(f"sqlite:///{db_path}")
    try:
        assert current_revision(hall.db.engine) == head_revision()
    finally:
        hall.db.dispose()


def test_database_from_a_newer_desk_is_refused_untouched(db_path) -> None:
    open_hall(f"sqlite:///{db_path}").db.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
    conn.close()
    before = fingerprint(db_path)
    with pytest.raises(SchemaTooNew) as err:
        open_hall(f"sqlite:///{db_path}")
    assert "f00d_from_the_future" in str(err.value) and "未作任何改动" in str(err.value)
    assert fingerprint(db_path) == before


def test_a_file_that_is_no_database_is_reported(tmp_path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is not a database, just text " * 200)
    before = fingerprint(path)
    with pytest.raises(DatabaseUnreadable):
        open_hall(f"sqlite:///{path}")
    assert fingerprint(path) == before


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(db_path) -> None:
    hall = open_hall(f"sqlite:///{db_path}")
    try:
        with hall.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        hall.db.dispose()


def test_a_database_at_head_opens_without_loading_alembic(db_path) -> None:
    open_hall(f"sqlite:///{db_path}").db.dispose()
    code = (
        "import sys\n"
        "from desk.bootstrap import open_hall\n"
        f"open_hall('sqlite:///{db_path}').db.dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False"


def test_every_ledger_table_is_guarded_by_the_migrations(db_path) -> None:
    """A table added later must add its no-delete trigger in its own migration."""
    from desk.db.audit_hook import DELETABLE_TABLES

    open_hall(f"sqlite:///{db_path}").db.dispose()
    with sqlite3.connect(db_path) as conn:
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    unguarded = [
        t
        for t in Base.metadata.tables
        if t not in DELETABLE_TABLES and f"desk_no_delete_{t}" not in triggers
    ]
    assert unguarded == []
    assert {"desk_audit_fixed", "intakes_fts_ai", "intakes_fts_au", "intakes_fts_ad"} <= triggers
    assert "intakes_fts" in tables


def test_upgrade_from_0001_indexes_existing_intakes(db_path) -> None:
    """0002 builds the search index from intakes a 0001 database already holds."""
    from alembic import command

    from desk.db.engine import Database
    from desk.db.migrate import alembic_config

    url = f"sqlite:///{db_path}"
    db = Database(url)
    cfg = alembic_config(url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    db.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO departments (name, phone, location, sort_order, active) "
            "VALUES ('民政办', '', '', 0, 1)"
        )
        conn.execute(
            "INSERT INTO staff (name, department_id, title, phone, duties, is_director, "
            "active, sort_order, created_at) VALUES ('周春英', 1, '', '', '', 0, 1, 0, "
            "'2026-11-16 09:00:00')"
        )
        columns = [r[1] for r in conn.execute("PRAGMA table_info(intakes)")]
        values = {c: "" for c in columns}
        values.update(
            id=1,
            created_at="2026-11-16 09:00:00",
            channel="visit",
            matter="低保",
            first_contact_id=1,
            outcome="handled",
            edit_count=0,
            search_grams="张建 建国 国",
        )
        for c in (
            "service_item_id",
            "post_id",
            "responsible_id",
            "serving_id",
            "operator_id",
            "referred_department_id",
            "edited_at",
            "voided_at",
            "voided_by",
        ):
            if c in values:
                values[c] = None
        conn.execute(
            f"INSERT INTO intakes ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
            list(values.values()),
        )
    conn.close()
    open_hall(url).db.dispose()
    with sqlite3.connect(db_path) as conn:
        hits = conn.execute(
            "SELECT rowid FROM intakes_fts WHERE intakes_fts MATCH '\"建国\"'"
        ).fetchall()
    conn.close()
    assert hits == [(1,)]
