"""The values the appointment book takes and returns: drafts in, frozen views out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from desk.domain.board.away import AwayWait
from desk.domain.common.codes import AppointmentSource, AppointmentState


@dataclass
class AppointmentDraft:
    """What the clerk typed into the appointment dialog, before validation."""

    handler_id: int | None
    visitor_name: str
    visitor_phone: str
    matter: str = ""
    service_item_id: int | None = None
    visitor_unit: str = ""
    visitor_address: str = ""
    message: str = ""
    source: AppointmentSource = AppointmentSource.MESSAGE
    intake_id: int | None = None
    # An optional booked time with the handler: all three or none.
    booked_date: date | None = None
    slot_start: time | None = None
    slot_end: time | None = None


@dataclass(frozen=True)
class BookingCheck:
    """What the dialog shows before saving: blocking conflicts and warnings to accept."""

    conflicts: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.conflicts


@dataclass(frozen=True)
class AppointmentView:
    """One appointment-book entry with its callback deadline worked out."""

    id: int
    created_at: datetime
    created_by: str
    source: AppointmentSource
    intake_id: int | None
    visitor_unit: str
    visitor_name: str
    visitor_phone: str
    visitor_address: str
    service_item_id: int | None
    matter: str
    message: str
    handler_id: int
    handler_name: str
    booked_date: date | None
    slot_start: time | None
    slot_end: time | None
    state: AppointmentState
    callback_days: int
    handler_absent: bool
    # When the callback limit started: creation, or the handler's return; None while the
    # handler has not come back yet.
    callback_from: datetime | None
    callback_due: date | None
    contacted_at: datetime | None
    contacted_by: str
    contact_note: str
    completed_at: datetime | None
    result: str
    cancelled_at: datetime | None
    cancel_reason: str
    voided: bool
    void_reason: str
    # Computed against "today" when the view was made.
    overdue: bool = False
    due_today: bool = False
    # Awaiting a callback from a handler who is away now (may be handed on; see board.away).
    wait: AwayWait | None = None
    # The version an edit dialog opens on (desk.domain.common.edits).
    row_version: int = 0

    @property
    def awaiting_callback(self) -> bool:
        return self.state is AppointmentState.PENDING and not self.voided

    @property
    def callback_late(self) -> bool:
        """The callback was made after the end of its due day (for the ledgers)."""
        return bool(
            self.contacted_at and self.callback_due and self.contacted_at.date() > self.callback_due
        )

    @property
    def waiting_for_return(self) -> bool:
        """The handler has not been back since the entry was made: no deadline yet."""
        return self.awaiting_callback and self.callback_due is None

    @property
    def may_hand_on(self) -> bool:
        """The handler has been away too long: the entry may go to B or the head."""
        return self.awaiting_callback and self.wait is not None and self.wait.escalatable

    @property
    def visitor(self) -> str:
        """ "某公司 张三 13812345678" — who to call back."""
        return " ".join(x for x in (self.visitor_unit, self.visitor_name, self.visitor_phone) if x)

    @property
    def slot_text(self) -> str:
        """ "11月17日 09:00–09:30", or "" without a booked time."""
        if self.booked_date is None or self.slot_start is None:
            return ""
        end = f"–{self.slot_end:%H:%M}" if self.slot_end else ""
        d = self.booked_date
        return f"{d.month}月{d.day}日 {self.slot_start:%H:%M}{end}"

    @property
    def state_label(self) -> str:
        if self.voided:
            return "已作废"
        if self.overdue:
            return "待联系（已逾期）"
        return self.state.label

    @property
    def slot_start_at(self) -> datetime | None:
        if self.booked_date is None or self.slot_start is None:
            return None
        return datetime.combine(self.booked_date, self.slot_start)


@dataclass(frozen=True)
class AppointmentFilter:
    """Appointment-book filters; dates are inclusive, ``None`` leaves that side open.

    ``date_from``/``date_to`` select by creation date (the ledger's month); ``booked_from``/
    ``booked_to`` by booked date (the day and week views).
    """

    date_from: date | None = None
    date_to: date | None = None
    booked_from: date | None = None
    booked_to: date | None = None
    handler_id: int | None = None
    states: tuple[AppointmentState, ...] = ()
    source: AppointmentSource | None = None
    # Name, phone fragment, unit or matter.
    text: str = ""
    overdue_only: bool = False
    include_voided: bool = False
    limit: int = 5000
