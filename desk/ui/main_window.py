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

from desk.domain.hall import Hall
from desk.ui.router import Router


class MainWindow(QMainWindow):
    """Holds the pages, the menus and the router; emits the signals features listen to."""

    # A write happened somewhere: pages showing derived counts refresh.
    dataChanged = Signal()
    # Someone came back to 在岗: show what waits for them (handovers, callbacks).
    staffReturned = Signal(int)
    operatorChanged = Signal()
    # Every feature is installed (at once, or after the home page's first paint when deferred).
    featuresReady = Signal()

    def __init__(self, hall: Hall, *, start_timers: bool = True) -> None:
        super().__init__()
        self.hall = hall
        self.start_timers = start_timers
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
        self.hall.db.write_listeners.append(self._emit_changed_later)
        self._change_pending = False
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

    def _emit_changed_later(self) -> None:
        # Coalesce bursts of writes into one refresh on the next event-loop turn.
        if not self._change_pending:
            self._change_pending = True
            QTimer.singleShot(0, self._emit_changed)

    def _emit_changed(self) -> None:
        self._change_pending = False
        self.dataChanged.emit()

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
