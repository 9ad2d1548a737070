"""The store's own refusals, for both engines: no-delete guards, the fixed audit identity.

Records are voided, never deleted, and an audit row's who/when/what never changes. The
ORM hook (desk.db.audit_hook) refuses such changes first; these triggers make the
database itself refuse them too, for anything that goes around the program (a raw SQL
console, another tool). SQLite gets RAISE(ABORT) triggers, PostgreSQL PL/pgSQL trigger
functions raising SQLSTATE 23001 (restrict_violation), so both surface as an
IntegrityError with the same Chinese text.

Migrations call these helpers (a table added later adds its guard in its own migration);
tests read the installed triggers back with `trigger_names`.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

AUDIT_IDENTITY = ("id", "at", "operator_id", "action", "table_name", "row_id")
RESTRICT_VIOLATION = "23001"


def guard_name(table: str) -> str:
    return f"desk_no_delete_{table}"


def _pg_functions(conn: Connection) -> None:
    """The shared PL/pgSQL functions the PostgreSQL triggers call (created once)."""
    conn.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION desk_refuse_delete() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        "RAISE EXCEPTION USING ERRCODE = 'restrict_violation', "
        "MESSAGE = TG_TABLE_NAME || ' 中的记录不能删除，只能作废'; "
        "END $$"
    )


def add_no_delete_guard(conn: Connection, table: str) -> None:
    """Make the database refuse DELETE (and, on PostgreSQL, TRUNCATE) on table."""
    name = guard_name(table)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            f"CREATE TRIGGER {name} BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} 中的记录不能删除，只能作废'); END"
        )
        return
    _pg_functions(conn)
    conn.exec_driver_sql(
        f"CREATE TRIGGER {name} BEFORE DELETE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION desk_refuse_delete()"
    )
    conn.exec_driver_sql(
        f"CREATE TRIGGER {name}_truncate BEFORE TRUNCATE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION desk_refuse_delete()"
    )


def drop_no_delete_guard(conn: Connection, table: str) -> None:
    name = guard_name(table)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        return
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}_truncate ON {table}")


def add_audit_fixed(conn: Connection) -> None:
    """Refuse changing an audit row's identity; anonymisation may still redact its values."""
    if conn.dialect.name == "sqlite":
        changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in AUDIT_IDENTITY)
        conn.exec_driver_sql(
            "CREATE TRIGGER desk_audit_fixed BEFORE UPDATE ON audit_log "
            f"WHEN {changed} BEGIN SELECT RAISE(ABORT, '审计记录不能修改'); END"
        )
        return
    changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in AUDIT_IDENTITY)
    conn.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION desk_audit_fixed() RETURNS trigger "
        f"LANGUAGE plpgsql AS $$ BEGIN IF {changed} THEN "
        "RAISE EXCEPTION USING ERRCODE = 'restrict_violation', MESSAGE = '审计记录不能修改'; "
        "END IF; RETURN NEW; END $$"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER desk_audit_fixed BEFORE UPDATE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION desk_audit_fixed()"
    )


def drop_audit_fixed(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS desk_audit_fixed")
        return
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS desk_audit_fixed ON audit_log")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS desk_audit_fixed()")


def trigger_names(conn: Connection) -> set[str]:
    """The names of the triggers installed in the database (either engine)."""
    if conn.dialect.name == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    else:
        sql = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    return set(conn.execute(text(sql)).scalars())
