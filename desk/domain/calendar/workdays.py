"""The working-day calendar (工作日历) that every time limit of the desk is counted in.

Time limits of 承诺件, replies, complaint feedback and appointments are promised in working days
(工作日), following the State Council's yearly holiday arrangement *including* its make-up working
weekends (调休上班).  Whether a day is a working day is decided, in this order, by:

1. the hall's own table of :class:`DayOverride` rows (kept in the database and edited in the
   settings dialog), which always wins — a hall may enter next year's arrangement as soon as it
   is announced, or a local closure;
2. the ``chinese-calendar`` package, for the years it carries (it lags behind each November
   announcement until a new release is installed);
3. a rule-based fallback (:mod:`desk.domain.calendar.holidays`): weekends plus the fixed statutory
   holidays.  It never invents 调休 days, so a date decided by it is flagged *provisional*, and a
   deadline whose span touches such a date should be shown as provisional too — unless the hall
   has declared the year *complete* (it typed that year's whole published arrangement into its
   table): then the rules only fill the ordinary days in between and nothing is provisional.

Pure Python: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

import chinese_calendar

from desk.domain.calendar.holidays import chinese_holiday_name, statutory_holidays

__all__ = [
    "SOURCE_CONFIRMED",
    "SOURCE_FALLBACK",
    "SOURCE_OVERRIDE",
    "SOURCE_PACKAGE",
    "DayInfo",
    "DayOverride",
    "WorkCalendar",
    "add_working_days",
    "is_working_day",
    "working_days_between",
]

SOURCE_OVERRIDE = "override"
SOURCE_PACKAGE = "package"
SOURCE_FALLBACK = "fallback"
# An ordinary day (or fixed statutory holiday) of a year the hall declared complete.
SOURCE_CONFIRMED = "confirmed"

NAME_WEEKEND = "周末"
NAME_MAKEUP_WORKDAY = "调休上班"
NAME_DAY_OFF = "放假"

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class DayOverride:
    """One row of the hall's own holiday / make-up table: ``day`` is (not) a working day.

    ``note`` is shown as the day's name (e.g. "春节", "调休上班", "停电闭厅") when given.
    """

    day: date
    is_working: bool
    note: str = ""


@dataclass(frozen=True)
class DayInfo:
    """What the calendar knows about one day, for deadline arithmetic and for display.

    ``provisional`` is True when neither an override nor the chinese-calendar package covered the
    day, i.e. the answer comes from the rule-based fallback and may change once the State Council
    publishes that year's arrangement.  ``source`` is "override", "package" or "fallback".
    ``name`` is the holiday's Chinese name ("春节", "国庆节"…), "调休上班" for a make-up working
    day, "周末" for an ordinary weekend and "" for an ordinary working day.
    """

    day: date
    is_working: bool
    provisional: bool
    source: str
    name: str


@dataclass
class _YearTable:
    """Per-day flags of one year, indexed by day of year (0 = 1 January)."""

    working: list[bool]
    provisional: list[bool]
    # prefix[i] = number of working days among the first i days of the year
    prefix: list[int]

    @property
    def total(self) -> int:
        return self.prefix[-1]


@dataclass
class _State:
    """Overrides and everything cached from them; replaced as a whole by ``set_overrides``."""

    overrides: dict[date, DayOverride]
    # Years whose whole official arrangement is in the override table.
    complete_years: frozenset[int] = frozenset()
    infos: dict[date, DayInfo] = field(default_factory=dict)
    years: dict[int, _YearTable] = field(default_factory=dict)


def _as_date(value: date | datetime) -> date:
    # A datetime never equals the date it falls on, so it must not reach the caches as a key.
    return value.date() if isinstance(value, datetime) else value


@lru_cache(maxsize=1)
def _package_years() -> range:
    # The package validates a date against the span of its own holiday table; mirror that.
    known = [d.year for d in chinese_calendar.holidays]
    if not known:
        return range(0)
    return range(min(known), max(known) + 1)


def _package_info(d: date) -> DayInfo | None:
    """The package's verdict on ``d``, or None when it has no data for that year."""
    try:
        # get_holiday_detail's first element is exactly ``not is_workday(d)``, and each call
        # scans the package's whole table, so one call serves for both.
        is_off, package_name = chinese_calendar.get_holiday_detail(d)
    except NotImplementedError:
        return None
    if not is_off:
        # The package only names a working day when it is a make-up day for some holiday.
        name = NAME_MAKEUP_WORKDAY if package_name else ""
        return DayInfo(d, True, False, SOURCE_PACKAGE, name)
    name = chinese_holiday_name(package_name) if package_name else NAME_WEEKEND
    return DayInfo(d, False, False, SOURCE_PACKAGE, name)


