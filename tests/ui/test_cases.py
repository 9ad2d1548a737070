"""限时办结 in the window: 受理 with the live promised date and the printed receipt, an
extension that needs the applicant told, late completion."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk.domain.cases.views import CaseDraft
from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import CaseState, Channel, MatterKind, Outcome
from desk.domain.intake.views import IntakeDraft
from desk.printing.preview import PrintPreview
from desk.ui.appointments.record_dialogs import CloseRecordDialog
from desk.ui.cases import open_case_dialog
from desk.ui.cases.dialog import CaseDialog
from desk.ui.cases.extension_dialog import ExtensionDialog
from desk.ui.cases.model import CaseModel
from desk.ui.main_window import MainWindow
from tests.conftest import SmallHall
from tests.ui.appointment_support import answer_modal, ok, window_fixture  # noqa: F401

TypeText = Callable[[QWidget, str], None]
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def intake(sh: SmallHall, name: str = "欧阳秀英") -> int:
    return sh.hall.intakes.save(
        IntakeDraft(
            channel=Channel.VISIT,
            visitor_name=name,
            visitor_phone="13812345678",
            matter="最低生活保障申请",
            outcome=Outcome.HANDLED,
            post_id=sh.post["低保"],
        )
    ).intake_id


def test_accept_and_print_receipt(
    qtbot: QtBot,
    window: MainWindow,
    small_hall: SmallHall,
    type_text: TypeText,
    tmp_path: Path,
    pdf_text,  # type: ignore[no-untyped-def]
) -> None:
    iid = intake(small_hall)
    seen: dict[str, str] = {}

    def preview(dialog: QWidget) -> None:
        assert isinstance(dialog, PrintPreview)
        seen["pdf"] = pdf_text(dialog.save_pdf(tmp_path / "receipt.pdf")).replace(" ", "")
        dialog.reject()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CaseDialog)
        ui = dialog.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(MatterKind.PROMISED))
        ui.limitSpin.setValue(5)
        seen["promised"] = ui.promisedValue.text()
        qtbot.mouseClick(ui.addMaterialButton, Qt.MouseButton.LeftButton)
        ui.materialsTable.item(0, 0).setText("户口簿")
        ui.materialsTable.cellWidget(0, 3).setValue(4)
        seen["total"] = ui.pagesTotal.text()
        ui.cardCheck.setChecked(False)
        answer_modal(preview)  # the receipt's print preview comes next
        qtbot.mouseClick(ui.acceptPrintButton, Qt.MouseButton.LeftButton)

    answer_modal(fill)
    case_id = open_case_dialog(window, iid)
    assert "2026年11月23日（星期一）" in seen["promised"]
    assert seen["total"] == "共 1 种材料，4 页"
    assert case_id is not None
    c = small_hall.hall.cases.get(case_id)
    assert (c.kind, c.promised_date, c.handler) == (MatterKind.PROMISED, date(2026, 11, 23), "单丽")
    assert [(m.name, m.pages) for m in c.materials] == [("户口簿", 4)]
    assert "收件回执" in seen["pdf"] and "欧阳秀英" in seen["pdf"]
    assert "2026年11月23日" in seen["pdf"] and "户口簿" in seen["pdf"]
    # A second 受理 of the same intake is refused with a message, not a second case.
    answer_modal(lambda dialog: dialog.accept())  # type: ignore[attr-defined]
    assert open_case_dialog(window, iid) is None
    assert len(small_hall.hall.cases.find()) == 1


def test_extension_needs_the_applicant_told(
    qtbot: QtBot, window: MainWindow, small_hall: SmallHall, type_text: TypeText
) -> None:
    cases = small_hall.hall.cases
    case_id = cases.open_case(CaseDraft(intake(small_hall), MatterKind.PROMISED, 5))
    page = window.show_page("cases")
    page.refresh()  # type: ignore[attr-defined]
    assert page.select(case_id)  # type: ignore[attr-defined]
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ExtensionDialog)
        ui = dialog.ui
        type_text(ui.reasonEdit, "需入户核查家庭经济状况")
        type_text(ui.approverCombo.lineEdit(), "周春英")
        ui.daysSpin.setValue(10)
        seen["new"] = ui.newDateValue.text()
        ok(qtbot, ui.buttonBox)
        seen["error"] = dialog.errors.message("applicant_told")
        qtbot.mouseClick(ui.toldCheck, Qt.MouseButton.LeftButton)
        ok(qtbot, ui.buttonBox)

    answer_modal(fill)
    qtbot.mouseClick(page.extend_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "2026年12月7日" in seen["new"]
    assert "延期须告知申请人" in seen["error"]
    c = cases.get(case_id)
    assert c.promised_date == date(2026, 12, 7)
    (ext,) = c.extensions
    assert (ext.approver, ext.applicant_told, ext.reason) == (
        "周春英",
        True,
        "需入户核查家庭经济状况",
    )
    assert "已延期" in page.model.index(0, 6).data()  # type: ignore[attr-defined]


def test_late_completion_is_marked(
    qtbot: QtBot, window: MainWindow, small_hall: SmallHall, clock: FixedClock, type_text: TypeText
) -> None:
    cases = small_hall.hall.cases
    case_id = cases.open_case(CaseDraft(intake(small_hall), MatterKind.PROMISED, 1))
    clock.set(datetime(2026, 11, 18, 9, 30))  # promised Tue 17th
    page = window.show_page("cases")
    page.refresh()  # type: ignore[attr-defined]
    assert page.model.index(0, 7).data() == "超期1天"  # type: ignore[attr-defined]
    page.select(case_id)  # type: ignore[attr-defined]

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CloseRecordDialog)
        assert "超期" in dialog.windowTitle()
        type_text(dialog.ui.textEdit, "已审批，通知领取")
        ok(qtbot, dialog.ui.buttonBox)

    answer_modal(fill)
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    c = cases.get(case_id)
    assert c.state is CaseState.COMPLETED and c.late
    assert c.completed_at == datetime(2026, 11, 18, 9, 30) and c.result == "已审批，通知领取"
    page.view_combo.setCurrentIndex(3)  # type: ignore[attr-defined]  # 超期办结
    assert page.model.index(0, 9).data() == "已办结（超期）"  # type: ignore[attr-defined]


def test_case_model(qtmodeltester, small_hall: SmallHall) -> None:  # type: ignore[no-untyped-def]
    small_hall.hall.cases.open_case(CaseDraft(intake(small_hall), MatterKind.INSTANT))
    model = CaseModel()
    model.set_rows(small_hall.hall.cases.find())
    qtmodeltester.check(model)
