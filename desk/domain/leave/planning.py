"""The A/B rule on planned dates, read from the store: who else is away when a leave is.

Planned absences of the other holder are their approved 请假单 (a closed one up to its
销假) and what the board says now (an open absence until its expected return, or open-ended
without one). The pure rule is :func:`desk.domain.board.coverage.planned_conflicts`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.db.models import LeaveRequest, Post, Staff, WhereaboutsEntry
from desk.domain.board import coverage_sync
from desk.domain.board.coverage import PlannedAbsence, planned_conflicts
from desk.domain.common.codes import LeaveState, Status
from desk.domain.duty.lookup import duty_days_of
from desk.domain.leave.rules import Hours, period_text
from desk.domain.leave.views import LeaveConflict

LIVE = (LeaveState.APPROVED.value, LeaveState.CLOSED.value)


def _md(at: datetime) -> str:
    return f"{at.month}月{at.day}日 {at:%H:%M}"


def planned_absences(
    s: Session,
    people: Iterable[int],
    start: datetime,
    end: datetime,
    hours: Hours,
    exclude_request: int | None = None,
) -> list[PlannedAbsence]:
    """Approved leave and board absences of these people that overlap [start, end)."""
    ids = list(people)
    if not ids:
        return []
    out: list[PlannedAbsence] = []
    q = select(LeaveRequest).where(
        LeaveRequest.staff_id.in_(ids),
        LeaveRequest.state.in_(LIVE),
        LeaveRequest.starts_at < end,
        LeaveRequest.ends_at > start,
    )
    if exclude_request is not None:
        q = q.where(LeaveRequest.id != exclude_request)
    for r in s.scalars(q):
        finish = r.closed_at if r.state == LeaveState.CLOSED.value else r.ends_at
        if finish is not None and finish <= start:
            continue
        when = period_text(r.starts_at, r.start_part, r.ends_at, r.end_part, hours)
        out.append(PlannedAbsence(r.staff_id, r.starts_at, finish, f"{when}已批准请假"))
    for e in s.scalars(
        select(WhereaboutsEntry).where(
            WhereaboutsEntry.staff_id.in_(ids),
            WhereaboutsEntry.ended_at.is_(None),
            WhereaboutsEntry.status != Status.IN_POST.value,
            or_(
                WhereaboutsEntry.expected_return.is_(None), WhereaboutsEntry.expected_return > start
            ),
        )
    ):
        if e.leave_request_id is not None and e.leave_request_id != exclude_request:
            continue  # the leave itself is listed above
        status = Status.of(e.status)
        label = e.status_text if status is Status.OTHER and e.status_text else status.label
        until = f"预计{_md(e.expected_return)}返回" if e.expected_return else "未登记返回时间"
        out.append(
            PlannedAbsence(e.staff_id, e.started_at, e.expected_return, f"现{label}，{until}")
        )
    return out


def conflicts(
    s: Session,
    staff_id: int,
    start: datetime,
    end: datetime,
    hours: Hours,
    exclude_request: int | None = None,
) -> list[LeaveConflict]:
    """The posts a leave of ``staff_id`` from start to end would leave uncovered."""
    posts = [p for p in coverage_sync.post_holders(s) if staff_id in (p.a_id, p.b_id)]
    others = {p.b_id if p.a_id == staff_id else p.a_id for p in posts} - {None}
    away = planned_absences(
        s, (o for o in others if o is not None), start, end, hours, exclude_request
    )
    names = dict(s.execute(select(Staff.id, Staff.name)).all())
    return [
        LeaveConflict(
            c.post.post_id, c.post.name, c.other_id, names.get(c.other_id or 0, ""), c.what
        )
        for c in planned_conflicts(staff_id, start, end, posts, away)
    ]


def duty_days(s: Session, staff_id: int, start: datetime, end: datetime) -> list[date]:
    """The days within the leave on which the person is 值班领导."""
    last = (end - timedelta(microseconds=1)).date()
    return duty_days_of(s, staff_id, start.date(), last)


def own_overlap(
    s: Session, staff_id: int, start: datetime, end: datetime, exclude: int | None
) -> LeaveRequest | None:
    """The person's own pending or approved request that overlaps, if any."""
    q = select(LeaveRequest).where(
        LeaveRequest.staff_id == staff_id,
        LeaveRequest.state.in_((LeaveState.PENDING.value, LeaveState.APPROVED.value)),
        LeaveRequest.starts_at < end,
        LeaveRequest.ends_at > start,
    )
    if exclude is not None:
        q = q.where(LeaveRequest.id != exclude)
    return s.scalars(q.limit(1)).first()


def handover_others(s: Session, staff_id: int) -> list[tuple[str, str]]:
    """(post, B's name) for the posts the person holds as A with a B: whom the 交接 is for."""
    names = dict(s.execute(select(Staff.id, Staff.name)).all())
    return [
        (p.name, names.get(p.b_id, ""))
        for p in s.scalars(
            select(Post)
            .where(Post.active, Post.a_id == staff_id, Post.b_id.is_not(None))
            .order_by(Post.sort_order, Post.id)
        )
        if p.b_id is not None
    ]


def a_posts(s: Session, staff_id: int) -> list[tuple[str, int | None]]:
    """(post, B id) for the posts the person holds as A (B id None: the post has no B)."""
    return [
        (p.name, p.b_id)
        for p in s.scalars(
            select(Post).where(Post.active, Post.a_id == staff_id).order_by(Post.sort_order)
        )
    ]


def posts_text(s: Session, staff_id: int) -> str:
    """ "民政救助（A岗）、低保审核（B岗）" for the slip and the lists."""
    parts = []
    for p in s.scalars(select(Post).where(Post.active).order_by(Post.sort_order, Post.id)):
        if p.a_id == staff_id:
            parts.append(f"{p.name}（A岗）")
        elif p.b_id == staff_id:
            parts.append(f"{p.name}（B岗）")
    return "、".join(parts)
