"""The intake form driven from the keyboard: routing, the handover prompt, the board badge."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk.domain.common.codes import HandoverState, MatterKind, Outcome, ServingRole, Status
from desk.domain.intake.views import IntakeFilter
from desk.ui.intake.intake_dialog import IntakeDialog
from tests.conftest import SmallHall
from tests.domain.intake.intake_support import as_director, both_absent

TypeText = Callable[[QWidget, str], None]

# The offscreen platform cannot raise or grab for popups (the completer's list); under a
# real display these messages do not occur.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


@pytest.fixture
def sh(small_hall: SmallHall) -> SmallHall:
    """The small hall with a few catalogue items on its posts."""
    cat = small_hall.hall.catalogue
    dept, post = small_hall.dept, small_hall.post

    def add() -> None:
        cat.add_item("临时救助申请", dept["民政"], post["救助"], MatterKind.PROMISED, 5)
        cat.add_item("低保申请", dept["民政"], post["低保"], MatterKind.PROMISED, 20)
        cat.add_item("医保报销", dept["社保"], post["医保"], MatterKind.INSTANT, 0)

    as_director(small_hall, add)
    return small_hall


def open_dialog(qtbot: QtBot, sh: SmallHall) -> IntakeDialog:
    dialog = IntakeDialog(sh.hall)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    dialog.ui.channelVisit.setFocus()
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key)


def fill_visitor(qtbot: QtBot, dialog: IntakeDialog, type_text: TypeText, matter: str) -> None:
    """Tab through the form the way a clerk does: unit, name, phone, (ID), matter."""
    ui = dialog.ui
    assert focused() is ui.channelVisit
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.unitEdit
    type_text(focused(), "城东村委会")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.nameEdit
    type_text(focused(), "张建国")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.phoneEdit
    qtbot.keyClicks(focused(), "13812345678")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.idEdit
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.matterEdit
    qtbot.keyClicks(focused(), matter)
    press(qtbot, Qt.Key.Key_Return)  # takes the best hit and moves on to the message
    assert focused() is ui.messageEdit


def test_keyboard_intake_with_a_and_b_absent_prompts_handover_to_head(
    qtbot: QtBot, sh: SmallHall, type_text: TypeText
) -> None:
    both_absent(sh)
    hall = sh.hall
    dialog = open_dialog(qtbot, sh)
    ui = dialog.ui
    fill_visitor(qtbot, dialog, type_text, "lsjz")
    assert ui.matterEdit.text() == "临时救助申请"
    # The routing panel: the post, A and B out, the head answers, 转交 pre-selected.
    assert "民政救助" in ui.postInfo.text()
    assert "曾小明" in ui.aInfo.text() and "外出开会" in ui.aInfo.text()
    assert "单丽" in ui.bInfo.text() and "公休/休假" in ui.bInfo.text()
    assert "周春英" in ui.servingInfo.text() and "部门负责人" in ui.servingInfo.text()
    assert dialog.outcome() is Outcome.HANDOVER and ui.outcomeHandover.isChecked()
    type_text(focused(), "家中失火，想申请临时救助")
    press(qtbot, Qt.Key.Key_Return)  # Enter saves … and the prompt appears
    prompt = dialog.handover_dialog
    assert prompt is not None and prompt.isVisible()
    assert hall.intakes.find() == []  # nothing saved before the prompt is answered
    p = prompt.ui
    assert p.recipientCombo.currentText().startswith("周春英")
    assert (p.unitEdit.text(), p.nameEdit.text(), p.phoneEdit.text()) == (
        "城东村委会",
        "张建国",
        "13812345678",
    )
    assert p.matterEdit.text() == "临时救助申请"
    assert p.messageEdit.toPlainText() == "家中失火，想申请临时救助"
    qtbot.waitUntil(lambda: prompt.isActiveWindow())
    assert focused() is p.recipientCombo or focused() is p.recipientCombo.lineEdit()
    press(qtbot, Qt.Key.Key_Return)  # Enter records the handover
    qtbot.waitUntil(lambda: not dialog.isVisible())

    rows = hall.intakes.find()
    assert len(rows) == 1
    row = rows[0]
    assert (row.visitor_name, row.visitor_phone, row.visitor_unit) == (
        "张建国",
        "13812345678",
        "城东村委会",
    )
    assert (row.matter, row.outcome, row.post) == ("临时救助申请", Outcome.HANDOVER, "民政救助")
    assert row.first_contact == "王前台"
    detail = hall.intakes.get(row.id)
    h = detail.handover
    assert h is not None
    assert (h.to_name, h.recipient_role, h.state) == (
        "周春英",
        ServingRole.HEAD,
        HandoverState.PENDING,
    )
    assert (h.visitor_name, h.visitor_phone, h.matter) == ("张建国", "13812345678", "临时救助申请")
    assert h.message == "家中失火，想申请临时救助"
    head = sh.staff["周春英"]
    board = {r.staff_id: r for r in hall.board.rows()}
    assert board[head].badges == {"handovers": 1}
    # What the board shows in its 提醒 column.
    from desk.ui.board.model import COL_BADGES, BoardModel

    model = BoardModel()
    model.set_rows(hall.board.rows(), hall.ctx.now())
    shown = model.index_of_staff(head).siblingAtColumn(COL_BADGES).data()
    assert "转交" in shown and shown.endswith("1"), shown


def test_a_absent_b_in_post_routes_to_b_without_prompt(
    qtbot: QtBot, sh: SmallHall, type_text: TypeText
) -> None:
    sh.hall.board.set_status(
        sh.staff["曾小明"],
        Status.TRIP,
        place="市民政局",
        expected_return=datetime(2026, 11, 18, 17),
    )
    dialog = open_dialog(qtbot, sh)
    ui = dialog.ui
    fill_visitor(qtbot, dialog, type_text, "lsjz")
    assert "出差" in ui.aInfo.text() and "11-18 17:00" in ui.aInfo.text()
    assert "单丽" in ui.servingInfo.text() and "B岗顶岗" in ui.servingInfo.text()
    # A 承诺件: B gives the one-time notice; B is in, so no handover is asked for.
    assert dialog.outcome() is Outcome.NOTICE
    assert "须登记转交" not in ui.recommendInfo.text()
    type_text(focused(), "咨询临时救助条件")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.handover_dialog is None
    qtbot.waitUntil(lambda: not dialog.isVisible())
    detail = sh.hall.intakes.get(sh.hall.intakes.find()[0].id)
    assert detail.serving == "单丽" and detail.handover is None
    assert detail.outcome is Outcome.NOTICE and detail.no_handover_reason == ""
    assert detail.serving_role is ServingRole.B


def test_finishing_without_handover_is_blocked_until_a_reason_is_given(
    qtbot: QtBot, sh: SmallHall, type_text: TypeText
) -> None:
    both_absent(sh)
    hall = sh.hall
    dialog = open_dialog(qtbot, sh)
    fill_visitor(qtbot, dialog, type_text, "lsjz")
    dialog.set_outcome(Outcome.NOTICE)  # the clerk gives the notice instead: still needs it
    ui = dialog.ui
    qtbot.mouseClick(ui.buttonBox.buttons()[0], Qt.MouseButton.LeftButton)
    prompt = dialog.handover_dialog
    assert prompt is not None
    # 返回修改 (Esc): back to the form, nothing saved, the form says why.
    qtbot.waitUntil(lambda: prompt.isActiveWindow())
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.handover_dialog is None)
    assert dialog.isVisible() and hall.intakes.find() == []
    assert "须登记转交" in ui.formError.text()
    # Save again: the prompt again; 不转交 without a reason is refused at the field.
    dialog.submit()
    prompt = dialog.handover_dialog
    assert prompt is not None
    qtbot.mouseClick(prompt.ui.skipButton, Qt.MouseButton.LeftButton)
    assert prompt.ui.reasonPanel.isVisible()
    qtbot.mouseClick(prompt.ui.skipButton, Qt.MouseButton.LeftButton)
    assert prompt.isVisible()
    assert prompt.errors.message("no_handover_reason") == "请填写不转交的原因"
    assert hall.intakes.find() == []
    type_text(prompt.ui.reasonEdit, "来访人表示明天上午再来")
    qtbot.keyClick(prompt.ui.reasonEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    detail = hall.intakes.get(hall.intakes.find()[0].id)
    assert detail.outcome is Outcome.NOTICE and detail.handover is None
    assert detail.no_handover_reason == "来访人表示明天上午再来"


def test_invalid_input_is_marked_at_the_field_and_nothing_saved(
    qtbot: QtBot, sh: SmallHall, type_text: TypeText
) -> None:
    dialog = open_dialog(qtbot, sh)
    ui = dialog.ui
    fill_visitor(qtbot, dialog, type_text, "ybbx")
    assert ui.matterEdit.text() == "医保报销"
    ui.phoneEdit.setText("1381234")
    ui.nameEdit.clear()
    dialog.submit()
    assert dialog.errors.message("visitor_name") == "请填写来访人姓名"
    assert dialog.errors.is_marked("visitor_name")
    assert focused() is ui.nameEdit
    type_text(ui.nameEdit, "李四")
    assert not dialog.errors.is_marked("visitor_name")  # editing clears the mark
    dialog.submit()
    assert dialog.errors.message("visitor_phone").startswith("请输入正确的联系电话")
    assert focused() is ui.phoneEdit
    assert sh.hall.intakes.find(IntakeFilter()) == []
    ui.phoneEdit.setText("0571-86001234")
    dialog.submit()
    assert not dialog.isVisible()
    assert sh.hall.intakes.find()[0].visitor_phone == "0571-86001234"


def test_id_number_warning_is_accepted_with_the_checkbox(
    qtbot: QtBot, sh: SmallHall, type_text: TypeText
) -> None:
    dialog = open_dialog(qtbot, sh)
    ui = dialog.ui
    fill_visitor(qtbot, dialog, type_text, "ybbx")
    ui.idEdit.setText("110101900307123")  # 15-digit old card: valid, but only a warning
    ui.idEdit.editingFinished.emit()
    assert "15位旧身份证号" in dialog.errors.message("visitor_id_number")
    assert not ui.idAccept.isHidden()
    dialog.submit()
    assert dialog.isVisible() and focused() is ui.idAccept
    assert sh.hall.intakes.find() == []
    qtbot.keyClick(ui.idAccept, Qt.Key.Key_Space)
    dialog.submit()
    assert not dialog.isVisible()
    detail = sh.hall.intakes.get(sh.hall.intakes.find()[0].id)
    assert detail.visitor_id_number == "110101900307123"
    assert "15位旧身份证号" in detail.id_warning


def test_channel_keys_and_referred_outcome(
    qtbot: QtBot, sh: SmallHall, type_text: TypeText
) -> None:
    dialog = open_dialog(qtbot, sh)
    ui = dialog.ui
    press(qtbot, Qt.Key.Key_2)
    assert ui.channelPhone.isChecked() and focused() is ui.channelPhone
    press(qtbot, Qt.Key.Key_Right)
    assert ui.channelLetter.isChecked()
    press(qtbot, Qt.Key.Key_2)
    ui.channelPhone.setFocus()
    ui.nameEdit.setText("王五")
    ui.matterEdit.setText("户口迁移")
    ui.postCombo.setCurrentIndex(ui.postCombo.findText("其他部门"))
    assert dialog.outcome() is Outcome.REFERRED and ui.referredPanel.isVisible()
    dialog.submit()
    assert dialog.errors.message("referred_to") == "请填写引导至哪个部门或窗口"
    ui.referredCombo.setCurrentIndex(
        ui.referredCombo.findText("社会保障所", Qt.MatchFlag.MatchStartsWith)
    )
    ui.referredCombo.activated.emit(ui.referredCombo.currentIndex())
    assert ui.referredPhoneEdit.text() == "0571-88880002"
    dialog.submit()
    assert not dialog.isVisible()
    detail = sh.hall.intakes.get(sh.hall.intakes.find()[0].id)
    assert (detail.referred_to, detail.referred_phone) == ("社会保障所", "0571-88880002")
    assert detail.channel.label == "来电"


def test_first_contact_picker_finds_surname_readings(qtbot: QtBot, sh: SmallHall) -> None:
    dialog = open_dialog(qtbot, sh)
    picker = dialog.first_contact
    assert picker.staff_id() == sh.staff["王前台"]
    for query, name in (("zxm", "曾小明"), ("sl", "单丽"), ("xd", "解东"), ("qh", "仇红")):
        picker.combo.setEditText(query)
        picker._edited(query)
        assert picker.staff_id() == sh.staff[name], query
