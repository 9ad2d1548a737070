"""值班 page: today's (or any day's) 值班记录, the 值班安排, and the 领导待办 list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desk.domain.hall import Hall
from desk.ui.duty.log_form import DutyLogForm
from desk.ui.duty.roster_tab import RosterTab
from desk.ui.duty.supervision_tab import SupervisionTab


class DutyPage(QWidget):
    changed = Signal()
    openRequested = Signal(str, object)

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dutyPage")
        self.hall = hall
        self.tabs = QTabWidget(self)
        self.log_form = DutyLogForm(hall, self)
        self.roster = RosterTab(hall, self)
        self.supervision = SupervisionTab(hall, self)
        self.tabs.addTab(self.log_form, "值班记录(&1)")
        self.tabs.addTab(self.roster, "值班安排(&2)")
        self.tabs.addTab(self.supervision, "领导待办(&3)")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        for signal in (self.log_form.saved, self.roster.changed, self.supervision.changed):
            signal.connect(self.changed)
        self.roster.openDay.connect(self.show_log)
        self.supervision.openRequested.connect(self._open)

    def _open(self, what: str, value: object) -> None:
        if what == "log" and isinstance(value, date):
            self.show_log(value)
            return
        self.openRequested.emit(what, value)

    def show_log(self, day: date) -> None:
        self.tabs.setCurrentWidget(self.log_form)
        self.log_form.show_day(day)

    def refresh(self) -> None:
        self.roster.refresh()
        self.supervision.refresh()
        self.log_form.load()

    def data_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: object) -> None:  # noqa: N802
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]
