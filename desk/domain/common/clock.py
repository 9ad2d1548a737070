"""Injectable time: the domain asks a Clock, never datetime.now(), so tests control time."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """Local wall-clock time, to the second (ledgers do not need microseconds)."""

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)


class FixedClock:
    """A clock tests set and advance by hand."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at

    def set(self, at: datetime) -> None:
        self.at = at

    def advance(self, **delta: float) -> datetime:
        self.at += timedelta(**delta)
        return self.at

    def today(self) -> date:
        return self.at.date()
