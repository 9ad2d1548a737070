"""节假日与调休: the hall's own table, year overviews and the provisional-calendar notice."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desk.db.models import AuditEntry
from desk.domain.calendar.workdays import WorkCalendar
from desk.domain.common.text import FieldError

# The 2027 facts below hold while the installed chinese-calendar release lacks 2027.
needs_2027_unknown = pytest.mark.skipif(
    2027 in WorkCalendar().years_covered_by_package(), reason="chinese-calendar knows 2027"
)


@pytest.fixture
def cal(small_hall, leaders):
    leaders.sign_in("admin")
    return small_hall.hall


def test_override_changes_the_calendar_at_once(cal) -> None:
    monday = date(2026, 11, 23)
    assert cal.ctx.calendar.is_working_day(monday)
    cal.calendar_days.set_day(monday, False, "停电闭厅")
    assert not cal.ctx.calendar.is_working_day(monday)
    assert cal.ctx.calendar.day_info(monday).name == "停电闭厅"
    [row] = cal.calendar_days.days(2026)
    assert (row.day, row.is_working, row.note, row.operator) == (
        monday, False, "停电闭厅", "周春英",
    )  # fmt: skip
    cal.calendar_days.remove_day(monday)
    assert cal.ctx.calendar.is_working_day(monday)
    assert cal.calendar_days.days() == []
    with cal.db.read() as s:
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.table_name == "calendar_days")
        ).all()
    assert actions == ["create", "delete"]


def test_changing_an_entry_keeps_one_row(cal) -> None:
    saturday = date(2027, 2, 20)
    cal.calendar_days.set_day(saturday, True, "调休上班")
    cal.calendar_days.set_day(saturday, True, "春节调休上班")
    assert [r.note for r in cal.calendar_days.days()] == ["春节调休上班"]
    with pytest.raises(FieldError):
        cal.calendar_days.remove_day(date(2027, 2, 21))
    with pytest.raises(FieldError):
        cal.calendar_days.set_day(date(1999, 1, 1), False)


@needs_2027_unknown
def test_year_overview_names_sources(cal) -> None:
    known = cal.calendar_days.year_overview(2026)
    assert known.base_source == "package" and not known.provisional
    names = {d.day: d.name for d in known.days}
    assert names[date(2026, 10, 1)] == "国庆节"
    assert names[date(2026, 2, 14)] == "调休上班"  # a make-up Saturday
    assert all(d.name != "周末" for d in known.days)

    cal.calendar_days.set_day(date(2027, 2, 20), True, "调休上班")
    unknown = cal.calendar_days.year_overview(2027)
    assert unknown.base_source == "fallback" and unknown.provisional
    sources = {d.day: d.source for d in unknown.days}
    assert sources[date(2027, 2, 20)] == "override"
    assert sources[date(2027, 1, 1)] == "fallback"


@needs_2027_unknown
def test_notice_until_the_hall_declares_the_year_complete(cal, clock) -> None:
    today = clock.today()  # 2026-11-16: the next 60 days reach into 2027
    assert cal.calendar_days.provisional_years(today) == [2027]
    assert cal.calendar_days.provisional_notice(today).startswith("2027年节假日安排尚未发布")
    assert cal.calendar_days.provisional_notice(date(2026, 6, 1)) == ""
    assert cal.ctx.calendar.span_is_provisional(today, date(2027, 1, 10))

    cal.calendar_days.set_year_complete(2027, True)
    assert cal.calendar_days.complete_years() == [2027]
    assert cal.calendar_days.provisional_notice(today) == ""
    assert not cal.ctx.calendar.span_is_provisional(today, date(2027, 1, 10))
    overview = cal.calendar_days.year_overview(2027)
    assert overview.base_source == "confirmed" and overview.complete
    # The fixed statutory holidays stay days off in a confirmed year.
    assert not cal.ctx.calendar.is_working_day(date(2027, 10, 1))

    cal.calendar_days.set_year_complete(2027, False)
    assert cal.calendar_days.provisional_years(today) == [2027]


def test_a_reopened_hall_loads_its_table(cal, db_path, clock) -> None:
    from desk.bootstrap import open_hall

    cal.calendar_days.set_day(date(2027, 2, 20), True, "调休上班")
    cal.calendar_days.set_year_complete(2027, True)
    again = open_hall(f"sqlite:///{db_path}", clock=clock)
    try:
        assert again.ctx.calendar.is_working_day(date(2027, 2, 20))
        assert again.ctx.calendar.complete_years == frozenset({2027})
    finally:
        again.db.dispose()
