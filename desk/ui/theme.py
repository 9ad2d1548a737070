"""Fonts and the colours that, together with text, carry a status."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk.domain.common.codes import Status

CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
)

# Background, foreground. Colour is never the only carrier: the status text is always shown.
STATUS_COLOURS: dict[Status, tuple[str, str]] = {
    Status.IN_POST: ("#dff3e4", "#14532d"),
    Status.MEETING: ("#fff4d6", "#7a4b00"),
    Status.TRIP: ("#e3ecff", "#1e3a8a"),
    Status.LEAVE: ("#ece7ff", "#4c1d95"),
    Status.SICK: ("#ffe1e1", "#7f1d1d"),
    Status.PERSONAL: ("#ffe9d6", "#7c2d12"),
    Status.TRAINING: ("#e0f4f7", "#164e63"),
    Status.FIELD: ("#eef3d9", "#3f4f0b"),
    Status.OTHER: ("#eeeeee", "#333333"),
}
OVERDUE = "#b91c1c"

# How a row of a list stands out (its text always says why as well).
LATE_BG = QColor("#fde2e2")  # overdue, late
LATE_FG = QColor("#991b1b")
DUE_TODAY_BG = QColor("#fff4d6")
DONE_FG = QColor("#4b5563")  # finished: still readable, no longer asking for work
GREY_FG = QColor("#8a8a8a")  # voided, inactive, withdrawn


def status_colours(status: Status) -> tuple[QColor, QColor]:
    bg, fg = STATUS_COLOURS[status]
    return QColor(bg), QColor(fg)


def apply_font(app: QApplication, point_size: int = 11) -> None:
    """Pick an installed Chinese font explicitly (Qt's own fallback choice varies by machine)."""
    families = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in families:
            font = QFont(family, point_size)
            app.setFont(font)
            return
    font = app.font()
    font.setPointSize(point_size)
    app.setFont(font)
