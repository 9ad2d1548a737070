"""The board's rows: everyone active, their whereabouts, posts, who covers, and badges.

It runs on every refresh of every desk, so it reads plain columns (no ORM objects) with
one indexed query per table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import CoverageInterval, Department, Post, Staff, WhereaboutsEntry
from desk.domain.board.coverage import PostHolders, Serving, who_serves
from desk.domain.board.views import BoardRow, PostRole
from desk.domain.common.codes import ServingRole, Status

_STATUS = {status.value: status for status in Status}

BadgeProvider = Callable[[Session, datetime], dict[int, int]]


def _fallback_text(serving: Serving, names: dict[int, str]) -> str:
    """Who answers for a post nobody of it serves, as the board shows it."""
    if serving.role in (ServingRole.HEAD, ServingRole.DIRECTOR) and serving.staff_id:
        return f"{serving.role.label}{names.get(serving.staff_id, '')}"
    return ""


def board_rows(
    s: Session, now: datetime, badge_providers: Mapping[str, BadgeProvider]
) -> list[BoardRow]:
    """Everything the board shows, in department then staff order."""
    dept_columns = (Department.id, Department.name, Department.sort_order)
    depts = {d.id: d for d in s.execute(select(*dept_columns, Department.head_id))}
    people = s.execute(
        select(
            Staff.id,
            Staff.name,
            Staff.department_id,
            Staff.title,
            Staff.duties,
            Staff.is_director,
            Staff.sort_order,
            Staff.created_at,
        )
        .where(Staff.active)
        .order_by(Staff.department_id, Staff.sort_order, Staff.id)
    ).all()
    names = {p.id: p.name for p in people}
    we = WhereaboutsEntry
    entries = {
        e.staff_id: e
        for e in s.execute(
            select(
                we.id,
                we.row_version,
                we.staff_id,
                we.status,
                we.status_text,
                we.place,
                we.contact_phone,
                we.started_at,
                we.expected_return,
                we.leave_request_id,
            ).where(we.ended_at.is_(None))
        )
    }
    covering = {
        post_id: (covering_id, kind)
        for post_id, covering_id, kind in s.execute(
            select(
                CoverageInterval.post_id, CoverageInterval.covering_id, CoverageInterval.kind
            ).where(CoverageInterval.ended_at.is_(None))
        )
    }
    statuses = {sid: _STATUS[e.status] for sid, e in entries.items()}

    def status_of(staff_id: int) -> Status:
        return statuses.get(staff_id, Status.IN_POST)

    directors = [p.id for p in people if p.is_director]
    roles: dict[int, list[PostRole]] = defaultdict(list)
    for post in s.execute(
        select(Post.id, Post.name, Post.department_id, Post.a_id, Post.b_id)
        .where(Post.active)
        .order_by(Post.sort_order, Post.id)
    ):
        if post.a_id is not None:
            cover, kind = covering.get(post.id, (None, ""))
            fallback = ""
            if not cover and status_of(post.a_id).is_absent:
                dept = depts.get(post.department_id)
                holders = PostHolders(
                    post.id,
                    post.name,
                    post.department_id,
                    post.a_id,
                    post.b_id,
                    dept.head_id if dept else None,
                )
                fallback = _fallback_text(who_serves(holders, status_of, directors), names)
            roles[post.a_id].append(
                PostRole(
                    post.id,
                    post.name,
                    "A",
                    names.get(cover, "") if cover else "",
                    fallback,
                    cover_kind=kind if cover else "",
                )
            )
        if post.b_id is not None:
            roles[post.b_id].append(PostRole(post.id, post.name, "B"))
        third, kind = covering.get(post.id, (None, ""))
        if kind == "designated" and third is not None:
            # Serving the post now (A and B away): the person's row says so.
            roles[third].append(PostRole(post.id, post.name, PostRole.DESIGNATED))
    badges: dict[int, dict[str, int]] = defaultdict(dict)
    for badge, provider in badge_providers.items():
        for staff_id, count in provider(s, now).items():
            if count:
                badges[staff_id][badge] = count
    rows = []
    order = {d.id: (d.sort_order, d.id) for d in depts.values()}
    for p in sorted(people, key=lambda p: (order.get(p.department_id, (0, 0)), p.sort_order, p.id)):
        e = entries.get(p.id)
        status = _STATUS[e.status] if e else Status.IN_POST
        expected = e.expected_return if e else None
        rows.append(
            BoardRow(
                staff_id=p.id,
                name=p.name,
                department_id=p.department_id,
                department=depts[p.department_id].name if p.department_id in depts else "",
                title=p.title,
                duties=p.duties,
                status=status,
                status_text=e.status_text if e else "",
                place=e.place if e else "",
                contact_phone=e.contact_phone if e else "",
                since=e.started_at if e else p.created_at,
                expected_return=expected,
                return_overdue=bool(status.is_absent and expected and expected < now),
                posts=tuple(roles.get(p.id, ())),
                badges=badges.get(p.id, {}),
                leave_request_id=e.leave_request_id if e else None,
                entry_id=e.id if e else None,
                entry_version=e.row_version if e else 0,
            )
        )
    return rows
