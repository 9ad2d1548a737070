"""The one table model of desk's lists: frozen row dataclasses shown through column specs.

A list declares its columns once — header, getter, width hint, alignment, format, sort key
and look — so a column and its value can never drift apart, and every date reads the same
(desk.ui.formats). Views never parse display text: the record's id is under RowIdRole, the
row itself under RowRole, one comparable key per cell under SortRole; a list may add its own
row roles (``roles=``) numbered from FIRST_FREE_ROLE.

A refresh keeps the model: changed rows are announced, records another desk added or
removed are inserted or removed as rows, so selection, scroll position and sort survive;
a mostly different set of records (another filter) resets it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, time
from difflib import SequenceMatcher
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QHeaderView, QTableView

from desk.ui.formats import cell_text

RowIdRole = Qt.ItemDataRole.UserRole + 1  # the record's id (what pages select by)
RowRole = Qt.ItemDataRole.UserRole + 2  # the row dataclass itself
SortRole = Qt.ItemDataRole.UserRole + 3  # one comparable key per cell
FIRST_FREE_ROLE = Qt.ItemDataRole.UserRole + 16  # a list's own roles (``roles=``) start here

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
_LOOK_ROLES = {
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.DecorationRole,
}


@dataclass(frozen=True)
class Look:
    """How a row or a cell stands out; a None field leaves the view's own."""

    background: QColor | None = None
    foreground: QColor | None = None
    bold: bool | None = None
    strike: bool | None = None
    tooltip: str | None = None
    icon: QIcon | None = None

    def over(self, base: Look | None) -> Look:
        """This look where it says something, `base` elsewhere (a cell over its row)."""
        if base is None:
            return self
        mine = {f.name: getattr(self, f.name) for f in fields(self)}
        return Look(**{k: v if v is not None else getattr(base, k) for k, v in mine.items()})


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column of a list: what it is called, what it shows and how."""

    header: str
    value: Callable[[R], object]
    width: float | None = None  # a starting width in CJK characters of the view's font
    align: Qt.AlignmentFlag | None = None
    format: Callable[[Any], str] = cell_text  # the value as text (dates via desk.ui.formats)
    sort: Callable[[R], object] | None = None  # by default the value itself (see sort_key)
    look: Callable[[R], Look | None] | None = None  # over the row's look
    stretch: bool = False  # takes the width left over


def sort_key(value: object) -> object:
    """One comparable key: numbers as numbers, dates and times as ISO text, the rest as text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, date | time):  # datetime too
        return value.isoformat()
    return cell_text(value)


