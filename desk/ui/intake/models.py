"""The register's columns (IntakeRow), the handovers' (HandoverView), the 返岗提醒's (WaitingItem).

All three are the shared desk.ui.table_model.RowTableModel; only what each list shows, and
how a row stands out, is said here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from desk.domain.board.waiting import WaitingItem
from desk.domain.common.codes import HandoverState
from desk.domain.common.validation import mask_phone
from desk.domain.intake.views import HandoverView, IntakeRow
from desk.ui.table_model import FIRST_FREE_ROLE, Column, Look, RowTableModel
from desk.ui.theme import OVERDUE

# True on a row whose handover is overdue (tests and the views' filters read it).
OverdueRole = FIRST_FREE_ROLE

OVERDUE_BG = QColor("#fde2e2")
VOIDED_FG = QColor("#8a8a8a")
_OVERDUE_FG = QColor(OVERDUE)


def _handover_text(row: IntakeRow) -> str:
    if row.handover_state is None:
        return ""
    return f"{row.handover_to}（{row.handover_state.label}）"


def _intake_look(row: IntakeRow) -> Look | None:
    if row.voided:
        return Look(foreground=VOIDED_FG, strike=True)
    return Look(background=OVERDUE_BG) if row.handover_overdue else None


def _intake_flag(row: IntakeRow) -> Look:
    red = row.handover_overdue and not row.voided
    return Look(foreground=_OVERDUE_FG if red else None, bold=True)


INTAKE_COLUMNS: tuple[Column[IntakeRow], ...] = (
    Column("时间", lambda r: r.created_at, width=9),
    Column("渠道", lambda r: r.channel.label, width=3),
    Column("单位", lambda r: r.visitor_unit, width=7.5),
    Column("姓名", lambda r: r.visitor_name, width=4.5),
    Column("联系电话", lambda r: mask_phone(r.visitor_phone), width=7.5),
    Column("拟办事项", lambda r: r.matter, width=11.5),
    Column("责任岗位", lambda r: r.post, width=6.5),
    Column("首问责任人", lambda r: r.first_contact, width=5),
    Column(
        "办理结果", lambda r: r.outcome.label + ("（已作废）" if r.voided else ""), width=6.5
    ),
    Column("转交", _handover_text, width=8),
    Column("提醒", lambda r: "转交超时" if r.handover_overdue else "", width=4.5,
           look=_intake_flag),
    Column("更正", lambda r: f"{r.edit_count}次" if r.edit_count else "", width=3),
)  # fmt: skip


class IntakeTableModel(RowTableModel[IntakeRow]):
    """The intake register: newest first; voided rows grey and struck through."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            INTAKE_COLUMNS,
            look=_intake_look,
            roles={OverdueRole: lambda r: r.handover_overdue},
            parent=parent,
        )


def _handover_look(row: HandoverView) -> Look | None:
    if row.overdue:
        return Look(background=OVERDUE_BG)
    if row.state in (HandoverState.CLOSED, HandoverState.VOIDED):
        return Look(foreground=VOIDED_FG)
    return None


def _handover_flag(row: HandoverView) -> Look | None:
    return Look(foreground=_OVERDUE_FG, bold=True) if row.overdue else None


def _handover_reminder(h: HandoverView) -> str:
    if h.overdue:
        return "已超时"
    return "尚未返岗" if h.back_at is None else ""


HANDOVER_COLUMNS: tuple[Column[HandoverView], ...] = (
    Column("转交时间", lambda h: h.created_at, width=9),
    Column("单位", lambda h: h.visitor_unit, width=8),
    Column("来访人", lambda h: h.visitor_name, width=4.5),
    Column("联系电话", lambda h: mask_phone(h.visitor_phone), width=8.5),
    Column("拟办事项", lambda h: h.matter, width=15.5),
    Column("转交给", lambda h: h.to_name, width=4.5),
    Column("首问责任人", lambda h: h.from_name, width=5.5),
    Column("状态", lambda h: h.state.label, width=4.5),
    Column("返岗时间", lambda h: h.back_at, width=9),
    Column("应联系日期", lambda h: h.due, width=6),
    Column("提醒", _handover_reminder, width=4.5, look=_handover_flag),
)


class HandoverTableModel(RowTableModel[HandoverView]):
    """Open (or all) handovers with their due date; overdue rows flagged in red."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            HANDOVER_COLUMNS, look=_handover_look, roles={OverdueRole: lambda h: h.overdue},
            parent=parent,
        )  # fmt: skip


def _waiting_look(item: WaitingItem) -> Look | None:
    return Look(background=OVERDUE_BG) if item.overdue else None


WAITING_COLUMNS: tuple[Column[WaitingItem], ...] = (
    Column("类别", lambda i: i.kind_label, width=4),
    Column("内容", lambda i: i.summary, width=26.5),
    Column("登记时间", lambda i: i.created, width=9),
    Column("应联系日期", lambda i: i.due, width=6),
    Column(
        "提醒",
        lambda i: "已超时" if i.overdue else i.state_label,
        look=lambda i: Look(foreground=_OVERDUE_FG) if i.overdue else None,
        stretch=True,
    ),
)


class WaitingModel(RowTableModel[WaitingItem]):
    """What waits for a person back at their post (返岗提醒), by kind and record."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            WAITING_COLUMNS, row_id=lambda i: (i.kind, i.record_id), look=_waiting_look,
            parent=parent,
        )  # fmt: skip
