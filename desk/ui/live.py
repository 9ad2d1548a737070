"""Live across desks: what another desk saves shows here within a second or two.

A ChangeFeed (desk.db.changes) listens on its own thread — PostgreSQL LISTEN/NOTIFY, or
SQLite's data_version — and a timer on the GUI thread drains it every quarter second
into ``window.announce_change``: the same StoreChange a write on this desk announces,
so the pages refresh the same way (keeping selection and scroll) whoever wrote. Settings
and the hall's holiday table another desk changed are reloaded first, so pages compute
with them. While the server cannot be reached the status bar says so (the feed
reconnects by itself and then reloads everything, as notifications may have been lost).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from desk.db.changes import ChangeFeed, StoreChange

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

DRAIN_MS = 250
OFFLINE_AFTER_S = 1.0
OFFLINE_TEXT = "⚠ 与数据库服务器的连接已断开，正在自动重新连接…"


class LiveUpdates(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.feed = ChangeFeed(window.hall.db)
        self.offline = QLabel(OFFLINE_TEXT, window)
        self.offline.setObjectName("offlineLabel")
        self.offline.setStyleSheet("color:#b91c1c")
        self.offline.hide()
        window.statusBar().addPermanentWidget(self.offline)
        # Since when the feed has not reached the server (None: it has).
        self._down_since: float | None = time.monotonic()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.drain)
        self.feed.start()
        self.timer.start(DRAIN_MS)
        window.destroyed.connect(lambda *_: self.feed.stop())

    def drain(self) -> None:
        now = time.monotonic()
        if self.feed.connected:
            self._down_since = None
        elif self._down_since is None:
            self._down_since = now
        # Only a server can be cut off; a second's grace hides the start and brief hiccups.
        down = self._down_since is not None and now - self._down_since >= OFFLINE_AFTER_S
        self.offline.setVisible(down and self.window.hall.db.is_postgres)
        change = self.feed.drain()
        if change is not None:
            self._reload_configuration(change)
            self.window.announce_change(change)

    def _reload_configuration(self, change: StoreChange) -> None:
        hall = self.window.hall
        if change.touches("settings"):
            hall.settings.reload()
        if change.touches("calendar_days"):
            hall.reload_calendar()

    def stop(self) -> None:
        self.timer.stop()
        self.feed.stop()


def install(window: MainWindow) -> None:
    """Follow the other desks (when the window was built with live updates)."""
    if window.live_updates:
        LiveUpdates(window)  # parented to the window, which keeps it
