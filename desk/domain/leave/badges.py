"""What the leave puts on the board: approved leave still ahead, per person (badge)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.db.models import LeaveRequest
from desk.domain.board.rows import BadgeProvider
from desk.domain.common.codes import LeaveState


def _planned(s: Session, now: datetime) -> dict[int, int]:
    """Approved requests not begun yet, per person ("已批请假")."""
    q = (
        select(LeaveRequest.staff_id, func.count())
        .where(
            LeaveRequest.state == LeaveState.APPROVED.value,
            LeaveRequest.applied_at.is_(None),
            LeaveRequest.starts_at > now,
        )
        .group_by(LeaveRequest.staff_id)
    )
    return dict(s.execute(q).all())


def _pending(s: Session, _now: datetime) -> dict[int, int]:
    """Requests waiting for approval, per person ("请假待批")."""
    q = (
        select(LeaveRequest.staff_id, func.count())
        .where(LeaveRequest.state == LeaveState.PENDING.value)
        .group_by(LeaveRequest.staff_id)
    )
    return dict(s.execute(q).all())


BADGES: dict[str, BadgeProvider] = {"leave_planned": _planned, "leave_pending": _pending}
