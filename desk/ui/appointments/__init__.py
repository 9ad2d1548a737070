"""办事预约 feature: the 预约登记 page (F7) with its day/week views, and the due reminders.

Also adds the appointment book's buttons to the intake feature's 返岗提醒 (a returning
handler sees the entries awaiting their callback beside their handovers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow


def _contact_from_notice(window: MainWindow, parent: QWidget, entry_id: int) -> str | None:
    from desk.ui.appointments.record_dialogs import ContactDialog

    entry = window.hall.appointments.get(entry_id)
    if ContactDialog(window.hall, entry, parent).exec() == QDialog.DialogCode.Accepted:
        return f"回电情况已登记：{entry.visitor_name}"
    return None


def _open_from_notice(window: MainWindow, _parent: QWidget, entry_id: int) -> str | None:
    window.show_page("appointments")
    window.pages["appointments"].open_entry(entry_id)  # type: ignore[attr-defined]
    return None


def _register_return_notice_actions() -> None:
    try:
        from desk.ui.intake.return_notice import register_waiting_actions
    except ImportError:  # the intake feature is not part of this build
        return
    register_waiting_actions(
        "appointment",
        [("登记回电(&H)…", _contact_from_notice), ("在预约簿中打开", _open_from_notice)],
        phrase="条预约待回电",
    )


def install(window: MainWindow) -> None:
    from desk.ui.appointments.page import AppointmentPage
    from desk.ui.appointments.reminders import ReminderController

    page = AppointmentPage(window.hall, window)
    window.add_page("appointments", "预约登记", page, "F7")
    window.dataChanged.connect(page.refresh)

    def new_entry() -> None:
        window.show_page("appointments")
        page.new_entry()

    window.add_action(
        "records", "新建预约…", new_entry, shortcut="Ctrl+Shift+Y", toolbar=True,
        object_name="newAppointmentAction",
    )  # fmt: skip
    window.reminders = ReminderController(window)  # type: ignore[attr-defined]
    reminders = window.reminders  # type: ignore[attr-defined]
    window.add_action("records", "查看到期提醒", reminders.check, object_name="remindersAction")
    _register_return_notice_actions()
