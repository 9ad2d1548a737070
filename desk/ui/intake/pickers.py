"""Pickers that find things by characters or pinyin initials: staff names and catalogue items.

``dbsq`` finds 低保申请; ``zxm`` finds 曾小明 (surname readings 曾 z, 单 s, 解 x, 仇 q come
from desk.domain.common.pinyin). Both attach to widgets built by the Designer forms.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from desk.domain.common.pinyin import matches

IdRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2
NameRole = Qt.ItemDataRole.UserRole + 3

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class StaffChoice:
    staff_id: int
    name: str
    # Shown after the name: role, department, whereabouts.
    note: str = ""

    @property
    def text(self) -> str:
        return f"{self.name}（{self.note}）" if self.note else self.name


class PinyinFilter(QSortFilterProxyModel):
    """Keeps the rows whose name (or its initials) matches the query."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self._query = query
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        name = index.data(NameRole) or ""
        return matches(self._query, name, is_name=True, initials_cache=index.data(KeyRole))


class StaffPicker(QObject):
    """Turns an editable QComboBox into a staff picker filtered by name or pinyin initials."""

    chosen = Signal(object)  # staff id or None

    def __init__(self, combo: QComboBox, choices: Sequence[StaffChoice] = ()) -> None:
        super().__init__(combo)
        self.combo = combo
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model = QStandardItemModel(self)
        self.filter = PinyinFilter(self)
        self.filter.setSourceModel(self.model)
        self.completer = QCompleter(self.filter, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(self.completer)
        combo.lineEdit().textEdited.connect(self._edited)
        combo.lineEdit().setPlaceholderText("输入姓名或拼音首字母")
        self.completer.activated[QModelIndex].connect(self._activated)
        combo.currentIndexChanged.connect(lambda _i: self.chosen.emit(self.staff_id()))
        self.set_choices(choices)

    def set_choices(self, choices: Sequence[StaffChoice], current: int | None = None) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.model.clear()
        for c in choices:
            self.combo.addItem(c.text, c.staff_id)
            item = QStandardItem(c.text)
            item.setData(c.staff_id, IdRole)
            item.setData(c.name, NameRole)
            # No search key yet: pypinyin (~0.3 s to import) loads at the first typed query.
            self.model.appendRow(item)
        self.combo.setCurrentIndex(-1)
        self.combo.blockSignals(False)
        self.select(current)

    def _edited(self, text: str) -> None:
        self.filter.set_query(text)
        if text.strip() and self.filter.rowCount():
            self.completer.complete()

    def _activated(self, index: QModelIndex) -> None:
        self.select(index.data(IdRole))

    def select(self, staff_id: int | None) -> None:
        i = self.combo.findData(staff_id) if staff_id is not None else -1
        self.combo.setCurrentIndex(i)
        if i < 0:
            self.combo.setEditText("")

    def staff_id(self) -> int | None:
        """The chosen person: the current entry, or the only one the typed text matches."""
        text = self.combo.currentText().strip()
        i = self.combo.currentIndex()
        if i >= 0 and self.combo.itemText(i) == text:
            return self.combo.itemData(i)
        if not text:
            return None
        self.filter.set_query(text)
        hits = [self.filter.index(r, 0).data(IdRole) for r in range(self.filter.rowCount())]
        exact = [
            self.model.item(r).data(IdRole)
            for r in range(self.model.rowCount())
            if self.model.item(r).data(NameRole) == text
        ]
        if len(exact) == 1:
            return exact[0]
        return hits[0] if len(hits) == 1 else None


class MatterPicker(QObject):
    """A QLineEdit that searches the catalogue as the clerk types; Enter takes the best hit.

    Free text stays allowed (the clerk then names the post by hand). ``chosen`` carries the
    catalogue item (whatever ``search`` returns) or None for free text; ``confirmed`` fires
    after Enter so the form can move on.
    """

    chosen = Signal(object)
    confirmed = Signal()

    def __init__(
        self,
        edit: QLineEdit,
        search: Callable[[str], Sequence[Any]],
        label: Callable[[Any], str],
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self.search = search
        self.label = label
        self.item: Any = None
        self._results: list[Any] = []
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(edit)
        self.completer.setMaxVisibleItems(10)
        self.completer.activated[QModelIndex].connect(self._picked)
        edit.textEdited.connect(self._edited)
        edit.installEventFilter(self)

    @property
    def results(self) -> list[Any]:
        return list(self._results)

    def _edited(self, text: str) -> None:
        if self.item is not None:
            self.item = None
            self.chosen.emit(None)
        self._results = list(self.search(text)) if text.strip() else []
        self.model.clear()
        for n, found in enumerate(self._results):
            row = QStandardItem(self.label(found))
            row.setData(n, IdRole)
            self.model.appendRow(row)
        if self._results:
            self.completer.popup().setMinimumWidth(self.edit.width())
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        n = index.data(IdRole)
        if n is not None and 0 <= n < len(self._results):
            self.choose(self._results[n])

    def _picked(self, index: QModelIndex) -> None:
        # Chosen from the popup (Enter or a click): the matter is settled, move on.
        self._activated(index)
        self.confirmed.emit()

    def choose(self, item: Any) -> None:
        self.item = item
        self.edit.setText(getattr(item, "name", str(item)))
        self.completer.popup().hide()
        self.chosen.emit(item)

    def clear(self) -> None:
        self.item = None
        self._results = []
        self.edit.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
        ):
            # Enter picks the highlighted (or best) hit and moves on; it never submits.
            popup = self.completer.popup()
            current = popup.currentIndex() if popup.isVisible() else QModelIndex()
            if current.isValid():
                self._activated(current)
            elif self.item is None and self._results and self.edit.text().strip():
                self.choose(self._results[0])
            popup.hide()
            if self.edit.text().strip():
                self.confirmed.emit()
            return True
        return super().eventFilter(watched, event)
