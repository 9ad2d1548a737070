"""Quick choices for an absence's expected return (1小时后, 今天下班, 下个工作日上午…).

Pure functions of the current time, the hall's working hours and the working-day calendar,
so the status dialog's buttons always mean the same thing and can be tested without Qt.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from desk.domain.calendar.workdays import WorkCalendar


def parse_hhmm(text: str, default: time) -> time:
    """ "08:30" → time(8, 30); anything unreadable gives the default."""
    try:
        hours, minutes = (int(part) for part in str(text).split(":"))
        return time(hours, minutes)
    except (TypeError, ValueError):
        return default


def next_working_day(calendar: WorkCalendar, after: date) -> date:
    return calendar.add_working_days(after, 1)


def _rounded(at: datetime) -> datetime:
    """Up to the next quarter hour: expected returns are said in quarters, not minutes."""
    at = at.replace(second=0, microsecond=0)
    extra = (-at.minute) % 15
    return at + timedelta(minutes=extra)


def quick_returns(
    now: datetime, calendar: WorkCalendar, start: time, end: time
) -> dict[str, datetime]:
    """The times behind the dialog's quick buttons, keyed by the button's purpose.

    "end_of_day" is today's closing time when that is still ahead, else the next working
    day's; "next_morning" is the start of the next working day after today.
    """
    today_end = datetime.combine(now.date(), end)
    if today_end <= now or not calendar.is_working_day(now.date()):
        today_end = datetime.combine(next_working_day(calendar, now.date()), end)
    return {
        "one_hour": _rounded(now + timedelta(hours=1)),
        "two_hours": _rounded(now + timedelta(hours=2)),
        "end_of_day": today_end,
        "next_morning": datetime.combine(next_working_day(calendar, now.date()), start),
    }
