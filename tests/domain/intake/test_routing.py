"""Every row of the routing decision table (desk.domain.intake.decisions), without a database."""

from __future__ import annotations

import pytest

from desk.domain.board.coverage import PostHolders
from desk.domain.common.codes import Channel, MatterKind, MatterScope, Outcome, ServingRole, Status
from desk.domain.intake.decisions import decide, handover_needed

A, B, HEAD, DIRECTOR, CLERK = 1, 2, 3, 4, 5
POST = PostHolders(post_id=10, name="民政救助", department_id=1, a_id=A, b_id=B, head_id=HEAD)


def statuses(**absent: Status):
    """status_of for the test people: everybody 在岗 except the ones named."""
    table = {A: "a", B: "b", HEAD: "head", DIRECTOR: "director", CLERK: "clerk"}

    def status_of(staff_id: int) -> Status:
        return absent.get(table[staff_id], Status.IN_POST)

    return status_of


def test_row1_outside_remit() -> None:
    d = decide(MatterScope.OUTSIDE, None, statuses(), CLERK)
    assert d.outcome is Outcome.OUTSIDE
    assert not d.handover_required and d.recipient_id is None


def test_row2_other_department() -> None:
    d = decide(MatterScope.OTHER_DEPARTMENT, None, statuses(), CLERK)
    assert d.outcome is Outcome.REFERRED
    assert not d.handover_required and d.recipient_id is None


def test_row3_no_post_goes_to_department_head_else_director() -> None:
    d = decide(MatterScope.UNASSIGNED, None, statuses(), CLERK, head_id=HEAD)
    assert d.outcome is Outcome.NOTICE
    assert (d.recipient_id, d.recipient_role) == (HEAD, ServingRole.HEAD)
    assert not d.handover_required
    d = decide(MatterScope.UNASSIGNED, None, statuses(), CLERK, directors=[DIRECTOR])
    assert (d.recipient_id, d.recipient_role) == (DIRECTOR, ServingRole.DIRECTOR)
    d = decide(MatterScope.UNASSIGNED, None, statuses(), CLERK)
    assert d.recipient_id is None and d.recipient_role is ServingRole.NONE


@pytest.mark.parametrize("holder", [A, B])
def test_row4_first_contact_holds_the_post(holder: int) -> None:
    d = decide(MatterScope.POST, POST, statuses(), holder)
    assert d.by_first_contact
    assert d.outcome is Outcome.HANDLED
    assert not d.handover_required


def test_row4_head_answering_while_a_and_b_are_out() -> None:
    d = decide(MatterScope.POST, POST, statuses(a=Status.TRIP, b=Status.SICK), HEAD)
    assert d.by_first_contact and d.responsible_absent
    assert d.outcome is Outcome.HANDLED
    assert not d.handover_required
    assert not handover_needed(Outcome.NOTICE, d)


def test_row5_a_in_post() -> None:
    d = decide(MatterScope.POST, POST, statuses(), CLERK)
    assert d.serving.role is ServingRole.A and d.serving.staff_id == A
    assert d.outcome is Outcome.HANDLED
    assert not d.responsible_absent and not d.handover_required
    assert (d.recipient_id, d.recipient_role) == (A, ServingRole.A)


def test_row6_a_absent_b_covers_without_a_prompt() -> None:
    d = decide(MatterScope.POST, POST, statuses(a=Status.MEETING), CLERK)
    assert d.serving.role is ServingRole.B and d.serving.staff_id == B
    assert d.outcome is Outcome.HANDLED
    assert not d.responsible_absent and not d.handover_required
    assert (d.recipient_id, d.recipient_role) == (B, ServingRole.B)
    assert not handover_needed(Outcome.NOTICE, d)


def test_row7_a_and_b_absent_goes_to_department_head() -> None:
    d = decide(MatterScope.POST, POST, statuses(a=Status.MEETING, b=Status.LEAVE), CLERK)
    assert d.outcome is Outcome.HANDOVER
    assert d.responsible_absent and d.handover_required
    assert (d.recipient_id, d.recipient_role) == (HEAD, ServingRole.HEAD)


def test_row7_head_named_even_when_absent_too() -> None:
    d = decide(
        MatterScope.POST, POST, statuses(a=Status.MEETING, b=Status.LEAVE, head=Status.TRIP), CLERK
    )
    assert (d.recipient_id, d.recipient_role) == (HEAD, ServingRole.HEAD)


def test_row8_no_head_goes_to_director() -> None:
    post = PostHolders(10, "民政救助", 1, A, B, head_id=None)
    d = decide(
        MatterScope.POST, post, statuses(a=Status.TRIP, b=Status.SICK), CLERK, directors=[DIRECTOR]
    )
    assert d.outcome is Outcome.HANDOVER and d.handover_required
    assert (d.recipient_id, d.recipient_role) == (DIRECTOR, ServingRole.DIRECTOR)


def test_row9_nobody_to_name_goes_back_to_a() -> None:
    post = PostHolders(10, "民政救助", 1, A, B, head_id=None)
    d = decide(MatterScope.POST, post, statuses(a=Status.TRIP, b=Status.SICK), CLERK)
    assert d.outcome is Outcome.HANDOVER and d.handover_required
    assert (d.recipient_id, d.recipient_role) == (A, ServingRole.A)
    only_b = PostHolders(10, "民政救助", 1, None, B, head_id=None)
    d = decide(MatterScope.POST, only_b, statuses(b=Status.SICK), CLERK)
    assert (d.recipient_id, d.recipient_role) == (B, ServingRole.B)


@pytest.mark.parametrize(
    ("channel", "kind", "expected"),
    [
        (Channel.VISIT, None, Outcome.HANDLED),
        (Channel.VISIT, MatterKind.INSTANT, Outcome.HANDLED),
        (Channel.VISIT, MatterKind.PROMISED, Outcome.NOTICE),
        (Channel.PHONE, MatterKind.INSTANT, Outcome.NOTICE),
        (Channel.LETTER, None, Outcome.NOTICE),
        (Channel.ONLINE, MatterKind.INSTANT, Outcome.NOTICE),
    ],
)
def test_own_outcome_depends_on_channel_and_kind(
    channel: Channel, kind: MatterKind | None, expected: Outcome
) -> None:
    d = decide(MatterScope.POST, POST, statuses(), CLERK, channel=channel, kind=kind)
    assert d.outcome is expected


def test_handover_needed_by_outcome() -> None:
    absent = decide(MatterScope.POST, POST, statuses(a=Status.TRIP, b=Status.TRIP), CLERK)
    present = decide(MatterScope.POST, POST, statuses(), CLERK)
    assert handover_needed(Outcome.HANDOVER, absent)
    assert handover_needed(Outcome.NOTICE, absent)
    assert handover_needed(Outcome.HANDOVER, present)  # a 转交 is always recorded
    assert not handover_needed(Outcome.NOTICE, present)
    for outcome in (Outcome.HANDLED, Outcome.REFERRED, Outcome.OUTSIDE):
        assert not handover_needed(outcome, absent)
