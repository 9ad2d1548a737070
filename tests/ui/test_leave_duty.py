"""值班 and 请销假 in the window: a leave from the keyboard, approved and on the board on its
start date; the day's duty log filled and signed; 交接 before leaving; handing on a callback."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desk.domain.appointments.views import AppointmentDraft
from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import LeaveState, Status
from desk.ui.board.model import COL_STATUS
from desk.ui.board.status_dialog import StatusDialog
from desk.ui.leave.decision_dialog import LeaveDecisionDialog
from desk.ui.leave.request_dialog import LeaveDialog
from desk.ui.main_window import MainWindow
from tests.conftest import Leaders
from tests.ui.appointment_support import window_fixture  # noqa: F401
from tests.ui.modal import when_dialog

TypeText = Callable[[QWidget, str], None]
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def key(
    widget: QWidget, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(widget, k, mods)


def test_leave_from_the_keyboard_approved_by_the_director_is_on_the_board_on_its_start_date(
    qtbot: QtBot, window: MainWindow, leaders: Leaders, clock: FixedClock, type_text: TypeText
) -> None:
    hall = leaders.hall
    zeng = next(p.id for p in hall.staff.staff() if p.name == "曾小明")
    key(
        window,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    page = window.pages["leave"]
    assert window.tabs.currentWidget() is page
    seen: dict[str, str] = {}

    def fill(dialog: LeaveDialog) -> None:
        ui = dialog.ui
        type_text(ui.staffCombo.lineEdit(), "曾小明")
        key(ui.staffCombo, Qt.Key.Key_Return)
        # 开始: next Monday (23 Nov) morning — Tab to the day section, Up seven times.
        ui.firstDate.setFocus()
        key(ui.firstDate, Qt.Key.Key_Tab)
        key(ui.firstDate, Qt.Key.Key_Tab)
        for _ in range(7):
            key(ui.firstDate, Qt.Key.Key_Up)
        seen["first"] = ui.firstDate.date().toString("yyyy-MM-dd")
        # 结束 followed to the 23rd; one day later, Tuesday afternoon.
        ui.lastDate.setFocus()
        key(ui.lastDate, Qt.Key.Key_Tab)
        key(ui.lastDate, Qt.Key.Key_Tab)
        key(ui.lastDate, Qt.Key.Key_Up)
        seen["last"] = ui.lastDate.date().toString("yyyy-MM-dd")
        type_text(ui.reasonEdit, "年休假")
        type_text(ui.handoverEdit, "周三前回电陈先生")
        dialog.recheck()
        seen["check"] = ui.checkLabel.text()
        seen["targets"] = ui.handoverTargetsLabel.text()
        key(ui.reasonEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    done = when_dialog(LeaveDialog, fill)
    key(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert done and ("still open", done[0]) not in done
    assert (seen["first"], seen["last"]) == ("2026-11-23", "2026-11-24")
    assert "共 <b>2</b> 个工作日" in seen["check"]
    assert "民政救助 → 单丽" in seen["targets"]
    [request] = hall.leave.find()
    assert (request.staff_id, request.state) == (zeng, LeaveState.PENDING)
    assert (request.starts_at, request.ends_at) == (
        datetime(2026, 11, 23, 8, 30), datetime(2026, 11, 24, 17, 30),
    )  # fmt: skip

    # The director signs in and approves from the list with Enter.
    leaders.sign_in("director")
    window.operatorChanged.emit()
    page.refresh()  # type: ignore[attr-defined]
    page.select(request.id)  # type: ignore[attr-defined]

    def approve(dialog: LeaveDecisionDialog) -> None:
        assert not dialog.ui.overrideBox.isVisible()
        type_text(dialog.ui.noteEdit, "同意")
        key(dialog.ui.noteEdit, Qt.Key.Key_Return)

    done = when_dialog(LeaveDecisionDialog, approve)
    key(page.table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert done
    v = hall.leave.get(request.id)
    assert v.state is LeaveState.APPROVED and v.approver == "钱主任"

    # Friday: still in post. Monday 08:31 the board's refresh timer puts the leave up.
    board = window.pages["board"]
    clock.set(datetime(2026, 11, 20, 16, 0))
    board.tick()  # type: ignore[attr-defined]
    index = board.model.index_of_staff(zeng)  # type: ignore[attr-defined]
    assert index.siblingAtColumn(COL_STATUS).data() == "在岗"
    clock.set(datetime(2026, 11, 23, 8, 31))
    board.tick()  # type: ignore[attr-defined]
    index = board.model.index_of_staff(zeng)  # type: ignore[attr-defined]
    assert index.siblingAtColumn(COL_STATUS).data() == "公休/休假"
    row = next(r for r in hall.board.rows() if r.staff_id == zeng)
    assert row.leave_request_id == request.id and row.expected_return == datetime(
        2026, 11, 24, 17, 30
    )
    board.select_staff(zeng)  # type: ignore[attr-defined]
    assert "按已批准的请假单离岗" in board.detail.details_label.text()  # type: ignore[attr-defined]


def test_todays_duty_log_is_filled_and_signed(
    qtbot: QtBot, window: MainWindow, leaders: Leaders, type_text: TypeText
) -> None:
    hall = leaders.hall
    director = next(p.id for p in hall.staff.staff() if p.name == "钱主任")
    leaders.sign_in("director")
    hall.duty.set_leader(date(2026, 11, 16), director)
    hall.board.set_status(next(p.id for p in hall.staff.staff() if p.name == "仇红"), Status.SICK)
    window.announce_change()
    qtbot.waitUntil(
        lambda: window.findChild(QLabel, "dutyLeaderStatus").text() == "今日值班领导：钱主任"
    )
    key(window, Qt.Key.Key_F10)
    page = window.pages["duty"]
    form = page.log_form  # type: ignore[attr-defined]
    form.go_today()
    assert "值班领导：<b>钱主任</b>" in form.leader_label.text()
    qtbot.mouseClick(form.fill_attendance_button, Qt.MouseButton.LeftButton)
    assert "未请假离岗1人：仇红（病假）" in form.notes["attendance"].text()
    for check in ("attendance", "badges", "environment", "safety"):
        form.ok[check].setFocus()
        key(form.ok[check], Qt.Key.Key_Space)
    form.bad["manner"].setFocus()
    key(form.bad["manner"], Qt.Key.Key_Space)
    # Signing with a problem left unexplained is refused at its field, before any question.
    qtbot.mouseClick(form.sign_button, Qt.MouseButton.LeftButton)
    assert form.errors.message("manner_note") == "“服务态度”有问题时请写明情况"
    type_text(form.notes["manner"], "5号窗口答复语气生硬，已提醒")
    type_text(form.notes_edit, "上午接待咨询15人次")

    def confirm(box: QMessageBox) -> None:
        [yes] = [b for b in box.buttons() if b.text() == "签字"]
        yes.click()

    done = when_dialog(QMessageBox, confirm)
    qtbot.mouseClick(form.sign_button, Qt.MouseButton.LeftButton)
    assert done
    log = hall.duty.log(date(2026, 11, 16))
    assert log is not None and log.signed and log.signed_by == "钱主任"
    assert dict((k, (ok, note)) for k, _l, ok, note in log.checks)["manner"] == (
        False, "5号窗口答复语气生硬，已提醒",
    )  # fmt: skip
    assert log.notes == "上午接待咨询15人次"
    assert "已签字：钱主任" in form.state_label.text()
    assert not form.save_button.isEnabled()


def test_leaving_asks_for_the_handover_note_or_a_reason(
    qtbot: QtBot, window: MainWindow, leaders: Leaders, type_text: TypeText
) -> None:
    hall = leaders.hall
    zeng = next(p.id for p in hall.staff.staff() if p.name == "曾小明")
    board = window.pages["board"]
    row = next(r for r in hall.board.rows() if r.staff_id == zeng)
    seen: dict[str, str] = {}

    def leave_without(dialog: StatusDialog) -> None:
        dialog.radios[Status.MEETING].setChecked(True)
        dialog.save()
        seen["error"] = dialog.errors.message("handover_note")
        dialog.ui.noHandoverCombo.setCurrentText("来不及交接")
        dialog.save()

    done = when_dialog(StatusDialog, leave_without)
    board.actions.change_status(row)  # type: ignore[attr-defined]
    assert done and ("still open", done[0]) not in done
    assert seen["error"].startswith("请给单丽留交接事项")
    [entry] = [h for h in hall.board.history(zeng) if h.ended_at is None]
    assert entry.status is Status.MEETING and entry.no_handover_reason == "来不及交接"


def test_the_directors_list_hands_a_callback_on_to_b_with_one_action(
    qtbot: QtBot, window: MainWindow, leaders: Leaders, clock: FixedClock
) -> None:
    hall = leaders.hall
    ids = {p.name: p.id for p in hall.staff.staff()}
    hall.board.set_status(ids["曾小明"], Status.SICK)
    aid = hall.appointments.create(
        AppointmentDraft(ids["曾小明"], "张德福", "13905710088", "低保复核材料补充")
    )
    clock.set(datetime(2026, 11, 19, 9, 0))
    page = window.pages["duty"]
    window.show_page("duty")
    page.tabs.setCurrentWidget(page.supervision)  # type: ignore[attr-defined]
    tab = page.supervision  # type: ignore[attr-defined]
    tab.refresh()
    rows = [i for i in tab.model.rows if i.kind == "away"]
    assert [i.action for i in rows] == ["转给B岗单丽"]
    tab.table.selectRow(tab.model.rows.index(rows[0]))

    def click(box: QMessageBox) -> None:
        [yes] = [b for b in box.buttons() if b.text() == "转给B岗单丽"]
        yes.click()

    done = when_dialog(QMessageBox, click)
    key(tab.table, Qt.Key.Key_Return)
    assert done
    v = hall.appointments.get(aid)
    assert v.handler_id == ids["单丽"] and v.callback_from == datetime(2026, 11, 19, 9, 0)
    assert hall.escalation.history("appointment", aid)[0].from_name == "曾小明"
    assert not [i for i in tab.model.rows if i.kind == "away"]
