"""Starting the window: open the store (with clear messages), first run, sign-in."""

from __future__ import annotations

import argparse
import os
import sys
import time

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desk.bootstrap import open_hall
from desk.db.migrate import DatabaseUnreadable, SchemaTooNew
from desk.domain.hall import Hall
from desk.paths import resolve_db_url
from desk.ui.theme import apply_font

# Set by tests/benchmarks/board.py: print when the board is first painted, then exit.
BENCH_ENV = "DESK_BENCH_EXIT_AFTER_SHOWN"


def open_store(url: str) -> Hall | None:
    """Open the database or explain in Chinese why not (None: the user gave up)."""
    try:
        return open_hall(url)
    except SchemaTooNew as exc:
        QMessageBox.critical(None, "无法打开数据库", str(exc))
    except DatabaseUnreadable as exc:
        from desk.ui.recovery import recover

        return recover(url, exc)
    return None


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("desk")
    app.setApplicationDisplayName("便民服务中心前台")
    apply_font(app)
    # Dates and weekdays in Chinese (周一, not Mon) whatever the system locale says.
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    from desk.paths import data_dir
    from desk.ui import excepthook

    excepthook.install(data_dir())
    hall = open_store(resolve_db_url(getattr(args, "db", None)))
    if hall is None:
        return 1
    from desk.ui.first_run import ensure_ready

    if not ensure_ready(hall, demo=bool(getattr(args, "demo", False))):
        return 0
    from desk.ui.main_window import MainWindow

    window = MainWindow(hall)
    # Fill the screen even without a window manager to honour "maximised" (kiosk, Xvfb).
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.showMaximized()
    if os.environ.get(BENCH_ENV):
        _quit_after_first_paint(app, window.tabs.currentWidget())
    return app.exec()


class _FirstPaint(QObject):
    """Benchmark hook: print the wall-clock time of the home page's first paint, then quit."""

    def __init__(self, app: QApplication, page: QWidget) -> None:
        super().__init__(app)
        self.app, self.page = app, page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is self.page or self.page.isAncestorOf(watched))
        ):
            self.app.removeEventFilter(self)
            # After this paint has been delivered: the board is on screen.
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        print(f"DESK_SHOWN {time.time():.6f}", flush=True)
        self.app.quit()


def _quit_after_first_paint(app: QApplication, page: QWidget) -> None:
    app.installEventFilter(_FirstPaint(app, page))
