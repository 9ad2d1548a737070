"""Table models over the register's rows (IntakeRow) and the handovers (HandoverView)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desk.domain.common.codes import HandoverState
from desk.domain.common.validation import mask_phone
from desk.domain.intake.views import HandoverView, IntakeRow
from desk.ui.theme import OVERDUE

RowIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
OverdueRole = Qt.ItemDataRole.UserRole + 3

OVERDUE_BG = QColor("#fde2e2")
VOIDED_FG = QColor("#8a8a8a")

R = TypeVar("R")
_Index = QModelIndex | QPersistentModelIndex


def _sort_key(value: object) -> str:
    """One comparable type for every column: ISO text sorts dates and times correctly."""
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    return "" if value is None else str(value)


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over frozen row dataclasses; columns are (header, getter) pairs."""

    columns: Sequence[tuple[str, Callable[[Any], object]]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section][0]
        return None

    def row_at(self, index: _Index) -> R | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def text(self, row: R, column: int) -> str:
        value = self.columns[column][1](row)
        if isinstance(value, datetime):
            return f"{value:%m-%d %H:%M}"
        if isinstance(value, date):
            return f"{value:%m-%d}"
        return "" if value is None else str(value)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or not 0 <= index.column() < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, index.column())
        if role == RowIdRole:
            return row.id  # type: ignore[attr-defined]
        if role == SortRole:
            return _sort_key(self.columns[index.column()][1](row))
        return self.style(row, index.column(), role)

    def style(self, row: R, column: int, role: int) -> Any:
        return None


def _handover_text(row: IntakeRow) -> str:
    if row.handover_state is None:
        return ""
    return f"{row.handover_to}（{row.handover_state.label}）"


class IntakeTableModel(RowTableModel[IntakeRow]):
    """The intake register: newest first; voided rows grey and struck through."""

    columns = (
        ("时间", lambda r: r.created_at),
        ("渠道", lambda r: r.channel.label),
        ("单位", lambda r: r.visitor_unit),
        ("姓名", lambda r: r.visitor_name),
        ("联系电话", lambda r: mask_phone(r.visitor_phone)),
        ("拟办事项", lambda r: r.matter),
        ("责任岗位", lambda r: r.post),
        ("首问责任人", lambda r: r.first_contact),
        ("办理结果", lambda r: r.outcome.label + ("（已作废）" if r.voided else "")),
        ("转交", _handover_text),
        ("提醒", lambda r: "转交超时" if r.handover_overdue else ""),
        ("更正", lambda r: f"{r.edit_count}次" if r.edit_count else ""),
    )
    FLAG_COLUMN = 10

    def style(self, row: IntakeRow, column: int, role: int) -> Any:
        if role == OverdueRole:
            return row.handover_overdue
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.voided:
                return QBrush(VOIDED_FG)
            if column == self.FLAG_COLUMN and row.handover_overdue:
                return QBrush(QColor(OVERDUE))
        if role == Qt.ItemDataRole.BackgroundRole and row.handover_overdue and not row.voided:
            return QBrush(OVERDUE_BG)
        if role == Qt.ItemDataRole.FontRole and (row.voided or column == self.FLAG_COLUMN):
            font = QFont()
            font.setStrikeOut(row.voided)
            font.setBold(column == self.FLAG_COLUMN)
            return font
        return None


class HandoverTableModel(RowTableModel[HandoverView]):
    """Open (or all) handovers with their due date; overdue rows flagged in red."""

    columns = (
        ("转交时间", lambda h: h.created_at),
        ("单位", lambda h: h.visitor_unit),
        ("来访人", lambda h: h.visitor_name),
        ("联系电话", lambda h: mask_phone(h.visitor_phone)),
        ("拟办事项", lambda h: h.matter),
        ("转交给", lambda h: h.to_name),
        ("首问责任人", lambda h: h.from_name),
        ("状态", lambda h: h.state.label),
        ("返岗时间", lambda h: h.back_at),
        ("应联系日期", lambda h: h.due),
        ("提醒", lambda h: "已超时" if h.overdue else ("尚未返岗" if h.back_at is None else "")),
    )
    FLAG_COLUMN = 10

    def style(self, row: HandoverView, column: int, role: int) -> Any:
        if role == OverdueRole:
            return row.overdue
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.FLAG_COLUMN and row.overdue:
                return QBrush(QColor(OVERDUE))
            if row.state in (HandoverState.CLOSED, HandoverState.VOIDED):
                return QBrush(VOIDED_FG)
        if role == Qt.ItemDataRole.FontRole and column == self.FLAG_COLUMN and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None


def sorting_proxy(model: QAbstractTableModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    return proxy
