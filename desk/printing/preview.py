"""Qt's print preview with a 保存为PDF action, for every printed form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from desk.printing.engine import html_to_pdf, make_document, new_printer, print_document


class PrintPreview(QPrintPreviewDialog):
    """Preview of one rendered form; printing and PDF both use the same layout."""

    def __init__(
        self, html: str, title: str, parent: QWidget | None = None, suggested_name: str = ""
    ) -> None:
        self._printer = new_printer()
        super().__init__(self._printer, parent)
        self.html = html
        self.suggested_name = suggested_name or title
        self.saved_pdf: Path | None = None
        self.setWindowTitle(f"打印预览 — {title}")
        self.resize(900, 1000)
        self.paintRequested.connect(self._paint)
        toolbar = self.findChild(QToolBar)
        self.save_pdf_action = QAction("保存为PDF", self)
        self.save_pdf_action.setObjectName("savePdf")
        self.save_pdf_action.triggered.connect(self.ask_save_pdf)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.save_pdf_action)
        else:
            self.addAction(self.save_pdf_action)

    def _paint(self, printer: QPrinter) -> None:
        print_document(make_document(self.html), printer)

    def save_pdf(self, path: str | Path) -> Path:
        path = Path(path)
        html_to_pdf(self.html, path)
        self.saved_pdf = path
        return path

    def ask_save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "保存为PDF", str(Path.home() / f"{self.suggested_name}.pdf"), "PDF 文件 (*.pdf)"
        )
        if not name:
            return
        try:
            self.save_pdf(name)
        except OSError as exc:
            QMessageBox.warning(self, "保存失败", f"无法保存PDF：{exc}\n请换一个文件夹再试。")
