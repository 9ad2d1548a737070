"""Two desks editing one record: the second save is refused and told what the first changed.

A form remembers the ``row_version`` of the record it was opened on (every view of a
versioned record carries it, desk.db.base.Versioned). Saving passes it back; inside the
write transaction ``check_version`` compares it with the stored one. When another desk
saved in between, nothing is written and the clerk reads who changed what, when — taken
from the audit trail, which names the version each save made — so nothing is
overwritten silently and the form keeps what was typed.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from desk.db.models import AuditEntry, Operator, Staff
from desk.domain.common.errors import DomainError

# How many of the other desk's saves the message lists before "等".
_SHOWN = 3


class EditConflict(DomainError):
    """The record changed on another desk after this form was opened; nothing was saved."""


def check_version(s: Session, row: Any, expected: int | None, what: str) -> None:
    """Refuse the save (EditConflict) unless row is still at the version the form read.

    expected None: the caller did not read the record in a form (a scheduled job, the
    demo); no check. what: the record's name in the message (“这条办事登记”).
    """
    if expected is None or row.row_version == expected:
        return
    raise EditConflict(conflict_message(s, row, expected, what))


def _operator_names(s: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = s.execute(
        select(Operator.id, Staff.name)
        .join(Staff, Staff.id == Operator.staff_id)
        .where(Operator.id.in_(ids))
    ).all()
    return {i: name for i, name in rows}


def conflict_message(s: Session, row: Any, since: int, what: str) -> str:
    """“另一窗口（王晓燕，11月16日 10:32）已修改了这条…：地点（区里开会 → 市里开会）…”."""
    from desk.domain.admin.audit import field_changes

    table = row.__table__.name
    row_id = ",".join(str(v) for v in inspect(row).mapper.primary_key_from_instance(row))
    entries = s.scalars(
        select(AuditEntry)
        .where(AuditEntry.table_name == table, AuditEntry.row_id == row_id)
        .order_by(AuditEntry.id)
    ).all()
    missed = [e for e in entries if _version_made(e) > since]
    names = _operator_names(s, {e.operator_id for e in missed if e.operator_id is not None})
    lines = []
    for e in missed[-_SHOWN:]:
        who = names.get(e.operator_id or 0, "（未登录）")
        changed = "；".join(
            f"{c.label}（{c.before or '空'} → {c.after or '空'}）"
            for c in field_changes(table, e.before_json, e.after_json)
        )
        lines.append(f"· {who} {e.at:%m月%d日 %H:%M}：{changed or '作了修改'}")
    if len(missed) > _SHOWN:
        lines.insert(0, f"· ……（共 {len(missed)} 次修改，以下是最近 {_SHOWN} 次）")
    listed = "\n".join(lines) if lines else "· （修改内容未能读出）"
    return (
        f"保存前，另一窗口已修改了{what}：\n{listed}\n"
        "本次没有保存，以免覆盖对方的修改；窗口中填写的内容仍保留。"
        "请核对上面的修改，需要时关闭后重新打开再改。"
    )


def _version_made(entry: AuditEntry) -> int:
    if not entry.after_json:
        return 0
    try:
        return int(json.loads(entry.after_json).get("row_version") or 0)
    except (ValueError, TypeError, AttributeError):
        return 0
