"""The 限时办结 columns: cases with their promised dates, overdue in red, due today in amber."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desk.domain.cases.views import SAME_DAY_KINDS, CaseView
from desk.domain.common.codes import CaseState
from desk.ui.formats import date_text
from desk.ui.table_model import Column, Look, RowTableModel
from desk.ui.theme import DONE_FG, DUE_TODAY_BG, GREY_FG, LATE_BG, LATE_FG

PROVISIONAL_TIP = "承诺日期跨越尚未公布放假安排的年度，为暂定日期"


def promised_text(c: CaseView) -> str:
    text = date_text(c.promised_date)
    if c.provisional:
        text += "（暂定）"
    if c.extended:
        text += "（已延期）"
    return text


def short_limit(c: CaseView) -> str:
    """The limit in a narrow column: "当日", "5个工作日", "30日"."""
    if c.kind in SAME_DAY_KINDS:
        return "当日"
    return c.limit_text


def left_text(c: CaseView) -> str:
    """ "剩3个工作日", "今日到期", "超期2天", or how it ended."""
    if c.voided:
        return ""
    if c.state is CaseState.COMPLETED:
        return "超期办结" if c.late else "按期办结"
    if c.state is CaseState.RETURNED:
        return ""
    if c.overdue:
        return f"超期{-c.days_left}天"
    if c.due_today:
        return "今日到期"
    unit = "天" if c.kind.value == "reported" else "个工作日"
    return f"剩{c.days_left}{unit}"


def _colours(row: CaseView) -> Look:
    if row.voided:
        return Look(foreground=GREY_FG)
    if row.overdue:
        return Look(background=LATE_BG, foreground=LATE_FG)
    if row.due_today:
        return Look(background=DUE_TODAY_BG)
    if row.state is CaseState.COMPLETED and row.late:
        return Look(foreground=LATE_FG)
    if not row.is_open:
        return Look(foreground=DONE_FG)
    return Look()


def _look(row: CaseView) -> Look:
    return Look(tooltip=PROVISIONAL_TIP if row.provisional else None).over(_colours(row))


COLUMNS: tuple[Column[CaseView], ...] = (
    Column("回执编号", lambda c: c.number),
    Column("受理时间", lambda c: c.accepted_at),
    Column("申请人", lambda c: c.visitor),
    Column("办理事项", lambda c: c.matter, stretch=True),
    Column("类型", lambda c: c.kind.label),
    Column("时限", short_limit),
    Column("承诺办结日期", promised_text, sort=lambda c: c.promised_date.isoformat()),
    Column("剩余", left_text),
    Column("经办人", lambda c: c.handler),
    Column("状态", lambda c: c.state_label),
)


class CaseModel(RowTableModel[CaseView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, look=_look, parent=parent)
