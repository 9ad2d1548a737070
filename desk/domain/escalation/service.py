"""``hall.escalation``: the handovers and callbacks waiting for someone who is away, and
handing one on (转给B岗/负责人) with one action.

When may a record be handed on, and when is it due if nobody does: see
desk.domain.board.away. Whom it goes to is who serves the record's post now
(desk.domain.board.coverage.who_serves: B, a 指定顶岗 person, the head, the duty leader);
a record with no post goes to the person's department head, else the duty leader, else a
director. The record then names the new person and when they got it — their deadline runs
from there — while a Reassignment row keeps the original assignment and why it moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import (
    Appointment,
    Department,
    Handover,
    Intake,
    Post,
    Reassignment,
    ServiceItem,
    Staff,
)
from desk.domain.admin.settings import SettingsService
from desk.domain.appointments import rules as appointment_rules
from desk.domain.appointments.service import AppointmentService
from desk.domain.board import coverage_sync
from desk.domain.board.away import AwayWait, away_waits
from desk.domain.board.coverage import Serving, who_serves
from desk.domain.common.codes import AppointmentState, HandoverState, ServingRole, Status
from desk.domain.common.context import Context
from desk.domain.common.errors import DomainError, NotFound
from desk.domain.common.text import FieldError, clean_text
from desk.domain.duty.lookup import leader_on
from desk.domain.intake.handovers import HandoverService, assigned
from desk.domain.intake.routing import directors

KIND_HANDOVER = "handover"
KIND_APPOINTMENT = "appointment"
KIND_LABELS = {KIND_HANDOVER: "转交", KIND_APPOINTMENT: "预约回电"}
TARGET_WORDS = {
    ServingRole.A: "A岗",
    ServingRole.B: "B岗",
    ServingRole.DESIGNATED: "指定顶岗人员",
    ServingRole.HEAD: "部门负责人",
    ServingRole.DUTY_LEADER: "值班领导",
    ServingRole.DIRECTOR: "中心主任",
}


@dataclass(frozen=True)
class AwayItem:
    """A handover or callback waiting for someone who is away now."""

    kind: str
    record_id: int
    visitor: str
    matter: str
    person_id: int
    person: str
    created_at: datetime
    due: date | None
    overdue: bool
    wait: AwayWait
    # Whom one action hands it to ("" when nobody can be named).
    target_id: int | None
    target: str
    target_role: ServingRole

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def target_text(self) -> str:
        """ "B岗曹磊", "部门负责人周丽萍", "值班领导蒋慧" … ("" when nobody can be named)."""
        if not self.target:
            return ""
        return f"{TARGET_WORDS.get(self.target_role, '')}{self.target}"


@dataclass(frozen=True)
class ReassignmentView:
    id: int
    kind: str
    record_id: int
    from_name: str
    to_name: str
    to_role: ServingRole
    reason: str
    waiting_since: datetime
    reassigned_at: datetime


class EscalationService:
    def __init__(
        self, ctx: Context, settings: SettingsService, appointments: AppointmentService
    ) -> None:
        self.ctx = ctx
        self.settings = settings
        self.appointments = appointments

    # ---- whom to ----------------------------------------------------------------------
    def _post_of(self, s: Session, kind: str, record: Handover | Appointment) -> int | None:
        intake_id = record.intake_id
        if intake_id is not None:
            post = s.scalar(select(Intake.post_id).where(Intake.id == intake_id))
            if post is not None:
                return post
        if isinstance(record, Appointment):
            if record.service_item_id is not None:
                post = s.scalar(
                    select(ServiceItem.post_id).where(ServiceItem.id == record.service_item_id)
                )
                if post is not None:
                    return post
            for column in (Post.a_id, Post.b_id):
                post = s.scalar(
                    select(Post.id)
                    .where(Post.active, column == record.handler_id)
                    .order_by(Post.sort_order, Post.id)
                )
                if post is not None:
                    return post
        return None

    def _target(self, s: Session, kind: str, record: Handover | Appointment) -> Serving:
        now = self.ctx.now()
        person = record.to_id if isinstance(record, Handover) else record.handler_id
        statuses = coverage_sync.current_statuses(s)

        def status_of(i: int) -> Status:
            return statuses.get(i, Status.IN_POST)

        leader = leader_on(s, now.date())
        post_id = self._post_of(s, kind, record)
        if post_id is not None:
            holders = coverage_sync.post_holders(s, [post_id], active_only=False, at=now)
            if holders:
                serving = who_serves(holders[0], status_of, directors(s), leader)
                if serving.staff_id not in (None, person):
                    return serving
        dept = s.scalar(
            select(Department.head_id)
            .join(Staff, Staff.department_id == Department.id)
            .where(Staff.id == person)
        )
        if dept is not None and dept != person and not status_of(dept).is_absent:
            return Serving(dept, ServingRole.HEAD)
        if leader is not None and leader != person and not status_of(leader).is_absent:
            return Serving(leader, ServingRole.DUTY_LEADER)
        for d in directors(s):
            if d != person:
                return Serving(d, ServingRole.DIRECTOR)
        return Serving(None, ServingRole.NONE)

    # ---- the list ---------------------------------------------------------------------
    def waiting(self, *, escalatable_only: bool = False) -> list[AwayItem]:
        """Open handovers and callbacks waiting for someone away who is flagged (away too
        long, or with no known return): those that may be handed on first, then oldest."""
        out: list[AwayItem] = []
        handovers = [
            h
            for h in HandoverService(self.ctx).find(states=(HandoverState.PENDING,))
            if h.wait is not None and h.wait.flagged
        ]
        entries = [v for v in self.appointments.awaiting() if v.wait is not None and v.wait.flagged]
        with self.ctx.db.read() as s:
            names = dict(s.execute(select(Staff.id, Staff.name)).all())
            for h in handovers:
                assert h.wait is not None
                row = s.get(Handover, h.id)
                assert row is not None
                target = self._target(s, KIND_HANDOVER, row)
                visitor = " ".join(x for x in (h.visitor_unit, h.visitor_name) if x)
                out.append(
                    AwayItem(
                        KIND_HANDOVER,
                        h.id,
                        visitor,
                        h.matter,
                        h.to_id,
                        h.to_name,
                        h.created_at,
                        h.due,
                        h.overdue,
                        h.wait,
                        target.staff_id,
                        names.get(target.staff_id or 0, ""),
                        target.role,
                    )  # fmt: skip
                )
            for v in entries:
                assert v.wait is not None
                entry = s.get(Appointment, v.id)
                assert entry is not None
                target = self._target(s, KIND_APPOINTMENT, entry)
                out.append(
                    AwayItem(
                        KIND_APPOINTMENT,
                        v.id,
                        " ".join(x for x in (v.visitor_unit, v.visitor_name) if x),
                        v.matter,
                        v.handler_id,
                        v.handler_name,
                        v.created_at,
                        v.callback_due,
                        v.overdue,
                        v.wait,
                        target.staff_id,
                        names.get(target.staff_id or 0, ""),
                        target.role,
                    )  # fmt: skip
                )
        if escalatable_only:
            out = [i for i in out if i.wait.escalatable]
        return sorted(out, key=lambda i: (not i.wait.escalatable, i.wait.since, i.kind))

    def history(self, kind: str, record_id: int) -> list[ReassignmentView]:
        """The record's reassignments, oldest first (its original assignment is the first
        row's ``from``)."""
        with self.ctx.db.read() as s:
            names = dict(s.execute(select(Staff.id, Staff.name)).all())
            q = (
                select(Reassignment)
                .where(Reassignment.kind == kind, Reassignment.record_id == record_id)
                .order_by(Reassignment.id)
            )
            return [
                ReassignmentView(
                    r.id,
                    r.kind,
                    r.record_id,
                    names.get(r.from_id, ""),
                    names.get(r.to_id, ""),
                    ServingRole.of(r.to_role),
                    r.reason,
                    r.waiting_since,
                    r.reassigned_at,
                )  # fmt: skip
                for r in s.scalars(q)
            ]

    # ---- handing on --------------------------------------------------------------------
    def escalate(
        self, kind: str, record_id: int, *, to_id: int | None = None, reason: str = ""
    ) -> int:
        """Hand the record on from the away person (to the default target unless ``to_id``);
        returns the Reassignment's id. Refused while the wait is not long enough yet."""
        if kind not in KIND_LABELS:
            raise DomainError("未知的记录类别")
        reason = clean_text(reason, field="reason", label="转交原因", max_len=200)
        now = self.ctx.now()

        def work(s: Session) -> int:
            record: Handover | Appointment | None
            if kind == KIND_HANDOVER:
                record = s.get(Handover, record_id)
                if record is None:
                    raise NotFound("找不到该转交记录")
                if record.state != HandoverState.PENDING.value:
                    raise DomainError(f"该转交{HandoverState.of(record.state).label}，无需再转")
                person, since = record.to_id, assigned(record)
            else:
                record = s.get(Appointment, record_id)
                if record is None or record.voided_at is not None:
                    raise NotFound("找不到该预约记录")
                if record.state != AppointmentState.PENDING.value:
                    raise DomainError("该预约已联系或已办结，无需再转")
                person, since = record.handler_id, appointment_rules.assigned(record)
            wait = away_waits(s, [(record_id, person, since)], now, self.ctx.calendar).get(
                record_id
            )
            if wait is None:
                raise DomainError("经办人现已在岗，无需转交")
            if not wait.escalatable:
                raise DomainError(f"暂不能转交：{wait.reason}")
            if to_id is None:
                serving = self._target(s, kind, record)
                new_id, role = serving.staff_id, serving.role
                if new_id is None:
                    raise FieldError("to", "没有可以接手的人员，请选择接手人")
            else:
                new_id, role = to_id, ServingRole.OTHER
            target = s.get(Staff, new_id)
            if target is None or not target.active or new_id == person:
                raise FieldError("to", "请选择在职的其他人员接手")
            if isinstance(record, Handover):
                record.to_id, record.recipient_role = new_id, role.value
                record.assigned_at = now
            else:
                self._reassign_entry(s, record, new_id, now)
            row = Reassignment(
                kind=kind,
                record_id=record_id,
                from_id=person,
                to_id=new_id,
                to_role=role.value,
                reason=reason or wait.reason,
                waiting_since=wait.since,
                reassigned_at=now,
                operator_id=self.ctx.operator_id,
            )
            s.add(row)
            s.flush()
            return row.id

        return self.ctx.write(work)

    def _reassign_entry(self, s: Session, row: Appointment, to_id: int, now: datetime) -> None:
        if row.booked_date and row.slot_start and row.slot_end:
            clash = appointment_rules.clashes(
                s, to_id, row.booked_date, row.slot_start, row.slot_end, row.id
            )
            if clash:
                name = s.scalar(select(Staff.name).where(Staff.id == to_id)) or ""
                raise FieldError("to", appointment_rules.clash_message(name, clash[0]))
        absent = appointment_rules.status_at(s, to_id, now).is_absent
        row.handler_id = to_id
        row.assigned_at = now
        row.handler_absent = absent
        # The new handler's limit starts now (or at their return, when they are out too).
        row.callback_due = (
            None if absent else self.ctx.calendar.add_working_days(now, row.callback_days)
        )
