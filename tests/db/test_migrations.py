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
from sqlalchemy import create_engine, inspect, text

import desk
import desk.db.models  # noqa: F401  (every table on the metadata)
from desk.bootstrap import open_hall
from desk.db.base import Base
from desk.db.guards import trigger_names
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


def test_empty_database_is_migrated_to_head(empty_db_url: str) -> None:
    hall = open_hall(empty_db_url)
    try:
        assert current_revision(hall.db.engine) == head_revision()
        tables = set(inspect(hall.db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert hall.is_empty()
    finally:
        hall.db.dispose()


def test_migrated_schema_matches_the_models(empty_db_url: str) -> None:
    hall = open_hall(empty_db_url)
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


def test_opening_again_is_a_no_op(empty_db_url: str) -> None:
    open_hall(empty_db_url).db.dispose()
    hall = open_hall(empty_db_url)
    try:
        assert current_revision(hall.db.engine) == head_revision()
    finally:
        hall.db.dispose()


@pytest.mark.postgres
def test_a_postgres_database_from_a_newer_desk_is_refused_untouched(empty_db_url: str) -> None:
    engine = create_engine(empty_db_url)
    open_hall(empty_db_url).db.dispose()
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00d_from_the_future'"))
    with pytest.raises(SchemaTooNew, match="未作任何改动"):
        open_hall(empty_db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "f00d_from_the_future"
        )
    engine.dispose()


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


def test_every_ledger_table_is_guarded_by_the_migrations(empty_db_url: str) -> None:
    """A table added later must add its no-delete trigger in its own migration."""
    from desk.db.audit_hook import DELETABLE_TABLES

    open_hall(empty_db_url).db.dispose()
    engine = create_engine(empty_db_url)
    with engine.connect() as conn:
        triggers = trigger_names(conn)
        tables = set(inspect(conn).get_table_names())
    engine.dispose()
    unguarded = [
        t
        for t in Base.metadata.tables
        if t not in DELETABLE_TABLES and f"desk_no_delete_{t}" not in triggers
    ]
    assert unguarded == []
    assert {"desk_audit_fixed", "intakes_fts_ai", "intakes_fts_au", "intakes_fts_ad"} <= triggers
    assert "intakes_fts" in tables


def _upgrade(url: str, revision: str) -> None:
    from alembic import command

    from desk.db.engine import Database
    from desk.db.migrate import alembic_config

    db = Database(url)
    cfg = alembic_config(url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    db.dispose()


def _insert(conn, table: str, **values: object) -> None:  # noqa: ANN001
    """A row with every NOT NULL text column filled ('' unless given)."""
    columns = inspect(conn).get_columns(table)
    row: dict[str, object] = {}
    for c in columns:
        if c["name"] in values:
            row[c["name"]] = values[c["name"]]
        elif not c["nullable"] and c.get("default") is None and c["name"] != "id":
            row[c["name"]] = ""
    names = ", ".join(row)
    conn.execute(
        text(f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + n for n in row)})"), row
    )


def _people(conn) -> None:  # noqa: ANN001
    _insert(conn, "departments", id=1, name="民政办", sort_order=0, active=True)
    _insert(
        conn, "staff", id=1, name="周春英", department_id=1, is_director=False, active=True,
        sort_order=0, created_at="2026-11-16 09:00:00",
    )  # fmt: skip


def test_upgrade_from_0001_indexes_existing_intakes(empty_db_url: str) -> None:
    """0002 builds the search index from intakes a 0001 database already holds."""
    _upgrade(empty_db_url, "0001")
    engine = create_engine(empty_db_url)
    with engine.begin() as conn:
        _people(conn)
        _insert(
            conn, "intakes", id=1, created_at="2026-11-16 09:00:00", channel="visit",
            matter="低保", first_contact_id=1, outcome="handled", edit_count=0,
            search_grams="张建 建国 国",
        )  # fmt: skip
    engine.dispose()
    hall = open_hall(empty_db_url)
    try:
        from desk.domain.intake.views import IntakeFilter

        assert [r.id for r in hall.intakes.find(IntakeFilter(text="建国"))] == [1]
    finally:
        hall.db.dispose()


def test_upgrade_from_0002_seeds_the_counters_and_repairs_open_rows(empty_db_url: str) -> None:
    """0004 on a database two desks wrote before it: numbers go on from the highest
    issued, and a person left with two open whereabouts rows gets one."""
    _upgrade(empty_db_url, "0002")
    engine = create_engine(empty_db_url)
    with engine.begin() as conn:
        _people(conn)
        for i, (start, status) in enumerate(
            [("2026-11-16 08:00:00", "meeting"), ("2026-11-16 08:05:00", "trip")], start=1
        ):
            _insert(
                conn, "whereabouts", id=i, staff_id=1, status=status, started_at=start,
                recorded_at=start,
            )  # fmt: skip
        for seq in (1, 2, 7):
            _insert(
                conn, "refusal_records", year=2026, seq=seq, number=f"第{seq}号",
                created_at="2026-11-16 09:00:00", reported_on=None, leader_at=None,
            )  # fmt: skip
    engine.dispose()
    hall = open_hall(empty_db_url)
    try:
        from desk.db import numbering

        assert hall.db.write(lambda s: numbering.next_number(s, "refusal", 2026)) == 8
        engine = hall.db.engine
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, ended_at FROM whereabouts ORDER BY id")).all()
        assert [r[0] for r in rows] == [1, 2]
        assert str(rows[0][1]).startswith("2026-11-16 08:05") and rows[1][1] is None
    finally:
        hall.db.dispose()
