"""How clerks read dates and times, on every page: one format, here and nowhere else.

- a date: ``2026-11-16``; a time: ``09:30``; a moment: ``2026-11-16 09:30``
  (the audit trail adds seconds: ``2026-11-16 09:30:05``);
- a weekday: ``周一`` (after a date when the day of the week matters: ``2026-11-16 周一``).

Before this module the lists showed three formats (``11-16 09:30`` in the register and the
appointment book, ``2026-11-16 09:30`` in the notices and people pages, ``11-16`` for due
dates), so the same handover read differently on two pages; the year is kept because the
lists reach back over years (``全部``) and the ledgers and exports print it too.

The only shortcut is the board's: when someone is expected back (or left) it says
``今天 11:30`` / ``明天 08:30`` / ``昨天 17:00`` — what a clerk says aloud to a visitor —
and any other day reads in the one format (:func:`relative_text`). Nowhere else uses the
shortcuts, so nowhere else may.

Long written dates (``2026年11月23日``) belong to the printed papers
(desk.printing.templates.cn_date); dialogs that preview a slip quote them as printed.
"""

from __future__ import annotations

from datetime import date, datetime, time

WEEKDAYS = "一二三四五六日"


def date_text(value: date | None) -> str:
    """``2026-11-16``; a datetime shows its date only; None is empty."""
    return "" if value is None else f"{value:%Y-%m-%d}"


def time_text(value: time | datetime | None) -> str:
    """``09:30``."""
    return "" if value is None else f"{value:%H:%M}"


def datetime_text(value: datetime | None, *, seconds: bool = False) -> str:
    """``2026-11-16 09:30`` (``2026-11-16 09:30:05`` with seconds); None is empty."""
    if value is None:
        return ""
    return f"{value:%Y-%m-%d %H:%M:%S}" if seconds else f"{value:%Y-%m-%d %H:%M}"


def weekday_text(value: date) -> str:
    """``周一``."""
    return f"周{WEEKDAYS[value.weekday()]}"


def relative_text(at: datetime | None, now: datetime) -> str:
    """The board's ``今天 11:30`` / ``明天 08:30`` / ``昨天 17:00``, else ``2026-11-24 08:30``."""
    if at is None:
        return ""
    days = (at.date() - now.date()).days
    word = {0: "今天", 1: "明天", -1: "昨天"}.get(days)
    return f"{word} {time_text(at)}" if word else datetime_text(at)


def cell_text(value: object) -> str:
    """How a value reads in a table cell: dates and times as above, True as 是, None empty."""
    if value is None:
        return ""
    if isinstance(value, datetime):  # before date: a datetime is a date too
        return datetime_text(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, time):
        return time_text(value)
    if isinstance(value, bool):
        return "是" if value else ""
    return str(value)
