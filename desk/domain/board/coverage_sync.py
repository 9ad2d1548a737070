"""Keeps the 顶岗 (coverage) intervals in step with the board and the roster.

Called inside the write transaction that changed a status or a post's holders, so an
interval opens and closes in the same commit as the change that caused it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.db.models import CoverageInterval, Department, DesignatedCover, Post, WhereaboutsEntry
from desk.domain.board.coverage import PostHolders
from desk.domain.common.codes import Status


def current_statuses(s: Session, staff_ids: Iterable[int] | None = None) -> dict[int, Status]:
    q = select(WhereaboutsEntry.staff_id, WhereaboutsEntry.status).where(
        WhereaboutsEntry.ended_at.is_(None)
    )
    if staff_ids is not None:
        q = q.where(WhereaboutsEntry.staff_id.in_(list(staff_ids)))
    return {sid: Status.of(code) for sid, code in s.execute(q)}


def designations(s: Session, at: datetime, post_ids: Iterable[int] | None = None) -> dict[int, int]:
    """指定顶岗 in force at ``at``: {post id: designated staff id} (the latest named wins)."""
    q = select(DesignatedCover.post_id, DesignatedCover.staff_id).where(
        DesignatedCover.voided_at.is_(None),
        DesignatedCover.starts_at <= at,
        DesignatedCover.ends_at > at,
    )
    if post_ids is not None:
        q = q.where(DesignatedCover.post_id.in_(list(post_ids)))
    return dict(s.execute(q.order_by(DesignatedCover.created_at, DesignatedCover.id)).all())


def post_holders(
    s: Session,
    post_ids: Iterable[int] | None = None,
    active_only: bool = True,
    at: datetime | None = None,
) -> list[PostHolders]:
    """The posts' holders and heads; with ``at``, also who is designated for them then."""
    ids = list(post_ids) if post_ids is not None else None
    q = select(Post, Department.head_id).join(Department, Department.id == Post.department_id)
    if active_only:
        q = q.where(Post.active)
    if ids is not None:
        q = q.where(Post.id.in_(ids))
    q = q.order_by(Post.department_id, Post.sort_order, Post.id)
    designated = designations(s, at, ids) if at is not None else {}
    return [
        PostHolders(p.id, p.name, p.department_id, p.a_id, p.b_id, head_id, designated.get(p.id))
        for p, head_id in s.execute(q)
    ]


def sync_posts(s: Session, post_ids: Iterable[int], now: datetime) -> None:
    ids = list(post_ids)
    if not ids:
        return
    posts = {p.id: p for p in s.scalars(select(Post).where(Post.id.in_(ids)))}
    designated = designations(s, now, ids)
    people = {pid for p in posts.values() for pid in (p.a_id, p.b_id) if pid is not None}
    status = current_statuses(s, people | set(designated.values()))
    open_rows = {
        iv.post_id: iv
        for iv in s.scalars(
            select(CoverageInterval).where(
                CoverageInterval.post_id.in_(ids), CoverageInterval.ended_at.is_(None)
            )
        )
    }
    for post_id in ids:
        post = posts.get(post_id)
        desired: tuple[int, int | None, str] | None = None
        a_absent = (
            post is not None
            and post.active
            and post.a_id is not None
            and status.get(post.a_id, Status.IN_POST).is_absent
        )
        if post is not None and a_absent and post.a_id is not None:
            b_present = (
                post.b_id is not None and not status.get(post.b_id, Status.IN_POST).is_absent
            )
            third = designated.get(post_id)
            third_present = third is not None and not status.get(third, Status.IN_POST).is_absent
            if b_present:
                desired = (post.a_id, post.b_id, "b")
            elif third_present:
                desired = (post.a_id, third, "designated")
            else:
                desired = (post.a_id, None, "none")
        current = open_rows.get(post_id)
        if current is not None and desired == (
            current.absent_id,
            current.covering_id,
            current.kind,
        ):
            continue
        if current is not None:
            current.ended_at = now
        if desired is not None:
            absent, covering, kind = desired
            s.add(
                CoverageInterval(
                    post_id=post_id,
                    absent_id=absent,
                    covering_id=covering,
                    kind=kind,
                    started_at=now,
                )
            )


def sync_for_staff(s: Session, staff_id: int, now: datetime) -> None:
    """After a status change: the posts the person holds, and those they are designated for."""
    ids = set(
        s.scalars(select(Post.id).where(or_(Post.a_id == staff_id, Post.b_id == staff_id))).all()
    )
    ids |= {post for post, person in designations(s, now).items() if person == staff_id}
    sync_posts(s, sorted(ids), now)
