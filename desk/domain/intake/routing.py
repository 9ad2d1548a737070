"""Loads what the routing table needs from the store and builds the routing panel's view."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import Department, Post, ServiceItem, Staff, WhereaboutsEntry
from desk.domain.board import coverage_sync
from desk.domain.common.codes import Channel, MatterKind, MatterScope, ServingRole, Status
from desk.domain.common.errors import NotFound
from desk.domain.duty.lookup import leader_on
from desk.domain.intake.decisions import decide
from desk.domain.intake.views import PersonView, RecipientChoice, RoutingView


def people(s: Session, ids: set[int]) -> dict[int, PersonView]:
    """Names and current whereabouts of some staff members, in two small queries."""
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    staff = {p.id: p for p in s.scalars(select(Staff).where(Staff.id.in_(ids)))}
    entries = {
        e.staff_id: e
        for e in s.scalars(
            select(WhereaboutsEntry).where(
                WhereaboutsEntry.staff_id.in_(ids), WhereaboutsEntry.ended_at.is_(None)
            )
        )
    }
    out = {}
    for sid, p in staff.items():
        e = entries.get(sid)
        out[sid] = PersonView(
            staff_id=sid,
            name=p.name,
            status=Status.of(e.status) if e else Status.IN_POST,
            status_text=e.status_text if e else "",
            place=e.place if e else "",
            expected_return=e.expected_return if e else None,
            contact_phone=e.contact_phone if e else "",
            phone=p.phone,
        )
    return out


def directors(s: Session) -> list[int]:
    return list(
        s.scalars(select(Staff.id).where(Staff.is_director, Staff.active).order_by(Staff.id))
    )


def load(
    s: Session,
    scope: MatterScope | None,
    post_id: int | None,
    item_id: int | None,
    department_id: int | None,
    channel: Channel,
    first_contact_id: int | None,
    now: datetime,
) -> RoutingView:
    """The routing view for a matter given by catalogue item, post or department, at ``now``
    (who is designated for the post then, who is 值班领导 that day)."""
    item_name, kind = "", None
    if item_id is not None:
        item = s.get(ServiceItem, item_id)
        if item is None:
            raise NotFound("找不到该事项")
        item_name = item.name
        kind = MatterKind.of(item.kind) if item.kind in MatterKind._value2member_map_ else None
        post_id = post_id or item.post_id
        department_id = department_id or item.department_id
    if scope is None:
        scope = MatterScope.POST if post_id is not None else MatterScope.UNASSIGNED
    holders = None
    if scope is MatterScope.POST:
        if post_id is None:
            raise NotFound("请选择责任岗位")
        found = coverage_sync.post_holders(s, [post_id], active_only=False, at=now)
        if not found:
            raise NotFound("找不到该岗位")
        holders = found[0]
        department_id = holders.department_id
    elif scope is not MatterScope.UNASSIGNED:
        post_id = None
    dept = s.get(Department, department_id) if department_id is not None else None
    head_id = dept.head_id if dept is not None else None
    director_ids = directors(s)
    statuses = coverage_sync.current_statuses(s)
    leader_id = leader_on(s, now.date())
    leader_name = s.scalar(select(Staff.name).where(Staff.id == leader_id)) if leader_id else ""
    decision = decide(
        scope,
        holders,
        lambda i: statuses.get(i, Status.IN_POST),
        first_contact_id,
        directors=director_ids,
        channel=channel,
        kind=kind,
        head_id=head_id,
        duty_leader=(leader_id, leader_name or "") if leader_id is not None else None,
    )
    a_id = holders.a_id if holders else None
    b_id = holders.b_id if holders else None
    third = holders.designated_id if holders else None
    wanted = {a_id, b_id, third, head_id, leader_id, decision.serving.staff_id}
    wanted |= {decision.recipient_id, *director_ids[:1]}
    seen = people(s, {i for i in wanted if i is not None})
    candidates: list[RecipientChoice] = []
    for sid, role in (
        (a_id, ServingRole.A),
        (b_id, ServingRole.B),
        (third, ServingRole.DESIGNATED),
        (head_id, ServingRole.HEAD),
        (leader_id, ServingRole.DUTY_LEADER),
        (director_ids[0] if director_ids else None, ServingRole.DIRECTOR),
    ):
        if sid is not None and sid in seen and all(c.staff_id != sid for c in candidates):
            candidates.append(RecipientChoice(sid, seen[sid].name, role, seen[sid].status))
    post_name = window_no = ""
    if holders is not None:
        post_name = holders.name
        window_no = s.scalar(select(Post.window_no).where(Post.id == holders.post_id)) or ""
    return RoutingView(
        scope=scope,
        decision=decision,
        service_item_id=item_id,
        item_name=item_name,
        kind=kind,
        post_id=post_id if scope is MatterScope.POST else None,
        post_name=post_name,
        window_no=window_no,
        department_id=department_id
        if scope in (MatterScope.POST, MatterScope.UNASSIGNED)
        else None,
        department=dept.name if dept is not None else "",
        department_phone=dept.phone if dept is not None else "",
        a=seen.get(a_id) if a_id else None,
        b=seen.get(b_id) if b_id else None,
        head=seen.get(head_id) if head_id else None,
        serving=seen.get(decision.serving.staff_id) if decision.serving.staff_id else None,
        recipient=seen.get(decision.recipient_id) if decision.recipient_id else None,
        candidates=tuple(candidates),
        duty_leader=seen.get(leader_id) if leader_id else None,
    )


def responsible_of(view: RoutingView) -> int | None:
    """The person who answers for the matter: the post's A holder, else B, else the head."""
    for person in (view.a, view.b, view.head):
        if person is not None:
            return person.staff_id
    return None
