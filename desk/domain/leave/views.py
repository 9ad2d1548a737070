"""What the leave context takes and returns: drafts in, frozen views out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from desk.domain.common.codes import HalfDay, LeaveCover, LeaveKind, LeaveState


@dataclass
class LeaveDraft:
    """What the 请假 form holds before validation."""

    staff_id: int | None
    kind: LeaveKind
    first_day: date
    last_day: date
    start_part: HalfDay = HalfDay.MORNING
    end_part: HalfDay = HalfDay.AFTERNOON
    start_time: time | None = None
    end_time: time | None = None
    reason: str = ""
    kind_text: str = ""
    contact_phone: str = ""
    cover: LeaveCover = LeaveCover.B
    cover_id: int | None = None
    handover_note: str = ""
    no_handover_reason: str = ""


@dataclass(frozen=True)
class LeaveConflict:
    """A post the leave would leave with neither A nor B, and why."""

    post_id: int
    post: str
    other_id: int | None
    other: str
    what: str

    @property
    def text(self) -> str:
        who = f"{self.other}" if self.other else ""
        return f"{self.post}：{who}{self.what}"


@dataclass(frozen=True)
class LeaveCheck:
    """What the form shows while typing: refusals on approval, and things to know."""

    conflicts: tuple[LeaveConflict, ...] = ()
    # Days the person is 值班领导 within the leave: refused until the duty is swapped.
    duty_days: tuple[date, ...] = ()
    warnings: tuple[str, ...] = ()
    days: float = 0.0
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    # The other holders the 交接 note is for: (post, name).
    handover_targets: tuple[tuple[str, str], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.conflicts and not self.duty_days


@dataclass(frozen=True)
class LeaveView:
    """One 请假单 with everything the page, the slip and the ledgers show."""

    id: int
    number: str
    staff_id: int
    staff: str
    department: str
    posts: str  # "民政救助（A岗）、低保审核（B岗）"
    kind: LeaveKind
    kind_label: str  # the kind, or 其他's own words
    starts_at: datetime
    ends_at: datetime
    start_part: str
    end_part: str
    period_text: str
    days: float
    days_text: str
    reason: str
    contact_phone: str
    cover: LeaveCover
    cover_id: int | None
    cover_name: str
    cover_text: str  # "B岗吴佳琪顶岗（已确认）"
    handover_note: str
    no_handover_reason: str
    state: LeaveState
    created_at: datetime
    created_by: str
    after_the_fact: bool
    approver: str
    decided_at: datetime | None
    decision_note: str
    override_reason: str
    applied_at: datetime | None
    closed_at: datetime | None
    close_note: str
    withdrawn_at: datetime | None
    withdraw_reason: str
    # Computed against now when the view was made.
    on_leave_now: bool = False
    conflicts: tuple[LeaveConflict, ...] = field(default_factory=tuple)

    @property
    def state_label(self) -> str:
        if self.state is LeaveState.APPROVED and self.on_leave_now:
            return "休假中"
        if self.state is LeaveState.CLOSED and self.close_note:
            return f"已销假（{self.close_note}）"
        return self.state.label

    @property
    def cover_short(self) -> str:
        """ "B岗冯雪", "指定解东", "—" for the list's narrow column."""
        if self.cover is LeaveCover.SUBSTITUTE:
            return f"指定{self.cover_name}"
        if self.cover is LeaveCover.B:
            return self.cover_text.removesuffix("顶岗（已确认）")
        return "—"

    @property
    def open(self) -> bool:
        return self.state in (LeaveState.PENDING, LeaveState.APPROVED)


@dataclass(frozen=True)
class LeaveFilter:
    """Requests by state, person and the period they overlap (inclusive days)."""

    states: tuple[LeaveState, ...] = ()
    staff_id: int | None = None
    first: date | None = None
    last: date | None = None
    text: str = ""
    limit: int = 5000


@dataclass(frozen=True)
class WeekLine:
    """One approved request's share of a week (请假每周统计)."""

    request: LeaveView
    first: datetime
    last: datetime
    days: float


@dataclass(frozen=True)
class PersonWeek:
    staff: str
    department: str
    count: int
    days: float
    kinds: str  # "年休2天、病假1天"


@dataclass(frozen=True)
class WeekStats:
    """请假每周统计: the approved requests that touch one week, and totals."""

    monday: date
    sunday: date
    hall_name: str
    lines: tuple[WeekLine, ...]
    people: tuple[PersonWeek, ...]
    by_kind: tuple[tuple[str, int, float], ...]
    pending: int
    unrequested: int

    @property
    def label(self) -> str:
        a, b = self.monday, self.sunday
        return f"{a.year}年{a.month}月{a.day}日至{b.month}月{b.day}日"

    @property
    def total_days(self) -> float:
        return sum(line.days for line in self.lines)
