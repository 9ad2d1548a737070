"""Opening an archived notice in Qt's print preview (print, or 保存为PDF)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk.domain.notices.views import NoticeView
from desk.printing.preview import PrintPreview


def show_notice(parent: QWidget, notice: NoticeView, title: str) -> PrintPreview:
    """The preview of exactly the archived HTML (a reprint looks like the first print)."""
    preview = PrintPreview(notice.html, f"{title} {notice.number}", parent, notice.number)
    preview.exec()
    return preview
