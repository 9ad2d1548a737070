"""Statutory public holidays (法定节假日) computed from rules, for years nobody has published yet.

The State Council announces each year's arrangement (放假安排, with its 调休 make-up working
days) around November of the year before, and the ``chinese-calendar`` package picks it up in a
later release.  For a year that neither the hall's own table nor the package knows, the working
calendar falls back to the fixed holidays of 《全国年节及纪念日放假办法》 as amended in 2024
(effective 2025), computed here:

========  ========================================  =====
元旦      1 January                                 1 day
春节      除夕 and 正月初一 … 初三                  4 days
清明节    the day of the 清明 solar term            1 day
劳动节    1–2 May                                   2 days
端午节    五月初五                                  1 day
中秋节    八月十五                                  1 day
国庆节    1–3 October                               3 days
========  ========================================  =====

What is deliberately *not* here: the yearly 调休 (make-up working weekends and the bridging days
they buy) and the 补休 for a holiday falling on a weekend.  Those are decided afresh every year and
cannot be derived; guessing them would put wrong deadlines on paper.  Days computed from these
rules are therefore always reported as provisional by :mod:`desk.domain.calendar.workdays`.

The same rules are applied to any year outside the package's range, including years before 2025
when the holidays were shorter; such years only matter for data typed in by mistake.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from lunardate import LunarDate

NEW_YEAR = "元旦"
SPRING_FESTIVAL = "春节"
QINGMING = "清明节"
LABOUR_DAY = "劳动节"
DRAGON_BOAT = "端午节"
MID_AUTUMN = "中秋节"
NATIONAL_DAY = "国庆节"

# chinese-calendar names its holidays in English; these are the names the desk shows.
PACKAGE_HOLIDAY_NAMES: dict[str, str] = {
    "New Year's Day": NEW_YEAR,
    "Spring Festival": SPRING_FESTIVAL,
    "Tomb-sweeping Day": QINGMING,
    "Labour Day": LABOUR_DAY,
    "Dragon Boat Festival": DRAGON_BOAT,
    "Mid-autumn Festival": MID_AUTUMN,
    "National Day": NATIONAL_DAY,
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


def chinese_holiday_name(package_name: str) -> str:
    """Translate a holiday name as chinese-calendar spells it into the Chinese name shown on screen.

    Unknown names (a future package release may add a special holiday) are asked of the package's
    own ``Holiday`` enum and otherwise passed through unchanged rather than dropped.
    """
    known = PACKAGE_HOLIDAY_NAMES.get(package_name)
    if known is not None:
        return known
    try:
        from chinese_calendar import Holiday

        return str(Holiday(package_name).chinese)
    except (ImportError, ValueError, AttributeError):
        return package_name


def qingming_day(year: int) -> date | None:
    """Date of the 清明 solar term in ``year`` (4 or 5 April in this century).

    Uses the 寿星 formula for the 21st century, ``[Y·0.2422 + 4.81] − [Y/4]`` with Y the last two
    digits of the year; it has no known exception for 清明 between 2000 and 2099.  Returns ``None``
    outside that century, where the formula's constant does not hold.
    """
    if not 2000 <= year <= 2099:
        return None
    y = year % 100
    return date(year, 4, int(y * 0.2422 + 4.81) - y // 4)


def _lunar_to_solar(year: int, month: int, day: int) -> date:
    lunar = LunarDate(year, month, day)
    # lunardate 0.3 renamed toSolarDate and warns on the old name; 0.2.x only has the old one.
    convert = getattr(lunar, "to_solar_date", None) or lunar.toSolarDate
    return convert()


@lru_cache(maxsize=64)
def statutory_holidays(year: int) -> dict[date, str]:
    """The statutory holidays of ``year`` by the 2025 rules, mapped to their names.

    Weekends are not included (the caller treats them as off anyway), nor any 调休 or 补休
    (see the module docstring).  When two festivals share a day (中秋 on 1 October happens) the
    names are joined with "、".  Lunar festivals are left out for years the ``lunardate`` package
    cannot convert (outside 1900–2099).  The returned dict is shared: do not modify it.
    """
    days: dict[date, list[str]] = {}

    def put(d: date, name: str) -> None:
        if d.year == year:
            days.setdefault(d, []).append(name)

    put(date(year, 1, 1), NEW_YEAR)
    put(date(year, 5, 1), LABOUR_DAY)
    put(date(year, 5, 2), LABOUR_DAY)
    for day in (1, 2, 3):
        put(date(year, 10, day), NATIONAL_DAY)

    qingming = qingming_day(year)
    if qingming is not None:
        put(qingming, QINGMING)

    try:
        new_year = _lunar_to_solar(year, 1, 1)
        dragon_boat = _lunar_to_solar(year, 5, 5)
        mid_autumn = _lunar_to_solar(year, 8, 15)
    except ValueError:
        pass  # year outside lunardate's table: only the Gregorian-dated holidays apply
    else:
        for offset in range(-1, 3):  # 除夕 (the eve) through 初三
            put(new_year + timedelta(days=offset), SPRING_FESTIVAL)
        put(dragon_boat, DRAGON_BOAT)
        put(mid_autumn, MID_AUTUMN)

    return {d: "、".join(names) for d, names in sorted(days.items())}
