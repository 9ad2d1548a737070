"""节假日与调休: the hall's own holiday / make-up-day table and what it makes of each year.

The table overrides the chinese-calendar package and covers years the package does not know
yet (see desk.domain.calendar.workdays). Every change reloads the working-day calendar the whole
application counts time limits with (ctx.calendar), in the same process at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import CalendarDay, Operator, Staff
from desk.domain.admin.settings import SettingsService
from desk.domain.calendar.workdays import (
    NAME_WEEKEND,
    SOURCE_FALLBACK,
    SOURCE_OVERRIDE,
    DayInfo,
    DayOverride,
)
from desk.domain.common.context import Context
from desk.domain.common.text import FieldError, clean_text
from desk.domain.people.permissions import Permission, require

COMPLETE_YEARS_KEY = "calendar.complete_years"
# The status bar warns when a time limit counted from today may reach into a provisional day.
NOTICE_HORIZON_DAYS = 60
FIRST_YEAR, LAST_YEAR = 2000, 2099


@dataclass(frozen=True)
class CalendarDayView:
    day: date
    is_working: bool
    note: str
    updated_at: datetime
    operator: str


@dataclass(frozen=True)
class YearOverview:
    """One year as the calendar sees it.

    ``base_source`` says where the days the hall's table does not list come from: "package"
    (official data), "fallback" (provisional rules) or "confirmed" (rules, the hall having
    entered the year's whole arrangement). ``days`` are the notable days: holidays, make-up
    working days and every day of the hall's table, in date order.
    """

    year: int
    base_source: str
    complete: bool
    working_days: int
    days: tuple[DayInfo, ...]

    @property
    def provisional(self) -> bool:
        return self.base_source == SOURCE_FALLBACK


def _check_day(day: date) -> date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise FieldError("day", f"日期应在{FIRST_YEAR}年至{LAST_YEAR}年之间")
    return day


class CalendarDaysService:
    def __init__(self, ctx: Context, settings: SettingsService) -> None:
        self.ctx = ctx
        self.settings = settings

    # ---- queries -------------------------------------------------------------------
    def days(self, year: int | None = None) -> list[CalendarDayView]:
        """The hall's table (one year, or all), in date order."""
        with self.ctx.db.read() as s:
            names = dict(
                s.execute(
                    select(Operator.id, Staff.name).join(Staff, Staff.id == Operator.staff_id)
                ).all()
            )
            q = select(CalendarDay).order_by(CalendarDay.day)
            if year is not None:
                q = q.where(
                    CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31)
                )
            return [
                CalendarDayView(
                    r.day, r.is_working, r.note, r.updated_at, names.get(r.operator_id or 0, "")
                )
                for r in s.scalars(q)
            ]

    def complete_years(self) -> list[int]:
        return sorted(int(y) for y in self.settings.get(COMPLETE_YEARS_KEY))

    def year_overview(self, year: int) -> YearOverview:
        cal = self.ctx.calendar
        first = date(year, 1, 1)
        days = []
        working = 0
        day = first
        while day.year == year:
            info = cal.day_info(day)
            working += info.is_working
            # An ordinary weekday or weekend is not worth a line; everything else is.
            if info.source == SOURCE_OVERRIDE or (info.name and info.name != NAME_WEEKEND):
                days.append(info)
            day += timedelta(days=1)
        if year in cal.years_covered_by_package():
            base = "package"
        elif year in cal.complete_years:
            base = "confirmed"
        else:
            base = SOURCE_FALLBACK
        return YearOverview(year, base, year in cal.complete_years, working, tuple(days))

    def provisional_years(self, today: date, horizon_days: int = NOTICE_HORIZON_DAYS) -> list[int]:
        """Years with provisional days between today and the horizon (inclusive)."""
        cal = self.ctx.calendar
        end = today + timedelta(days=horizon_days)
        years = []
        for year in range(today.year, end.year + 1):
            lo = max(today, date(year, 1, 1))
            hi = min(end, date(year, 12, 31))
            if cal.span_is_provisional(lo, hi):
                years.append(year)
        return years

    def provisional_notice(self, today: date | None = None) -> str:
        """The warning the status bar shows, or "" when the coming weeks are all known."""
        years = self.provisional_years(today or self.ctx.now().date())
        if not years:
            return ""
        text = "、".join(str(y) for y in years)
        return f"{text}年节假日安排尚未发布或未录入，期限按临时规则计算"

    # ---- changes -------------------------------------------------------------------
    def set_day(self, day: date, is_working: bool, note: str = "") -> None:
        """Add or change the hall's entry for one day (放假 or 调休上班)."""
        require(self.ctx, Permission.CALENDAR)
        day = _check_day(day)
        note = clean_text(note, field="note", label="说明", max_len=100)

        def work(s: Session) -> None:
            row = s.get(CalendarDay, day)
            if row is None:
                s.add(
                    CalendarDay(
                        day=day,
                        is_working=is_working,
                        note=note,
                        updated_at=self.ctx.now(),
                        operator_id=self.ctx.operator_id,
                    )
                )
            else:
                row.is_working, row.note = is_working, note
                row.updated_at, row.operator_id = self.ctx.now(), self.ctx.operator_id

        self.ctx.write(work)
        self.reload()

    def remove_day(self, day: date) -> None:
        """Drop the hall's entry: the day follows the package or the rules again."""
        require(self.ctx, Permission.CALENDAR)

        def work(s: Session) -> None:
            row = s.get(CalendarDay, day)
            if row is None:
                raise FieldError("day", f"{day:%Y-%m-%d}不在本中心的节假日表中")
            s.delete(row)

        self.ctx.write(work)
        self.reload()

    def set_year_complete(self, year: int, complete: bool) -> None:
        """Declare that the table holds (or no longer holds) the year's whole arrangement."""
        require(self.ctx, Permission.CALENDAR)
        _check_day(date(year, 1, 1))
        years = set(self.complete_years())
        years = years | {year} if complete else years - {year}
        self.settings.set(COMPLETE_YEARS_KEY, sorted(years))
        self.reload()

    def reload(self) -> None:
        """Load the table into the calendar every time limit is counted with."""
        with self.ctx.db.read() as s:
            rows = [
                DayOverride(r.day, r.is_working, r.note) for r in s.scalars(select(CalendarDay))
            ]
        self.ctx.calendar.set_overrides(rows, self.complete_years())
