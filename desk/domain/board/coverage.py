"""A/B post rules (AB岗 / 同岗替代): who serves a post now, and which absences collide.

Pure functions over small value objects, so the rules are tested without a database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from desk.domain.common.codes import ServingRole, Status


@dataclass(frozen=True)
class PostHolders:
    post_id: int
    name: str
    department_id: int
    a_id: int | None
    b_id: int | None
    head_id: int | None = None
    # 指定顶岗: the third person a leader named for the post for the present period.
    designated_id: int | None = None


@dataclass(frozen=True)
class Serving:
    """Who answers for a post right now, and in which capacity."""

    staff_id: int | None
    role: ServingRole

    @property
    def is_a(self) -> bool:
        return self.role is ServingRole.A


def who_serves(
    post: PostHolders,
    status_of: Callable[[int], Status],
    directors: Iterable[int] = (),
    duty_leader: int | None = None,
) -> Serving:
    """A if in post, else B (顶岗), else the person a leader designated (指定顶岗), else the
    department head, else today's duty leader in post, else a director in post.

    When nobody is in, the head (or the first director) is still named as the one the
    matter goes to, with role HEAD/DIRECTOR; only a hall with no head and no director
    yields NONE. This is the one place that says who serves a post: the board, routing,
    the 顶岗 records and reassignment all ask it.
    """

    def present(staff_id: int | None) -> bool:
        return staff_id is not None and not status_of(staff_id).is_absent

    if present(post.a_id):
        return Serving(post.a_id, ServingRole.A)
    if present(post.b_id):
        return Serving(post.b_id, ServingRole.B)
    if present(post.designated_id):
        return Serving(post.designated_id, ServingRole.DESIGNATED)
    if post.head_id is not None and post.head_id not in (post.a_id, post.b_id):
        return Serving(post.head_id, ServingRole.HEAD)
    if present(duty_leader) and duty_leader not in (post.a_id, post.b_id):
        return Serving(duty_leader, ServingRole.DUTY_LEADER)
    director_ids = list(directors)
    for d in director_ids:
        if present(d):
            return Serving(d, ServingRole.DIRECTOR)
    if director_ids:
        return Serving(director_ids[0], ServingRole.DIRECTOR)
    return Serving(None, ServingRole.NONE)


def absence_conflicts(
    staff_id: int,
    posts: Iterable[PostHolders],
    status_of: Callable[[int], Status],
) -> list[PostHolders]:
    """Posts that would have neither A nor B in post if staff_id went absent now."""
    clashes = []
    for post in posts:
        if staff_id == post.a_id:
            other = post.b_id
        elif staff_id == post.b_id:
            other = post.a_id
        else:
            continue
        if other is not None and status_of(other).is_absent:
            clashes.append(post)
    return clashes


# ---- the same rule on planned dates (请假) ---------------------------------------------


@dataclass(frozen=True)
class PlannedAbsence:
    """A stretch someone is (or will be) away: an approved leave, or the board's absence.

    ``end`` None means no return is known (an open-ended absence).
    """

    staff_id: int
    start: datetime
    end: datetime | None
    what: str  # "11月23日上午至11月25日下午已批准请假", "去向牌：病假，未登记返回时间"


@dataclass(frozen=True)
class PlannedConflict:
    """A post the planned absence would leave with neither A nor B."""

    post: PostHolders
    other_id: int | None
    # Why: the other holder's absence, or that the post has no B at all.
    what: str


def overlaps(absence: PlannedAbsence, start: datetime, end: datetime) -> bool:
    return absence.start < end and (absence.end is None or absence.end > start)


def planned_conflicts(
    staff_id: int,
    start: datetime,
    end: datetime,
    posts: Iterable[PostHolders],
    absences: Iterable[PlannedAbsence],
) -> list[PlannedConflict]:
    """Posts that would have neither A nor B if ``staff_id`` were away from start to end.

    The A/B rule of the board (:func:`absence_conflicts`) looked ahead: the other holder's
    approved leave or planned absence overlapping the period clashes, and so does a post
    without a B for its A (nobody could cover the planned leave).
    """
    away = list(absences)
    clashes = []
    for post in posts:
        if staff_id == post.a_id:
            other = post.b_id
            if other is None:
                clashes.append(PlannedConflict(post, None, "该岗位未设B岗，无人顶岗"))
                continue
        elif staff_id == post.b_id:
            other = post.a_id
        else:
            continue
        if other is None:
            continue
        hits = [a for a in away if a.staff_id == other and overlaps(a, start, end)]
        if hits:
            clashes.append(PlannedConflict(post, other, hits[0].what))
    return clashes
