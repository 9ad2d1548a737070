"""A/B rules as pure functions: who serves a post, and which absences collide (DOMAIN §2)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.domain.board.coverage import PostHolders, Serving, absence_conflicts, who_serves
from desk.domain.common.codes import ServingRole, Status

A, B, HEAD, DIRECTOR, OTHER_DIRECTOR = 1, 2, 3, 9, 10
IN, OUT = Status.IN_POST, Status.MEETING


def statuses(**absent: bool):
    ids = {"a": A, "b": B, "head": HEAD, "director": DIRECTOR, "other": OTHER_DIRECTOR}
    out = {ids[k] for k, v in absent.items() if v}
    return lambda staff_id: OUT if staff_id in out else IN


POST = PostHolders(7, "民政救助", 1, A, B, HEAD)


# The decision table: A in / B in / head named / directors → who answers, in which capacity.
@pytest.mark.parametrize(
    ("a_out", "b_out", "head", "directors", "expected"),
    [
        (False, False, HEAD, [DIRECTOR], Serving(A, ServingRole.A)),
        (False, True, HEAD, [DIRECTOR], Serving(A, ServingRole.A)),
        (True, False, HEAD, [DIRECTOR], Serving(B, ServingRole.B)),
        (True, True, HEAD, [DIRECTOR], Serving(HEAD, ServingRole.HEAD)),
        (True, True, None, [DIRECTOR], Serving(DIRECTOR, ServingRole.DIRECTOR)),
        (True, True, None, [], Serving(None, ServingRole.NONE)),
        # The head who is the post's own A or B is no fallback: the director is.
        (True, True, A, [DIRECTOR], Serving(DIRECTOR, ServingRole.DIRECTOR)),
    ],
)
def test_who_serves_decision_table(a_out, b_out, head, directors, expected) -> None:
    post = PostHolders(7, "民政救助", 1, A, B, head)
    assert who_serves(post, statuses(a=a_out, b=b_out), directors) == expected


def test_a_director_in_post_is_preferred_to_one_who_is_out() -> None:
    post = PostHolders(7, "民政救助", 1, A, B, None)
    status = statuses(a=True, b=True, director=True)
    assert who_serves(post, status, [DIRECTOR, OTHER_DIRECTOR]) == Serving(
        OTHER_DIRECTOR, ServingRole.DIRECTOR
    )
    everyone_out = statuses(a=True, b=True, director=True, other=True)
    # Nobody in at all: the first director is still named, so the matter has an owner.
    assert who_serves(post, everyone_out, [DIRECTOR, OTHER_DIRECTOR]).staff_id == DIRECTOR


def test_post_without_b() -> None:
    post = PostHolders(7, "残联", 1, A, None, HEAD)
    assert who_serves(post, statuses(a=True), [DIRECTOR]) == Serving(HEAD, ServingRole.HEAD)
    assert absence_conflicts(A, [post], statuses()) == []


def test_absence_conflicts_only_for_a_post_whose_other_holder_is_out() -> None:
    posts = [
        PostHolders(1, "民政救助", 1, A, B),
        PostHolders(2, "低保审核", 1, B, A),
        PostHolders(3, "医疗保险", 2, 5, 6),
    ]
    assert absence_conflicts(A, posts, statuses()) == []
    assert absence_conflicts(A, posts, statuses(b=True)) == posts[:2]
    assert absence_conflicts(5, posts, statuses(b=True)) == []
    assert absence_conflicts(99, posts, statuses(a=True, b=True)) == []


holders = st.one_of(st.none(), st.sampled_from([A, B, HEAD]))
status_values = st.sampled_from(list(Status))


@given(
    a=holders,
    b=holders,
    head=st.one_of(st.none(), st.just(HEAD)),
    directors=st.lists(st.sampled_from([DIRECTOR, OTHER_DIRECTOR]), unique=True, max_size=2),
    states=st.dictionaries(st.sampled_from([A, B, HEAD, DIRECTOR, OTHER_DIRECTOR]), status_values),
)
def test_who_serves_invariants(a, b, head, directors, states) -> None:
    post = PostHolders(1, "岗位", 1, a, b, head)

    def status_of(i: int) -> Status:
        return states.get(i, Status.IN_POST)

    def present(i: int | None) -> bool:
        return i is not None and not status_of(i).is_absent

    serving = who_serves(post, status_of, directors)
    # A present A always serves; B only when A is not present; never someone absent
    # while a present A or B exists.
    if present(a):
        assert serving == Serving(a, ServingRole.A)
    elif present(b):
        assert serving == Serving(b, ServingRole.B)
    else:
        assert serving.role in (ServingRole.HEAD, ServingRole.DIRECTOR, ServingRole.NONE)
        assert serving.role is not ServingRole.NONE or (head in (None, a, b) and not directors)
    assert (serving.staff_id is None) == (serving.role is ServingRole.NONE)


@given(
    me=st.sampled_from([A, B]),
    other_status=status_values,
    posts=st.lists(st.tuples(st.sampled_from([A, B, 5]), st.sampled_from([A, B, 6])), max_size=5),
)
def test_absence_conflicts_invariant(me, other_status, posts) -> None:
    """A post clashes exactly when `me` holds it and its other holder is absent."""
    holders_list = [PostHolders(i, f"岗{i}", 1, a, b) for i, (a, b) in enumerate(posts)]

    def status_of(i: int) -> Status:
        return Status.IN_POST if i == me else other_status

    clashes = absence_conflicts(me, holders_list, status_of)
    for post in holders_list:
        other = post.b_id if post.a_id == me else post.a_id if post.b_id == me else None
        holds = me in (post.a_id, post.b_id)
        expected = holds and other is not None and status_of(other).is_absent
        assert (post in clashes) == expected
