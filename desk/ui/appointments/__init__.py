"""办事预约 feature: the 预约登记 page (F7) with its day/week views, and the due reminders.

Also adds, through the window's router, the appointment book's buttons to the intake
feature's 返岗提醒 (a returning handler sees the entries awaiting their callback beside their
handovers) and how a callback opens from the overdue list and the reminders.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from desk.domain.overdue.service import KIND_CALLBACK
from desk.ui.router import WaitingAction

if TYPE_CHECKING:
    from desk.domain.hall import Hall
    from desk.ui.main_window import MainWindow


def _contact_from_notice(hall: Hall, parent: QWidget, entry_id: int) -> str | None:
    from desk.ui.appointments.record_dialogs import ContactDialog

    entry = hall.appointments.get(entry_id)
    if ContactDialog(hall, entry, parent).exec() == QDialog.DialogCode.Accepted:
        return f"回电情况已登记：{entry.visitor_name}"
    return None


def install(window: MainWindow) -> None:
    from desk.ui.appointments.page import AppointmentPage
    from desk.ui.appointments.reminders import ReminderController

    hall, router = window.hall, window.router
    page = AppointmentPage(hall, window)
    window.add_page("appointments", "预约登记", page, "F7")
    window.on_store_change(page.refresh)

    def new_entry() -> None:
        window.show_page("appointments")
        page.new_entry()

    def open_entry(entry_id: int) -> None:
        window.show_page("appointments")
        page.open_entry(entry_id)

    window.add_action(
        "records", "新建预约…", new_entry, shortcut="Ctrl+Shift+Y", toolbar=True,
        object_name="newAppointmentAction",
    )  # fmt: skip
    reminders = ReminderController(window)
    window.add_action("records", "查看到期提醒", reminders.check, object_name="remindersAction")
    router.add_opener(KIND_CALLBACK, open_entry)
    # The 返岗提醒's waiting items use the appointment book's own kind name.
    router.add_opener("appointment", open_entry)
    router.add_waiting_actions(
        "appointment",
        [
            WaitingAction("登记回电(&H)…", lambda parent, i: _contact_from_notice(hall, parent, i)),
            WaitingAction("在预约簿中打开", lambda _parent, i: open_entry(i)),
        ],
        phrase="条预约待回电",
    )
