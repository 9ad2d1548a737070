"""事项库 page: the item list with search on the left, the item editor on the right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.domain.catalogue.views import ServiceItemView
from desk.domain.common.errors import DomainError
from desk.domain.hall import Hall
from desk.domain.people.permissions import Permission, can, denial_message
from desk.ui.catalogue.dialogs import VersionsDialog, ask_export, ask_import
from desk.ui.catalogue.editor import CatalogueEditor
from desk.ui.table_model import Column, Look, RowIdRole, RowTableModel, fit_columns, sorting_proxy
from desk.ui.theme import GREY_FG

ITEM_COLUMNS: tuple[Column[ServiceItemView], ...] = (
    Column("编码", lambda i: i.code),
    Column("事项名称", lambda i: i.name, stretch=True),
    Column("责任部门", lambda i: i.department),
    Column("窗口岗位", lambda i: i.post),
    Column("办件类型", lambda i: i.kind.label),
    Column("承诺时限", lambda i: i.promised_days),
    Column("版本", lambda i: i.version),
    Column("状态", lambda i: "启用" if i.active else "停用"),
)


class ItemModel(RowTableModel[ServiceItemView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            ITEM_COLUMNS,
            look=lambda i: None if i.active else Look(foreground=GREY_FG),
            parent=parent,
        )


class CataloguePage(QWidget):
    """List, search (characters or pinyin initials), edit with versions, import/export."""

    # The clerk asked for the notice of an item (the feature opens the dialog).
    noticeRequested = Signal(int)

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hall = hall
        self.model = ItemModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self.refresh()
        self.update_permissions()

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("名称、别名、编码或拼音首字母（如 dbsq）")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.show_inactive = QCheckBox("含停用(&H)", self)
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        search_label = QLabel("查找(&F)", self)
        search_label.setBuddy(self.search)
        top = QHBoxLayout()
        for w in (search_label, self.search, self.show_inactive):
            top.addWidget(w)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        fit_columns(self.table, self.model)
        self.table.setColumnHidden(2, True)  # the post names its department; shown in the editor
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.new_button = QPushButton("新建事项(&N)", self)
        self.toggle_button = QPushButton("停用(&T)", self)
        self.history_button = QPushButton("版本历史(&V)…", self)
        self.notice_button = QPushButton("一次性告知…", self)
        self.import_button = QPushButton("导入事项库(&I)…", self)
        self.export_button = QPushButton("导出事项库(&E)…", self)
        self.new_button.clicked.connect(self.new_item)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.history_button.clicked.connect(self.history)
        self.notice_button.clicked.connect(self._notice)
        self.import_button.clicked.connect(lambda: ask_import(self, self.hall))
        self.export_button.clicked.connect(lambda: ask_export(self, self.hall))
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_item).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        buttons = QHBoxLayout()
        for b in (self.new_button, self.toggle_button, self.history_button, self.notice_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        io_buttons = QHBoxLayout()
        io_buttons.addWidget(self.import_button)
        io_buttons.addWidget(self.export_button)
        io_buttons.addStretch(1)
        self.readonly_label = QLabel(self)
        self.readonly_label.setStyleSheet("color:#9a3412")
        self.readonly_label.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        left_layout.addLayout(buttons)
        left_layout.addLayout(io_buttons)
        left_layout.addWidget(self.readonly_label)
        self.editor = CatalogueEditor(self.hall.catalogue, self)
        self.editor.saved.connect(self._saved)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setSizes([600, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # ---- data ------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_id()
        text = self.search.text().strip()
        inactive = self.show_inactive.isChecked()
        if text:
            rows = self.hall.catalogue.search(text, limit=500, include_inactive=inactive)
        else:
            rows = self.hall.catalogue.items(include_inactive=inactive)
        self.model.set_rows(rows)
        self.editor.set_places(
            self.hall.staff.departments(), self.hall.staff.posts(include_inactive=False)
        )
        if current is not None:
            # Re-select without reloading the editor: unsaved edits survive a refresh.
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.select(current)
            selection.blockSignals(False)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(RowIdRole)) if index.isValid() else None

    def select(self, item_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RowIdRole) == item_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = current.data(RowIdRole) if current.isValid() else None
        if item_id is None:
            return
        self.editor.load(self.hall.catalogue.detail(int(item_id)))
        item = self.hall.catalogue.get(int(item_id))
        self.toggle_button.setText("停用(&T)" if item.active else "启用(&T)")

    def update_permissions(self) -> None:
        """Clerks see the catalogue read-only; directors and admins edit it."""
        editable = can(self.hall.ctx, Permission.CATALOGUE)
        why = "" if editable else denial_message(Permission.CATALOGUE)
        self.editor.set_editable(editable, why)
        for b in (self.new_button, self.toggle_button, self.import_button):
            b.setEnabled(editable)
            b.setToolTip(why)
        self.readonly_label.setText(f"只读：{why}" if why else "")
        self.readonly_label.setVisible(bool(why))

    # ---- actions ---------------------------------------------------------------------
    def new_item(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.editor.load(None)
        self.editor.ui.name.setFocus()

    def _saved(self, item_id: int) -> None:
        self.refresh()
        if self.current_id() != item_id:
            self.select(item_id)

    def toggle_active(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        try:
            self.hall.catalogue.set_active(item_id, not self.hall.catalogue.get(item_id).active)
        except DomainError as exc:
            self.editor.errors.show_general(str(exc))
            return
        if not self.show_inactive.isChecked():
            self.show_inactive.setChecked(True)  # keep the item in view
        self.refresh()
        self._selected(self.table.currentIndex(), QModelIndex())

    def history(self) -> None:
        item_id = self.current_id()
        if item_id is not None:
            VersionsDialog(self.hall, item_id, self).exec()

    def _notice(self) -> None:
        item_id = self.current_id()
        if item_id is not None:
            self.noticeRequested.emit(item_id)
