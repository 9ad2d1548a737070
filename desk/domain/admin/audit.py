"""Reading the audit trail: per record, per operator, per date range, with readable diffs.

The trail itself is written by desk.db.audit_hook (row changes) and `record` (events
such as logins, unmasked exports, restores). Browsing needs a director or an admin.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.audit_hook import record_event
from desk.db.models import AuditEntry, Operator, Staff
from desk.domain.admin.audit_labels import action_label, column_label, table_label
from desk.domain.common.context import Context
from desk.domain.people.permissions import Permission, require

# Columns never shown in a diff (derived search helpers, secrets).
_HIDDEN = frozenset({"search_key", "search_text", "search_grams", "row_version"})
_SECRET = frozenset({"pin_hash"})


@dataclass(frozen=True)
class FieldChange:
    column: str
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    operator_id: int | None
    operator: str
    action: str
    action_label: str
    table_name: str
    table_label: str
    row_id: str
    changes: tuple[FieldChange, ...]
    note: str

    @property
    def summary(self) -> str:
        """One line for a list: the changed fields, or the note."""
        if self.action == "create":
            return f"新建{self.table_label}"
        parts = [c.label for c in self.changes]
        text = "、".join(parts[:6]) + ("等" if len(parts) > 6 else "")
        return text or self.note


def _text(value: Any) -> str:
    if value is None or value == "":
        return ""
    if value is True:
        return "是"
    if value is False:
        return "否"
    return str(value)


def field_changes(table: str, before_json: str, after_json: str) -> tuple[FieldChange, ...]:
    """The readable changes of one audit row (labels, values as text)."""
    return _changes(table, before_json, after_json)


def _changes(table: str, before_json: str, after_json: str) -> tuple[FieldChange, ...]:
    before = json.loads(before_json) if before_json else {}
    after = json.loads(after_json) if after_json else {}
    out = []
    for column in list(dict.fromkeys([*before, *after])):
        if column in _HIDDEN:
            continue
        old, new = before.get(column), after.get(column)
        if column in _SECRET:
            old, new = ("已设置" if old else ""), ("已设置" if new else "")
        if old == new and before and after:
            continue
        out.append(FieldChange(column, column_label(table, column), _text(old), _text(new)))
    return tuple(out)


class AuditService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def record(
        self,
        action: str,
        *,
        table_name: str = "",
        row_id: str | int = "",
        note: str = "",
        after: dict[str, Any] | None = None,
    ) -> None:
        """Write an event (an unmasked export, a restore…) stamped with operator and time."""

        def work(s: Session) -> None:
            record_event(s, action, table_name=table_name, row_id=row_id, note=note, after=after)

        self.ctx.write(work)

    def entries(
        self,
        *,
        table_name: str | None = None,
        row_id: str | int | None = None,
        operator_id: int | None = None,
        since: date | None = None,
        until: date | None = None,
        action: str | None = None,
        limit: int = 2000,
    ) -> list[AuditRow]:
        """Audit rows, newest first, filtered by record, operator, day range and action."""
        require(self.ctx, Permission.AUDIT)
        q = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        if table_name is not None:
            q = q.where(AuditEntry.table_name == table_name)
        if row_id is not None and str(row_id) != "":
            q = q.where(AuditEntry.row_id == str(row_id))
        if operator_id is not None:
            q = q.where(AuditEntry.operator_id == operator_id)
        if since is not None:
            q = q.where(AuditEntry.at >= datetime.combine(since, time.min))
        if until is not None:
            q = q.where(AuditEntry.at < datetime.combine(until + timedelta(days=1), time.min))
        if action is not None:
            q = q.where(AuditEntry.action == action)
        with self.ctx.db.read() as s:
            names = self._operator_names(s)
            return [
                AuditRow(
                    e.id,
                    e.at,
                    e.operator_id,
                    names.get(e.operator_id or 0, "（系统）" if e.operator_id is None else ""),
                    e.action,
                    action_label(e.action),
                    e.table_name,
                    table_label(e.table_name),
                    e.row_id,
                    _changes(e.table_name, e.before_json, e.after_json),
                    e.note,
                )
                for e in s.scalars(q.limit(limit))
            ]

    def history(self, table_name: str, row_id: str | int) -> list[AuditRow]:
        """Everything that happened to one record, oldest first."""
        return list(reversed(self.entries(table_name=table_name, row_id=row_id, limit=100000)))

    def tables(self) -> list[tuple[str, str]]:
        """(table, Chinese label) of the tables that have audit rows (names only, no content)."""
        with self.ctx.db.read() as s:
            names = s.scalars(select(AuditEntry.table_name).distinct()).all()
        return sorted(((n, table_label(n)) for n in names), key=lambda t: t[1])

    def operators(self) -> list[tuple[int, str]]:
        """(operator id, name) of everyone who ever signed in, for the filter."""
        with self.ctx.db.read() as s:
            return sorted(self._operator_names(s).items(), key=lambda t: t[0])

    @staticmethod
    def _operator_names(s: Session) -> dict[int, str]:
        q = select(Operator.id, Staff.name).join(Staff, Staff.id == Operator.staff_id)
        return {oid: name for oid, name in s.execute(q)}
