"""Answering modal dialogs in GUI tests (they block in exec() until closed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def when_dialog(kind: type, act: Callable[[Any], None]) -> list[Any]:
    """Run `act(dialog)` on the next modal dialog of this kind; returns what was seen.

    A dialog the act leaves open (say, after a failed assertion) is rejected, so a test
    fails instead of hanging; the list then also holds ("still open", dialog).
    """
    seen: list[Any] = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, handle)
            return
        seen.append(dialog)
        try:
            act(dialog)
        finally:
            if dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted:
                seen.append(("still open", dialog))
                dialog.reject()

    QTimer.singleShot(0, handle)
    return seen
