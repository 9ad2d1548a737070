"""Whereabouts two desks change at once: the later save is refused and told the news.

The status dialog, the quick menu and 回岗 act on the row the board showed (SeenEntry).
If another desk started a new stretch since, or amended the open one, the save would
overwrite it; instead the clerk reads what the other desk set (desk.domain.common.edits).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import Operator, Staff, WhereaboutsEntry
from desk.domain.board.views import SeenEntry
from desk.domain.common.codes import Status
from desk.domain.common.edits import EditConflict, check_version


def check_seen(
    s: Session, person: Staff, current: WhereaboutsEntry | None, seen: SeenEntry | None
) -> None:
    """Refuse a save made from a form showing whereabouts another desk has changed since."""
    if seen is None:
        return
    what = f"{person.name}的去向"
    if current is not None and current.id == seen.entry_id:
        check_version(s, current, seen.version, what)
        return
    if current is None and seen.entry_id is None:
        return
    # A newer stretch began (or, oddly, the open one was closed): say what it is.
    if current is None:
        raise EditConflict(f"保存前，另一窗口已修改了{what}。本次没有保存，请重新打开后再改。")
    who = s.scalar(
        select(Staff.name)
        .join(Operator, Operator.staff_id == Staff.id)
        .where(Operator.id == current.operator_id)
    )
    status = Status.of(current.status)
    shown = current.status_text if status is Status.OTHER and current.status_text else status.label
    detail = f"（{current.place}）" if current.place else ""
    raise EditConflict(
        f"保存前，另一窗口（{who or '未登录'}，{current.started_at:%m月%d日 %H:%M}）已把{what}"
        f"改为“{shown}”{detail}。\n本次没有保存，以免覆盖对方的修改；窗口中填写的内容仍保留。"
        "请核对后再决定是否修改。"
    )
