"""The main window: pages in tabs (the board is home), a toolbar of the day's actions.

It is built empty; desk.ui.app installs the features into it (each package's
`install(window)`), so this file stays small and knows no record kind. Features talk to
each other through its signals and its router (desk.ui.router), never through attributes
of their own stuck on the window.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolBar,
    QWidget,
)

from desk.db.changes import StoreChange
from desk.domain.hall import Hall
from desk.ui.router import Router


class MainWindow(QMainWindow):
    """Holds the pages, the menus and the router; emits the signals features listen to."""

    # The store changed, on this desk or another (desk.ui.live): a StoreChange naming the
    # tables (none: anything may have changed). Pages subscribe with on_store_change.
    storeChanged = Signal(object)
    # Someone came back to 在岗: show what waits for them (handovers, callbacks).
    staffReturned = Signal(int)
    operatorChanged = Signal()
    # Every feature is installed (at once, or after the home page's first paint when deferred).
    featuresReady = Signal()

    def __init__(
        self, hall: Hall, *, start_timers: bool = True, live_updates: bool | None = None
    ) -> None:
        super().__init__()
        self.hall = hall
        self.start_timers = start_timers
        # Follow other desks' changes (desk.ui.live); off in most tests, like the timers.
        self.live_updates = start_timers if live_updates is None else live_updates
        # What features ask of each other; empty until desk.ui.app installs them.
        self.router = Router()
        self.features_ready = False
        self.setWindowTitle(f"{hall.settings.get('hall.name')} · 前台")
        self.resize(1280, 760)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.toolbar = QToolBar("常用操作", self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.menus: dict[str, QMenu] = {}
        for key, title in [
            ("file", "文件(&F)"),
            ("records", "登记(&R)"),
            ("print", "打印(&P)"),
            ("ledger", "台账(&L)"),
            ("admin", "管理(&M)"),
            ("help", "帮助(&H)"),
        ]:
            self.menus[key] = self.menuBar().addMenu(title)
        self.pages: dict[str, QWidget] = {}
        self.operator_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.operator_label)
        self.calendar_label = QLabel(self)
        self.calendar_label.setStyleSheet("color:#9a3412")
        self.statusBar().addPermanentWidget(self.calendar_label)
        self.operatorChanged.connect(self._show_operator)
        self._change_pending: StoreChange | None = None
        # Coalesces bursts of changes into one storeChanged; dies with the window.
        self._change_timer = QTimer(self)
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(0)
        self._change_timer.timeout.connect(self._emit_changed)
        listeners, listener = hall.db.write_listeners, self._local_write
        listeners.append(listener)
        # A closed window stops listening to the store (its Hall may live on).
        self.destroyed.connect(lambda *_: listener in listeners and listeners.remove(listener))
        self._show_operator()

    def features_installed(self) -> None:
        """Called by desk.ui.app once the last feature is in."""
        self.features_ready = True
        self._show_operator()
        # DESK_START_PAGE=<page key> opens on that page (screenshots, a desk kept on one page).
        start = os.environ.get("DESK_START_PAGE", "")
        if start in self.pages:
            self.show_page(start)
        self.featuresReady.emit()

    def after_first_paint(self, fn: Callable[[], object]) -> None:
        """Run fn once the home page has been painted (start-up work nobody waits for)."""
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(_FirstPaint(self.tabs.currentWidget(), fn, app))

    def _local_write(self, tables: frozenset[str]) -> None:
        if tables:
            self.announce_change(StoreChange(tables))

    def announce_change(self, change: StoreChange | None = None) -> None:
        """Tell the pages the store changed (default: anything may have). Bursts of
        changes are merged into one storeChanged on the next event-loop turn."""
        change = change or StoreChange()
        pending = self._change_pending
        self._change_pending = change if pending is None else pending.merged(change)
        if not self._change_timer.isActive():
            self._change_timer.start()

    def _emit_changed(self) -> None:
        change, self._change_pending = self._change_pending, None
        if change is not None:
            self.storeChanged.emit(change)

    def on_store_change(self, refresh: Callable[[], object], *tables: str) -> None:
        """Call refresh whenever a change touches one of these tables (none: any change).

        The one way pages follow the store, so that a page can later wait while hidden
        and catch up when shown (issue 21) without every feature learning how."""

        def changed(change: StoreChange) -> None:
            if change.touches(*tables):
                refresh()

        self.storeChanged.connect(changed)

    def _show_operator(self) -> None:
        op = self.hall.operators.current()
        self.operator_label.setText(f"操作员：{op.name}（{op.role.label}）" if op else "未登录")

    # ---- what features use ---------------------------------------------------------
    def add_page(self, key: str, title: str, widget: QWidget, shortcut: str | None = None) -> None:
        self.pages[key] = widget
        index = self.tabs.addTab(widget, title)
        if shortcut:
            action = QAction(title, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda: self.tabs.setCurrentIndex(index))
            self.addAction(action)
            self.tabs.setTabToolTip(index, f"{title}（{shortcut}）")

    def show_page(self, key: str) -> QWidget:
        widget = self.pages[key]
        self.tabs.setCurrentWidget(widget)
        return widget

    def add_action(
        self,
        menu: str,
        text: str,
        slot: Callable[[], object],
        shortcut: str | None = None,
        toolbar: bool = False,
        object_name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if object_name:
            action.setObjectName(object_name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.setToolTip(f"{text.replace('&', '')}（{shortcut}）")
        action.triggered.connect(lambda _checked=False: slot())
        self.menus[menu].addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.addAction(action)
        return action


class _FirstPaint(QObject):
    """Calls fn (on the next event-loop turn) after the first paint inside `page`."""

    def __init__(self, page: QWidget | None, fn: Callable[[], object], app: QObject) -> None:
        super().__init__(app)
        self.page, self.fn, self.app = page, fn, app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            page = self.page
            if page is None or watched is page or page.isAncestorOf(watched):
                self.app.removeEventFilter(self)
                QTimer.singleShot(0, self.fn)
        return False
