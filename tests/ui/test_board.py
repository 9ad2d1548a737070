"""The 去向牌 page driven like a clerk: keys, context menu, dialogs; checked in DB and on screen."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from desk.db.models import CoverageInterval, PostHandoverNote, WhereaboutsEntry
from desk.domain.common.codes import Status
from desk.ui.board.filter import Show
from desk.ui.board.model import COL_COVER, COL_STATUS
from desk.ui.board.page import BoardPage
from desk.ui.board.small_dialogs import ReturnDialog
from desk.ui.board.status_dialog import StatusDialog
from desk.ui.table_model import RowIdRole
from tests.ui.modal import when_dialog


@pytest.fixture
def page(qtbot, small_hall) -> BoardPage:
    widget = BoardPage(small_hall.hall)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    return widget


def cell(page: BoardPage, staff_id: int, column: int) -> str:
    index = page.model.index_of_staff(staff_id)
    return index.siblingAtColumn(column).data() or ""


def entries(hall, staff_id: int) -> list[WhereaboutsEntry]:
    with hall.db.read() as s:
        q = select(WhereaboutsEntry).where(WhereaboutsEntry.staff_id == staff_id)
        return list(s.scalars(q.order_by(WhereaboutsEntry.id)))


def test_model_passes_qtmodeltester(qtmodeltester, page) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_groups_by_department_with_ids(page, small_hall) -> None:
    root = QModelIndex()
    groups = [page.proxy.index(r, 0, root).data() for r in range(page.proxy.rowCount(root))]
    assert groups[0].startswith("民政办") and "在岗 4/4" in groups[0]
    assert groups[1].startswith("社会保障所")
    first = page.proxy.index(0, 0, page.proxy.index(0, 0, root))
    assert first.data(RowIdRole) == small_hall.staff["周春英"]
    assert page.current_row().name == "周春英"


def test_change_status_with_the_keyboard(qtbot, page, small_hall, type_text) -> None:
    hall, zeng = small_hall.hall, small_hall.staff["曾小明"]
    page.select_staff(zeng)
    page.view.setFocus()

    def fill(dialog: StatusDialog) -> None:
        assert dialog.focusWidget() is dialog.radios[Status.IN_POST]
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_3)  # 3 出差
        assert dialog.chosen() is Status.TRIP
        type_text(dialog.ui.placeEdit, "省民政厅")
        dialog.ui.nextMorningButton.click()
        qtbot.keyClicks(dialog.ui.phoneEdit, "13900001111")
        # The B of his post is in: a note for B may be left.
        assert dialog.ui.handoverBox.isVisible()
        assert "民政救助 → 单丽" in dialog.ui.handoverTargetsLabel.text()
        type_text(dialog.ui.handoverEdit, "王大爷的材料在柜子里")
        qtbot.keyClick(dialog.ui.phoneEdit, Qt.Key.Key_Return)

    seen = when_dialog(StatusDialog, fill)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted

    current = entries(hall, zeng)[-1]
    assert (current.status, current.place, current.contact_phone) == (
        "trip", "省民政厅", "13900001111",
    )  # fmt: skip
    assert current.expected_return == datetime(2026, 11, 17, 8, 30)
    assert current.operator_id == small_hall.operator_id
    assert cell(page, zeng, COL_STATUS) == "出差"
    assert cell(page, zeng, COL_COVER) == "单丽"
    with hall.db.read() as s:
        note = s.scalars(select(PostHandoverNote)).one()
        iv = s.scalars(select(CoverageInterval).where(CoverageInterval.ended_at.is_(None))).one()
    assert (note.to_id, note.text) == (small_hall.staff["单丽"], "王大爷的材料在柜子里")
    assert (iv.absent_id, iv.covering_id, iv.kind) == (zeng, small_hall.staff["单丽"], "b")
    shan = small_hall.staff["单丽"]
    assert cell(page, shan, COL_COVER) == "顶岗：民政救助"
    assert "已记录" in page.message_label.text() and "出差" in page.message_label.text()


def test_bad_input_is_shown_at_the_field(qtbot, page, small_hall) -> None:
    hall, zeng = small_hall.hall, small_hall.staff["曾小明"]
    page.select_staff(zeng)

    def fill(dialog: StatusDialog) -> None:
        dialog.radios[Status.MEETING].setChecked(True)
        qtbot.keyClicks(dialog.ui.phoneEdit, "12345x")
        dialog.save()
        assert dialog.isVisible()
        assert "电话" in dialog.errors.message("contact_phone")
        assert dialog.ui.phoneError.isVisible()
        dialog.ui.phoneEdit.clear()
        dialog.radios[Status.OTHER].setChecked(True)
        dialog.save()
        assert "其他" in dialog.errors.message("status_text")
        dialog.reject()

    when_dialog(StatusDialog, fill)
    page.change_current()
    assert len(entries(hall, zeng)) == 1  # nothing saved


def test_context_menu_and_f4(qtbot, page, small_hall) -> None:
    hall, qiu = small_hall.hall, small_hall.staff["仇红"]
    page.select_staff(qiu)
    menu = page.build_menu(page.current_row())
    action = next(a for a in menu.actions() if a.objectName() == "status_meeting")
    action.trigger()  # the second click
    assert entries(hall, qiu)[-1].status == "meeting"
    assert cell(page, qiu, COL_STATUS) == "外出开会"
    # Offer to complete the details or leave a note for B (王前台 is in).
    assert "给王前台留交接事项" in page.message_label.text()

    returned: list[int] = []
    page.actions.returned.connect(returned.append)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F4)
    assert entries(hall, qiu)[-1].status == "in_post"
    assert cell(page, qiu, COL_STATUS) == "在岗"
    assert returned == [qiu]
    assert page.current_row().staff_id == qiu  # refresh kept the selection


def test_a_then_b_refused_then_overridden(qtbot, page, small_hall, leaders, type_text) -> None:
    hall, s = small_hall.hall, small_hall.staff
    page.select_staff(s["仇红"])
    next(
        a for a in page.build_menu(page.current_row()).actions()
        if a.objectName() == "status_leave"
    ).trigger()  # fmt: skip
    assert cell(page, s["仇红"], COL_COVER) == "王前台"

    leaders.sign_in("director")
    page.select_staff(s["王前台"])
    refused: list[str] = []

    def override(dialog: StatusDialog) -> None:
        assert dialog.chosen() is Status.MEETING
        assert dialog.ui.conflictBox.isVisible()  # the quick change was refused
        refused.append(dialog.ui.conflictLabel.text())
        assert not dialog.ui.handoverBox.isVisible()  # nobody in to hand over to
        dialog.save()  # no reason yet: still refused, at the reason field
        assert "原因" in dialog.errors.message("override_reason")
        type_text(dialog.ui.overrideEdit, "区里紧急会议，主任同意")
        dialog.save()

    seen = when_dialog(StatusDialog, override)
    next(
        a for a in page.build_menu(page.current_row()).actions()
        if a.objectName() == "status_meeting"
    ).trigger()  # fmt: skip
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert "A、B岗不能同时离岗" in refused[0] and "医疗保险" in refused[0]
    current = entries(hall, s["王前台"])[-1]
    assert (current.status, current.override_reason) == ("meeting", "区里紧急会议，主任同意")
    assert cell(page, s["仇红"], COL_COVER) == "无人顶岗"
    assert "无人顶岗" in page.summary_label.text()


def test_a_clerk_cannot_override(qtbot, page, small_hall, type_text) -> None:
    hall, s = small_hall.hall, small_hall.staff
    hall.board.set_status(s["仇红"], Status.LEAVE)
    page.refresh()
    page.select_staff(s["王前台"])

    def try_override(dialog: StatusDialog) -> None:
        dialog.radios[Status.MEETING].setChecked(True)
        dialog.save()
        type_text(dialog.ui.overrideEdit, "我自己决定")
        dialog.save()
        assert "值班领导或管理员" in dialog.ui.generalError.text()
        assert "Ctrl+L" in dialog.ui.generalError.text()
        dialog.reject()

    when_dialog(StatusDialog, try_override)
    page.change_current()
    assert entries(hall, s["王前台"])[-1].status == "in_post"


def test_overdue_is_flagged_and_confirmed(qtbot, page, small_hall, clock) -> None:
    hall, zeng = small_hall.hall, small_hall.staff["曾小明"]
    hall.board.set_status(zeng, Status.FIELD, expected_return=datetime(2026, 11, 16, 10, 0))
    clock.set(datetime(2026, 11, 16, 11, 15))
    page.refresh()
    assert cell(page, zeng, COL_STATUS) == "外勤/下村 · 超时待确认"
    index = page.model.index_of_staff(zeng).siblingAtColumn(COL_STATUS)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # the warning icon
    assert "超时待确认 1人" in page.summary_label.text()
    page.set_show(Show.OVERDUE)
    assert page.current_row().staff_id == zeng

    def confirm(dialog: ReturnDialog) -> None:
        assert "已超时1小时15分" in dialog.ui.messageLabel.text()
        dialog.ui.backButton.click()

    when_dialog(ReturnDialog, confirm)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert entries(hall, zeng)[-1].status == "in_post"
    assert cell(page, zeng, COL_STATUS) == "在岗"


def test_refresh_keeps_selection_and_scroll(qtbot, page, small_hall, leaders) -> None:
    hall, s = small_hall.hall, small_hall.staff
    page.view.setFixedHeight(140)  # small enough to scroll
    QApplication.processEvents()
    page.select_staff(s["王前台"])
    page.view.scrollToBottom()
    scroll = page.view.verticalScrollBar().value()
    assert scroll > 0
    hall.board.set_status(s["解东"], Status.MEETING)  # written elsewhere (another desk)
    page.refresh()
    assert page.current_row().staff_id == s["王前台"]
    assert page.view.verticalScrollBar().value() == scroll
    assert cell(page, s["解东"], COL_STATUS) == "外出开会"
    # A new colleague changes who is on the board: the model resets, the selection stays.
    leaders.sign_in("admin")
    hall.staff.add_staff("新同事", small_hall.dept["社保"])
    page.refresh()
    assert cell(page, hall.staff.staff()[-1].id, 0) == "新同事"
    assert page.current_row().staff_id == s["王前台"]


def test_filter_by_pinyin_initials_and_status(qtbot, page, small_hall) -> None:
    hall, s = small_hall.hall, small_hall.staff
    page.filter_edit.setText("zxm")
    visible = [
        page.proxy.index(r, 0, page.proxy.index(g, 0)).data(RowIdRole)
        for g in range(page.proxy.rowCount())
        for r in range(page.proxy.rowCount(page.proxy.index(g, 0)))
    ]
    assert visible == [s["曾小明"]]
    assert page.current_row().staff_id == s["曾小明"]
    page.filter_edit.clear()
    hall.board.set_status(s["解东"], Status.TRIP)
    page.refresh()
    page.set_show(Show.ABSENT)
    assert page.proxy.rowCount() == 1  # only 社会保障所 keeps someone
    group = page.proxy.index(0, 0)
    assert page.proxy.rowCount(group) == 1
    assert page.proxy.index(0, 0, group).data(RowIdRole) == s["解东"]


def test_b_sees_handover_notes_and_marks_them_seen(qtbot, page, small_hall) -> None:
    hall, s = small_hall.hall, small_hall.staff
    hall.board.set_status(s["仇红"], Status.LEAVE, handover_note="李女士下午来取证明")
    page.refresh()
    page.select_staff(s["王前台"])
    assert page.detail.notes_box.isVisible()
    assert "李女士下午来取证明" in page.detail.notes_label.text()
    assert page.model.index_of_staff(s["王前台"]).siblingAtColumn(6).data() == "交接1"
    page.detail.seen_button.click()
    assert hall.board.handover_notes_for(s["王前台"]) == []
    assert not page.detail.notes_box.isVisible()
