"""Starting the window: open the store (with clear messages), first run, sign-in."""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.bootstrap import open_hall
from desk.db.migrate import DatabaseUnreadable, SchemaTooNew
from desk.domain.hall import Hall
from desk.paths import resolve_db_url
from desk.ui.theme import apply_font

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

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
    from desk.ui.qt_fixes import guard_bool_refcount, top_up

    if guard_bool_refcount():
        renew = QTimer(app)
        renew.timeout.connect(top_up)
        renew.start(10 * 60 * 1000)
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

    window = MainWindow(hall, defer_features=True)
    # Fill the screen even without a window manager to honour "maximised" (kiosk, Xvfb).
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.showMaximized()
    if os.environ.get(BENCH_ENV):
        _report_start(app, window)
    return app.exec()


def _report_start(app: QApplication, window: MainWindow) -> None:
    """Benchmark hook: print when the board is painted and when every page is in, then quit."""

    def shown() -> None:
        # Wall-clock time, and this process's CPU seconds so far (contention shows as the gap).
        print(f"DESK_SHOWN {time.time():.6f} {time.process_time():.3f}", flush=True)

    def ready() -> None:
        print(f"DESK_READY {time.time():.6f}", flush=True)
        app.quit()

    window.after_first_paint(shown)
    if window.features_ready:
        window.after_first_paint(ready)
    else:
        window.featuresReady.connect(lambda: QTimer.singleShot(0, ready))