def _fallback_info(d: date) -> DayInfo:
    holiday = statutory_holidays(d.year).get(d)
    if holiday is not None:
        return DayInfo(d, False, True, SOURCE_FALLBACK, holiday)
    if d.weekday() >= 5:
        return DayInfo(d, False, True, SOURCE_FALLBACK, NAME_WEEKEND)
    return DayInfo(d, True, True, SOURCE_FALLBACK, "")


def _base_info(d: date) -> DayInfo:
    """The day as the package or, failing that, the fallback rules see it (no overrides)."""
    return _package_info(d) or _fallback_info(d)


def _override_info(override: DayOverride, base: DayInfo) -> DayInfo:
    if override.note:
        name = override.note
    elif override.is_working:
        name = base.name if base.is_working else NAME_MAKEUP_WORKDAY
    else:
        name = NAME_DAY_OFF if base.is_working else base.name
    return DayInfo(base.day, override.is_working, False, SOURCE_OVERRIDE, name)


class WorkCalendar:
    """Answers "is this a working day?" and does deadline arithmetic in working days.

    One instance is meant to live as long as the application, holding the hall's override table;
    call :meth:`set_overrides` after the table is edited.  Results are cached per day and per
    year, so computing deadlines for a whole board on every refresh is cheap.
    """

    def __init__(
        self, overrides: Iterable[DayOverride] = (), complete_years: Iterable[int] = ()
    ) -> None:
        self._state = _State({})
        self.set_overrides(overrides, complete_years)

    def set_overrides(
        self, overrides: Iterable[DayOverride], complete_years: Iterable[int] = ()
    ) -> None:
        """Replace the hall's override table (later rows for the same day win) and drop caches.

        ``complete_years`` are years for which the table holds the whole published arrangement:
        their remaining days follow the rules without being provisional.
        """
        table: dict[date, DayOverride] = {}
        for row in overrides:
            table[_as_date(row.day)] = row
        # One assignment swaps table and caches together, so a reader in another thread sees
        # either the old state or the new one, never new overrides with stale cached answers.
        self._state = _State(table, frozenset(complete_years))

    @property
    def complete_years(self) -> frozenset[int]:
        """The years the hall declared complete in its own table."""
        return self._state.complete_years

    def day_info(self, d: date) -> DayInfo:
        """Everything known about day ``d`` (a datetime counts as its date)."""
        return self._info(_as_date(d), self._state)

    def is_working_day(self, d: date) -> bool:
        """Whether the hall works on ``d`` (make-up Saturdays included)."""
        table, index = self._locate(_as_date(d), self._state)
        return table.working[index]

    def is_provisional(self, d: date) -> bool:
        """Whether the answer for ``d`` comes from the fallback rules and may still change."""
        table, index = self._locate(_as_date(d), self._state)
        return table.provisional[index]

    def add_working_days(self, start: date | datetime, n: int) -> date:
        """The ``n``-th working day after ``start``'s date: the due date of an ``n``-day limit.

        ``n == 0`` gives ``start`` itself when it is a working day, else the next working day
        (the due date of a 即办件 received on a holiday).  A datetime counts from its date, the
        time of day being ignored: a limit runs to the end of its last working day.
        """
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        state = self._state
        day = _as_date(start)
        table, index = self._locate(day, state)
        remaining = n
        if n == 0:
            if table.working[index]:
                return day
            remaining = 1
        # Day by day, one year table at a time: a limit crossing into a year the package does
        # not know simply continues in the fallback's table.
        while True:
            index += 1
            if index == len(table.working):
                table, index = self._year_table(day.year + 1, state), 0
            day += _ONE_DAY
            if table.working[index]:
                remaining -= 1
                if not remaining:
                    return day

    def working_days_between(self, start: date, end: date) -> int:
        """Number of working days ``d`` with ``start < d <= end``; negative when ``end < start``.

        It is the inverse of :meth:`add_working_days` for ``n >= 1``: the working days used (or,
        with today as ``start`` and the due date as ``end``, still left) of a time limit.
        """
        start, end = _as_date(start), _as_date(end)
        if end < start:
            return -self.working_days_between(end, start)
        state = self._state
        start_table, start_index = self._locate(start, state)
        end_table, end_index = self._locate(end, state)
        if start.year == end.year:
            return end_table.prefix[end_index + 1] - start_table.prefix[start_index + 1]
        count = start_table.total - start_table.prefix[start_index + 1]
        for year in range(start.year + 1, end.year):
            count += self._year_table(year, state).total
        return count + end_table.prefix[end_index + 1]

    def span_is_provisional(self, start: date, end: date) -> bool:
        """Whether any day of ``[start, end]`` is provisional (in either order of the bounds).

        A deadline counted across such a day may move once that year's arrangement is known.
        """
        start, end = sorted((_as_date(start), _as_date(end)))
        state = self._state
        for year in range(start.year, end.year + 1):
            table = self._year_table(year, state)
            first = (start - date(year, 1, 1)).days if year == start.year else 0
            last = (end - date(year, 1, 1)).days if year == end.year else len(table.working) - 1
            if any(table.provisional[first : last + 1]):
                return True
        return False

    def years_covered_by_package(self) -> range:
        """The years the installed chinese-calendar release has official data for.

        Read from the package at run time, so that the UI can warn when the current or next year
        is missing and the package (or the override table) needs updating.
        """
        return _package_years()

    # The private helpers take the state explicitly so that one public call works on one
    # consistent snapshot even if set_overrides runs meanwhile.

    def _info(self, d: date, state: _State) -> DayInfo:
        info = state.infos.get(d)
        if info is None:
            base = _base_info(d)
            if base.source == SOURCE_FALLBACK and d.year in state.complete_years:
                base = DayInfo(d, base.is_working, False, SOURCE_CONFIRMED, base.name)
            override = state.overrides.get(d)
            info = base if override is None else _override_info(override, base)
            state.infos[d] = info
        return info

    def _locate(self, d: date, state: _State) -> tuple[_YearTable, int]:
        return self._year_table(d.year, state), (d - date(d.year, 1, 1)).days

    def _year_table(self, year: int, state: _State) -> _YearTable:
        table = state.years.get(year)
        if table is None:
            first = date(year, 1, 1)
            days = (date(year, 12, 31) - first).days + 1
            infos = [self._info(first + timedelta(days=i), state) for i in range(days)]
            working = [info.is_working for info in infos]
            prefix = [0]
            for flag in working:
                prefix.append(prefix[-1] + flag)
            table = _YearTable(working, [info.provisional for info in infos], prefix)
            state.years[year] = table
        return table


_default_calendar = WorkCalendar()


def is_working_day(d: date) -> bool:
    """:meth:`WorkCalendar.is_working_day` on a calendar without the hall's overrides."""
    return _default_calendar.is_working_day(d)


def add_working_days(start: date | datetime, n: int) -> date:
    """:meth:`WorkCalendar.add_working_days` on a calendar without the hall's overrides."""
    return _default_calendar.add_working_days(start, n)


def working_days_between(a: date, b: date) -> int:
    """:meth:`WorkCalendar.working_days_between` on a calendar without the hall's overrides."""
    return _default_calendar.working_days_between(a, b)
