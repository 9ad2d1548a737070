"""What every domain service needs: the database, the clock, the calendar, the operator."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from desk.db.engine import Database, StorageError
from desk.domain.calendar.workdays import WorkCalendar
from desk.domain.common.clock import Clock, SystemClock
from desk.domain.common.errors import StorageFailure

T = TypeVar("T")


@dataclass
class Context:
    db: Database
    clock: Clock = field(default_factory=SystemClock)
    calendar: WorkCalendar = field(default_factory=WorkCalendar)
    # The operator signed in at this desk; every record written stores it.
    operator_id: int | None = None

    def now(self) -> datetime:
        return self.clock.now()

    def write(self, fn: Callable[[Session], T]) -> T:
        """One transaction stamped with the current operator and the clock's time."""
        try:
            return self.db.write(fn, operator_id=self.operator_id, now=self.now())
        except StorageError as exc:
            # A DomainError, so every form shows it like a rule's refusal and stays open.
            raise StorageFailure(str(exc)) from exc
