"""首问负责制 routing: where a first contact's matter goes, as one pure decision table.

Given the matter's scope (a post of this hall, this hall but no post, another
department, outside the agency's remit), who serves the post now (see
:func:`desk.domain.board.coverage.who_serves`) and who the first contact is, :func:`decide`
returns the outcome the rules call for, whether a handover (转交) must be recorded and to
whom by default.

=====  ==========================================  ==================  ========  ==========
row    situation                                   recommended         handover  recipient
=====  ==========================================  ==================  ========  ==========
1      outside the agency's remit                  非本机关职责        no        —
2      another department's duty                   引导至其他部门      no        —
3      this hall, no post chosen                   一次性告知          no        head, else
                                                                                 duty leader,
                                                                                 else director
4      the first contact holds the post (A or B)   当场办理 / 告知*    no        —
       or answers for it now (as the head)
5      A in post                                   当场办理 / 告知*    no        A
6      A absent, B in post (B 顶岗)                当场办理 / 告知*    no        B
6b     A and B absent, a 指定顶岗 person in post    当场办理 / 告知*    no        designated
7      A and B absent, department head exists      转交                yes       head
8      A and B absent, no head: 请示值班领导        转交                yes       duty leader
8b     A and B absent, no head, no duty leader     转交                yes       director
9      A and B absent, nobody to name              转交                yes       A (else B)
=====  ==========================================  ==================  ========  ==========

\\* 当场办理 for an in-person visit about an instant matter (即办件) or a matter of unknown
kind; 一次性告知 for any other kind of matter, or for a call, letter or online message (they
cannot be handled on the spot).

"Responsible absent" (rows 7–9) means nobody of the post is in (a 指定顶岗 person in post
counts as the post's own, row 6b). Rows 3 and 8 name today's 值班领导 (领导值班表) by
name. Then any outcome except 当场办理, 引导至其他部门 and 非本机关职责 needs a handover
or a recorded reason why not (:func:`handover_needed`); 转交 always needs one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from desk.domain.board.coverage import PostHolders, Serving, who_serves
from desk.domain.common.codes import Channel, MatterKind, MatterScope, Outcome, ServingRole, Status

Scope = MatterScope


# Outcomes after which nothing remains to hand over: done, or not this hall's matter.
NO_HANDOVER_OUTCOMES = frozenset({Outcome.HANDLED, Outcome.REFERRED, Outcome.OUTSIDE})


@dataclass(frozen=True)
class Decision:
    """What the rules say about one matter right now."""

    outcome: Outcome
    serving: Serving
    # Nobody of the post (neither A nor B) is in post.
    responsible_absent: bool
    # The prompt must appear for the recommended outcome (rows 7–9).
    handover_required: bool
    # Who a handover goes to by default, and in which capacity.
    recipient_id: int | None
    recipient_role: ServingRole
    # The row of the table that applied, as a short Chinese explanation.
    reason: str
    # Row 4: the first contact answers for the matter themselves.
    by_first_contact: bool = False


def _own_outcome(channel: Channel, kind: MatterKind | None) -> Outcome:
    """Handled on the spot when that is possible at all, else the one-time notice."""
    if channel is Channel.VISIT and kind in (None, MatterKind.INSTANT):
        return Outcome.HANDLED
    return Outcome.NOTICE


def decide(
    scope: Scope,
    post: PostHolders | None,
    status_of: Callable[[int], Status],
    first_contact_id: int | None,
    *,
    directors: Iterable[int] = (),
    channel: Channel = Channel.VISIT,
    kind: MatterKind | None = None,
    head_id: int | None = None,
    duty_leader: tuple[int, str] | None = None,
) -> Decision:
    """Apply the routing table (see the module docstring) to one matter.

    ``post`` is required for :attr:`Scope.POST`; ``head_id`` names the department head
    for :attr:`Scope.UNASSIGNED` (the hall's chosen department), ``directors`` the
    hall's directors in order of preference, ``duty_leader`` today's 值班领导 (id, name).
    """
    director_ids = list(directors)
    nobody = Serving(None, ServingRole.NONE)
    if scope is Scope.OUTSIDE:
        return Decision(
            Outcome.OUTSIDE, nobody, False, False, None, ServingRole.NONE, "非本机关职责"
        )
    if scope is Scope.OTHER_DEPARTMENT:
        return Decision(
            Outcome.REFERRED, nobody, False, False, None, ServingRole.NONE, "属其他部门职责"
        )
    leader_id, leader_name = duty_leader if duty_leader is not None else (None, "")
    if scope is Scope.UNASSIGNED or post is None:
        reason = "未指定责任岗位"
        if head_id is not None:
            recipient = Serving(head_id, ServingRole.HEAD)
        elif leader_id is not None:
            recipient = Serving(leader_id, ServingRole.DUTY_LEADER)
            reason = f"未指定责任岗位，请示值班领导{leader_name}"
        elif director_ids:
            recipient = Serving(director_ids[0], ServingRole.DIRECTOR)
        else:
            recipient = nobody
        return Decision(
            Outcome.NOTICE,
            recipient,
            False,
            False,
            recipient.staff_id,
            recipient.role,
            reason,
        )

    serving = who_serves(post, status_of, director_ids, leader_id)
    absent = serving.role not in (ServingRole.A, ServingRole.B, ServingRole.DESIGNATED)
    if first_contact_id is not None and first_contact_id in (
        serving.staff_id,
        post.a_id,
        post.b_id,
    ):
        # Holding the post (or answering for it as head) and standing at the desk: no one
        # to hand over to.
        return Decision(
            _own_outcome(channel, kind),
            serving,
            absent,
            False,
            serving.staff_id,
            serving.role,
            "首问责任人本人负责该事项",
            by_first_contact=True,
        )
    if serving.role is ServingRole.A:
        return Decision(
            _own_outcome(channel, kind), serving, False, False, post.a_id, serving.role, "A岗在岗"
        )
    if serving.role is ServingRole.B:
        return Decision(
            _own_outcome(channel, kind),
            serving,
            False,
            False,
            post.b_id,
            serving.role,
            "A岗不在岗，由B岗顶岗",
        )
    if serving.role is ServingRole.DESIGNATED:
        return Decision(
            _own_outcome(channel, kind),
            serving,
            False,
            False,
            serving.staff_id,
            serving.role,
            "A、B岗均不在岗，由领导指定的顶岗人员办理",
        )
    if serving.staff_id is not None:
        reasons = {
            ServingRole.HEAD: "A、B岗均不在岗，转交部门负责人",
            ServingRole.DUTY_LEADER: f"A、B岗均不在岗且无部门负责人，请示值班领导{leader_name}",
        }
        reason = reasons.get(serving.role, "A、B岗均不在岗且无部门负责人，转交中心主任")
        return Decision(
            Outcome.HANDOVER, serving, True, True, serving.staff_id, serving.role, reason
        )
    # Nobody to name: the responsible person must call back after returning.
    fallback = post.a_id if post.a_id is not None else post.b_id
    role = ServingRole.A if post.a_id is not None else ServingRole.B
    if fallback is None:
        role = ServingRole.NONE
    return Decision(
        Outcome.HANDOVER, serving, True, True, fallback, role, "A、B岗均不在岗，转交责任人本人"
    )


def handover_needed(outcome: Outcome, decision: Decision) -> bool:
    """Whether saving with this outcome needs a handover (or a reason why not).

    转交 always does; 当场办理, 引导至其他部门 and 非本机关职责 never do; 一次性告知 does when
    nobody of the post is in and the first contact does not answer for it.
    """
    if outcome is Outcome.HANDOVER:
        return True
    if outcome in NO_HANDOVER_OUTCOMES:
        return False
    return decision.handover_required
