"""The intake feature inside the whole window: F2, the board's 回岗 → 返岗提醒, the notice seam."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk.domain.common.codes import Channel, MatterKind, Outcome, Status
from desk.domain.intake.views import HandoverDraft, IntakeDraft
from desk.ui.app import build_window
from desk.ui.intake import IntakeFeature
from desk.ui.main_window import MainWindow
from tests.conftest import SmallHall
from tests.domain.intake.intake_support import as_director, both_absent

TypeText = Callable[[QWidget, str], None]
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


@pytest.fixture
def window(qtbot: QtBot, small_hall: SmallHall) -> Iterator[MainWindow]:
    w = build_window(small_hall.hall, start_timers=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def test_f2_opens_the_form_from_the_board(qtbot: QtBot, window: MainWindow) -> None:
    assert window.tabs.currentWidget() is window.pages["board"]
    feature = window.findChild(IntakeFeature)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: feature.dialog is not None and feature.dialog.isVisible())
    qtbot.waitUntil(feature.dialog.isActiveWindow)
    assert feature.dialog.focusWidget() is feature.dialog.ui.channelVisit  # Tab order starts here
    assert any(a.objectName() == "intakeAction" for a in window.toolbar.actions())
    qtbot.keyClick(feature.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: feature.dialog is None)


def test_board_return_shows_the_notice(
    qtbot: QtBot, window: MainWindow, small_hall: SmallHall
) -> None:
    hall = small_hall.hall
    both_absent(small_hall)
    head = small_hall.staff["周春英"]
    as_director(
        small_hall, lambda: hall.board.set_status(head, Status.MEETING, override_reason="会")
    )
    hall.intakes.save(
        IntakeDraft(
            channel=Channel.PHONE,
            visitor_name="张建国",
            visitor_phone="13812345678",
            matter="临时救助申请",
            outcome=Outcome.HANDOVER,
            post_id=small_hall.post["救助"],
        ),
        HandoverDraft(head, "张建国", "13812345678", matter="临时救助申请"),
    )
    board = window.pages["board"]
    row = next(r for r in hall.board.rows() if r.staff_id == head)
    board.actions.back_in_post(row)  # type: ignore[attr-defined]
    notices = window.findChild(IntakeFeature).notices
    qtbot.waitUntil(lambda: head in notices and notices[head].isVisible())
    assert notices[head].title.text() == "周春英 已返岗，有 1 件转交待联系"


def test_notice_outcome_offers_the_one_time_notice(
    qtbot: QtBot, window: MainWindow, small_hall: SmallHall, type_text: TypeText
) -> None:
    hall = small_hall.hall
    as_director(
        small_hall,
        lambda: hall.catalogue.add_item(
            "低保申请", small_hall.dept["民政"], small_hall.post["低保"], MatterKind.PROMISED, 20
        ),
    )
    offered: list[int] = []
    window.router.provide_notices(lambda *, item_id=None, intake_id=None: offered.append(intake_id))
    dialog = window.findChild(IntakeFeature).open_form()
    ui = dialog.ui
    type_text(ui.nameEdit, "曾国强")
    ui.phoneEdit.setText("13900001111")
    ui.matterEdit.setFocus()
    qtbot.keyClicks(ui.matterEdit, "dbsq")
    qtbot.keyClick(ui.matterEdit, Qt.Key.Key_Return)
    assert ui.matterEdit.text() == "低保申请" and dialog.outcome() is Outcome.NOTICE
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = hall.intakes.find()[0]
    assert offered == [saved.id]
    assert window.statusBar().currentMessage().startswith("已登记：曾国强（来访）低保申请")
