"""The 请销假 page's lists: requests, and 指定顶岗."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from desk.domain.board.designations import DesignationView
from desk.domain.common.codes import LeaveState
from desk.domain.leave.views import LeaveView
from desk.ui.table_model import Column, Look, RowTableModel
from desk.ui.theme import DONE_FG, DUE_TODAY_BG, GREY_FG

# Waiting for the approver / on leave now: the rows the page is about.
PENDING_BG = DUE_TODAY_BG
ON_LEAVE_BG = QColor("#e0f2fe")


def _leave_look(row: LeaveView) -> Look:
    tip = row.reason or None
    if row.state in (LeaveState.WITHDRAWN, LeaveState.REJECTED):
        return Look(foreground=GREY_FG, tooltip=tip)
    if row.state is LeaveState.PENDING:
        return Look(background=PENDING_BG, tooltip=tip)
    if row.on_leave_now:
        return Look(background=ON_LEAVE_BG, tooltip=tip)
    if row.state is LeaveState.CLOSED:
        return Look(foreground=DONE_FG, tooltip=tip)
    return Look(tooltip=tip)


LEAVE_COLUMNS: tuple[Column[LeaveView], ...] = (
    Column("请假单号", lambda v: v.number + ("（补办）" if v.after_the_fact else ""),
           sort=lambda v: f"{v.starts_at.isoformat()}#{v.id:08d}"),
    Column("请假人", lambda v: v.staff),
    Column("假别", lambda v: v.kind_label),
    Column("请假时间", lambda v: v.period_text, sort=lambda v: v.starts_at.isoformat()),
    Column("天数", lambda v: v.days_text, sort=lambda v: v.days),
    Column("状态", lambda v: v.state_label),
    Column("顶岗", lambda v: v.cover_short),
    Column("审批人", lambda v: v.approver, stretch=True),
)  # fmt: skip


class LeaveModel(RowTableModel[LeaveView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(LEAVE_COLUMNS, look=_leave_look, parent=parent)


def _cover_look(row: DesignationView) -> Look:
    if row.voided:
        return Look(foreground=GREY_FG)
    if row.in_force:
        return Look(background=DUE_TODAY_BG)
    return Look(foreground=DONE_FG)


DESIGNATION_COLUMNS: tuple[Column[DesignationView], ...] = (
    Column("岗位", lambda v: v.post),
    Column("指定顶岗人员", lambda v: v.staff),
    Column("开始", lambda v: v.starts_at),
    Column("结束", lambda v: v.ends_at),
    Column("原因", lambda v: v.reason, width=20),
    Column("状态", lambda v: v.state_label, stretch=True),
)


class DesignationModel(RowTableModel[DesignationView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(DESIGNATION_COLUMNS, look=_cover_look, parent=parent)
