"""管理 menu: operators, audit trail, privacy clean-up, backups; session lock; guarded actions.

Also the automatic backups of a running desk: one at the first start of each day (and
hourly checks, for a desk left on overnight) and one on exit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.db.backup import BackupError
from desk.db.storage_errors import StorageError
from desk.domain.admin.backup import RestoreResult
from desk.domain.common.errors import DomainError
from desk.ui.admin import access
from desk.ui.background import run_query
from desk.ui.lock import IdleLock

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

HOURLY_MS = 60 * 60 * 1000


def idle_lock(window: MainWindow) -> IdleLock:
    """The window's session lock (one per window, created by install)."""
    found = window.findChild(IdleLock)
    assert found is not None
    return found


def open_operators(window: MainWindow) -> None:
    from desk.ui.admin.operators import OperatorsDialog

    OperatorsDialog(window.hall, window).exec()
    window.operatorChanged.emit()  # names or roles may have changed


def open_audit(window: MainWindow) -> None:
    from desk.ui.admin.audit import AuditDialog

    dialog = AuditDialog(window.hall, window)
    dialog.search()
    dialog.exec()


def open_privacy(window: MainWindow) -> None:
    from desk.ui.admin.privacy import PrivacyDialog

    if PrivacyDialog(window.hall, window).exec():
        window.announce_change()


def open_backups(window: MainWindow) -> None:
    from desk.ui.admin.backups import BackupsDialog

    def after_restore(result: RestoreResult) -> None:
        window.announce_change()
        window.operatorChanged.emit()
        if result.signed_out:
            idle_lock(window).lock()  # the restored data does not know the operator

    BackupsDialog(window.hall, after_restore, window).exec()


def change_own_pin(window: MainWindow) -> None:
    from desk.ui.admin.operators import PinDialog

    op = window.hall.operators.current()
    if op is None:
        QMessageBox.information(window, "修改PIN", "请先登录。")
        return
    if PinDialog(window.hall, op, own=True, parent=window).exec():
        window.statusBar().showMessage("PIN已修改", 5000)
        window.operatorChanged.emit()


def automatic_backup(window: MainWindow, on_exit: bool = False) -> None:
    """Take the daily (or exit) backup; a problem is explained, never fatal.

    The daily one runs off the GUI thread (a pg_dump of a big hall takes seconds) on a
    lane of its own; the one at exit waits, as the program is ending anyway."""
    if on_exit:
        try:
            window.hall.backups.on_exit()
        except (BackupError, DomainError, StorageError) as exc:
            QMessageBox.warning(None, "自动备份没有完成", str(exc))
        return
    run_query(
        window,
        window.hall.backups.daily,
        done=lambda path: _backed_up(window, path),
        waiting=lambda: window.statusBar().showMessage("正在自动备份…", 15000),
        failed=lambda exc: _backup_failed(window, exc),
        lane="backup",
    )


def _backup_failed(window: MainWindow, exc: BaseException) -> None:
    if not isinstance(exc, BackupError | DomainError | StorageError):
        raise exc
    window.statusBar().showMessage("自动备份没有完成，详见提示", 15000)
    QMessageBox.warning(window, "自动备份没有完成", str(exc))


def _backed_up(window: MainWindow, path: Path | None) -> None:
    if path is not None:
        window.statusBar().showMessage(f"已自动备份：{path.name}", 8000)


def install(window: MainWindow) -> None:
    hall = window.hall
    window.add_action(
        "admin", "操作员管理(&O)…", lambda: open_operators(window), object_name="operatorsAction"
    )
    window.add_action(
        "admin", "审计记录(&A)…", lambda: open_audit(window), object_name="auditAction"
    )
    window.add_action(
        "admin", "隐私清理(&Y)…", lambda: open_privacy(window), object_name="privacyAction"
    )
    window.add_action(
        "admin", "备份与恢复(&B)…", lambda: open_backups(window), object_name="backupsAction"
    )
    lock = IdleLock(window, lambda: float(hall.settings.get("session.lock_minutes")))
    window.add_action("file", "锁定(&K)", lock.lock, "Ctrl+Shift+L", object_name="lockAction")
    window.add_action(
        "file", "修改我的PIN(&P)…", lambda: change_own_pin(window), object_name="changePinAction"
    )
    access.install(window)
    if window.start_timers:
        lock.start()
        QTimer.singleShot(0, window, lambda: automatic_backup(window))
        hourly = QTimer(window)
        hourly.setInterval(HOURLY_MS)
        hourly.timeout.connect(lambda: automatic_backup(window))
        hourly.start()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(lambda: automatic_backup(window, on_exit=True))
