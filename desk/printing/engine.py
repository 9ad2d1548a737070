"""Laying HTML out on A4 pages and sending it to a PDF file, a printer or a preview.

The document is laid out in CSS pixels at 96 dpi (as in a browser) and the painter is
scaled to the printer's resolution, so templates size things in pt, px or percent as
they would for a browser. Every page gets a "第 n 页 / 共 m 页" footer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

LAYOUT_DPI = 96
FOOTER_HEIGHT = 28  # px at LAYOUT_DPI
MARGINS_MM = QMarginsF(18, 15, 18, 15)

# WenQuanYi first: Noto CJK's PDF text maps 一, 页, 马, 门… to look-alike radicals, so a
# PDF printed with it cannot be searched or copied correctly (archives search PDF text).
PRINT_FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC")
PRINT_POINT_SIZE = 11

_layout_device: QImage | None = None


def print_font() -> QFont:
    """The font printed forms use unless a template sets its own."""
    from PySide6.QtGui import QFontDatabase

    installed = set(QFontDatabase.families())
    font = QFont()
    for family in PRINT_FAMILIES:
        if family in installed:
            font = QFont(family)
            break
    font.setPointSize(PRINT_POINT_SIZE)
    return font


def _device() -> QImage:
    """A paint device at 96 dpi whatever the screen is, so layout does not vary by machine."""
    global _layout_device
    if _layout_device is None:
        image = QImage(1, 1, QImage.Format.Format_RGB32)
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        _layout_device = image
    return _layout_device


def new_printer(
    orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter
        )
    )
    return printer


def make_document(html: str, font: QFont | None = None) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(_device())
    doc.setDefaultFont(font if font is not None else print_font())
    doc.setHtml(html)
    return doc


def print_document(doc: QTextDocument, printer: QPrinter, *, footer: bool = True) -> int:
    """Paint doc page by page onto printer; returns the number of pages."""
    paint_rect = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
    scale_to_layout = LAYOUT_DPI / 72.0
    width = paint_rect.width() * scale_to_layout
    height = paint_rect.height() * scale_to_layout
    body_height = height - (FOOTER_HEIGHT if footer else 0)
    doc.setPageSize(QSizeF(width, body_height))
    pages = max(1, doc.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("无法开始打印（打印机或文件不可用）")
    try:
        scale = printer.resolution() / LAYOUT_DPI
        painter.scale(scale, scale)
        footer_font = QFont(doc.defaultFont())
        footer_font.setPixelSize(12)  # layout pixels: the painter is already scaled
        for index in range(pages):
            if index:
                printer.newPage()
            painter.save()
            painter.translate(0, -index * body_height)
            doc.drawContents(painter, QRectF(0, index * body_height, width, body_height))
            painter.restore()
            if footer:
                painter.setFont(footer_font)
                painter.drawText(
                    QRectF(0, body_height, width, FOOTER_HEIGHT),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    f"第 {index + 1} 页 / 共 {pages} 页",
                )
    finally:
        painter.end()
    return pages


def html_to_pdf(
    html: str,
    path: str | Path,
    *,
    orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
    font: QFont | None = None,
) -> int:
    """Write html as an A4 PDF at path; returns the number of pages."""
    printer = new_printer(orientation)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return print_document(make_document(html, font), printer)
