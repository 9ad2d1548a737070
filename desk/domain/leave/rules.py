"""请假 rules without a database: a request's period from its half days, how many working
days it takes, which board status it puts up, and its number.

Half days follow the hall's working hours (settings ``workday.start``, ``workday.morning_end``,
``workday.afternoon_start``, ``workday.end``): a leave "from the 23rd afternoon to the 24th
morning" runs from 13:30 on the 23rd to 12:00 on the 24th and takes one working day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desk.domain.calendar.workdays import WorkCalendar
from desk.domain.common.codes import HalfDay, LeaveKind, Status
from desk.domain.common.text import FieldError

# The board status an approved leave of each kind puts up; (status, its text for 其他).
BOARD_STATUS: dict[LeaveKind, tuple[Status, str]] = {
    LeaveKind.ANNUAL: (Status.LEAVE, ""),
    LeaveKind.SICK: (Status.SICK, ""),
    LeaveKind.PERSONAL: (Status.PERSONAL, ""),
    LeaveKind.MARRIAGE: (Status.OTHER, "婚假"),
    LeaveKind.MATERNITY: (Status.OTHER, "产假"),
    LeaveKind.TRAINING: (Status.TRAINING, ""),
    LeaveKind.TRIP: (Status.TRIP, ""),
    LeaveKind.MEETING: (Status.MEETING, ""),
    LeaveKind.OTHER: (Status.OTHER, ""),
}


def board_status(kind: LeaveKind, kind_text: str) -> tuple[Status, str]:
    status, text = BOARD_STATUS[kind]
    if kind is LeaveKind.OTHER:
        text = (kind_text or "请假")[:50]
    return status, text


def kind_for_status(status: Status) -> LeaveKind:
    """The leave kind that matches an absence on the board (for a request written after)."""
    for kind, (board, _text) in BOARD_STATUS.items():
        if board is status and kind is not LeaveKind.OTHER:
            return kind
    return LeaveKind.OTHER


@dataclass(frozen=True)
class Hours:
    """The hall's working hours as half days."""

    start: time = time(8, 30)
    morning_end: time = time(12, 0)
    afternoon_start: time = time(13, 30)
    end: time = time(17, 30)


def period(
    first: date,
    start_part: HalfDay,
    last: date,
    end_part: HalfDay,
    hours: Hours,
    start_time: time | None = None,
    end_time: time | None = None,
) -> tuple[datetime, datetime]:
    """(starts_at, ends_at) from the form's days and half days; FieldError when reversed."""
    starts = {
        HalfDay.MORNING: hours.start,
        HalfDay.AFTERNOON: hours.afternoon_start,
        HalfDay.TIME: start_time or hours.start,
    }
    ends = {
        HalfDay.MORNING: hours.morning_end,
        HalfDay.AFTERNOON: hours.end,
        HalfDay.TIME: end_time or hours.end,
    }
    starts_at = datetime.combine(first, starts[start_part])
    ends_at = datetime.combine(last, ends[end_part])
    if ends_at <= starts_at:
        raise FieldError("ends_at", "结束时间应晚于开始时间")
    return starts_at, ends_at


def working_days(start: datetime, end: datetime, calendar: WorkCalendar, hours: Hours) -> float:
    """Working days the span takes, in half days: a half day touched counts 0.5."""
    total = 0.0
    day = start.date()
    while day <= end.date():
        if calendar.is_working_day(day):
            for block_start, block_end in (
                (hours.start, hours.morning_end),
                (hours.afternoon_start, hours.end),
            ):
                lo = max(start, datetime.combine(day, block_start))
                hi = min(end, datetime.combine(day, block_end))
                if hi > lo:
                    total += 0.5
        day += timedelta(days=1)
    return total


def days_text(days: float) -> str:
    """2.0 → "2天", 0.5 → "半天", 1.5 → "1.5天"."""
    if days == 0.5:
        return "半天"
    return f"{days:g}天"


def number_text(year: int, seq: int) -> str:
    return f"请假〔{year}〕第{seq:04d}号"


def part_text(at: datetime, part: str, hours: Hours, *, end: bool) -> str:
    """ "11月23日上午", "11月24日下午", "11月25日 10:00" (as the 请假单 says it)."""
    day = f"{at.month}月{at.day}日"
    if part == HalfDay.MORNING.value and not end and at.time() == hours.start:
        return f"{day}上午"
    if part == HalfDay.AFTERNOON.value and not end and at.time() == hours.afternoon_start:
        return f"{day}下午"
    if part == HalfDay.MORNING.value and end and at.time() == hours.morning_end:
        return f"{day}上午"
    if part == HalfDay.AFTERNOON.value and end and at.time() == hours.end:
        return f"{day}下午"
    return f"{day} {at:%H:%M}"


def period_text(
    start: datetime, start_part: str, end: datetime, end_part: str, hours: Hours
) -> str:
    """ "11月23日上午至11月24日下午"; a year is added when the leave is not in this one."""
    a = part_text(start, start_part, hours, end=False)
    b = part_text(end, end_part, hours, end=True)
    if start.date() == end.date() and a.endswith("上午") and b.endswith("下午"):
        return f"{start.month}月{start.day}日全天"
    if start.year != end.year:
        a, b = f"{start.year}年{a}", f"{end.year}年{b}"
    return f"{a}至{b}"
