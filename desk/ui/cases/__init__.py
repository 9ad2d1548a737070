"""限时办结 feature: the cases page (F9), 受理 of a registered intake, the printed slips.

The intake feature (or anyone) accepts an intake with ``open_case_dialog(window, intake_id)``;
``window.case_opener`` holds the same function for features that only have the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from desk.ui.cases.dialog import open_case_dialog

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

__all__ = ["install", "open_case_dialog"]


def selected_intake_id(window: MainWindow) -> int | None:
    """The intake selected in the 办事登记 register, if that feature is installed."""
    feature = getattr(window, "intake_feature", None)
    detail = getattr(getattr(feature, "register", None), "detail", None)
    return getattr(detail, "id", None)


def install(window: MainWindow) -> None:
    from desk.ui.cases.page import CasesPage

    page = CasesPage(window.hall, window)
    window.add_page("cases", "限时办结", page, "F9")
    window.dataChanged.connect(page.refresh)
    window.case_opener = lambda intake_id: open_case_dialog(window, intake_id)  # type: ignore[attr-defined]

    def accept_selected() -> None:
        intake_id = selected_intake_id(window)
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
