"""Acceptance: a clerk cannot change the roster, edit the catalogue, restore or export unmasked
data — the window's controls are disabled (and the domain refuses, see tests/domain) — while a
director can, after signing in, in the same window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from desk.ui.admin.backups import BackupsDialog
from desk.ui.app import build_window
from desk.ui.export import open_export_dialog
from desk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

ROSTER_ACTIONS = ["peopleAddStaff", "peopleEditStaff", "peopleAddDepartment", "peopleRoster"]


@pytest.fixture
def window(qtbot: QtBot, leaders) -> Iterator[MainWindow]:
    w = build_window(leaders.hall, start_timers=False)
    qtbot.addWidget(w)
    yield w


def controls(window: MainWindow, qtbot: QtBot) -> dict[str, bool]:
    """Whether each leader-only control is usable for the operator signed in now."""
    found = {n: window.findChild(QAction, n) for n in ROSTER_ACTIONS}
    catalogue = window.pages["catalogue"]
    backups = BackupsDialog(window.hall, parent=window)
    qtbot.addWidget(backups)
    export = open_export_dialog(window)
    state = {
        "roster": all(a is not None and a.isEnabled() for a in found.values()),
        "catalogue": catalogue.new_button.isEnabled() and catalogue.import_button.isEnabled(),
        "catalogue_import_action": window.findChild(QAction, "importCatalogue").isEnabled(),
        "restore": backups.ui.restoreButton.isEnabled(),
        "unmasked_export": export.ui.unmaskedCheck.isEnabled(),
    }
    export.close()
    return state


def test_clerk_controls_are_disabled_and_a_director_gets_them(
    window: MainWindow, leaders, qtbot: QtBot
) -> None:
    assert controls(window, qtbot) == dict.fromkeys(
        ["roster", "catalogue", "catalogue_import_action", "restore", "unmasked_export"], False
    )
    leaders.sign_in("director")
    window.operatorChanged.emit()
    assert all(controls(window, qtbot).values())
    leaders.sign_in("clerk")
    window.operatorChanged.emit()
    assert not any(controls(window, qtbot).values())
