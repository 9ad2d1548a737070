"""管理 → 节假日与调休 and 系统设置; the status-bar note when deadlines are provisional."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from desk.domain.people.permissions import Permission, can, denial_message

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from desk.ui.main_window import MainWindow

HOURLY_MS = 60 * 60 * 1000


def update_calendar_label(window: MainWindow) -> None:
    """ "2027年节假日安排尚未发布或未录入，期限按临时规则计算" while that is so."""
    text = window.hall.calendar_days.provisional_notice()
    window.calendar_label.setText(f"⚠ {text}" if text else "")
    window.calendar_label.setToolTip("管理 → 节假日与调休：录入新一年的放假安排" if text else "")
    window.calendar_label.setVisible(bool(text))


def open_calendar(window: MainWindow) -> None:
    from desk.ui.settings.calendar_dialog import CalendarDialog

    hall = window.hall
    dialog = CalendarDialog(hall.calendar_days, hall.ctx.now().date(), window)
    dialog.exec()
    if dialog.changed:
        update_calendar_label(window)
        window.announce_change()  # deadlines shown anywhere may have moved


def open_settings(window: MainWindow) -> None:
    from desk.ui.settings.settings_dialog import SettingsDialog

    if SettingsDialog(window.hall.settings, window).exec():
        window.setWindowTitle(f"{window.hall.settings.get('hall.name')} · 前台")
        window.announce_change()


def _apply_role(window: MainWindow, guarded: list[tuple[QAction, Permission]]) -> None:
    for action, permission in guarded:
        ok = can(window.hall.ctx, permission)
        action.setEnabled(ok)
        base = action.text().replace("&", "").rstrip("…")
        action.setToolTip(base if ok else f"{base}（{denial_message(permission)}）")


def install(window: MainWindow) -> None:
    calendar = window.add_action(
        "admin", "节假日与调休(&H)…", lambda: open_calendar(window), object_name="calendarAction"
    )
    settings = window.add_action(
        "admin", "系统设置(&S)…", lambda: open_settings(window), object_name="settingsAction"
    )
    guarded = [(calendar, Permission.CALENDAR), (settings, Permission.SETTINGS)]
    window.operatorChanged.connect(lambda: _apply_role(window, guarded))
    _apply_role(window, guarded)
    update_calendar_label(window)
    if window.start_timers:
        timer = QTimer(window)
        timer.timeout.connect(lambda: update_calendar_label(window))
        timer.start(HOURLY_MS)
