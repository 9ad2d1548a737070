"""一次性告知 from the desk: pick the item from an intake, tick materials, print, reprint."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desk.domain.catalogue.service import ItemContent, MaterialSpec, RefusalReasonSpec
from desk.domain.common.codes import Channel, MaterialForm, MatterKind, NoticeKind, Outcome
from desk.domain.intake.views import IntakeDraft
from desk.printing.preview import PrintPreview
from desk.ui.notice.dialog import NoticeDialog
from desk.ui.notice.records_page import RecordsPage
from desk.ui.notice.refusal_dialog import RefusalDialog

MATERIALS = (
    "临时救助申请书",
    "申请人居民身份证",
    "居民户口簿",
    "家庭经济状况核对授权书",
    "医疗费用发票",
)


@pytest.fixture
def item_id(small_hall, leaders) -> int:  # type: ignore[no-untyped-def]
    hall = small_hall.hall
    leaders.sign_in("director")
    hall.settings.set("hall.name", "青石街道便民服务中心")
    item = hall.catalogue.add_item(
        content=ItemContent(
            name="临时救助申请",
            aliases="临时救助",
            post_id=small_hall.post["救助"],
            kind=MatterKind.PROMISED,
            promised_days=10,
            legal_basis="《社会救助暂行办法》第四十七条",
            conditions="基本生活暂时出现严重困难的家庭",
            procedure="申请\n审核\n审批",
            materials=tuple(MaterialSpec(n, MaterialForm.BOTH) for n in MATERIALS),
            refusal_reasons=(
                RefusalReasonSpec("困难已由保险完全解决", "《社会救助暂行办法》第四十七条"),
            ),
        )
    )
    leaders.sign_in("clerk")
    return item


def _save_pdf_from_preview(path: Path, seen: list[PrintPreview]) -> Callable[[], None]:
    """Answer the modal print preview: save it as PDF, then close it."""

    def answer() -> None:
        preview = QApplication.activeModalWidget()
        assert isinstance(preview, PrintPreview)
        preview.save_pdf(path)
        seen.append(preview)
        preview.reject()

    return answer


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _intake(small_hall, item_id: int, channel: Channel = Channel.VISIT) -> int:  # type: ignore[no-untyped-def]
    saved = small_hall.hall.intakes.save(
        IntakeDraft(
            channel=channel,
            visitor_name="张三",
            visitor_phone="13812345678",
            matter="临时救助申请",
            outcome=Outcome.NOTICE,
            service_item_id=item_id,
            post_id=small_hall.post["救助"],
        )
    )
    return saved.intake_id


def test_notice_from_an_intake_ticks_two_of_five_and_prints(
    qtbot, small_hall, item_id, tmp_path: Path, pdf_text
) -> None:
    hall = small_hall.hall
    intake_id = _intake(small_hall, item_id)
    dialog = NoticeDialog(hall, None, intake_id=intake_id)
    qtbot.addWidget(dialog)
    dialog.show()
    # The intake's visitor and item are filled in; the checklist has focus.
    assert dialog.ui.visitorName.text() == "张三"
    assert dialog.item is not None and dialog.item.item_id == item_id
    checklist = dialog.ui.materialList
    assert checklist.count() == 5
    assert "尚缺 5 项" in dialog.ui.summaryLabel.text()
    # Tick the 1st and 3rd material from the keyboard (space ticks the current row).
    checklist.setFocus()
    checklist.setCurrentRow(0)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    qtbot.keyClick(checklist, Qt.Key.Key_Down)
    qtbot.keyClick(checklist, Qt.Key.Key_Down)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    ticked = [checklist.item(i).checkState() == Qt.CheckState.Checked for i in range(5)]
    assert ticked == [True, False, True, False, False]
    assert "尚缺 3 项" in dialog.ui.summaryLabel.text()

    pdf = tmp_path / "notice.pdf"
    previews: list[PrintPreview] = []
    QTimer.singleShot(0, _save_pdf_from_preview(pdf, previews))
    qtbot.mouseClick(dialog.ui.printNotice, Qt.MouseButton.LeftButton)
    assert previews, "the print preview did not open"
    text = pdf_text(pdf)
    flat = _flat(text)
    assert "一次性告知单" in flat and "临时救助申请" in flat
    for missing in ("申请人居民身份证", "家庭经济状况核对授权书", "医疗费用发票"):
        assert missing in flat
    assert "尚需提交3项" in flat
    assert "张三" in flat and "王前台" in flat  # visitor and clerk
    assert "138****5678" in flat and "13812345678" not in flat
    assert "告知〔2026〕第0001号" in flat

    notices = hall.notices.find()
    assert len(notices) == 1
    notice = notices[0]
    assert notice.intake_id == intake_id and notice.kind is NoticeKind.NOTICE
    assert notice.item_version == 1 and notice.clerk_name == "王前台"
    assert [t.had for t in notice.ticks] == [True, False, True, False, False]

    # Reprint from the 告知记录 page: the same text.
    page = RecordsPage(hall)
    qtbot.addWidget(page)
    page.notices.setCurrentIndex(page.notice_proxy.index(0, 0))
    again = tmp_path / "again.pdf"
    QTimer.singleShot(0, _save_pdf_from_preview(again, previews))
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    assert pdf_text(again) == text
    assert hall.notices.get(notice.id).print_count == 2


def test_supplement_and_field_errors(qtbot, small_hall, item_id, tmp_path, pdf_text) -> None:
    hall = small_hall.hall
    dialog = NoticeDialog(hall, None)
    qtbot.addWidget(dialog)
    dialog.show()
    # Standalone: the supplement button waits for an item; pinyin initials find it.
    assert not dialog.ui.printNotice.isEnabled()
    qtbot.keyClicks(dialog.ui.itemSearch, "lsjz")
    assert dialog.ui.itemList.count() == 1
    qtbot.keyClick(dialog.ui.itemSearch, Qt.Key.Key_Return)
    assert dialog.item is not None and dialog.item.item_id == item_id
    assert dialog.focusWidget() is dialog.ui.materialList
    qtbot.keyClick(dialog.ui.materialList, Qt.Key.Key_Space)  # the first material
    # No visitor name: refused at the field, nothing archived.
    qtbot.mouseClick(dialog.ui.printSupplement, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("visitor_name") == "请填写办事人姓名"
    assert hall.notices.find() == []
    dialog.ui.visitorName.setText("李四")
    pdf = tmp_path / "supplement.pdf"
    QTimer.singleShot(0, _save_pdf_from_preview(pdf, []))
    qtbot.mouseClick(dialog.ui.printSupplement, Qt.MouseButton.LeftButton)
    flat = _flat(pdf_text(pdf))
    assert "补正材料通知书" in flat and "李四" in flat
    needed = flat.split("需补正的材料")[1]
    assert "临时救助申请书" not in needed  # the one the visitor brought
    assert all(m in needed for m in MATERIALS[1:])
    assert hall.notices.find()[0].kind is NoticeKind.SUPPLEMENT
    # Everything ticked: no supplement to print.
    qtbot.mouseClick(dialog.ui.allHad, Qt.MouseButton.LeftButton)
    assert not dialog.ui.printSupplement.isEnabled()
    assert "材料齐全" in dialog.ui.summaryLabel.text()


def test_phone_intake_opens_in_phone_mode_and_records_without_paper(
    qtbot, small_hall, item_id
) -> None:
    hall = small_hall.hall
    intake_id = _intake(small_hall, item_id, Channel.PHONE)
    dialog = NoticeDialog(hall, None, intake_id=intake_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.phoneMode.isChecked()
    assert dialog.ui.modeStack.currentWidget() is dialog.ui.phonePage
    spoken = dialog.ui.phoneText.toPlainText()
    assert "临时救助申请" in spoken and "家庭经济状况核对授权书" in spoken
    assert dialog.ui.phoneText.font().pointSize() >= 16  # read aloud from a large view
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ui.phoneDone, Qt.MouseButton.LeftButton)
    [notice] = hall.notices.find()
    assert notice.kind is NoticeKind.PHONE and not notice.printed
    assert notice.intake_id == intake_id and "临时救助申请" in notice.spoken_text


def test_refusal_is_filed_and_its_notice_printed(
    qtbot, small_hall, item_id, tmp_path, pdf_text
) -> None:
    hall = small_hall.hall
    dialog = NoticeDialog(hall, None, item_id=item_id, visitor_name="王五")
    qtbot.addWidget(dialog)
    dialog.show()
    pdf = tmp_path / "refusal.pdf"

    def fill_refusal() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, RefusalDialog)
        # The item's standard reason and its basis are pre-selected.
        assert form.ui.reason.toPlainText() == "困难已由保险完全解决"
        form.ui.applicantPhone.setText("0571-88886666")
        QTimer.singleShot(0, _save_pdf_from_preview(pdf, []))
        form.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill_refusal)
    qtbot.mouseClick(dialog.ui.refuse, Qt.MouseButton.LeftButton)
    flat = _flat(pdf_text(pdf))
    assert "不予受理通知书" in flat and "王五" in flat
    assert "困难已由保险完全解决" in flat and "第四十七条" in flat and "决定不予受理" in flat
    [refusal] = hall.refusals.find()
    assert refusal.applicant_name == "王五" and refusal.applicant_phone == "0571-88886666"
    assert refusal.matter == "临时救助申请" and refusal.handler == "王前台"
    [notice] = hall.notices.find()
    assert notice.kind is NoticeKind.REFUSAL and notice.refusal_id == refusal.id

    page = RecordsPage(hall)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(1)
    assert page.refusal_model.rowCount() == 1
    index = page.refusal_proxy.index(0, 7)
    assert index.data() == "待签署"


def test_record_models_pass_the_model_tester(qtmodeltester, small_hall, item_id) -> None:
    hall = small_hall.hall
    hall.notices.record_phone(item_id, visitor_name="赵六")
    page = RecordsPage(hall)
    assert page.notice_model.rowCount() == 1
    qtmodeltester.check(page.notice_model)
    qtmodeltester.check(page.refusal_model)


def test_main_window_offers_the_notice_from_an_intake_and_by_shortcut(
    qtbot, small_hall, item_id
) -> None:
    from PySide6.QtGui import QAction

    from desk.ui.app import build_window

    window = build_window(small_hall.hall, start_timers=False)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "openNotice")
    assert action is not None and action.shortcut().toString() == "F4"
    assert "notices" in window.pages and "catalogue" in window.pages
    # The intake feature's seam: an intake placed as 一次性告知 opens the notice, prefilled.
    intake_id = _intake(small_hall, item_id)
    assert window.router.open_notice(intake_id=intake_id)
    dialog = window.findChild(NoticeDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.ui.visitorName.text() == "张三" and dialog.item is not None
    # An archived notice refreshes the 告知记录 page.
    dialog.ui.visitorName.setText("张三")
    notice = dialog.issue(NoticeKind.PHONE)
    assert notice is not None
    assert window.pages["notices"].notice_model.rowCount() == 1  # type: ignore[attr-defined]
    dialog.close()
