"""The 限时办结 table: cases with their promised dates, overdue in red, due today in amber."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desk.domain.cases.views import SAME_DAY_KINDS, CaseView
from desk.domain.common.codes import CaseState
from desk.ui.appointments.table_model import (
    DONE_FG,
    DUE_TODAY_BG,
    OVERDUE_BG,
    OVERDUE_FG,
    VOIDED_FG,
    RecordTableModel,
)


def promised_text(c: CaseView) -> str:
    text = f"{c.promised_date:%Y-%m-%d}"
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


class CaseModel(RecordTableModel[CaseView]):
    columns = (
        ("回执编号", lambda c: c.number),
        ("受理时间", lambda c: c.accepted_at),
        ("申请人", lambda c: c.visitor),
        ("办理事项", lambda c: c.matter),
        ("类型", lambda c: c.kind.label),
        ("时限", lambda c: short_limit(c)),
        ("承诺办结日期", promised_text),
        ("剩余", left_text),
        ("经办人", lambda c: c.handler),
        ("状态", lambda c: c.state_label),
    )

    def colours(self, row: CaseView) -> tuple[QColor | None, QColor | None]:
        if row.voided:
            return None, VOIDED_FG
        if row.overdue:
            return OVERDUE_BG, OVERDUE_FG
        if row.due_today:
            return DUE_TODAY_BG, None
        if row.state is CaseState.COMPLETED and row.late:
            return None, OVERDUE_FG
        if not row.is_open:
            return None, DONE_FG
        return None, None

    def tooltip(self, row: CaseView, column: int) -> str | None:
        if row.provisional:
            return "承诺日期跨越尚未公布放假安排的年度，为暂定日期"
        return None
