"""台账 → 导出月度台账…: pick the month and the file, watch the progress, open the folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QEvent,
    QObject,
    QStandardPaths,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desk.domain.common.errors import DomainError
from desk.domain.ledgers.rows import Month
from desk.domain.ledgers.service import LedgerService
from desk.excel.ledgers import ExportResult, default_filename
from desk.ui.export.worker import ExportTask
from desk.ui.field_errors import LABEL_STYLE, FieldErrors
from desk.ui.generated.ui_export_dialog import Ui_ExportDialog

UNMASK_ALLOWED = "导出完整电话号码，会记入审计日志；文件请妥善保管，不得外传。"
UNMASK_REFUSED = "需要值班领导或管理员权限才能导出完整电话号码。"


def default_month(today: date) -> Month:
    """The month a hall usually hands in: the last one early in a month, else this one."""
    this = Month.of(today)
    return this.previous() if today.day <= 15 else this


def default_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(docs) if docs else Path.home()
    return folder if folder.is_dir() else Path.home()


class ExportDialog(QDialog):
    """Exports run on the global thread pool; the dialog stays responsive and cannot close
    until the export has finished."""

    # The file written (after success).
    exported = Signal(str)

    def __init__(
        self,
        ledgers: LedgerService,
        *,
        hall_name: str,
        today: date,
        can_unmask: bool,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.ledgers = ledgers
        self.hall_name = hall_name
        self.task: ExportTask | None = None
        self.result: ExportResult | None = None
        self.errors = FieldErrors(self.ui.generalError)
        self.errors.add("path", self.ui.pathEdit, self.ui.pathError)
        self.errors.add("month", self.ui.monthEdit)

        month = default_month(today)
        self.ui.monthEdit.setMinimumDate(QDate(2000, 1, 1))
        self.ui.monthEdit.setMaximumDate(QDate(today.year, today.month, 1).addMonths(1).addDays(-1))
        self.ui.monthEdit.setDate(QDate(month.year, month.month, 1))
        self._default_name = default_filename(hall_name, month)
        self.ui.pathEdit.setText(str((folder or default_folder()) / self._default_name))
        self.ui.monthEdit.dateChanged.connect(self._month_changed)

        self.ui.unmaskedCheck.setEnabled(can_unmask)
        self.ui.unmaskedHint.setText(UNMASK_ALLOWED if can_unmask else UNMASK_REFUSED)
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setFormat("%p%")
        self.ui.openFolderButton.hide()

        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.exportButton.clicked.connect(self.start)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.openFolderButton.clicked.connect(self.open_folder)
        self.ui.monthEdit.installEventFilter(self)
        self.ui.monthEdit.setFocus()

    # ---- inputs --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if watched is self.ui.monthEdit and event.type() == QEvent.Type.FocusIn:
            # Up/Down should change the month: Qt selects the year section on focus.
            QTimer.singleShot(0, self._select_month_section)
        return super().eventFilter(watched, event)

    def _select_month_section(self) -> None:
        self.ui.monthEdit.setSelectedSection(self.ui.monthEdit.Section.MonthSection)

    def month(self) -> Month:
        d = self.ui.monthEdit.date()
        return Month(d.year(), d.month())

    def _month_changed(self) -> None:
        # Follow the month in the file name unless the clerk typed a name of their own.
        path = Path(self.ui.pathEdit.text().strip())
        name = default_filename(self.hall_name, self.month())
        if path.name == self._default_name:
            self.ui.pathEdit.setText(str(path.with_name(name)))
        self._default_name = name

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "保存月度台账", self.ui.pathEdit.text(), "Excel 工作簿 (*.xlsx)"
        )
        if chosen:
            self.ui.pathEdit.setText(chosen)

    def target(self) -> Path | None:
        """The file to write, or None after showing why the path will not do."""
        text = self.ui.pathEdit.text().strip()
        if not text:
            self.errors.show("path", "请选择保存位置")
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        if path.is_dir():
            self.errors.show("path", "这是一个文件夹，请写上文件名")
            return None
        if not path.parent.is_dir():
            self.errors.show("path", f"文件夹不存在：{path.parent}")
            return None
        return path

    # ---- running -------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self) -> None:
        """Check the inputs, get the permission for full phones if asked, start the task."""
        if self.running:
            return
        self.errors.clear()
        self._status("", error=False)
        self.ui.openFolderButton.hide()
        target = self.target()
        if target is None:
            return
        self.ui.pathEdit.setText(str(target))
        month = self.month()
        grant = None
        if self.ui.unmaskedCheck.isChecked():
            try:
                grant = self.ledgers.authorise_unmasked(month, destination=str(target))
            except DomainError as exc:
                self.errors.show_general(str(exc))
                return
        self.task = ExportTask(self.ledgers, month, target, grant)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        self._set_busy(True)
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(0)
        self._status(f"正在导出{month.label}月度台账…", error=False)
        QThreadPool.globalInstance().start(self.task)

    def _set_busy(self, busy: bool) -> None:
        for w in (self.ui.monthEdit, self.ui.pathEdit, self.ui.browseButton,
                  self.ui.exportButton, self.ui.closeButton):  # fmt: skip
            w.setEnabled(not busy)
        self.ui.unmaskedCheck.setEnabled(not busy and self.ui.unmaskedHint.text() == UNMASK_ALLOWED)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.ui.progressBar.setRange(0, total)
        self.ui.progressBar.setValue(done)
        self._status(text, error=False)

    def _finished(self, result: ExportResult) -> None:
        self.task = None
        self.result = result
        self._set_busy(False)
        self.ui.progressBar.setValue(self.ui.progressBar.maximum())
        counts = "，".join(f"{name} {n} 条" for name, n in result.rows.items())
        self._status(f"已导出：{result.path}\n{counts}", error=False)
        self.ui.openFolderButton.show()
        self.ui.openFolderButton.setFocus()
        self.exported.emit(str(result.path))

    def _failed(self, message: str) -> None:
        self.task = None
        self._set_busy(False)
        self.ui.progressBar.setValue(0)
        self._status(message, error=True)

    def _status(self, text: str, *, error: bool) -> None:
        self.ui.statusLabel.setStyleSheet(LABEL_STYLE if error else "")
        self.ui.statusLabel.setText(text)

    def open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path.parent)))

    # ---- closing -------------------------------------------------------------------
    def reject(self) -> None:
        if self.running:
            self._status("正在导出，请稍候；导出完成后再关闭。", error=False)
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 — Qt's name
        if self.running:
            event.ignore()
            self._status("正在导出，请稍候；导出完成后再关闭。", error=False)
            return
        super().closeEvent(event)
