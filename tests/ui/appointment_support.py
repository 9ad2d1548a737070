"""Helpers for the appointment, case and overdue window tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desk.ui.app import build_window
from desk.ui.main_window import MainWindow
from tests.conftest import SmallHall


@pytest.fixture(name="window")
def window_fixture(qtbot: QtBot, small_hall: SmallHall) -> Iterator[MainWindow]:
    """The main window with every feature installed, no timers."""
    w = build_window(small_hall.hall, start_timers=False)
    qtbot.addWidget(w)
    w.show()
    yield w


def answer_modal(fill: Callable[[QWidget], None]) -> None:
    """Fill the next modal dialog once it is open (exec() blocks the test otherwise)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        try:
            fill(dialog)
        finally:
            # A failed check must not leave exec() waiting for ever.
            if dialog.isVisible() and hasattr(dialog, "reject"):
                dialog.reject()

    QTimer.singleShot(0, run)


def ok(qtbot: QtBot, box: QDialogButtonBox) -> None:
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
