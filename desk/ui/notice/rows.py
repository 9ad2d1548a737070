"""The columns of the notice lists: notices given (告知记录) and refusals (否定报备登记)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject

from desk.domain.common.codes import NoticeKind
from desk.domain.common.validation import mask_phone
from desk.domain.notices.views import NoticeView, RefusalView
from desk.ui.formats import date_text
from desk.ui.table_model import Column, Look, RowTableModel
from desk.ui.theme import GREY_FG, LATE_BG, LATE_FG


def _state(voided_at: object) -> str:
    return "已作废" if voided_at else ""


def _missing(n: NoticeView) -> int | None:
    return n.missing_count if n.kind is not NoticeKind.PHONE else None


NOTICE_COLUMNS: tuple[Column[NoticeView], ...] = (
    Column("编号", lambda n: n.number),
    Column("类型", lambda n: n.kind.label),
    Column("告知时间", lambda n: n.created_at),
    Column("办事人", lambda n: n.visitor_name),
    Column("电话", lambda n: mask_phone(n.visitor_phone)),
    Column("事项", lambda n: n.matter),
    Column("版本", lambda n: f"第{n.item_version}版" if n.item_version else "",
           sort=lambda n: n.item_version or 0),
    Column("缺件", _missing, sort=lambda n: _missing(n) or 0),
    Column("告知人", lambda n: n.clerk_name),
    Column("窗口", lambda n: n.window_no),
    Column("打印次数", lambda n: n.print_count if n.printed else "未打印",
           sort=lambda n: n.print_count if n.printed else -1),
    Column("状态", lambda n: _state(n.voided_at) or ("电话告知" if not n.printed else ""),
           stretch=True),
)  # fmt: skip


class NoticeModel(RowTableModel[NoticeView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            NOTICE_COLUMNS,
            look=lambda n: Look(foreground=GREY_FG) if n.voided_at else None,
            parent=parent,
        )


def _reported(r: RefusalView) -> str:
    if r.reported_on:
        return date_text(r.reported_on)
    return f"应于{date_text(r.report_due)}前报备"


REFUSAL_COLUMNS: tuple[Column[RefusalView], ...] = (
    Column("编号", lambda r: r.number),
    Column("登记时间", lambda r: r.created_at),
    Column("申报单位/申报人", lambda r: f"{r.applicant_unit} {r.applicant_name}".strip()),
    Column("联系电话", lambda r: mask_phone(r.applicant_phone)),
    Column("申报事项", lambda r: r.matter),
    Column("否定理由", lambda r: r.reason),
    Column("经办人", lambda r: r.handler),
    Column(
        "领导意见", lambda r: f"{r.leader}：{r.leader_opinion}" if r.leader_opinion else "待签署"
    ),
    Column("报备日期", _reported, sort=lambda r: (r.reported_on or r.report_due).isoformat()),
    Column("状态", lambda r: _state(r.voided_at), stretch=True),
)


class RefusalModel(RowTableModel[RefusalView]):
    """否定报备登记; a record not reported to a leader in time is shown red.

    Lateness depends on today: refresh with ``set_rows(rows, all_changed=True)``.
    """

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(REFUSAL_COLUMNS, look=self._look, parent=parent)
        self.today = today

    def _look(self, row: RefusalView) -> Look | None:
        if row.voided_at:
            return Look(foreground=GREY_FG)
        if row.is_report_overdue(self.today()):
            return Look(background=LATE_BG, foreground=LATE_FG)
        return None
