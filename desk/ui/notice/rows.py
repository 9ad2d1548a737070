"""Read-only table models over frozen row views: notices, refusals, catalogue items.

Each list is one QAbstractTableModel subclass declaring its columns as (header, getter);
views find the record through RowIdRole and never parse display text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desk.domain.common.codes import NoticeKind
from desk.domain.common.validation import mask_phone
from desk.domain.notices.views import NoticeView, RefusalView

RowIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

GREY = QColor("#8a8f98")
LATE_BG = QColor("#fde2e2")
LATE_FG = QColor("#991b1b")

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


def cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    return str(value)


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows are frozen dataclasses with an ``id``."""

    columns: ClassVar[Sequence[tuple[str, Callable[[Any], object]]]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: Index) -> R | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def colours(self, row: R) -> tuple[QColor | None, QColor | None]:
        """(background, foreground) of a row; None keeps the view's own."""
        return None, None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or not 0 <= index.column() < len(self.columns):
            return None
        value = self.columns[index.column()][1](row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell(value)
        if role == RowIdRole:
            return getattr(row, "id", None)
        if role == SortRole:
            if isinstance(value, int | float) and not isinstance(value, bool):
                return value
            return value.isoformat() if isinstance(value, date) else cell(value)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            bg, fg = self.colours(row)
            colour = bg if role == Qt.ItemDataRole.BackgroundRole else fg
            return QBrush(colour) if colour is not None else None
        return None


def _state(voided_at: object) -> str:
    return "已作废" if voided_at else ""


class NoticeModel(RowsModel[NoticeView]):
    columns = (
        ("编号", lambda n: n.number),
        ("类型", lambda n: n.kind.label),
        ("告知时间", lambda n: n.created_at),
        ("办事人", lambda n: n.visitor_name),
        ("电话", lambda n: mask_phone(n.visitor_phone)),
        ("事项", lambda n: n.matter),
        ("版本", lambda n: f"第{n.item_version}版" if n.item_version else ""),
        ("缺件", lambda n: n.missing_count if n.kind is not NoticeKind.PHONE else ""),
        ("告知人", lambda n: n.clerk_name),
        ("窗口", lambda n: n.window_no),
        ("打印次数", lambda n: n.print_count if n.printed else "未打印"),
        ("状态", lambda n: _state(n.voided_at) or ("电话告知" if not n.printed else "")),
    )

    def colours(self, row: NoticeView) -> tuple[QColor | None, QColor | None]:
        return (None, GREY) if row.voided_at else (None, None)


class RefusalModel(RowsModel[RefusalView]):
    """否定报备登记; a record not reported to a leader in time is shown red."""

    def __init__(self, today: Callable[[], date], parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today

    columns = (
        ("编号", lambda r: r.number),
        ("登记时间", lambda r: r.created_at),
        ("申报单位/申报人", lambda r: f"{r.applicant_unit} {r.applicant_name}".strip()),
        ("联系电话", lambda r: mask_phone(r.applicant_phone)),
        ("申报事项", lambda r: r.matter),
        ("否定理由", lambda r: r.reason),
        ("经办人", lambda r: r.handler),
        ("领导意见", lambda r: f"{r.leader}：{r.leader_opinion}" if r.leader_opinion else "待签署"),
        ("报备日期", lambda r: r.reported_on or f"应于{r.report_due:%m-%d}前报备"),
        ("状态", lambda r: _state(r.voided_at)),
    )

    def colours(self, row: RefusalView) -> tuple[QColor | None, QColor | None]:
        if row.voided_at:
            return None, GREY
        if row.is_report_overdue(self.today()):
            return LATE_BG, LATE_FG
        return None, None
