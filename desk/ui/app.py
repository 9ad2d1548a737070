"""Starting the window: open the store (with clear messages), first run, sign-in."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from desk.bootstrap import open_hall
from desk.db.migrate import DatabaseUnreadable, SchemaTooNew
from desk.domain.hall import Hall
from desk.paths import resolve_db_url
from desk.ui.theme import apply_font


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
    window.show()
    return app.exec()
