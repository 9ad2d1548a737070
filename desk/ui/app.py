"""Starting the window: open the store (with clear messages), first run, sign-in; and the
composition root of the UI: the features, in order, installed into the main window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.bootstrap import open_hall
from desk.db.migrate import DatabaseUnreadable, SchemaTooNew
from desk.db.storage_errors import StorageError
from desk.domain.hall import Hall
from desk.paths import url_from_args
from desk.ui.theme import apply_font

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

# Set by tests/benchmarks/board.py: print when the board is first painted, then exit.
BENCH_ENV = "DESK_BENCH_EXIT_AFTER_SHOWN"

# A feature's `install(window)`: adds its pages, menu actions, signal handlers and the
# answers it gives other features (window.router).
Installer = Callable[["MainWindow"], None]


def features() -> tuple[Installer, ...]:
    """Every feature, in order: the first is the home page (the board)."""
    # Imported here, not at the top: the board paints before the other pages are imported.
    from desk.ui.admin import install as install_admin
    from desk.ui.appointments import install as install_appointments
    from desk.ui.board import install as install_board
    from desk.ui.cases import install as install_cases
    from desk.ui.catalogue import install as install_catalogue
    from desk.ui.duty import install as install_duty
    from desk.ui.export import install as install_export
    from desk.ui.intake import install as install_intake
    from desk.ui.leave import install as install_leave
    from desk.ui.live import install as install_live
    from desk.ui.notice import install as install_notice
    from desk.ui.overdue import install as install_overdue
    from desk.ui.people import install as install_people
    from desk.ui.settings import install as install_settings
    from desk.ui.sign_in import install as install_sign_in

    return (
        install_board,
        install_live,
        install_intake,
        install_notice,
        install_appointments,
        install_cases,
        install_overdue,
        install_duty,
        install_leave,
        install_catalogue,
        install_export,
        install_people,
        install_settings,
        install_sign_in,
        # Last: guards the actions the features above added.
        install_admin,
    )


def install_features(
    window: MainWindow, installers: Sequence[Installer], *, defer: bool = False
) -> None:
    """Install the home feature now and the others at once, or (`defer`) after the home
    page's first paint, so the board shows before the other pages are built."""
    home, rest = installers[0], installers[1:]
    home(window)

    def install_rest() -> None:
        for install in rest:
            install(window)
        window.features_installed()

    if defer:
        window.after_first_paint(install_rest)
    else:
        install_rest()


def build_window(
    hall: Hall,
    *,
    start_timers: bool = True,
    live_updates: bool | None = None,
    defer: bool = False,
    installers: Sequence[Installer] | None = None,
) -> MainWindow:
    """The main window with the features installed (all of them unless `installers`).

    live_updates: follow other desks' changes (default: with the timers)."""
    from desk.ui.main_window import MainWindow

    window = MainWindow(hall, start_timers=start_timers, live_updates=live_updates)
    install_features(window, installers if installers is not None else features(), defer=defer)
    return window


def open_store(url: str) -> Hall | None:
    """Open the database or explain in Chinese why not (None: the user gave up)."""
    while True:
        try:
            return open_hall(url)
        except SchemaTooNew as exc:
            QMessageBox.critical(None, "无法打开数据库", str(exc))
        except DatabaseUnreadable as exc:
            from desk.ui.recovery import recover

            return recover(url, exc)
        except StorageError as exc:  # the hall's database server is down or unreachable
            box = QMessageBox(QMessageBox.Icon.Warning, "无法连接数据库", _start_message(url, exc))
            again = box.addButton("重试", QMessageBox.ButtonRole.AcceptRole)
            box.addButton("退出", QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is again:
                continue
        return None


def _start_message(url: str, exc: StorageError) -> str:
    if not exc.unreachable:
        return str(exc)
    from desk.paths import server_label

    return (
        f"无法连接数据库服务器（{server_label(url)}）。请确认服务器已开机、"
        "数据库服务已启动、本机网络正常，然后点“重试”；仍不行请联系管理员。"
    )


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
    hall = open_store(url_from_args(args))
    if hall is None:
        return 1
    from desk.ui.first_run import ensure_ready

    if not ensure_ready(hall, demo=bool(getattr(args, "demo", False))):
        return 0
    window = build_window(hall, defer=True)
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
