"""Reading the appointment book: views with callback deadlines, filters, day/week bookings.

The mixin is the query half of :class:`desk.domain.appointments.service.AppointmentService`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.db.models import Appointment, Operator, Staff
from desk.domain.appointments import rules
from desk.domain.appointments.views import AppointmentFilter, AppointmentView
from desk.domain.board.away import away_waits, fallback_due
from desk.domain.board.returns import back_times
from desk.domain.common.codes import AppointmentSource, AppointmentState
from desk.domain.common.context import Context
from desk.domain.common.errors import NotFound

PENDING = AppointmentState.PENDING.value


def _staff_names(s: Session) -> dict[int, str]:
    return dict(s.execute(select(Staff.id, Staff.name)).all())


def _operator_names(s: Session) -> dict[int, str]:
    q = select(Operator.id, Staff.name).join(Staff, Staff.id == Operator.staff_id)
    return dict(s.execute(q).all())


class AppointmentQueries:
    """Queries over the book; every view carries its callback deadline worked out."""

    ctx: Context

    def for_intake(self, intake_id: int) -> AppointmentView | None:
        """The live entry made from this intake, if any."""
        with self.ctx.db.read() as s:
            row = s.scalars(
                select(Appointment)
                .where(Appointment.intake_id == intake_id, Appointment.voided_at.is_(None))
                .order_by(Appointment.id.desc())
            ).first()
            return self._views(s, [row])[0] if row else None

    def _views(self, s: Session, rows: list[Appointment]) -> list[AppointmentView]:
        names, ops = _staff_names(s), _operator_names(s)
        now = self.ctx.now()
        today = now.date()
        cal = self.ctx.calendar
        # Entries made while the handler was away: the limit starts at their return.
        unknown = [r for r in rows if r.callback_due is None]
        backs = back_times(s, ((r.id, r.handler_id, rules.assigned(r)) for r in unknown))
        # Waiting for a handler who is away now: flagged, and due once it could be handed on.
        live = [r for r in rows if r.state == PENDING and r.voided_at is None]
        waits = away_waits(s, ((r.id, r.handler_id, rules.assigned(r)) for r in live), now, cal)
        out = []
        for r in rows:
            wait = waits.get(r.id)
            if r.callback_due is not None:
                start: datetime | None = rules.assigned(r)
                due: date | None = r.callback_due
            else:
                start = backs.get(r.id)
                due = rules.due_date(start, r.callback_days, cal)
                if start is None and wait is not None:
                    due = fallback_due(wait, r.callback_days, cal, now)
            waiting = r.state == PENDING and r.voided_at is None
            out.append(
                AppointmentView(
                    id=r.id,
                    created_at=r.created_at,
                    created_by=ops.get(r.created_by or 0, ""),
                    source=AppointmentSource.of(r.source),
                    intake_id=r.intake_id,
                    visitor_unit=r.visitor_unit,
                    visitor_name=r.visitor_name,
                    visitor_phone=r.visitor_phone,
                    visitor_address=r.visitor_address,
                    service_item_id=r.service_item_id,
                    matter=r.matter,
                    message=r.message,
                    handler_id=r.handler_id,
                    handler_name=names.get(r.handler_id, ""),
                    booked_date=r.booked_date,
                    slot_start=r.slot_start,
                    slot_end=r.slot_end,
                    state=AppointmentState.of(r.state),
                    callback_days=r.callback_days,
                    handler_absent=r.handler_absent,
                    callback_from=start,
                    callback_due=due,
                    contacted_at=r.contacted_at,
                    contacted_by=ops.get(r.contacted_by or 0, ""),
                    contact_note=r.contact_note,
                    completed_at=r.completed_at,
                    result=r.result,
                    cancelled_at=r.cancelled_at,
                    cancel_reason=r.cancel_reason,
                    voided=r.voided_at is not None,
                    void_reason=r.void_reason,
                    overdue=bool(waiting and due is not None and today > due),
                    due_today=bool(waiting and due == today),
                    wait=wait,
                    row_version=r.row_version,
                )
            )
        return out

    def get(self, appointment_id: int) -> AppointmentView:
        with self.ctx.db.read() as s:
            row = s.get(Appointment, appointment_id)
            if row is None:
                raise NotFound("找不到该预约记录")
            return self._views(s, [row])[0]

    def find(self, f: AppointmentFilter | None = None) -> list[AppointmentView]:
        """The book, newest first, filtered (creation and booked date ranges, handler, …)."""
        f = f or AppointmentFilter()
        q = select(Appointment)
        if f.date_from is not None:
            q = q.where(Appointment.created_at >= datetime.combine(f.date_from, time.min))
        if f.date_to is not None:
            q = q.where(Appointment.created_at <= datetime.combine(f.date_to, time.max))
        if f.booked_from is not None:
            q = q.where(Appointment.booked_date >= f.booked_from)
        if f.booked_to is not None:
            q = q.where(Appointment.booked_date <= f.booked_to)
        if f.handler_id is not None:
            q = q.where(Appointment.handler_id == f.handler_id)
        if f.states:
            q = q.where(Appointment.state.in_([st.value for st in f.states]))
        if f.source is not None:
            q = q.where(Appointment.source == f.source.value)
        if not f.include_voided:
            q = q.where(Appointment.voided_at.is_(None))
        text = f.text.strip()
        if text:
            like = f"%{text}%"
            q = q.where(
                or_(
                    Appointment.visitor_name.like(like),
                    Appointment.visitor_phone.like(like),
                    Appointment.visitor_unit.like(like),
                    Appointment.matter.like(like),
                )
            )
        q = q.order_by(Appointment.created_at.desc(), Appointment.id.desc()).limit(f.limit)
        with self.ctx.db.read() as s:
            views = self._views(s, list(s.scalars(q)))
        return [v for v in views if v.overdue] if f.overdue_only else views

    def booked(
        self, first: date, last: date, handler_ids: Iterable[int] | None = None
    ) -> list[AppointmentView]:
        """Live bookings with a slot between two days (inclusive), by day, time and handler."""
        q = select(Appointment).where(
            Appointment.booked_date >= first,
            Appointment.booked_date <= last,
            Appointment.slot_start.is_not(None),
            Appointment.voided_at.is_(None),
            Appointment.state != AppointmentState.CANCELLED.value,
        )
        if handler_ids is not None:
            q = q.where(Appointment.handler_id.in_(list(handler_ids)))
        q = q.order_by(Appointment.booked_date, Appointment.slot_start, Appointment.handler_id)
        with self.ctx.db.read() as s:
            return self._views(s, list(s.scalars(q)))

    def awaiting(self, handler_id: int | None = None) -> list[AppointmentView]:
        """Entries still awaiting the handler's callback, oldest first."""
        q = select(Appointment).where(Appointment.state == PENDING, Appointment.voided_at.is_(None))
        if handler_id is not None:
            q = q.where(Appointment.handler_id == handler_id)
        q = q.order_by(Appointment.created_at, Appointment.id)
        with self.ctx.db.read() as s:
            return self._views(s, list(s.scalars(q)))

    def callbacks_due(
        self, on: date | None = None, handler_id: int | None = None
    ) -> list[AppointmentView]:
        """Callbacks due on or before ``on`` (today): overdue ones first, then due today."""
        day = on or self.ctx.now().date()
        due = [
            v
            for v in self.awaiting(handler_id)
            if v.callback_due is not None and v.callback_due <= day
        ]
        return sorted(due, key=lambda v: (v.callback_due, v.created_at))

    def counts(self) -> tuple[int, int]:
        """(awaiting callback, of which overdue) over the whole hall."""
        waiting = self.awaiting()
        return len(waiting), sum(1 for v in waiting if v.overdue)
