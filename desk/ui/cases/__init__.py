"""限时办结 feature: the cases page (F9), 受理 of a registered intake, the printed slips.

受理所选登记 asks the window's router which intake the register has selected; the feature
answers how a case opens (逾期一览, 到期提醒). ``open_case_dialog(window, intake_id)`` accepts
any intake.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from desk.domain.overdue.service import KIND_CASE
from desk.ui.cases.dialog import open_case_dialog

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

__all__ = ["install", "open_case_dialog"]


def install(window: MainWindow) -> None:
    from desk.ui.cases.page import CasesPage

    page = CasesPage(window.hall, window)
    window.add_page("cases", "限时办结", page, "F9")
    window.on_store_change(page.refresh)

    def open_case(case_id: int) -> None:
        window.show_page("cases")
        page.open_case(case_id)

    window.router.add_opener(KIND_CASE, open_case)

    def accept_selected() -> None:
        intake_id = window.router.selected_intake_id()
        if intake_id is None:
            QMessageBox.information(
                window, "受理", "请先在“办事登记”页（F5）选中要受理的登记，再执行受理。"
            )
            return
        case_id = open_case_dialog(window, intake_id)
        if case_id is not None:
            window.show_page("cases")
            page.refresh()
            page.open_case(case_id)

    window.add_action(
        "records", "受理所选登记并打印回执…", accept_selected, shortcut="Ctrl+Shift+S",
        object_name="acceptIntakeAction",
    )  # fmt: skip
