"""Quick choices for an expected return, counted in the working-day calendar."""

from __future__ import annotations

from datetime import datetime, time

from desk.domain.board.return_times import parse_hhmm, quick_returns
from desk.domain.calendar.workdays import WorkCalendar

CAL = WorkCalendar()
START, END = time(8, 30), time(17, 30)


def test_on_an_ordinary_monday_morning() -> None:
    q = quick_returns(datetime(2026, 11, 16, 9, 7), CAL, START, END)
    assert q["one_hour"] == datetime(2026, 11, 16, 10, 15)  # up to the quarter
    assert q["two_hours"] == datetime(2026, 11, 16, 11, 15)
    assert q["end_of_day"] == datetime(2026, 11, 16, 17, 30)
    assert q["next_morning"] == datetime(2026, 11, 17, 8, 30)


def test_friday_evening_skips_the_weekend() -> None:
    q = quick_returns(datetime(2026, 11, 20, 18, 0), CAL, START, END)
    assert q["end_of_day"] == datetime(2026, 11, 23, 17, 30)
    assert q["next_morning"] == datetime(2026, 11, 23, 8, 30)


def test_before_national_day_skips_the_holiday_week() -> None:
    # 2026: 10-01…10-07 are days off; work resumes on Thursday 10-08.
    q = quick_returns(datetime(2026, 9, 30, 16, 0), CAL, START, END)
    assert q["next_morning"] == datetime(2026, 10, 8, 8, 30)


def test_parse_hhmm() -> None:
    assert parse_hhmm("09:15", START) == time(9, 15)
    assert parse_hhmm("nonsense", START) == START
