"""办事登记 feature: the intake form (F2), the register page (F5), 转交待办 (F6), 返岗提醒.

``install(window)`` is listed in desk.ui.features after the board.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.domain.common.codes import Outcome
from desk.domain.intake.views import SavedIntake
from desk.ui.intake.handovers_page import HandoversPage
from desk.ui.intake.intake_dialog import IntakeDialog
from desk.ui.intake.register_page import RegisterPage
from desk.ui.intake.return_notice import ReturnNotice, show_return_notice

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow


class IntakeFeature:
    """What the feature keeps per window: its pages, the open form, the open notices."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        hall = window.hall
        self.dialog: IntakeDialog | None = None
        self.notices: dict[int, ReturnNotice] = {}
        self.register = RegisterPage(hall, window)
        self.handovers = HandoversPage(hall, window)
        window.add_page("intakes", "办事登记", self.register, "F5")
        window.add_page("handovers", "转交待办", self.handovers, "F6")
        self.action = window.add_action(
            "records",
            "登记来访/来电",
            self.open_form,
            shortcut="F2",
            toolbar=True,
            object_name="intakeAction",
        )
        for page in (self.register, self.handovers):
            page.message.connect(self.status)
        self.handovers.openIntake.connect(self.show_intake)
        window.dataChanged.connect(self.refresh)
        window.staffReturned.connect(self.staff_returned)

    def status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    def open_form(self) -> IntakeDialog:
        """F2 from anywhere: the form, window-modal; a second F2 brings the open one back."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = IntakeDialog(self.window.hall, self.window)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: IntakeDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _saved(self, saved: SavedIntake, summary: str) -> None:
        self.status(summary)
        self.refresh()
        if saved.outcome is Outcome.NOTICE and saved.service_item_id is not None:
            self.offer_notice(saved)

    def offer_notice(self, saved: SavedIntake) -> None:
        """Offer the one-time notice for the item (the notice feature sets ``notice_printer``;
        its dialog is modeless, prefilled from the intake, and prints only when asked)."""
        printer = getattr(self.window, "notice_printer", None)
        if callable(printer):
            printer(saved.intake_id)

    def refresh(self) -> None:
        self.register.refresh()
        self.handovers.refresh()

    def show_intake(self, intake_id: int) -> None:
        self.window.show_page("intakes")
        if not self.register.select(intake_id):
            # Outside the current filter: show it over all dates.
            self.register.period.setCurrentIndex(self.register.period.findData(None))
            self.register.search.clear()
            self.register.refresh()
            self.register.select(intake_id)

    def staff_returned(self, staff_id: int) -> None:
        show_return_notice(self.window, staff_id, self.notices)


def install(window: MainWindow) -> None:
    window.intake_feature = IntakeFeature(window)  # type: ignore[attr-defined]
