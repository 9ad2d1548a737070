"""去向牌: the home page — everyone by department, filter box, detail panel, message line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desk.domain.board.views import BoardRow
from desk.domain.common.codes import Status
from desk.domain.common.errors import DomainError
from desk.domain.hall import Hall
from desk.ui.board.actions import BoardActions
from desk.ui.board.detail import PANEL_WIDTH, DetailPanel
from desk.ui.board.filter import BoardFilter, Show
from desk.ui.board.model import (
    COL_BADGES,
    COL_COVER,
    COL_NAME,
    COL_PLACE,
    COL_POSTS,
    COL_RETURN,
    COL_STATUS,
    BoardModel,
    BoardRowRole,
    DepartmentIdRole,
    IsGroupRole,
)
from desk.ui.table_model import RowIdRole

# Column widths in CJK characters of the body font; 地点/事由 takes what is left.
COLUMN_EMS = {
    COL_NAME: 4.5,
    COL_POSTS: 12,
    COL_STATUS: 10.5,
    COL_RETURN: 7.5,
    COL_COVER: 9,
    COL_BADGES: 7,
}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class BoardPage(QWidget):
    """The board. `refresh()` reloads from the domain keeping selection and scroll position."""

    selectionMoved = Signal(int)  # staff id now selected (0: none)

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardPage")
        self.hall = hall
        self.actions = BoardActions(hall, self)
        self.model = BoardModel(self)
        self.proxy = BoardFilter(self)
        self.proxy.setSourceModel(self.model)
        self._collapsed: set[int] = set()
        self._selected_id = 0
        self._detail_shown: tuple[object, object] | None = None

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("boardFilter")
        self.filter_edit.setPlaceholderText(
            "查找：姓名、拼音首字母（如 zxm）、部门、岗位或去向（Ctrl+F）"
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.show_combo = QComboBox(self)
        self.show_combo.setObjectName("boardShow")
        for choice in Show:
            self.show_combo.addItem(choice.value, choice)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("boardSummary")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("boardMessage")
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label.setStyleSheet(
            "background:#fffbe6; border:1px solid #f0d98c; border-radius:3px; padding:3px 6px;"
        )
        self.message_label.hide()

        self.view = QTreeView(self)
        self.view.setObjectName("boardView")
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setExpandsOnDoubleClick(False)
        self.view.setIndentation(14)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._size_columns()

        self.detail = DetailPanel(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)
        splitter.setSizes([1000, PANEL_WIDTH])

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 3)
        top.addWidget(self.show_combo)
        top.addWidget(self.summary_label, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)

        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self._wire()
        self.refresh()
        self.select_first()

    # ---- wiring ------------------------------------------------------------------------
    def _wire(self) -> None:
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.installEventFilter(self)
        self.show_combo.currentIndexChanged.connect(
            lambda _i: self._apply_show(self.show_combo.currentData())
        )
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(self._activated)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.collapsed.connect(self._remember_collapsed)
        self.view.expanded.connect(self._remember_expanded)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.layoutChanged):
            signal.connect(self._dress_groups)
        self.summary_label.linkActivated.connect(self._link)
        self.message_label.linkActivated.connect(self._link)
        self.actions.changed.connect(self.refresh)
        self.actions.notice.connect(self.show_message)
        self.actions.returned.connect(self.select_staff)
        d = self.detail
        d.changeRequested.connect(lambda: self._with_row(self.actions.change_status))
        d.backRequested.connect(lambda: self._with_row(self.actions.back_in_post))
        d.confirmRequested.connect(lambda: self._with_row(self.actions.confirm_overdue))
        d.noteRequested.connect(lambda: self._with_row(self.actions.add_note))
        d.historyRequested.connect(lambda: self._with_row(self.actions.show_history))
        d.notesSeen.connect(self._notes_seen)
        find = QShortcut(QKeySequence("Ctrl+F"), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_filter)

    def _size_columns(self) -> None:
        header = self.view.header()
        header.setStretchLastSection(False)
        for column in COLUMN_EMS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PLACE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(4 * self.fontMetrics().horizontalAdvance("中"))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Widths from the font; on a wide screen the spare room goes to the text columns."""
        header = self.view.header()
        em = self.fontMetrics().horizontalAdvance("中")
        widths = {column: int(ems * em) + 16 for column, ems in COLUMN_EMS.items()}
        bold = QFont(self.font())
        bold.setBold(True)
        # The longest 去向 text is an overdue one, in bold, after the warning icon.
        metrics = QFontMetrics(bold)
        widest = max(metrics.horizontalAdvance(f"{s.label} · 超时待确认") for s in Status)
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        widths[COL_STATUS] = max(widths[COL_STATUS], widest + icon + 28)
        spare = self.view.viewport().width() - sum(widths.values()) - 16 * em
        if spare > 0:
            for column, share in ((COL_POSTS, 0.3), (COL_COVER, 0.15), (COL_BADGES, 0.15)):
                widths[column] += int(spare * share)
        for column, width in widths.items():
            header.resizeSection(column, width)

    def start_timer(self, seconds: int) -> None:
        self.timer.start(max(5, int(seconds)) * 1000)

    def tick(self) -> None:
        """The refresh timer: first what the clock makes due (approved leave starting or
        ending, 指定顶岗 beginning or ending — the Hall's due steps), then the rows."""
        try:
            self.hall.run_due_steps()
        except DomainError as exc:
            self.show_message(f"<span style='color:#b91c1c'>{exc}</span>")
        self.refresh()

    # ---- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the rows; selection, scroll position and collapsed groups survive."""
        scroll = self.view.verticalScrollBar().value()
        selected = self._selected_id
        reset = self.model.set_rows(self.hall.board.rows(), self.hall.ctx.now())
        self.proxy.refilter()
        if reset:
            self._dress_groups()
            if selected:
                self.select_staff(selected, scroll=False)
            self.view.verticalScrollBar().setValue(scroll)
        self._update_summary()
        self._show_detail()
        self._sync_timer()

    def _sync_timer(self) -> None:
        # The refresh interval is a hall setting (系统设置) and may change while running.
        if self.timer.isActive():
            wanted = max(5, int(self.hall.settings.get("board.refresh_seconds"))) * 1000
            if self.timer.interval() != wanted:
                self.timer.setInterval(wanted)

    def _dress_groups(self, *_args: object) -> None:
        """Department rows span the table and start expanded (unless the clerk folded them)."""
        root = QModelIndex()
        for r in range(self.proxy.rowCount(root)):
            index = self.proxy.index(r, 0, root)
            self.view.setFirstColumnSpanned(r, root, True)
            dept = index.data(DepartmentIdRole)
            self.view.setExpanded(index, dept not in self._collapsed or self.proxy.active)

    def _remember_collapsed(self, index: QModelIndex) -> None:
        if not self.proxy.active:
            self._collapsed.add(index.data(DepartmentIdRole))

    def _remember_expanded(self, index: QModelIndex) -> None:
        self._collapsed.discard(index.data(DepartmentIdRole))

    def _update_summary(self) -> None:
        rows = self.model.rows()
        absent = sum(r.status.is_absent for r in rows)
        overdue = sum(r.return_overdue for r in rows)
        uncovered = sum(len(r.uncovered_posts) for r in rows)
        parts = [f"在岗 <b>{len(rows) - absent}</b>", f"不在岗 <b>{absent}</b>"]
        if overdue:
            parts.append(
                f"<a href='show:OVERDUE' style='color:#b91c1c'><b>⚠ 超时待确认 {overdue}人</b></a>"
            )
        if uncovered:
            link = f"<b>无人顶岗 {uncovered}个岗位</b>"
            parts.append(f"<a href='show:UNCOVERED' style='color:#b91c1c'>{link}</a>")
        self.summary_label.setText("　·　".join(parts))

    # ---- selection ---------------------------------------------------------------------
    def current_row(self) -> BoardRow | None:
        index = self.view.currentIndex()
        return index.data(BoardRowRole) if index.isValid() else None

    def select_staff(self, staff_id: int, scroll: bool = True) -> bool:
        source = self.model.index_of_staff(staff_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        if scroll:
            self.view.scrollTo(index)
        return True

    def select_first(self) -> None:
        root = QModelIndex()
        for r in range(self.proxy.rowCount(root)):
            group = self.proxy.index(r, 0, root)
            if self.proxy.rowCount(group):
                self.view.setCurrentIndex(self.proxy.index(0, 0, group))
                return

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._selected_id = current.data(RowIdRole) or 0 if current.isValid() else 0
        self._show_detail()
        self.selectionMoved.emit(self._selected_id)

    def _show_detail(self, force: bool = False) -> None:
        row = self.current_row()
        now = self.hall.ctx.now()
        # A refresh that left the selected person as they were leaves the panel alone
        # (its texts are relative to the minute: redo them when the minute turns).
        shown = (row, now.replace(second=0, microsecond=0))
        if not force and shown == self._detail_shown:
            return
        self._detail_shown = shown
        notes = self.actions.notes_for(row.staff_id) if row else []
        self.detail.show_row(row, notes, now)

    def change_current(self) -> None:
        """The status dialog for the selected person (menu 登记 → 更改去向)."""
        self._with_row(self.actions.change_status)

    def _with_row(self, fn) -> None:  # type: ignore[no-untyped-def]
        row = self.current_row()
        if row is not None:
            fn(row)

    # ---- filtering ---------------------------------------------------------------------
    def _filter_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._after_filter()

    def _apply_show(self, show: Show) -> None:
        self.proxy.set_show(show)
        self._after_filter()

    def _after_filter(self) -> None:
        self._dress_groups()
        if not self.view.currentIndex().isValid() or not self.select_staff(self._selected_id):
            self.select_first()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def set_show(self, show: Show) -> None:
        self.show_combo.setCurrentIndex(self.show_combo.findData(show))

    # ---- keys, clicks and menu ---------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched is self.view:
            self._fit_columns()
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if watched is self.view:
            return self._view_key(event)
        if watched is self.filter_edit:
            return self._filter_key(event)
        return False

    def _view_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        index = self.view.currentIndex()
        if key in ENTER_KEYS and ctrl or key == Qt.Key.Key_F4:
            self._with_row(self.actions.back_in_post)
            return True
        if key in ENTER_KEYS or key == Qt.Key.Key_F3:
            if index.isValid() and index.data(IsGroupRole):
                self.view.setExpanded(index, not self.view.isExpanded(index))
            else:
                self._activated(index)
            return True
        if key == Qt.Key.Key_H and ctrl:
            self._with_row(self.actions.show_history)
            return True
        if key == Qt.Key.Key_Escape and (self.filter_edit.text() or self.proxy.active):
            self.filter_edit.clear()
            self.set_show(Show.ALL)
            return True
        text = event.text()
        if text and text.isprintable() and not text.isspace() and not ctrl:
            # Typing on the board starts a search.
            self.filter_edit.setFocus()
            self.filter_edit.insert(text)
            return True
        return False

    def _filter_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (*ENTER_KEYS, Qt.Key.Key_Down):
            self.view.setFocus()
            if not self.current_row():
                self.select_first()
            return True
        if key == Qt.Key.Key_Escape:
            if self.filter_edit.text():
                self.filter_edit.clear()
            else:
                self.view.setFocus()
            return True
        return False

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(BoardRowRole) if index.isValid() else None
        if row is None:
            return
        if row.return_overdue:
            self.actions.confirm_overdue(row)
        else:
            self.actions.change_status(row)

    def build_menu(self, row: BoardRow) -> QMenu:
        """The context menu for one person (also what the Menu key opens)."""
        menu = QMenu(self)
        menu.setObjectName("boardMenu")
        menu.addAction("更改去向…\tEnter", lambda: self.actions.change_status(row))
        if row.return_overdue:
            menu.addAction("确认超时：已回岗", lambda: self.actions.back_in_post(row))
            menu.addAction("确认超时：延长预计返回…", lambda: self.actions.confirm_overdue(row))
        menu.addSeparator()
        back = menu.addAction("在岗（回岗）\tF4", lambda: self.actions.back_in_post(row))
        back.setEnabled(row.status.is_absent)
        for status in Status:
            if status is Status.IN_POST:
                continue
            text = f"{status.label}…" if status is Status.OTHER else status.label
            action = menu.addAction(text, lambda s=status: self.actions.set_quick(row, s))
            action.setObjectName(f"status_{status.value}")
            if status is row.status:
                action.setCheckable(True)
                action.setChecked(True)
        menu.addSeparator()
        if row.status.is_absent and any(p.role == "A" for p in row.posts):
            menu.addAction("给B岗留交接事项…", lambda: self.actions.add_note(row))
        menu.addAction("去向记录…\tCtrl+H", lambda: self.actions.show_history(row))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos) if not pos.isNull() else self.view.currentIndex()
        row = index.data(BoardRowRole) if index.isValid() else None
        if row is None:
            return
        self.view.setCurrentIndex(index)
        self.build_menu(row).exec(self.view.viewport().mapToGlobal(pos))

    # ---- messages and links ------------------------------------------------------------
    def show_message(self, html: str) -> None:
        self.message_label.setText(html)
        self.message_label.show()

    def _link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "show":
            self.set_show(Show[value])
            return
        row = next((r for r in self.model.rows() if r.staff_id == int(value or 0)), None)
        if row is None:
            return
        if kind == "details":
            self.actions.change_status(row)
        elif kind == "note":
            self.actions.add_note(row)

    def _notes_seen(self, note_ids: list[int]) -> None:
        self.actions.mark_seen(note_ids)
        self.show_message("交接事项已标记为已阅。")
