"""Handover lifecycle in the window: the 返岗提醒 notice, contact and close, overdue flags."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import Channel, HandoverState, Outcome, Status
from desk.domain.intake.views import HandoverDraft, IntakeDraft
from desk.ui.app import build_window
from desk.ui.intake import IntakeFeature
from desk.ui.intake.models import OverdueRole
from desk.ui.intake.record_dialogs import ContactDialog
from desk.ui.main_window import MainWindow
from tests.conftest import SmallHall
from tests.domain.intake.intake_support import as_director, both_absent

TypeText = Callable[[QWidget, str], None]

# The offscreen platform cannot raise windows (the notice is raised on top); a real display can.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


@pytest.fixture
def window(qtbot: QtBot, small_hall: SmallHall) -> Iterator[MainWindow]:
    """The main window with the intake feature alone (the board is another feature)."""
    from desk.ui import intake

    w = build_window(small_hall.hall, start_timers=False, installers=[intake.install])
    qtbot.addWidget(w)
    w.show()
    yield w


def hand_over(sh: SmallHall, name: str) -> int:
    saved = sh.hall.intakes.save(
        IntakeDraft(
            channel=Channel.VISIT,
            visitor_name=name,
            visitor_phone="13812345678",
            visitor_unit="城东村委会",
            matter="临时救助申请",
            outcome=Outcome.HANDOVER,
            post_id=sh.post["救助"],
        ),
        HandoverDraft(sh.staff["周春英"], name, "13812345678", "城东村委会", "临时救助申请"),
    )
    assert saved.handover_id is not None
    return saved.handover_id


def return_to_post(window: MainWindow, staff_id: int) -> None:
    """What the board does when someone is set back to 在岗."""
    change = window.hall.board.set_status(staff_id, Status.IN_POST)
    assert change.returned
    window.staffReturned.emit(staff_id)


def answer_modal(qtbot: QtBot, fill: Callable[[QWidget], None]) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        fill(dialog)

    QTimer.singleShot(0, run)


def test_return_to_post_shows_pending_handovers(
    qtbot: QtBot, window: MainWindow, small_hall: SmallHall, clock: FixedClock, type_text: TypeText
) -> None:
    hall = small_hall.hall
    head = small_hall.staff["周春英"]
    both_absent(small_hall)
    as_director(
        small_hall, lambda: hall.board.set_status(head, Status.MEETING, override_reason="开会")
    )
    first = hand_over(small_hall, "张建国")
    clock.advance(minutes=20)
    hand_over(small_hall, "李秀英")
    feature = window.findChild(IntakeFeature)
    assert feature.notices == {}
    clock.advance(hours=2)
    return_to_post(window, head)
    notice = feature.notices[head]
    assert notice.isVisible() and not notice.isModal()
    assert notice.title.text() == "周春英 已返岗，有 2 件转交待联系"
    assert notice.model.rowCount() == 2
    assert notice.model.index(0, 1).data() == "城东村委会 张建国 13812345678：临时救助申请"
    assert [b.text() for b in notice.action_buttons] == ["联系记录(&L)…", "办结(&B)"]
    with hall.db.read() as s:
        from desk.db.models import Handover

        assert all(h.notified_at == clock.now() for h in s.query(Handover))

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        type_text(dialog.ui.resultEdit, "已电话联系，约定明天上午来办")
        qtbot.mouseClick(dialog.ui.buttonBox.buttons()[0], Qt.MouseButton.LeftButton)

    answer_modal(qtbot, fill)
    qtbot.mouseClick(notice.action_buttons[0], Qt.MouseButton.LeftButton)
    h = hall.handovers.get(first)
    assert h.state is HandoverState.CONTACTED and h.contacted_at == clock.now()
    assert h.contact_result == "已电话联系，约定明天上午来办"
    assert notice.title.text() == "周春英 已返岗，有 1 件转交待联系"
    assert hall.handovers.get(first).state is HandoverState.CONTACTED
    # 办结 from the 转交待办 page.
    page = feature.handovers
    page.refresh()
    assert page.select(first)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert hall.handovers.get(first).state is HandoverState.CLOSED
    assert "转交已办结" in window.statusBar().currentMessage()


def test_no_notice_when_nothing_waits(
    qtbot: QtBot, window: MainWindow, small_hall: SmallHall
) -> None:
    hall = small_hall.hall
    hall.board.set_status(small_hall.staff["解东"], Status.MEETING)
    return_to_post(window, small_hall.staff["解东"])
    assert window.findChild(IntakeFeature).notices == {}


def test_overdue_flag_after_the_limit(
    qtbot: QtBot, window: MainWindow, small_hall: SmallHall, clock: FixedClock
) -> None:
    hall = small_hall.hall
    clock.set(datetime(2026, 11, 20, 10, 0))  # Friday; the head is in post
    both_absent(small_hall)
    hid = hand_over(small_hall, "张建国")
    feature = window.findChild(IntakeFeature)
    register, page = feature.register, feature.handovers
    register.period.setCurrentIndex(register.period.findText("全部"))
    page.refresh()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 10).data() == "" and not page.model.index(0, 0).data(OverdueRole)
    clock.set(datetime(2026, 11, 23, 17, 0))  # Monday, the due day: still in time
    register.refresh()
    page.refresh()
    assert register.model.index(0, 10).data() == ""
    clock.set(datetime(2026, 11, 24, 8, 30))  # Tuesday morning: overdue
    register.refresh()
    page.refresh()
    assert register.model.index(0, 10).data() == "转交超时"
    assert register.model.index(0, 0).data(OverdueRole)
    assert page.model.index(0, 10).data() == "已超时"
    assert page.model.index(0, 9).data() == "2026-11-23"
    assert "其中已超时 1 件" in page.summary.text()
    board = {r.staff_id: r for r in hall.board.rows()}
    assert board[small_hall.staff["周春英"]].badges == {"handovers": 1, "handovers_overdue": 1}
    register.overdue_only.setChecked(True)
    assert register.model.rowCount() == 1
    page.view.setCurrentIndex(page.view.findText("已超时"))
    assert [h.id for h in page.model.rows] == [hid]
    hall.handovers.contact(hid, clock.now(), "已联系")
    register.refresh()
    assert register.model.rowCount() == 0
