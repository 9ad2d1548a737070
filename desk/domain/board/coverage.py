"""A/B post rules (AB岗 / 同岗替代): who serves a post now, and which absences collide.

Pure functions over small value objects, so the rules are tested without a database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from desk.domain.common.codes import ServingRole, Status


@dataclass(frozen=True)
class PostHolders:
    post_id: int
    name: str
    department_id: int
    a_id: int | None
    b_id: int | None
    head_id: int | None = None


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
) -> Serving:
    """A if in post, else B (顶岗), else the department head, else a director in post.

    When nobody is in, the head (or the first director) is still named as the one the
    matter goes to, with role HEAD/DIRECTOR; only a hall with no head and no director
    yields NONE.
    """

    def present(staff_id: int | None) -> bool:
        return staff_id is not None and not status_of(staff_id).is_absent

    if present(post.a_id):
        return Serving(post.a_id, ServingRole.A)
    if present(post.b_id):
        return Serving(post.b_id, ServingRole.B)
    if post.head_id is not None and post.head_id not in (post.a_id, post.b_id):
        return Serving(post.head_id, ServingRole.HEAD)
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
