"""The 办事登记 register page: models, filters, search, detail, 更正 and 作废 through dialogs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import Channel, HandoverState, Outcome
from desk.domain.intake.views import HandoverDraft, IntakeDraft
from desk.ui.intake.handovers_page import HandoversPage
from desk.ui.intake.record_dialogs import CorrectionDialog, ReasonDialog
from desk.ui.intake.register_page import RegisterPage
from desk.ui.table_model import RowIdRole
from tests.conftest import SmallHall
from tests.domain.intake.intake_support import both_absent

TypeText = Callable[[QWidget, str], None]
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

VISITORS = [
    ("曾国强", "13900001111", "低保申请", "低保", Outcome.NOTICE, Channel.VISIT),
    ("单雄信", "0571-86001234", "医保报销咨询", "医保", Outcome.HANDLED, Channel.PHONE),
    ("解小燕", "13700002222", "临时救助申请", "救助", Outcome.HANDOVER, Channel.VISIT),
]


@pytest.fixture
def filled(small_hall: SmallHall, clock: FixedClock) -> SmallHall:
    both_absent(small_hall)  # 民政救助 has nobody in: 解小燕's matter is handed over
    for name, phone, matter, post, outcome, channel in VISITORS:
        clock.advance(minutes=7)
        handover = None
        if outcome is Outcome.HANDOVER:
            handover = HandoverDraft(small_hall.staff["周春英"], name, phone, matter=matter)
        small_hall.hall.intakes.save(
            IntakeDraft(
                channel=channel,
                visitor_name=name,
                visitor_phone=phone,
                matter=matter,
                outcome=outcome,
                post_id=small_hall.post[post],
                visitor_unit="城东村委会",
            ),
            handover,
            "" if handover else "来访人改日再来",
        )
    return small_hall


@pytest.fixture
def page(qtbot: QtBot, filled: SmallHall) -> RegisterPage:
    p = RegisterPage(filled.hall)
    qtbot.addWidget(p)
    p.resize(1300, 700)
    p.show()
    return p


def names(page: RegisterPage) -> list[str]:
    return [page.proxy.index(r, 3).data() for r in range(page.proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, page: RegisterPage, filled: SmallHall) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)
    handovers = HandoversPage(filled.hall)
    qtmodeltester.check(handovers.model)
    assert handovers.model.rowCount() == 1
    handovers.deleteLater()


def test_today_by_default_newest_first(page: RegisterPage, filled: SmallHall) -> None:
    assert page.period.currentText() == "今天"
    assert names(page) == ["解小燕", "单雄信", "曾国强"]
    assert page.count_label.text() == "共 3 条"
    row = page.model.rows[0]
    assert page.model.index(0, 9).data() == "周春英（待联系）"
    assert page.model.index(0, 8).data() == "转交" and row.first_contact == "王前台"


SEARCHES = [
    ("0001", ["曾国强"]),  # phone fragment
    ("8600", ["单雄信"]),
    ("zgq", ["曾国强"]),  # pinyin initials, 曾 read z
    ("sxx", ["单雄信"]),  # 单 s
    ("xxy", ["解小燕"]),  # 解 x
    ("dbsq", ["曾国强"]),  # the matter's initials
    ("救助", ["解小燕"]),
]


def test_search_box(qtbot: QtBot, page: RegisterPage) -> None:
    for query, expected in SEARCHES:
        page.search.clear()
        if query.isascii():
            qtbot.keyClicks(page.search, query)
        else:
            page.search.setText(query)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
        assert names(page) == expected, query
    page.search.clear()
    qtbot.keyClicks(page.search, "13")
    qtbot.waitUntil(lambda: names(page) == ["解小燕", "曾国强"])  # the typing debounce


def test_filters(qtbot: QtBot, page: RegisterPage, filled: SmallHall, clock: FixedClock) -> None:
    page.outcome.setCurrentIndex(page.outcome.findData(Outcome.NOTICE.value))
    assert names(page) == ["曾国强"]
    page.outcome.setCurrentIndex(0)
    page.post.setCurrentIndex(page.post.findText("医疗保险"))
    assert names(page) == ["单雄信"]
    page.post.setCurrentIndex(0)
    page.staff.combo.setEditText("qh")  # 仇红, A of 医疗保险
    page.staff._edited("qh")
    page.refresh()
    assert names(page) == ["单雄信"]
    page.staff.select(None)
    page.refresh()
    clock.advance(days=1)
    page.period.setCurrentIndex(page.period.findText("近7天"))
    assert len(names(page)) == 3
    page.period.setCurrentIndex(page.period.findText("今天"))
    assert names(page) == []


def answer_modal(fill: Callable[[QWidget], None]) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        fill(dialog)

    QTimer.singleShot(0, run)


def test_correct_and_void_through_the_dialogs(
    qtbot: QtBot, page: RegisterPage, filled: SmallHall, type_text: TypeText
) -> None:
    hall = filled.hall
    target = next(r for r in page.model.rows if r.visitor_name == "解小燕")
    assert page.select(target.id)
    assert "解小燕" in page.browser.toPlainText()
    assert page.correct_button.isEnabled() and page.void_button.isEnabled()

    def correct(dialog: QWidget) -> None:
        assert isinstance(dialog, CorrectionDialog)
        dialog.ui.phoneEdit.setText("1370000")
        dialog.save()  # no reason yet: refused at the field
        assert dialog.errors.message("reason") == "请填写更正原因"
        type_text(dialog.ui.reasonEdit, "电话记错")
        dialog.save()  # bad phone: refused at the field
        assert dialog.errors.message("visitor_phone").startswith("请输入正确的联系电话")
        dialog.ui.phoneEdit.setText("13700002233")
        qtbot.mouseClick(dialog.ui.buttonBox.buttons()[0], Qt.MouseButton.LeftButton)

    answer_modal(correct)
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    detail = hall.intakes.get(target.id)
    assert detail.visitor_phone == "13700002233" and detail.edit_count == 1
    assert detail.handover.visitor_phone == "13700002233"
    text = page.browser.toPlainText()
    assert "更正记录" in text and "13700002222" in text and "电话记错" in text
    assert (
        page.model.index(
            page.model.rows.index(next(r for r in page.model.rows if r.id == target.id)), 11
        ).data()
        == "1次"
    )

    def void(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        qtbot.mouseClick(dialog.ui.buttonBox.buttons()[0], Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.errors.message("reason") == "请填写作废原因"
        type_text(dialog.ui.reasonEdit, "重复登记")
        qtbot.mouseClick(dialog.ui.buttonBox.buttons()[0], Qt.MouseButton.LeftButton)

    answer_modal(void)
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    detail = hall.intakes.get(target.id)
    assert detail.voided and detail.void_reason == "重复登记"
    assert detail.handover.state is HandoverState.VOIDED
    assert "已作废" in page.browser.toPlainText()
    assert not page.correct_button.isEnabled() and not page.void_button.isEnabled()
    row = next(
        r
        for r in range(page.proxy.rowCount())
        if page.proxy.index(r, 0).data(RowIdRole) == target.id
    )
    assert page.proxy.index(row, 8).data() == "转交（已作废）"
    page.show_voided.setChecked(False)
    assert "解小燕" not in names(page)


def test_appointment_hand_off(qtbot: QtBot, page: RegisterPage, filled: SmallHall) -> None:
    hall = filled.hall
    if not hasattr(hall, "appointments"):
        pytest.skip("the appointment book is not on main yet")
    target = next(r for r in page.model.rows if r.visitor_name == "解小燕")
    page.select(target.id)
    assert page.appointment_button.isVisible() and page.appointment_button.isEnabled()
    qtbot.mouseClick(page.appointment_button, Qt.MouseButton.LeftButton)
    entry = hall.appointments.for_intake(target.id)
    assert entry is not None
    assert (entry.visitor_name, entry.visitor_phone, entry.matter) == (
        "解小燕",
        "13700002222",
        "临时救助申请",
    )
    assert entry.handler_id == filled.staff["曾小明"]


def test_list_masks_phones_and_the_detail_shows_them_whole(page: RegisterPage) -> None:
    """A visitor at the window can see the list; only the selected record shows the number."""
    shown = {page.model.index(r, 3).data(): page.model.index(r, 4).data() for r in range(3)}
    assert shown == {"解小燕": "137****2222", "单雄信": "0571-****1234", "曾国强": "139****1111"}
    page.select(page.model.rows[0].id)
    assert "13700002222" in page.browser.toPlainText()
