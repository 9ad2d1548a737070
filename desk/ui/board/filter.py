"""The board's quick filter: by name (or its pinyin initials), department, post or status."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from desk.domain.board.views import BoardRow
from desk.domain.common import pinyin
from desk.ui.board.model import BoardModel


class Show(Enum):
    """The choices of the filter's drop-down, with their Chinese text."""

    ALL = "全部人员"
    ABSENT = "不在岗"
    IN_POST = "在岗"
    OVERDUE = "超时待确认"
    UNCOVERED = "无人顶岗"
    BADGES = "有待办提醒"


def row_matches(row: BoardRow, query: str) -> bool:
    """Whether the typed text finds this person: 曾 / zxm / 民政 / mzjz / 出差 / 区民政局."""
    if pinyin.matches(query, row.name, is_name=True):
        return True
    texts = [row.department, row.status_label, *(p.post for p in row.posts)]
    if any(pinyin.matches(query, text) for text in texts):
        return True
    # Plain substrings only for free text (its initials would match almost anything).
    q = query.strip().casefold()
    return any(q in text.casefold() for text in (row.place, row.title, row.duties))


def row_shown(row: BoardRow, show: Show) -> bool:
    if show is Show.ABSENT:
        return row.status.is_absent
    if show is Show.IN_POST:
        return not row.status.is_absent
    if show is Show.OVERDUE:
        return row.return_overdue
    if show is Show.UNCOVERED:
        return bool(row.uncovered_posts)
    if show is Show.BADGES:
        return bool(row.badges)
    return True


class BoardFilter(QSortFilterProxyModel):
    """Keeps a department row while any of its people match; hides it otherwise."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        # Re-filtering on every dataChanged would cost each refresh a pass over all rows;
        # the page asks for it (refilter) only while a filter is on.
        self.setDynamicSortFilter(False)
        self._query = ""
        self._show = Show.ALL

    @property
    def active(self) -> bool:
        return bool(self._query.strip()) or self._show is not Show.ALL

    def set_query(self, text: str) -> None:
        if text != self._query:
            self.beginFilterChange()
            self._query = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show(self, show: Show) -> None:
        if show is not self._show:
            self.beginFilterChange()
            self._show = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """After new data: rows may now (not) match the active filter."""
        if self.active:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, BoardModel)
        index = model.index(source_row, 0, source_parent)
        row = model.row_at(index)
        if row is None:  # a department: shown through its people when a filter is on
            return not self.active
        if not row_shown(row, self._show):
            return False
        return not self._query.strip() or row_matches(row, self._query)
