"""The appointment book in the window: booking for an absent handler, the board count, the
return notice, the callback, double bookings refused at the field, day/week views, reminders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk.domain.appointments.views import AppointmentDraft
from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import AppointmentState, Status
from desk.ui.appointments.dialog import AppointmentDialog
from desk.ui.appointments.model import AppointmentModel
from desk.ui.appointments.record_dialogs import ContactDialog
from desk.ui.appointments.reminders import ReminderController
from desk.ui.intake import IntakeFeature
from desk.ui.main_window import MainWindow
from tests.conftest import SmallHall
from tests.ui.appointment_support import answer_modal, ok, window_fixture  # noqa: F401

TypeText = Callable[[QWidget, str], None]

# The offscreen platform cannot raise windows (notices are raised on top); a real display can.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def board_badges(window: MainWindow, staff_id: int) -> str:
    from desk.ui.board.model import COL_BADGES

    page = window.pages["board"]
    page.refresh()  # type: ignore[attr-defined]
    index = page.model.index_of_staff(staff_id)  # type: ignore[attr-defined]
    return str(index.siblingAtColumn(COL_BADGES).data() or "")


def fill_visitor(dialog: AppointmentDialog, type_text: TypeText, handler: str) -> None:
    ui = dialog.ui
    type_text(ui.nameEdit, "张三")
    type_text(ui.phoneEdit, "13812345678")
    type_text(ui.matterEdit, "低保申请咨询")
    type_text(ui.handlerCombo.lineEdit(), handler)
    type_text(ui.messageEdit, "想了解低保申请需要哪些材料，下午方便接电话")


def test_book_for_absent_handler_board_count_return_and_callback(
    qtbot: QtBot, window: MainWindow, small_hall: SmallHall, clock: FixedClock, type_text: TypeText
) -> None:
    hall = small_hall.hall
    handler = small_hall.staff["曾小明"]
    hall.board.set_status(
        handler, Status.TRIP, place="省民政厅", expected_return=datetime(2026, 11, 18, 17, 0)
    )
    assert "待回电" not in board_badges(window, handler)
    page = window.show_page("appointments")
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AppointmentDialog)
        fill_visitor(dialog, type_text, "曾小明")
        dialog.refresh_check()
        seen["panel"] = dialog.ui.checkPanel.text()
        seen["deadline"] = dialog.ui.deadlineLabel.text()
        ok(qtbot, dialog.ui.buttonBox)

    answer_modal(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "出差（省民政厅）" in seen["panel"] and "返回在岗时起算" in seen["panel"]
    assert "自经办人返回在岗时起算" in seen["deadline"]
    (entry,) = hall.appointments.find()
    assert (entry.visitor_name, entry.handler_id, entry.matter) == ("张三", handler, "低保申请咨询")
    assert entry.state is AppointmentState.PENDING and entry.waiting_for_return
    assert page.model.rows[0].id == entry.id  # type: ignore[attr-defined]
    # The board counts the entry awaiting the handler's callback.
    row = next(r for r in hall.board.rows() if r.staff_id == handler)
    assert row.badges["callbacks"] == 1
    from desk.ui.board.model import badges_text

    assert board_badges(window, handler) == badges_text({"callbacks": 1})

    # The handler comes back on Wednesday morning: the return notice lists the entry.
    clock.set(datetime(2026, 11, 18, 10, 0))
    assert hall.board.set_status(handler, Status.IN_POST).returned
    window.staffReturned.emit(handler)
    notice = window.findChild(IntakeFeature).notices[handler]
    assert notice.isVisible() and not notice.isModal()
    assert notice.title.text() == "曾小明 已返岗，有 1 条预约待回电"
    assert "张三 13812345678：低保申请咨询" in notice.model.index(0, 1).data()
    assert notice.model.index(0, 3).data() == "2026-11-19"  # back Wed → due Thu
    assert [b.text() for b in notice.action_buttons] == ["登记回电(&H)…", "在预约簿中打开"]

    def call_back(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        type_text(dialog.ui.noteEdit, "已电话告知需带户口簿和收入证明，约定周五上午来办")
        ok(qtbot, dialog.ui.buttonBox)

    answer_modal(call_back)
    qtbot.mouseClick(notice.action_buttons[0], Qt.MouseButton.LeftButton)
    v = hall.appointments.get(entry.id)
    assert v.state is AppointmentState.CONTACTED
    assert v.contacted_at == datetime(2026, 11, 18, 10, 0) and v.contacted_by == "王前台"
    assert v.callback_from == datetime(2026, 11, 18, 10, 0)
    assert v.callback_due == date(2026, 11, 19) and not v.callback_late
    assert v.contact_note.startswith("已电话告知")
    assert "callbacks" not in next(r for r in hall.board.rows() if r.staff_id == handler).badges
    assert notice.title.text() == "曾小明 已返岗，待办已处理完"


def test_double_booking_is_blocked_at_the_field(
    qtbot: QtBot, window: MainWindow, small_hall: SmallHall, type_text: TypeText
) -> None:
    hall = small_hall.hall
    slot = dict(booked_date=date(2026, 11, 17), slot_start=time(9, 0), slot_end=time(9, 30))
    hall.appointments.create(
        AppointmentDraft(small_hall.staff["单丽"], "李四", "13900001111", "低保复核", **slot)
    )
    dialog = AppointmentDialog(hall, window)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_visitor(dialog, type_text, "单丽")
    ui = dialog.ui
    qtbot.mouseClick(ui.bookCheck, Qt.MouseButton.LeftButton)
    ui.dateEdit.setDate(QDate(2026, 11, 17))
    ui.startEdit.setTime(QTime(9, 0))
    ui.endEdit.setTime(QTime(9, 30))
    assert "同一时段不能重复预约" in ui.checkPanel.text() and "李四" in ui.checkPanel.text()
    ok(qtbot, ui.buttonBox)
    assert dialog.isVisible() and dialog.saved_id is None
    message = dialog.errors.message("slot")
    assert "经办人单丽在11月17日 09:00–09:30已有预约" in message
    assert ui.slotError.isVisible() and ui.slotError.text() == message
    assert len(hall.appointments.find()) == 1
    # Another time is free: the conflict disappears and the entry is saved.
    ui.startEdit.setTime(QTime(10, 0))
    ui.endEdit.setTime(QTime(10, 30))
    assert "同一时段" not in ui.checkPanel.text()
    ok(qtbot, ui.buttonBox)
    assert dialog.saved_id is not None and not dialog.isVisible()
    saved = hall.appointments.get(dialog.saved_id)
    assert (saved.slot_start, saved.slot_end) == (time(10, 0), time(10, 30))


def test_field_errors_are_shown_in_chinese(
    qtbot: QtBot, window: MainWindow, small_hall: SmallHall, type_text: TypeText
) -> None:
    dialog = AppointmentDialog(small_hall.hall, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.nameEdit, "王五")
    type_text(dialog.ui.phoneEdit, "12")
    ok(qtbot, dialog.ui.buttonBox)
    assert dialog.errors.message("handler") == "请选择经办人"
    type_text(dialog.ui.handlerCombo.lineEdit(), "解东")
    ok(qtbot, dialog.ui.buttonBox)
    assert "手机号码" in dialog.errors.message("visitor_phone")
    assert dialog.ui.phoneError.isVisible()
    assert small_hall.hall.appointments.find() == []


def test_day_and_week_views(qtbot: QtBot, window: MainWindow, small_hall: SmallHall) -> None:
    hall = small_hall.hall
    book = hall.appointments
    book.create(AppointmentDraft(small_hall.staff["单丽"], "李四", "13900001111", "低保复核",
                                 booked_date=date(2026, 11, 17), slot_start=time(9),
                                 slot_end=time(10)))  # fmt: skip
    book.create(AppointmentDraft(small_hall.staff["仇红"], "王五", "13900002222", "医保报销",
                                 booked_date=date(2026, 11, 19), slot_start=time(14),
                                 slot_end=time(14, 30)))  # fmt: skip
    page = window.show_page("appointments")
    page.tabs.setCurrentWidget(page.schedule)  # type: ignore[attr-defined]
    schedule = page.schedule  # type: ignore[attr-defined]
    schedule.set_mode("week")
    assert schedule.table.columnCount() == 7
    assert schedule.table.horizontalHeaderItem(5).text() == "2026-11-21 周六（周末）"
    assert sorted(schedule.cell_texts()) == ["09:00 李四·低保复核", "14:00 王五·医保报销"]
    schedule.go_to(date(2026, 11, 17))
    schedule.set_mode("day")
    assert schedule.cell_texts() == ["09:00–10:00 李四\n低保复核"]
    assert schedule.table.rowSpan(1, 0) == 2  # 09:00–10:00 covers two half-hour rows
    schedule.step(1)
    assert schedule.cell_texts() == [] and schedule.empty.isVisibleTo(schedule)


def test_reminder_window_lists_due_and_overdue(
    qtbot: QtBot, window: MainWindow, small_hall: SmallHall, clock: FixedClock
) -> None:
    hall = small_hall.hall
    entry = hall.appointments.create(
        AppointmentDraft(small_hall.staff["解东"], "赵六", "13900003333", "社保卡补办")
    )
    reminders = window.findChild(ReminderController)
    assert reminders.timer is None  # no timers in tests
    assert reminders.check() == [] and reminders.reminder is None
    clock.set(datetime(2026, 11, 18, 9, 0))  # due Tue 17th: one working day overdue
    rows = reminders.check()
    assert [(r.kind, r.record_id, r.days_late) for r in rows] == [("callback", entry, 1)]
    win = reminders.reminder
    assert win.isVisible() and not win.isModal()
    assert win.title.text() == "逾期 1 项：预约回电 1"
    assert win.model.index(0, 0).data() == "逾期1天"
    assert win.model.index(0, 3).data() == "赵六"


def test_appointment_model(qtmodeltester, small_hall: SmallHall) -> None:  # type: ignore[no-untyped-def]
    book = small_hall.hall.appointments
    book.create(AppointmentDraft(small_hall.staff["解东"], "赵六", "13900003333", "社保卡补办"))
    model = AppointmentModel()
    model.set_rows(book.find())
    qtmodeltester.check(model)
