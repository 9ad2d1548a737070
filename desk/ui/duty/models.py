"""The 值班 page's lists: the month's roster, and the 领导待办 list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject

from desk.domain.duty.supervision import SupervisionItem
from desk.domain.duty.views import DutyDayView
from desk.ui.table_model import Column, Look, RowTableModel
from desk.ui.theme import DONE_FG, DUE_TODAY_BG, GREY_FG, LATE_BG, LATE_FG

ROSTER_COLUMNS: tuple[Column[DutyDayView], ...] = (
    Column("日期", lambda d: d.day),
    Column("星期", lambda d: d.weekday),
    Column("值班领导", lambda d: d.leader or ("（未安排）" if d.working else "休息日")),
    Column("安排", lambda d: d.source_label),
    Column("调剂与备注", lambda d: "；".join(x for x in (d.swap_text, d.note) if x), width=24),
    Column("值班记录", lambda d: d.log_state, stretch=True),
)


def roster_look(today: Callable[[], date]) -> Callable[[DutyDayView], Look | None]:
    """Weekends grey, today marked, a past day without a signed log in red."""

    def look(row: DutyDayView) -> Look | None:
        if not row.working:
            return Look(foreground=GREY_FG)
        if row.day == today():
            return Look(background=DUE_TODAY_BG)
        if row.log_state in ("未填写", "未签字") and row.day < today():
            return Look(background=LATE_BG, foreground=LATE_FG)
        return None

    return look


class RosterModel(RowTableModel[DutyDayView]):
    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(
            ROSTER_COLUMNS,
            row_id=lambda d: d.day.toordinal(),
            look=roster_look(today),
            parent=parent,
        )


def _supervision_look(row: SupervisionItem) -> Look | None:
    if row.urgent:
        return Look(background=LATE_BG, foreground=LATE_FG)
    if not row.action:
        return Look(foreground=DONE_FG)
    return None


SUPERVISION_COLUMNS: tuple[Column[SupervisionItem], ...] = (
    Column("类别", lambda i: i.kind_label),
    Column("事项", lambda i: i.text, stretch=True),
    Column("处理", lambda i: i.action or "—"),
)


class SupervisionModel(RowTableModel[SupervisionItem]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            SUPERVISION_COLUMNS,
            row_id=lambda i: (i.kind, i.record_kind, i.record_id, i.day),
            look=_supervision_look,
            parent=parent,
        )
