"""Reading the 请假 book: views of requests, filters, who is on leave, absences without one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.db.models import Department, LeaveRequest, Operator, Post, Staff, WhereaboutsEntry
from desk.domain.admin.settings import SettingsService
from desk.domain.common.codes import LeaveCover, LeaveKind, LeaveState, Status
from desk.domain.common.context import Context
from desk.domain.common.errors import NotFound
from desk.domain.leave import rules
from desk.domain.leave.views import LeaveFilter, LeaveView


@dataclass(frozen=True)
class UnrequestedAbsence:
    """An absence of a kind that needs a 请假单 but has none (去向记录: 未请假)."""

    entry_id: int
    staff_id: int
    staff: str
    status_label: str
    place: str
    started_at: datetime
    ended_at: datetime | None
    expected_return: datetime | None


def required_statuses(settings: SettingsService) -> frozenset[str]:
    """Status codes whose absences need an approved request (setting leave.required_statuses)."""
    value = settings.get("leave.required_statuses")
    return frozenset(str(code) for code in value if str(code) != Status.IN_POST.value)


class LeaveQueries:
    ctx: Context
    settings: SettingsService

    def hours(self) -> rules.Hours:
        raise NotImplementedError  # LeaveService reads them from the settings

    def _views(self, s: Session, rows: list[LeaveRequest]) -> list[LeaveView]:
        names = dict(s.execute(select(Staff.id, Staff.name)).all())
        depts = dict(
            s.execute(
                select(Staff.id, Department.name).join(
                    Department, Department.id == Staff.department_id
                )
            ).all()
        )
        ops = dict(
            s.execute(
                select(Operator.id, Staff.name).join(Staff, Staff.id == Operator.staff_id)
            ).all()
        )
        posts = list(s.execute(select(Post.name, Post.a_id, Post.b_id).where(Post.active)))
        hours = self.hours()
        now = self.ctx.now()
        out = []
        for r in rows:
            held = "、".join(
                f"{p.name}（A岗）" if p.a_id == r.staff_id else f"{p.name}（B岗）"
                for p in posts
                if r.staff_id in (p.a_id, p.b_id)
            )
            b_names = "、".join(dict.fromkeys(names.get(p.b_id, "") for p in posts
                                              if p.a_id == r.staff_id and p.b_id))  # fmt: skip
            cover = LeaveCover.of(r.cover)
            cover_name = names.get(r.cover_id or 0, "")
            if cover is LeaveCover.B:
                cover_text = f"B岗{b_names}顶岗（已确认）" if b_names else "B岗顶岗（已确认）"
            elif cover is LeaveCover.SUBSTITUTE:
                cover_text = f"指定{cover_name}顶岗"
            else:
                cover_text = "无需另行顶岗（未任A岗）"
            kind = LeaveKind.of(r.kind)
            state = LeaveState.of(r.state)
            out.append(
                LeaveView(
                    id=r.id,
                    number=rules.number_text(r.year, r.seq),
                    staff_id=r.staff_id,
                    staff=names.get(r.staff_id, ""),
                    department=depts.get(r.staff_id, ""),
                    posts=held,
                    kind=kind,
                    kind_label=r.kind_text
                    if kind is LeaveKind.OTHER and r.kind_text
                    else kind.label,
                    starts_at=r.starts_at,
                    ends_at=r.ends_at,
                    start_part=r.start_part,
                    end_part=r.end_part,
                    period_text=rules.period_text(
                        r.starts_at, r.start_part, r.ends_at, r.end_part, hours
                    ),
                    days=r.days,
                    days_text=rules.days_text(r.days),
                    reason=r.reason,
                    contact_phone=r.contact_phone,
                    cover=cover,
                    cover_id=r.cover_id,
                    cover_name=cover_name,
                    cover_text=cover_text,
                    handover_note=r.handover_note,
                    no_handover_reason=r.no_handover_reason,
                    state=state,
                    created_at=r.created_at,
                    created_by=ops.get(r.created_by or 0, ""),
                    after_the_fact=r.after_the_fact,
                    approver=names.get(r.approver_id or 0, ""),
                    decided_at=r.decided_at,
                    decision_note=r.decision_note,
                    override_reason=r.override_reason,
                    applied_at=r.applied_at,
                    closed_at=r.closed_at,
                    close_note=r.close_note,
                    withdrawn_at=r.withdrawn_at,
                    withdraw_reason=r.withdraw_reason,
                    on_leave_now=state is LeaveState.APPROVED
                    and r.applied_at is not None
                    and r.starts_at <= now < r.ends_at,
                )  # fmt: skip
            )
        return out

    def get(self, request_id: int) -> LeaveView:
        with self.ctx.db.read() as s:
            row = s.get(LeaveRequest, request_id)
            if row is None:
                raise NotFound("找不到该请假单")
            return self._views(s, [row])[0]

    def find(self, f: LeaveFilter | None = None) -> list[LeaveView]:
        """Requests, latest start first, by state, person, period overlapped and text."""
        f = f or LeaveFilter()
        q = select(LeaveRequest)
        if f.states:
            q = q.where(LeaveRequest.state.in_([st.value for st in f.states]))
        if f.staff_id is not None:
            q = q.where(LeaveRequest.staff_id == f.staff_id)
        if f.first is not None:
            q = q.where(LeaveRequest.ends_at > datetime.combine(f.first, time.min))
        if f.last is not None:
            q = q.where(LeaveRequest.starts_at < datetime.combine(f.last + timedelta(1), time.min))
        text = f.text.strip()
        if text:
            like = f"%{text}%"
            q = q.join(Staff, Staff.id == LeaveRequest.staff_id).where(
                or_(Staff.name.like(like), LeaveRequest.reason.like(like))
            )
        q = q.order_by(LeaveRequest.starts_at.desc(), LeaveRequest.id.desc()).limit(f.limit)
        with self.ctx.db.read() as s:
            return self._views(s, list(s.scalars(q)))

    def pending(self) -> list[LeaveView]:
        """待批 requests, soonest start first (what the approver looks at)."""
        rows = self.find(LeaveFilter(states=(LeaveState.PENDING,)))
        return sorted(rows, key=lambda v: (v.starts_at, v.id))

    def created_in(self, first: datetime, end: datetime) -> list[LeaveView]:
        """Requests written from first up to end, oldest first (the monthly 请假台账)."""
        q = (
            select(LeaveRequest)
            .where(LeaveRequest.created_at >= first, LeaveRequest.created_at < end)
            .order_by(LeaveRequest.created_at, LeaveRequest.id)
        )
        with self.ctx.db.read() as s:
            return self._views(s, list(s.scalars(q)))

    def on_leave(self, day: date) -> list[LeaveView]:
        """Approved (or since closed) requests that cover some of ``day``."""
        live = (LeaveState.APPROVED, LeaveState.CLOSED)
        return [
            v
            for v in self.find(LeaveFilter(states=live, first=day, last=day))
            if v.closed_at is None or v.closed_at > datetime.combine(day, time.min)
        ]

    def unrequested(self, first: date, last: date) -> list[UnrequestedAbsence]:
        """Absences overlapping the days whose kind needs a request and which have none."""
        kinds = required_statuses(self.settings)
        start = datetime.combine(first, time.min)
        end = datetime.combine(last + timedelta(1), time.min)
        with self.ctx.db.read() as s:
            names = dict(s.execute(select(Staff.id, Staff.name)).all())
            q = (
                select(WhereaboutsEntry)
                .where(
                    WhereaboutsEntry.status.in_(sorted(kinds)),
                    WhereaboutsEntry.leave_request_id.is_(None),
                    WhereaboutsEntry.started_at < end,
                    or_(WhereaboutsEntry.ended_at.is_(None), WhereaboutsEntry.ended_at > start),
                )
                .order_by(WhereaboutsEntry.started_at, WhereaboutsEntry.id)
            )
            return [
                UnrequestedAbsence(
                    e.id,
                    e.staff_id,
                    names.get(e.staff_id, ""),
                    Status.of(e.status).label,
                    e.place,
                    e.started_at,
                    e.ended_at,
                    e.expected_return,
                )
                for e in s.scalars(q)
            ]
