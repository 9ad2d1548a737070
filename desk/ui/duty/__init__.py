"""值班 feature: the duty page (F10), today's 值班领导 in the status bar, the director's list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

MINUTE_MS = 60 * 1000
# Router kinds the leave feature opens: a 请假单 by id, the 指定顶岗 dialog for a post id.
KIND_LEAVE = "leave"
KIND_DESIGNATE = "designate"


def leader_text(window: MainWindow) -> str:
    leader = window.hall.duty.leader_today()
    return f"今日值班领导：{leader[1]}" if leader else "今日未安排值班领导"


def install(window: MainWindow) -> None:
    from desk.ui.duty.page import DutyPage

    page = DutyPage(window.hall, window)
    window.add_page("duty", "值班", page, "F10")
    label = QLabel(window)
    label.setObjectName("dutyLeaderStatus")
    label.setToolTip("值班 → 值班安排（F10）")
    window.statusBar().insertPermanentWidget(0, label)

    def show_leader() -> None:
        label.setText(leader_text(window))

    show_leader()
    window.on_store_change(show_leader)
    window.on_store_change(page.data_changed)
    window.operatorChanged.connect(page.data_changed)
    if window.start_timers:
        timer = QTimer(window)
        timer.timeout.connect(show_leader)  # the day turns at midnight
        timer.start(MINUTE_MS)

    def open_other(what: str, value: object) -> None:
        # The leave feature answers through the router; nothing happens without it.
        if what in ("leave", "designate") and isinstance(value, int):
            window.router.open_record(KIND_LEAVE if what == "leave" else KIND_DESIGNATE, value)
        elif what == "people":
            window.show_page("people")

    page.openRequested.connect(open_other)
    page.changed.connect(lambda *_: window.announce_change())

    def today_log() -> None:
        window.show_page("duty")
        page.log_form.go_today()
        page.tabs.setCurrentWidget(page.log_form)

    def supervision() -> None:
        window.show_page("duty")
        page.tabs.setCurrentWidget(page.supervision)

    window.add_action("records", "今日值班记录(&Z)", today_log, object_name="dutyLogAction")
    window.add_action("records", "领导待办(&D)", supervision, object_name="supervisionAction")
