"""Who is 值班领导 on a date: the one query other contexts need (routing, the board, leave).

Kept apart from the roster service so that the board and routing can ask it without
loading the rest of the duty package.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import DutyAssignment, Staff


def leader_on(s: Session, day: date) -> int | None:
    """The staff id of the day's duty leader (None when the day has no leader on the roster)."""
    return s.scalar(
        select(DutyAssignment.leader_id)
        .join(Staff, Staff.id == DutyAssignment.leader_id)
        .where(DutyAssignment.day == day, Staff.active)
    )


def leaders_on(s: Session, days: Iterable[date]) -> dict[date, int]:
    """{day: leader id} for the days that have one."""
    wanted = list(days)
    if not wanted:
        return {}
    q = select(DutyAssignment.day, DutyAssignment.leader_id).where(DutyAssignment.day.in_(wanted))
    return dict(s.execute(q).all())


def duty_days_of(s: Session, staff_id: int, first: date, last: date) -> list[date]:
    """The days between first and last (inclusive) on which this person is duty leader."""
    q = (
        select(DutyAssignment.day)
        .where(
            DutyAssignment.leader_id == staff_id,
            DutyAssignment.day >= first,
            DutyAssignment.day <= last,
        )
        .order_by(DutyAssignment.day)
    )
    return list(s.scalars(q))
