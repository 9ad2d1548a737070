"""管理 → 备份与恢复: see the backups, take one now, restore one (director or admin).

Restoring asks for confirmation, keeps a safety copy of the current data and writes the
restore to the audit trail (desk.domain.admin.backup); the window then reloads what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from desk.db.backup import BackupError
from desk.domain.admin.backup import RestoreResult
from desk.domain.common.errors import DomainError
from desk.domain.hall import Hall
from desk.domain.people.permissions import Permission, can, denial_message
from desk.ui.generated.ui_backups_dialog import Ui_BackupsDialog

BACKUP_FILTER = "数据库备份 (*.sqlite3 *.db);;所有文件 (*)"


def size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


class BackupsDialog(QDialog):
    def __init__(
        self,
        hall: Hall,
        after_restore: Callable[[RestoreResult], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.hall = hall
        self.after_restore = after_restore
        ui = self.ui
        ui.generalError.setWordWrap(True)
        ui.generalError.hide()
        ui.backupButton.clicked.connect(self.backup_now)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.otherButton.clicked.connect(self.restore_other)
        ui.backupsList.itemDoubleClicked.connect(lambda _i: self.restore_selected())
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        allowed = can(hall.ctx, Permission.RESTORE)
        for button in (ui.restoreButton, ui.otherButton):
            button.setEnabled(allowed)
            button.setToolTip("" if allowed else denial_message(Permission.RESTORE))
        self.reload()

    def reload(self) -> None:
        ui = self.ui
        try:
            folder = self.hall.backups.folder()
            backups = self.hall.backups.files()
        except DomainError as exc:
            self._message(str(exc))
            return
        keep = f"保留最近{self.hall.settings.get('backup.keep_daily')}天每天一份、"
        keep += f"最近{self.hall.settings.get('backup.keep_monthly')}个月每月一份"
        ui.folderLabel.setText(
            f"备份文件夹：<b>{folder}</b><br>每天第一次启动和每次退出时自动备份；{keep}。"
        )
        ui.backupsList.clear()
        for b in backups:
            item = QListWidgetItem(f"{b.label}　{size_text(b.size)}")
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            ui.backupsList.addItem(item)
        if backups:
            ui.backupsList.setCurrentRow(0)

    def _message(self, text: str, error: bool = True) -> None:
        self.ui.generalError.setStyleSheet("color:#b91c1c" if error else "color:#166534")
        self.ui.generalError.setText(text)
        self.ui.generalError.show()

    def backup_now(self) -> None:
        try:
            path = self.hall.backups.take("manual")
        except (BackupError, DomainError) as exc:
            self._message(str(exc))
            return
        self.reload()
        self._message(f"已备份：{path.name}", error=False)

    def restore_selected(self) -> None:
        item = self.ui.backupsList.currentItem()
        if item is None:
            self._message("请先选择一个备份")
            return
        self.restore(Path(item.data(Qt.ItemDataRole.UserRole)))

    def restore_other(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, "选择备份文件", str(self.hall.backups.folder()), BACKUP_FILTER
        )
        if name:
            self.restore(Path(name))

    def restore(self, backup: Path) -> None:
        answer = QMessageBox.question(
            self,
            "从备份恢复",
            f"用备份“{backup.name}”替换现在的全部数据？\n\n"
            "备份之后登记的内容将不再显示（现在的数据库会先另存为安全副本，可找回）。",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = self.hall.backups.restore(backup)
        except (BackupError, DomainError) as exc:
            self._message(str(exc))
            return
        self.hall.reload_calendar()
        if self.after_restore is not None:
            self.after_restore(result)
        self.reload()
        self._message(
            f"已从“{backup.name}”恢复。恢复前的数据已另存为“{result.safety_copy.name}”。",
            error=False,
        )
