"""A read-only table model over frozen row dataclasses, shared by the book, cases and overdue lists.

Columns are (header, getter) pairs; a subclass may colour rows by overriding `colours`.
Views never parse display text: the record id is under RowIdRole and the row itself under
RowRole; SortRole gives one comparable text per cell (ISO dates sort correctly).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

RowIdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

OVERDUE_BG = QColor("#fde2e2")
OVERDUE_FG = QColor("#991b1b")
DUE_TODAY_BG = QColor("#fff4d6")
DONE_FG = QColor("#4b5563")
VOIDED_FG = QColor("#9ca3af")

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


def cell_text(value: object) -> str:
    """How a value reads in a cell: dates as 11-17 (周二 for this week's), times as 09:30."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%m-%d %H:%M}"
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, bool):
        return "是" if value else ""
    return str(value)


def sort_text(value: object) -> str:
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:+012d}"
    return cell_text(value)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are dataclasses; RowIdRole gives ``row.id`` unless `row_id` is overridden."""

    columns: Sequence[tuple[str, Callable[[Any], object]]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []

    # ---- data -----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: Index) -> R | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def row_id(self, row: R) -> object:
        return getattr(row, "id", None)

    def colours(self, row: R) -> tuple[QColor | None, QColor | None]:
        """(background, foreground) of a row; None leaves the view's default."""
        return None, None

    def tooltip(self, row: R, column: int) -> str | None:
        return None

    # ---- QAbstractTableModel ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or not 0 <= index.column() < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(self.columns[index.column()][1](row))
        if role == RowIdRole:
            return self.row_id(row)
        if role == RowRole:
            return row
        if role == SortRole:
            return sort_text(self.columns[index.column()][1](row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            bg, fg = self.colours(row)
            colour = bg if role == Qt.ItemDataRole.BackgroundRole else fg
            return QBrush(colour) if colour is not None else None
        return None
