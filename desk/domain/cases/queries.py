"""Reading 限时办结 cases: views with the deadline state worked out, filters, due lists.

The mixin is the query half of :class:`desk.domain.cases.service.TimeLimitService`.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.db.models import CaseExtension, Operator, Post, ReceiptMaterial, Staff, TimeLimitCase
from desk.domain.cases.views import (
    CALENDAR_DAY_KINDS,
    OPEN_CASE_STATES,
    CaseFilter,
    CaseView,
    ExtensionView,
    MaterialLine,
    receipt_number,
)
from desk.domain.common.codes import CaseState, MatterKind, ToldHow
from desk.domain.common.context import Context
from desk.domain.common.errors import NotFound

_OPEN = tuple(st.value for st in OPEN_CASE_STATES)


class CaseQueries:
    """Queries over cases; every view carries overdue / due-today / days left for today."""

    ctx: Context

    def _views(self, s: Session, cases: list[TimeLimitCase]) -> list[CaseView]:
        if not cases:
            return []
        names = dict(s.execute(select(Staff.id, Staff.name)).all())
        ops = dict(
            s.execute(
                select(Operator.id, Staff.name).join(Staff, Staff.id == Operator.staff_id)
            ).all()
        )
        posts = dict(s.execute(select(Post.id, Post.name)).all())
        ids = [c.id for c in cases]
        extensions: dict[int, list[ExtensionView]] = defaultdict(list)
        for e in s.scalars(
            select(CaseExtension)
            .where(CaseExtension.case_id.in_(ids))
            .order_by(CaseExtension.created_at, CaseExtension.id)
        ):
            extensions[e.case_id].append(
                ExtensionView(
                    id=e.id,
                    created_at=e.created_at,
                    operator=ops.get(e.operator_id or 0, ""),
                    reason=e.reason,
                    approver_id=e.approver_id,
                    approver=names.get(e.approver_id, ""),
                    applicant_told=e.applicant_told,
                    told_how=ToldHow.of(e.told_how) if e.told_how else None,
                    told_at=e.told_at,
                    old_date=e.old_date,
                    extra_days=e.extra_days,
                    new_date=e.new_date,
                )
            )
        materials: dict[int, list[MaterialLine]] = defaultdict(list)
        for m in s.scalars(
            select(ReceiptMaterial)
            .where(ReceiptMaterial.case_id.in_(ids), ReceiptMaterial.position >= 0)
            .order_by(ReceiptMaterial.position, ReceiptMaterial.id)
        ):
            materials[m.case_id].append(MaterialLine(m.name, m.pages, m.copies, m.form, m.note))
        today = self.ctx.now().date()
        cal = self.ctx.calendar
        out = []
        for c in cases:
            kind = MatterKind.of(c.kind)
            open_ = c.state in _OPEN and c.voided_at is None
            if kind in CALENDAR_DAY_KINDS:
                left = (c.promised_date - today).days
                provisional = False
            else:
                left = cal.working_days_between(today, c.promised_date)
                provisional = cal.span_is_provisional(c.accepted_at.date(), c.promised_date)
            if today > c.promised_date:
                # Past its day is at least one day late, even across a weekend.
                left = min(-1, left)
            out.append(
                CaseView(
                    row_version=c.row_version,
                    id=c.id,
                    number=receipt_number(c.receipt_year, c.receipt_seq),
                    intake_id=c.intake_id,
                    service_item_id=c.service_item_id,
                    matter=c.matter,
                    visitor_unit=c.visitor_unit,
                    visitor_name=c.visitor_name,
                    visitor_phone=c.visitor_phone,
                    post_id=c.post_id,
                    post=posts.get(c.post_id or 0, ""),
                    handler_id=c.handler_id,
                    handler=names.get(c.handler_id, ""),
                    kind=kind,
                    limit_days=c.limit_days,
                    accepted_at=c.accepted_at,
                    accepted_by=ops.get(c.accepted_by or 0, ""),
                    original_date=c.original_date,
                    promised_date=c.promised_date,
                    notes=c.notes,
                    state=CaseState.of(c.state),
                    started_at=c.started_at,
                    completed_at=c.completed_at,
                    completed_by=ops.get(c.completed_by or 0, ""),
                    result=c.result,
                    late=c.late,
                    returned_at=c.returned_at,
                    return_reason=c.return_reason,
                    voided=c.voided_at is not None,
                    void_reason=c.void_reason,
                    provisional=provisional,
                    overdue=open_ and today > c.promised_date,
                    due_today=open_ and today == c.promised_date,
                    days_left=left,
                    extensions=tuple(extensions.get(c.id, ())),
                    materials=tuple(materials.get(c.id, ())),
                )
            )
        return out

    def get(self, case_id: int) -> CaseView:
        with self.ctx.db.read() as s:
            case = s.get(TimeLimitCase, case_id)
            if case is None:
                raise NotFound("找不到该受理记录")
            return self._views(s, [case])[0]

    def for_intake(self, intake_id: int) -> CaseView | None:
        """The case accepted from this intake (the newest not voided), if any."""
        with self.ctx.db.read() as s:
            case = s.scalars(
                select(TimeLimitCase)
                .where(TimeLimitCase.intake_id == intake_id, TimeLimitCase.voided_at.is_(None))
                .order_by(TimeLimitCase.id.desc())
            ).first()
            return self._views(s, [case])[0] if case else None

    def find(self, f: CaseFilter | None = None) -> list[CaseView]:
        """Cases, newest accepted first, filtered by acceptance date, state, staff, post, …"""
        f = f or CaseFilter()
        q = select(TimeLimitCase)
        if f.date_from is not None:
            q = q.where(TimeLimitCase.accepted_at >= datetime.combine(f.date_from, time.min))
        if f.date_to is not None:
            q = q.where(TimeLimitCase.accepted_at <= datetime.combine(f.date_to, time.max))
        if f.states:
            q = q.where(TimeLimitCase.state.in_([st.value for st in f.states]))
        if f.kind is not None:
            q = q.where(TimeLimitCase.kind == f.kind.value)
        if f.handler_id is not None:
            q = q.where(TimeLimitCase.handler_id == f.handler_id)
        if f.post_id is not None:
            q = q.where(TimeLimitCase.post_id == f.post_id)
        if f.late_only:
            q = q.where(TimeLimitCase.late)
        if not f.include_voided:
            q = q.where(TimeLimitCase.voided_at.is_(None))
        if f.overdue_only:
            today = self.ctx.now().date()
            q = q.where(TimeLimitCase.state.in_(_OPEN), TimeLimitCase.promised_date < today)
        text = f.text.strip()
        if text:
            like = f"%{text}%"
            q = q.where(
                or_(
                    TimeLimitCase.visitor_name.like(like),
                    TimeLimitCase.visitor_phone.like(like),
                    TimeLimitCase.visitor_unit.like(like),
                    TimeLimitCase.matter.like(like),
                )
            )
        q = q.order_by(TimeLimitCase.accepted_at.desc(), TimeLimitCase.id.desc()).limit(f.limit)
        with self.ctx.db.read() as s:
            return self._views(s, list(s.scalars(q)))

    def due(self, on: date | None = None, handler_id: int | None = None) -> list[CaseView]:
        """Open cases promised on or before ``on`` (today): the most overdue first."""
        day = on or self.ctx.now().date()
        q = select(TimeLimitCase).where(
            TimeLimitCase.state.in_(_OPEN),
            TimeLimitCase.voided_at.is_(None),
            TimeLimitCase.promised_date <= day,
        )
        if handler_id is not None:
            q = q.where(TimeLimitCase.handler_id == handler_id)
        q = q.order_by(TimeLimitCase.promised_date, TimeLimitCase.accepted_at)
        with self.ctx.db.read() as s:
            return self._views(s, list(s.scalars(q)))

    def counts(self) -> tuple[int, int]:
        """(open cases, of which overdue) over the whole hall."""
        open_cases = self.find(CaseFilter(states=OPEN_CASE_STATES))
        return len(open_cases), sum(1 for c in open_cases if c.overdue)
