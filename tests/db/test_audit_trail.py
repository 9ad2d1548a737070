"""The audit trail covers every record kind, and ledgers and the trail are append-only.

The factory below builds one row of every mapped table, so a record kind added later is
checked without touching this file.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import delete, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.db.audit_hook import DELETABLE_TABLES, DeleteRefused
from desk.db.base import Base
from desk.db.guards import trigger_names
from desk.db.models import AuditEntry, Setting, Staff
from desk.domain.common.codes import Status
from desk.domain.hall import Hall

NOW = datetime(2026, 11, 16, 9, 0)


def _mapped_classes() -> dict[str, type]:
    return {m.local_table.name: m.class_ for m in Base.registry.mappers}


def _value(column: sa.Column[Any], n: int) -> Any:
    t = column.type
    if isinstance(t, sa.Boolean):
        return False
    if isinstance(t, sa.DateTime):
        return NOW
    if isinstance(t, sa.Date):
        return date(2026, 11, n % 28 + 1)
    if isinstance(t, sa.Time):
        return time(9, 0)
    if isinstance(t, sa.Integer | sa.Numeric | sa.Float):
        return n
    length = getattr(t, "length", None)  # PostgreSQL enforces VARCHAR(n), SQLite does not
    return f"值{n}"[: length or None]


def _edited_value(column: sa.Column[Any], table: str) -> str:
    return f"改过的{table}"[: getattr(column.type, "length", None) or None]


def _build_one_of_each(s: Session) -> dict[str, Any]:
    """One row per table, in dependency order, foreign keys pointing at earlier rows."""
    classes = _mapped_classes()
    made: dict[str, Any] = {}
    for n, table in enumerate(Base.metadata.sorted_tables, start=1):
        if table.name == "audit_log" or table.name not in classes:
            continue
        values: dict[str, Any] = {}
        for column in table.columns:
            if (
                column.primary_key
                and column.autoincrement in (True, "auto")
                and isinstance(column.type, sa.Integer)
            ):
                continue
            fk = next(iter(column.foreign_keys), None)
            if fk is not None:
                target = made.get(fk.column.table.name)
                values[column.key] = getattr(target, fk.column.key) if target else None
            elif not column.nullable or column.primary_key:
                values[column.key] = _value(column, n)
        obj = classes[table.name](**values)
        s.add(obj)
        s.flush()
        made[table.name] = obj
    return made


def _row_id(obj: Any) -> str:
    return ",".join(str(v) for v in sa.inspect(obj).identity)


def _editable_column(table: sa.Table) -> sa.Column[Any] | None:
    for column in table.columns:
        if (
            isinstance(column.type, sa.String | sa.Text)
            and not column.primary_key
            and not column.foreign_keys
            and not column.unique
        ):
            return column
    return None


def test_every_record_kind_is_audited_on_create_update_and_void(hall: Hall) -> None:
    made = hall.db.write(_build_one_of_each, operator_id=None, now=NOW)
    ids = {name: _row_id(obj) for name, obj in made.items()}
    classes = _mapped_classes()
    edited: dict[str, str] = {}

    def edit(s: Session) -> None:
        for name in ids:
            table = Base.metadata.tables[name]
            column = _editable_column(table)
            if column is None:
                continue
            obj = s.get(classes[name], made[name].__mapper__.primary_key_from_instance(made[name]))
            setattr(obj, column.key, _edited_value(column, name))
            edited[name] = column.key
            if "voided_at" in table.columns:
                obj.voided_at = NOW
                obj.void_reason = "录入错误"

    hall.db.write(edit, now=NOW)
    with hall.db.read() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    by_record: dict[tuple[str, str], list[AuditEntry]] = {}
    for e in entries:
        by_record.setdefault((e.table_name, e.row_id), []).append(e)
    for name, row_id in ids.items():
        rows = by_record.get((name, row_id), [])
        actions = [e.action for e in rows]
        assert actions[0] == "create", name
        created = json.loads(rows[0].after_json)
        assert set(created) == {c.key for c in sa.inspect(classes[name]).column_attrs}, name
        if name in edited:
            assert len(rows) == 2, name
            expected = "void" if "voided_at" in Base.metadata.tables[name].columns else "update"
            assert actions[1] == expected, name
            after = json.loads(rows[1].after_json)
            column = Base.metadata.tables[name].columns[edited[name]]
            assert after[edited[name]] == _edited_value(column, name), name
            assert json.loads(rows[1].before_json)[edited[name]] == created[edited[name]]
    assert len(ids) == len(_mapped_classes()) - 1  # every table but audit_log itself


def test_audit_rows_carry_operator_and_clock_time(small_hall, clock) -> None:
    hall = small_hall.hall
    clock.advance(hours=2)
    hall.board.set_status(small_hall.staff["解东"], Status.TRIP)
    with hall.db.read() as s:
        e = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "whereabouts")).all()[-1]
    assert e.operator_id == small_hall.operator_id and e.at == clock.now()


def test_orm_delete_of_a_ledger_row_is_refused(small_hall) -> None:
    hall = small_hall.hall

    def remove(s: Session) -> None:
        s.delete(s.get(Staff, small_hall.staff["仇红"]))

    with pytest.raises(DeleteRefused, match="只能作废"):
        hall.db.write(remove)

    def bulk(s: Session) -> None:
        s.execute(delete(Staff).where(Staff.id == small_hall.staff["仇红"]))

    with pytest.raises(DeleteRefused):
        hall.db.write(bulk)
    assert hall.staff.get_staff(small_hall.staff["仇红"]).name == "仇红"


@pytest.mark.parametrize("table", ["staff", "whereabouts", "posts", "audit_log", "operators"])
def test_sql_delete_is_refused_by_the_database_itself(small_hall, table: str) -> None:
    """Even a DELETE that goes around the ORM aborts: triggers guard every ledger table."""
    with small_hall.hall.db.engine.begin() as conn, pytest.raises(IntegrityError, match="不能删除"):
        conn.execute(text(f"DELETE FROM {table}"))
    with small_hall.hall.db.engine.connect() as conn:
        assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() > 0


def test_every_ledger_table_has_a_delete_guard(hall: Hall) -> None:
    with hall.db.engine.connect() as conn:
        triggers = trigger_names(conn)
    for table in Base.metadata.tables:
        if table not in DELETABLE_TABLES:
            assert f"desk_no_delete_{table}" in triggers


def test_audit_identity_cannot_be_rewritten(small_hall) -> None:
    engine = small_hall.hall.db.engine
    with engine.begin() as conn, pytest.raises(IntegrityError, match="审计记录不能修改"):
        conn.execute(text("UPDATE audit_log SET operator_id = NULL, action = 'x'"))
    # Anonymisation may redact the stored values, nothing else.
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET before_json = '' WHERE id = 1"))


def test_configuration_rows_may_be_removed_and_the_removal_is_audited(hall: Hall) -> None:
    hall.settings.set("hall.name", "测试中心")

    def remove(s: Session) -> None:
        s.delete(s.get(Setting, "hall.name"))

    hall.db.write(remove, now=NOW)
    with hall.db.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (last.action, last.table_name, last.row_id) == ("delete", "settings", "hall.name")
    assert json.loads(last.before_json)["value_json"] == '"测试中心"'


def test_raw_delete_of_an_intake_and_of_the_audit_trail_is_refused(small_hall) -> None:
    """On either engine (SQLite trigger or PL/pgSQL): an intake and the trail stay."""
    from desk.domain.common.codes import Channel, Outcome
    from desk.domain.intake.views import IntakeDraft

    hall = small_hall.hall
    saved = hall.intakes.save(
        IntakeDraft(
            channel=Channel.VISIT, visitor_name="张建国", matter="低保申请",
            outcome=Outcome.HANDLED, result="已办", post_id=small_hall.post["救助"],
        )
    )  # fmt: skip
    statements = [
        f"DELETE FROM intakes WHERE id = {saved.intake_id}",
        "DELETE FROM audit_log",
    ]
    if hall.db.is_postgres:
        statements += ["TRUNCATE intakes CASCADE", "TRUNCATE audit_log"]
    for sql in statements:
        with hall.db.engine.begin() as conn, pytest.raises(IntegrityError, match="不能删除"):
            conn.execute(text(sql))
    with hall.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM intakes")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() > 0
