"""When the database cannot be opened: explain in Chinese and offer a way out.

Shown instead of a traceback when the file is damaged, truncated or not a database
(desk.db.migrate.DatabaseUnreadable). The clerk can restore the latest backup (a director
or admin of that backup authorises with their PIN; the damaged file is kept aside), open
another database file, or quit.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from desk.bootstrap import open_hall
from desk.db import backup as files
from desk.db.backup import BackupError
from desk.db.engine import sqlite_path, sqlite_url
from desk.db.migrate import DatabaseUnreadable, SchemaTooNew
from desk.domain.admin.backup import Leader, leaders_in, recover_database
from desk.domain.common.clock import SystemClock
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.ui.admin.backups import BACKUP_FILTER, size_text
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_recovery_dialog import Ui_RecoveryDialog

_REASONS = [
    ("not a database", "文件不是数据库，或文件开头已损坏"),
    ("malformed", "数据库文件内部已损坏"),
    ("unable to open", "文件无法打开（可能不存在、没有权限，或所在磁盘/网络共享不可用）"),
    ("disk i/o", "读取磁盘时出错"),
    ("encrypted", "文件不是数据库，或已被加密"),
]


def reason_text(exc: BaseException) -> str:
    """The cause in Chinese, with SQLite's own words kept for the administrator."""
    raw = str(exc).strip()
    for needle, text in _REASONS:
        if needle in raw.lower():
            return f"原因：{text}（技术信息：{raw}）"
    return f"原因：文件无法作为数据库读取（技术信息：{raw or '无'}）"


def _db_path(url: str) -> Path | None:
    return sqlite_path(url)


class RecoveryDialog(QDialog):
    """`hall` is the opened store after accept()."""

    def __init__(self, url: str, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        self.url = url
        self.db_path = _db_path(url)
        self.hall: Hall | None = None
        self.leaders: list[Leader] = []
        ui = self.ui
        where = str(self.db_path) if self.db_path else url
        ui.explainLabel.setText(
            f"<p><b>数据库文件无法打开：</b>{where}</p>"
            f"<p style='color:#555'>{escape(reason_text(exc))}</p>"
            "<p>文件可能已损坏（如断电、磁盘故障），或被其他程序改写。您可以：</p>"
            "<ul><li><b>从备份恢复</b>：选中一个备份（通常是最新的），由值班领导或管理员输入PIN。"
            "损坏的文件会另存一份，不会删除；</li>"
            "<li><b>打开其他数据库文件</b>；</li>"
            "<li><b>退出</b>，请管理员检查后再启动。</li></ul>"
        )
        self.errors = FieldErrors(ui.generalError)
        self.errors.add("pin", ui.pinEdit, ui.pinError)
        ui.backupsList.currentItemChanged.connect(lambda *_: self._backup_chosen())
        ui.restoreButton.clicked.connect(self.restore)
        ui.otherBackupButton.clicked.connect(self.choose_backup)
        ui.otherFileButton.clicked.connect(self.choose_database)
        ui.quitButton.clicked.connect(self.reject)
        ui.pinEdit.returnPressed.connect(self.restore)
        self._list_backups()

    def _list_backups(self) -> None:
        ui = self.ui
        if self.db_path is None:
            for w in (ui.backupsLabel, ui.backupsList, ui.restoreButton, ui.otherBackupButton):
                w.setEnabled(False)
            return
        folder = self.db_path.parent / "backups"
        found = list(reversed(files.list_backups(folder, self.db_path.stem)))
        for b in found:
            self._add_backup(b.path, f"{b.label}　{size_text(b.size)}")
        ui.backupsList.setCurrentRow(0)
        ui.backupsList.setFocus()
        if not found:
            self._backup_chosen()
            self.errors.show_general(
                f"在“{folder}”中没有找到本数据库的备份。可以点“选择其他备份文件”。"
            )

    def _add_backup(self, path: Path, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.ui.backupsList.addItem(item)
        return item

    def selected_backup(self) -> Path | None:
        item = self.ui.backupsList.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _backup_chosen(self) -> None:
        ui = self.ui
        self.errors.clear()
        ui.leaderCombo.clear()
        self.leaders = []
        backup = self.selected_backup()
        ui.restoreButton.setEnabled(backup is not None)
        if backup is None:
            return
        try:
            self.leaders = leaders_in(backup)
        except BackupError as exc:
            self.errors.show_general(str(exc))
            ui.restoreButton.setEnabled(False)
            return
        for leader in self.leaders:
            ui.leaderCombo.addItem(f"{leader.name}（{leader.role.label}）", leader.operator_id)
        needs = bool(self.leaders)
        if not needs:
            ui.leaderCombo.addItem("（此备份中还没有领导或管理员，无需授权）", None)
        for w in (ui.leaderCombo, ui.pinEdit, ui.pinLabel, ui.leaderLabel):
            w.setEnabled(needs)

    def restore(self) -> None:
        backup = self.selected_backup()
        if backup is None or self.db_path is None:
            return
        self.errors.clear()
        if self.leaders and not self.ui.pinEdit.text():
            self.errors.show("pin", "请值班领导或管理员输入PIN")
            return
        try:
            recover_database(
                self.db_path,
                backup,
                operator_id=self.ui.leaderCombo.currentData(),
                pin=self.ui.pinEdit.text() or None,
                now=SystemClock().now(),
            )
            self.hall = open_hall(self.url)
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except (BackupError, DomainError, DatabaseUnreadable, SchemaTooNew, OSError) as exc:
            self.errors.show_general(f"恢复没有成功：{exc}")
            return
        self.accept()

    def choose_backup(self) -> None:
        start = str(self.db_path.parent) if self.db_path else ""
        name, _filter = QFileDialog.getOpenFileName(self, "选择备份文件", start, BACKUP_FILTER)
        if name:
            item = self._add_backup(Path(name), Path(name).name)
            self.ui.backupsList.setCurrentItem(item)

    def choose_database(self) -> None:
        start = str(self.db_path.parent) if self.db_path else ""
        name, _filter = QFileDialog.getOpenFileName(self, "打开数据库文件", start, BACKUP_FILTER)
        if not name:
            return
        try:
            self.hall = open_hall(sqlite_url(name))
        except (DatabaseUnreadable, SchemaTooNew) as exc:
            self.errors.show_general(f"“{Path(name).name}”也无法打开：{exc}")
            return
        self.accept()


def recover(url: str, exc: BaseException) -> Hall | None:
    """Ask how to go on with an unreadable database; the opened Hall, or None to quit."""
    dialog = RecoveryDialog(url, exc)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.hall
    return None
