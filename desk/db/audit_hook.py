"""Writes an audit row for every insert, change and void flushed by a write session.

The rows are inserted through Core on the same connection inside the same transaction,
so a record and its audit entry are committed together or not at all. Deleting ledger
rows is refused outright: records are voided with a reason, never removed. The refusal
is enforced twice: here for ORM deletes and bulk DELETE statements, and in SQLite itself
by BEFORE DELETE triggers (migration 0002) for anything that goes around the ORM.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from desk.db.models.audit import AuditEntry

# Tables whose rows may be removed (configuration, not records); removal is still audited.
DELETABLE_TABLES = frozenset({"calendar_days", "settings"})
UNAUDITED_TABLES = frozenset({"audit_log"})
# What an anonymised value looks like in the audit trail (see desk.domain.admin.privacy).
REDACTED = "（已匿名化）"


class DeleteRefused(RuntimeError):
    """Raised when code tries to delete a ledger row."""


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return value


def _snapshot(obj: Any) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {col.key: _plain(getattr(obj, col.key)) for col in mapper.column_attrs}


def _changes(obj: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            before[attr.key] = _plain(hist.deleted[0]) if hist.deleted else None
            after[attr.key] = _plain(hist.added[0]) if hist.added else None
    return before, after


def _add_version(obj: Any, before: dict[str, Any], after: dict[str, Any]) -> None:
    """A versioned record's update names the version it made (desk.db.base.Versioned), so
    a desk whose form is older can be told which saves it missed."""
    column = inspect(obj).mapper.version_id_col
    if column is None:
        return
    version = getattr(obj, column.key)
    before[column.key], after[column.key] = version - 1, version


def _row_id(obj: Any) -> str:
    ident = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join("" if v is None else str(_plain(v)) for v in ident)


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str) if data else ""


def _redact(data: dict[str, Any], columns: frozenset[str]) -> dict[str, Any]:
    return {k: (REDACTED if k in columns and v else v) for k, v in data.items()}


def _is_void(before: dict[str, Any], after: dict[str, Any]) -> bool:
    if after.get("voided_at") and before.get("voided_at") is None:
        return True
    # Records without voided_at (handovers) carry the void in their state.
    return after.get("state") == "voided" and before.get("state") != "voided"


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in session.deleted:
        table = obj.__table__.name
        if table not in DELETABLE_TABLES:
            raise DeleteRefused(f"{table} 中的记录不能删除，只能作废")


def _on_orm_execute(state: ORMExecuteState) -> None:
    # Bulk DELETE statements never reach before_flush; refuse them the same way.
    if state.is_delete:
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", "")
        if name not in DELETABLE_TABLES:
            raise DeleteRefused(f"{name} 中的记录不能删除，只能作废")


def _after_flush(session: Session, _ctx: Any) -> None:
    now = session.info.get("now") or datetime.now()
    operator = session.info.get("operator_id")
    # Set by anonymisation: these columns' old values must not be copied into the trail.
    redact: frozenset[str] = frozenset(session.info.get("audit_redact", ()))
    update_action: str = session.info.get("audit_action", "update")
    rows: list[dict[str, Any]] = []

    def add(action: str, obj: Any, before: dict[str, Any], after: dict[str, Any]) -> None:
        if redact:
            before, after = _redact(before, redact), _redact(after, redact)
        rows.append(
            {
                "at": now,
                "operator_id": operator,
                "action": action,
                "table_name": obj.__table__.name,
                "row_id": _row_id(obj),
                "before_json": _dump(before),
                "after_json": _dump(after),
                "note": session.info.get("audit_note", ""),
            }
        )

    for obj in session.new:
        if obj.__table__.name not in UNAUDITED_TABLES:
            add("create", obj, {}, _snapshot(obj))
    for obj in session.dirty:
        if obj.__table__.name in UNAUDITED_TABLES or not session.is_modified(obj):
            continue
        before, after = _changes(obj)
        if not after:
            continue
        _add_version(obj, before, after)
        add("void" if _is_void(before, after) else update_action, obj, before, after)
    for obj in session.deleted:
        add("delete", obj, _snapshot(obj), {})
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def record_event(
    session: Session,
    action: str,
    *,
    table_name: str = "",
    row_id: str | int = "",
    note: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Add an audit row for something that is not a row change (login, export, restore…).

    Uses the write session's operator and time, so it commits with the rest of the work.
    """
    session.add(
        AuditEntry(
            at=session.info.get("now") or datetime.now(),
            operator_id=session.info.get("operator_id"),
            action=action,
            table_name=table_name,
            row_id=str(row_id),
            before_json=_dump(before or {}),
            after_json=_dump(after or {}),
            note=note,
        )
    )


def install(factory: sessionmaker[Session]) -> None:
    """Attach the audit listeners to a session factory (the write sessions)."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _on_orm_execute)
