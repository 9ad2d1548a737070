"""The appointment book's table: one row per entry, overdue callbacks in red."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desk.domain.appointments.views import AppointmentView
from desk.domain.common.codes import AppointmentState
from desk.domain.common.validation import mask_phone
from desk.ui.appointments.table_model import (
    DONE_FG,
    DUE_TODAY_BG,
    OVERDUE_BG,
    OVERDUE_FG,
    VOIDED_FG,
    RecordTableModel,
)


def due_text(v: AppointmentView) -> str:
    """The callback deadline as the list shows it."""
    if v.state is not AppointmentState.PENDING or v.voided:
        return ""
    if v.callback_due is None:
        return "返岗后起算"
    return f"{v.callback_due:%m-%d}" + ("（今日）" if v.due_today else "")


def booked_text(v: AppointmentView) -> str:
    if v.booked_date is None or v.slot_start is None or v.slot_end is None:
        return ""
    return f"{v.booked_date:%m-%d} {v.slot_start:%H:%M}–{v.slot_end:%H:%M}"


class AppointmentModel(RecordTableModel[AppointmentView]):
    columns = (
        ("编号", lambda v: v.id),
        ("登记时间", lambda v: v.created_at),
        ("来源", lambda v: v.source.label),
        ("来访人", lambda v: v.visitor_name),
        ("单位", lambda v: v.visitor_unit),
        ("联系电话", lambda v: mask_phone(v.visitor_phone)),
        ("预约事项", lambda v: v.matter),
        ("经办人", lambda v: v.handler_name),
        ("约定时间", booked_text),
        ("回电期限", due_text),
        ("状态", lambda v: v.state_label),
    )

    def colours(self, row: AppointmentView) -> tuple[QColor | None, QColor | None]:
        if row.voided:
            return None, VOIDED_FG
        if row.overdue:
            return OVERDUE_BG, OVERDUE_FG
        if row.due_today:
            return DUE_TODAY_BG, None
        if row.state in (AppointmentState.DONE, AppointmentState.CANCELLED):
            return None, DONE_FG
        return None, None

    def tooltip(self, row: AppointmentView, column: int) -> str | None:
        return row.message or None