def runs(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7, 8] → [(1, 3), (7, 8)]: contiguous rows announced together."""
    found: list[tuple[int, int]] = []
    for n in numbers:
        if found and found[-1][1] == n - 1:
            found[-1] = (found[-1][0], n)
        else:
            found.append((n, n))
    return found


def _id(row: Any) -> object:
    return row.id


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Read-only rows of one dataclass under the given columns."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        *,
        row_id: Callable[[R], object] = _id,
        look: Callable[[R], Look | None] | None = None,
        roles: Mapping[int, Callable[[R], object]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns: tuple[Column[R], ...] = tuple(columns)
        self.rows: list[R] = []
        self._row_id = row_id
        self._look = look
        self._roles = dict(roles or {})

    # ---- loading -----------------------------------------------------------------------
    def set_rows(self, rows: Iterable[R], *, all_changed: bool = False) -> bool:
        """Show these rows; True when other records than before are shown.

        Records that stay keep their place in the model: those another desk added or
        removed are inserted or removed as rows (views keep the selection and the scroll
        position), and of the rest only those that differ are announced (all of them with
        `all_changed`, for looks that depend on the time of day). A mostly different set
        of records (another filter) resets the model.
        """
        new = list(rows)
        old = list(self.rows)  # self.rows changes step by step below
        old_ids = [self._row_id(r) for r in old]
        new_ids = [self._row_id(r) for r in new]
        if old_ids == new_ids:
            self.rows = new
            self._announce(range(len(new)), old, new, all_changed)
            return False
        kept = set(old_ids) & set(new_ids)
        if len(kept) * 2 < max(len(old_ids), len(new_ids)):
            self.beginResetModel()
            self.rows = new
            self.endResetModel()
            return True
        root = QModelIndex()
        opcodes = SequenceMatcher(a=old_ids, b=new_ids, autojunk=False).get_opcodes()
        # From the end, so that the positions of the earlier steps stay valid.
        for tag, i1, i2, j1, j2 in reversed(opcodes):
            if tag in ("delete", "replace"):
                self.beginRemoveRows(root, i1, i2 - 1)
                del self.rows[i1:i2]
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(root, i1, i1 + (j2 - j1) - 1)
                self.rows[i1:i1] = new[j1:j2]
                self.endInsertRows()
        before = dict(zip(old_ids, old, strict=True))
        self.rows = new
        pairs = [(i, before[new_ids[i]]) for i in range(len(new)) if new_ids[i] in before]
        self._announce([i for i, _ in pairs], [b for _, b in pairs], [new[i] for i, _ in pairs],
                       all_changed, positions=True)  # fmt: skip
        return True

    def _announce(
        self,
        where: Iterable[int],
        old: Sequence[R],
        new: Sequence[R],
        all_changed: bool,
        *,
        positions: bool = False,
    ) -> None:
        """dataChanged for the rows (at the given model positions) whose content differs."""
        places = list(where)
        changed = (
            places[k] if positions else k
            for k, (a, b) in enumerate(zip(old, new, strict=True))
            if all_changed or a != b
        )
        last_column = len(self.columns) - 1
        for first, last in runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def row_at(self, index: Index) -> R | None:
        """The row behind an index of this model (not of a proxy); None if there is none."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    # ---- QAbstractTableModel ---------------------------------------------------------
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
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.format(column.value(row))
        if role == RowIdRole:
            return self._row_id(row)
        if role == RowRole:
            return row
        if role == SortRole:
            return column.sort(row) if column.sort is not None else sort_key(column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role in _LOOK_ROLES:
            return self._look_data(row, column, role)
        extra = self._roles.get(role)
        return extra(row) if extra is not None else None

    def _look_data(self, row: R, column: Column[R], role: int) -> Any:
        base = self._look(row) if self._look is not None else None
        cell = column.look(row) if column.look is not None else None
        look = cell.over(base) if cell is not None else base or Look()
        if role == Qt.ItemDataRole.ToolTipRole:
            # A narrow cell stays readable: without a tooltip of its own it shows its text.
            return look.tooltip if look.tooltip is not None else column.format(column.value(row))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(look.background) if look.background is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(look.foreground) if look.foreground is not None else None
        if role == Qt.ItemDataRole.DecorationRole:
            return look.icon
        if look.bold is None and look.strike is None:
            return None
        font = QFont()  # only what is set here: the view's font fills in the rest
        if look.bold is not None:
            font.setBold(look.bold)
        if look.strike is not None:
            font.setStrikeOut(look.strike)
        return font


def sorting_proxy(model: RowTableModel[Any], parent: QObject | None) -> QSortFilterProxyModel:
    """A proxy that sorts by SortRole (dates by date, numbers by number).

    Its parent is the page, never the model: PySide6 crashes collecting a parentless model
    whose child proxy has sorted.
    """
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    return proxy


def fit_columns(view: QTableView, model: RowTableModel[Any]) -> None:
    """Apply the columns' width hints and stretch to a view (others keep the view's mode).

    Widths count CJK characters of the view's font, so a column fits its text whatever
    font and size the desk runs with (a date is 9: ``2026-11-16 09:30`` and some margin).
    """
    em = view.fontMetrics().horizontalAdvance("中")
    header = view.horizontalHeader()
    for section, column in enumerate(model.columns):
        if column.stretch:
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
        elif column.width is not None:
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(section, round(column.width * em))
