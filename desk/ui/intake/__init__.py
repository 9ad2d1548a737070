"""办事登记 feature: the intake form (F2), the register page (F5), 转交待办 (F6), 返岗提醒.

``install(window)`` is listed in desk.ui.app after the board. It answers, through the
window's router, which intake is selected (for 受理), how a handover opens (逾期一览, 到期提醒)
and the handover buttons of the 返岗提醒; it asks the router for the one-time notice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desk.domain.common.codes import Outcome
from desk.domain.intake.views import SavedIntake
from desk.domain.overdue.service import KIND_HANDOVER
from desk.ui.intake.handovers_page import HandoversPage, close_handover
from desk.ui.intake.intake_dialog import IntakeDialog
from desk.ui.intake.record_dialogs import ContactDialog
from desk.ui.intake.register_page import RegisterPage
from desk.ui.intake.return_notice import ReturnNotice, show_return_notice
from desk.ui.router import WaitingAction

if TYPE_CHECKING:
    from desk.domain.hall import Hall
    from desk.ui.main_window import MainWindow


class IntakeFeature(QObject):
    """What the feature keeps per window: its pages, the open form, the open notices.

    A child of the window (tests find it with ``window.findChild(IntakeFeature)``).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
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
        window.on_store_change(self.refresh)
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
        """Offer the one-time notice for the item (the notice feature's dialog is modeless,
        prefilled from the intake, and prints only when asked)."""
        self.window.router.open_notice(intake_id=saved.intake_id)

    def selected_intake_id(self) -> int | None:
        """The intake selected in the register (what 受理 works on)."""
        return self.register.detail.id if self.register.detail is not None else None

    def open_handover(self, handover_id: int) -> None:
        """From the overdue list or a reminder: the handover selected, its contact dialog open."""
        self.window.show_page("handovers")
        if self.handovers.select(handover_id):
            self.handovers.contact()

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


def _contact(hall: Hall, parent: QWidget, handover_id: int) -> str | None:
    handover = hall.handovers.get(handover_id)
    if ContactDialog(hall, handover, parent).exec():
        return f"联系情况已登记：{handover.visitor_name}"
    return None


def _close(hall: Hall, parent: QWidget, handover_id: int) -> str | None:
    return close_handover(hall, hall.handovers.get(handover_id), parent)


def install(window: MainWindow) -> None:
    feature = IntakeFeature(window)
    hall, router = window.hall, window.router
    router.provide_selected_intake(feature.selected_intake_id)
    router.add_opener(KIND_HANDOVER, feature.open_handover)
    router.add_waiting_actions(
        "handover",
        [
            WaitingAction("联系记录(&L)…", lambda parent, hid: _contact(hall, parent, hid)),
            WaitingAction("办结(&B)", lambda parent, hid: _close(hall, parent, hid)),
        ],
        phrase="件转交待联系",
    )
