"""Where the appointment book and the cases plug into the rest of desk.

* Board badges (per staff member): "callbacks" (待回电), "callbacks_overdue" (回电超时),
  "appointments_today" (今日预约), "cases" (在办件), "cases_overdue" (办件超期). They run on
  every board refresh, so each is one grouped query (plus, for callbacks made while the
  handler was away, one query over those handlers' whereabouts).
* The return notice's waiting list: entries awaiting the returning handler's callback.

Declared here as BADGES and WAITING; the Hall facade (desk.domain.hall) installs them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.db.models import Appointment, TimeLimitCase
from desk.domain.appointments import rules
from desk.domain.board.away import away_waits, fallback_due
from desk.domain.board.returns import back_times
from desk.domain.board.service import BadgeProvider
from desk.domain.board.waiting import WaitingItem, WaitingProvider
from desk.domain.cases.views import OPEN_CASE_STATES
from desk.domain.common.codes import AppointmentState
from desk.domain.common.context import Context
from desk.domain.intake.handovers import session_calendar

PENDING = AppointmentState.PENDING.value
OPEN_CASES = tuple(st.value for st in OPEN_CASE_STATES)


def _callbacks(s: Session, _now: datetime) -> dict[int, int]:
    """待联系 entries per handler: one grouped count over the (state, handler) index."""
    q = (
        select(Appointment.handler_id, func.count())
        .where(Appointment.state == PENDING, Appointment.voided_at.is_(None))
        .group_by(Appointment.handler_id)
    )
    return dict(s.execute(q).all())


def _callbacks_overdue(s: Session, now: datetime) -> dict[int, int]:
    """待联系 entries past their callback day, per handler."""
    today = now.date()
    counts: dict[int, int] = defaultdict(int)
    known = (
        select(Appointment.handler_id, func.count())
        .where(
            Appointment.state == PENDING,
            Appointment.voided_at.is_(None),
            Appointment.callback_due < today,
        )
        .group_by(Appointment.handler_id)
    )
    for handler_id, n in s.execute(known).all():
        counts[handler_id] += n
    # Made while the handler was away: the limit runs from their return.
    waiting = s.execute(
        select(
            Appointment.id,
            Appointment.handler_id,
            func.coalesce(Appointment.assigned_at, Appointment.created_at),
            Appointment.callback_days,
        ).where(
            Appointment.state == PENDING,
            Appointment.voided_at.is_(None),
            Appointment.callback_due.is_(None),
        )
    ).all()
    if waiting:
        cal = session_calendar(s)
        backs = back_times(s, ((i, h, c) for i, h, c, _d in waiting))
        never_back = [(i, h, c) for i, h, c, _d in waiting if backs[i] is None]
        waits = away_waits(s, never_back, now, cal)
        for entry_id, handler_id, _created, days in waiting:
            due = rules.due_date(backs[entry_id], days, cal)
            if due is None:
                due = fallback_due(waits.get(entry_id), days, cal, now)
            if due is not None and due < today:
                counts[handler_id] += 1
    return dict(counts)


def _appointments_today(s: Session, now: datetime) -> dict[int, int]:
    """Live bookings with a slot today, per handler."""
    q = (
        select(Appointment.handler_id, func.count())
        .where(
            Appointment.booked_date == now.date(),
            Appointment.state.in_(rules.LIVE_STATES),
            Appointment.voided_at.is_(None),
        )
        .group_by(Appointment.handler_id)
    )
    return dict(s.execute(q).all())


def _cases(s: Session, _now: datetime) -> dict[int, int]:
    """Open cases per handler."""
    q = (
        select(TimeLimitCase.handler_id, func.count())
        .where(TimeLimitCase.state.in_(OPEN_CASES), TimeLimitCase.voided_at.is_(None))
        .group_by(TimeLimitCase.handler_id)
    )
    return dict(s.execute(q).all())


def _cases_overdue(s: Session, now: datetime) -> dict[int, int]:
    """Open cases past their promised day, per handler (over the state/promised index)."""
    q = (
        select(TimeLimitCase.handler_id, func.count())
        .where(
            TimeLimitCase.state.in_(OPEN_CASES),
            TimeLimitCase.promised_date < now.date(),
            TimeLimitCase.voided_at.is_(None),
        )
        .group_by(TimeLimitCase.handler_id)
    )
    return dict(s.execute(q).all())


BADGES: dict[str, BadgeProvider] = {
    "callbacks": _callbacks,
    "callbacks_overdue": _callbacks_overdue,
    "appointments_today": _appointments_today,
    "cases": _cases,
    "cases_overdue": _cases_overdue,
}


def _waiting_appointments(ctx: Context, staff_id: int) -> list[WaitingItem]:
    from desk.domain.admin.settings import SettingsService
    from desk.domain.appointments.service import AppointmentService

    items = []
    for v in AppointmentService(ctx, SettingsService(ctx)).awaiting(staff_id):
        slot = f"（约{v.slot_text}）" if v.slot_text else ""
        items.append(
            WaitingItem(
                kind="appointment",
                kind_label="预约回电",
                record_id=v.id,
                summary=f"{v.visitor}：{v.matter}{slot}",
                created=v.created_at,
                due=v.callback_due,
                overdue=v.overdue,
                state_label=v.state_label,
            )
        )
    return items


WAITING: dict[str, WaitingProvider] = {"appointment": _waiting_appointments}
