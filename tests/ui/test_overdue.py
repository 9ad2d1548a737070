"""逾期一览 in the window: all three kinds in one list, filters, opening a record."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk.domain.common.clock import FixedClock
from desk.ui.appointments.record_dialogs import ContactDialog
from desk.ui.main_window import MainWindow
from desk.ui.overdue.model import OverdueModel, RecordKeyRole
from tests.conftest import SmallHall
from tests.domain.overdue.test_overdue import make_all_three
from tests.ui.appointment_support import answer_modal, window_fixture  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def column(page: QWidget, col: int) -> list[str]:
    model = page.model  # type: ignore[attr-defined]
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_overdue_page_lists_all_three_kinds(
    qtbot: QtBot, window: MainWindow, small_hall: SmallHall, clock: FixedClock
) -> None:
    ids = make_all_three(small_hall)
    clock.set(datetime(2026, 11, 18, 9, 0))
    page = window.show_page("overdue")
    page.refresh()  # type: ignore[attr-defined]
    keys = [page.model.index(r, 0).data(RecordKeyRole) for r in range(page.model.rowCount())]  # type: ignore[attr-defined]
    assert keys[0] == ("case", ids["instant"])  # the latest first
    assert set(keys) == {
        ("case", ids["instant"]),
        ("handover", ids["handover"]),
        ("callback", ids["callback"]),
        ("case", ids["promised"]),
    }
    assert column(page, 0) == ["逾期2天", "逾期1天", "逾期1天", "逾期1天"]
    assert sorted(set(column(page, 1))) == sorted({"转交待联系", "预约回电", "承诺办结"})
    assert "张建国" in column(page, 3) and "李秀兰" in column(page, 3)
    assert "逾期 4 项" in page.summary.text()  # type: ignore[attr-defined]
    # Filter by staff member and by post.
    staff = page.staff_combo  # type: ignore[attr-defined]
    staff.setCurrentIndex(staff.findData(small_hall.staff["周春英"]))
    assert column(page, 1) == ["转交待联系"]
    staff.setCurrentIndex(0)
    post = page.post_combo  # type: ignore[attr-defined]
    post.setCurrentIndex(post.findData(small_hall.post["医保"]))
    assert sorted(column(page, 1)) == ["承诺办结", "承诺办结", "预约回电"]


def test_double_click_opens_the_callback(
    qtbot: QtBot, window: MainWindow, small_hall: SmallHall, clock: FixedClock
) -> None:
    ids = make_all_three(small_hall)
    clock.set(datetime(2026, 11, 18, 9, 0))
    page = window.show_page("overdue")
    page.refresh()  # type: ignore[attr-defined]
    row = column(page, 1).index("预约回电")
    table = page.table  # type: ignore[attr-defined]
    opened: list[QWidget] = []
    answer_modal(lambda dialog: opened.append(dialog))
    rect = table.visualRect(table.model().index(row, 1))
    # A real double-click: the press selects the row, the second click opens it.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1 and isinstance(opened[0], ContactDialog)
    assert opened[0].entry.id == ids["callback"]  # type: ignore[attr-defined]
    assert window.tabs.currentWidget() is window.pages["appointments"]


def test_overdue_model(qtmodeltester, small_hall: SmallHall, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    make_all_three(small_hall)
    clock.set(datetime(2026, 11, 18, 9, 0))
    model = OverdueModel()
    model.set_rows(small_hall.hall.overdue.items())
    assert model.rowCount() == 4
    qtmodeltester.check(model)
