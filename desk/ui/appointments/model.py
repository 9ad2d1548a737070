"""The appointment book's columns: one row per entry, overdue callbacks in red."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desk.domain.appointments.views import AppointmentView
from desk.domain.common.codes import AppointmentState
from desk.domain.common.validation import mask_phone
from desk.ui.formats import date_text, time_text
from desk.ui.table_model import Column, Look, RowTableModel
from desk.ui.theme import DONE_FG, DUE_TODAY_BG, GREY_FG, LATE_BG, LATE_FG


def due_text(v: AppointmentView) -> str:
    """The callback deadline as the list shows it."""
    if v.state is not AppointmentState.PENDING or v.voided:
        return ""
    if v.callback_due is None:
        return "返岗后起算"
    return date_text(v.callback_due) + ("（今日）" if v.due_today else "")


def booked_text(v: AppointmentView) -> str:
    if v.booked_date is None or v.slot_start is None or v.slot_end is None:
        return ""
    return f"{date_text(v.booked_date)} {time_text(v.slot_start)}–{time_text(v.slot_end)}"


def _look(row: AppointmentView) -> Look | None:
    tip = row.message or None
    if row.voided:
        return Look(foreground=GREY_FG, tooltip=tip)
    if row.overdue:
        return Look(background=LATE_BG, foreground=LATE_FG, tooltip=tip)
    if row.due_today:
        return Look(background=DUE_TODAY_BG, tooltip=tip)
    if row.state in (AppointmentState.DONE, AppointmentState.CANCELLED):
        return Look(foreground=DONE_FG, tooltip=tip)
    return Look(tooltip=tip)


COLUMNS: tuple[Column[AppointmentView], ...] = (
    Column("编号", lambda v: v.id),
    Column("登记时间", lambda v: v.created_at),
    Column("来源", lambda v: v.source.label),
    Column("来访人", lambda v: v.visitor_name),
    # Units can be long: a fixed, elided column. Three dates leave the matter too little room
    # to stretch into at 1366 px: it gets a width of its own and the list scrolls sideways.
    Column("单位", lambda v: v.visitor_unit, width=6.5),
    Column("联系电话", lambda v: mask_phone(v.visitor_phone)),
    Column("预约事项", lambda v: v.matter, width=10),
    Column("经办人", lambda v: v.handler_name),
    Column("约定时间", booked_text),
    Column("回电期限", due_text),
    Column("状态", lambda v: v.state_label, stretch=True),
)


class AppointmentModel(RowTableModel[AppointmentView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, look=_look, parent=parent)
