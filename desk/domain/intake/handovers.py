"""转交 lifecycle: pending handovers per recipient, contact and closing, the overdue rule.

A handover is due ``handover.limit_days`` working days (default 1) after the recipient is
back: ``due = calendar.add_working_days(back_at, limit)`` where ``back_at`` is the first
moment at or after the recipient got the handover (its creation, or its reassignment) that
the recipient was 在岗 according to the whereabouts history. A handover still 待联系 after
the end of its due day is overdue. A recipient who has not been back yet has no due date
until the visitor has waited too long for them (desk.domain.board.away): then it is due
from the day it could have been handed on to B or the head, so nothing waits forever.

The board's badges ("handovers": 待联系 count, "handovers_overdue": overdue count) are
registered here; they run on every board refresh, so they read only what they need.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.db.models import CalendarDay, Handover, Operator, Setting, Staff
from desk.domain.admin.settings import DEFAULTS
from desk.domain.board.away import AwayWait, away_waits, fallback_due
from desk.domain.board.returns import back_times
from desk.domain.board.service import BadgeProvider
from desk.domain.board.waiting import WaitingItem, WaitingProvider
from desk.domain.calendar.workdays import DayOverride, WorkCalendar
from desk.domain.common.codes import HandoverState, ServingRole
from desk.domain.common.context import Context
from desk.domain.common.edits import check_version
from desk.domain.common.errors import DomainError, NotFound
from desk.domain.common.text import TEXT_LIMITS, FieldError, clean_text
from desk.domain.intake.views import HandoverView

LIMIT_KEY = "handover.limit_days"
OPEN_STATES = (HandoverState.PENDING.value, HandoverState.CONTACTED.value)


@dataclass(frozen=True)
class DueInfo:
    back_at: datetime | None
    due: date | None
    overdue: bool
    # Still 待联系 while the recipient is away now: how long the visitor has waited.
    wait: AwayWait | None = None


# ---- the overdue rule --------------------------------------------------------------


def limit_days(s: Session) -> int:
    """The hall's handover limit in working days, read in the caller's session."""
    row = s.get(Setting, LIMIT_KEY)
    value = json.loads(row.value_json) if row is not None else DEFAULTS[LIMIT_KEY]
    return max(0, int(value))


_CALENDARS: dict[tuple[tuple[date, bool], ...], WorkCalendar] = {}


def session_calendar(s: Session) -> WorkCalendar:
    """The working-day calendar with the hall's overrides as stored in this database.

    The board's badge providers get a session but no Context; the override table is small
    and the calendar is cached per distinct table.
    """
    rows = s.execute(
        select(CalendarDay.day, CalendarDay.is_working, CalendarDay.note).order_by(CalendarDay.day)
    ).all()
    key = tuple((d, bool(w)) for d, w, _ in rows)
    cal = _CALENDARS.get(key)
    if cal is None:
        if len(_CALENDARS) > 8:
            _CALENDARS.clear()
        cal = WorkCalendar(DayOverride(d, bool(w), n) for d, w, n in rows)
        _CALENDARS[key] = cal
    return cal


def due_info(
    back_at: datetime | None,
    state: str,
    now: datetime,
    calendar: WorkCalendar,
    limit: int,
    wait: AwayWait | None = None,
) -> DueInfo:
    pending = state == HandoverState.PENDING.value
    if back_at is None:
        due = fallback_due(wait, limit, calendar, now) if pending else None
        return DueInfo(None, due, bool(due and now.date() > due), wait)
    due = calendar.add_working_days(back_at, limit)
    overdue = pending and now.date() > due
    return DueInfo(back_at, due, overdue, wait)


def due_map(
    s: Session,
    rows: Iterable[tuple[int, int, datetime, str]],
    now: datetime,
    calendar: WorkCalendar | None = None,
) -> dict[int, DueInfo]:
    """Due dates and overdue flags for (id, recipient, assigned, state) rows.

    ``assigned`` is when the recipient got the handover: its creation, or the moment it
    was reassigned (``Handover.assigned_at``; see :func:`assigned`).
    """
    items = list(rows)
    if not items:
        return {}
    cal = calendar or session_calendar(s)
    limit = limit_days(s)
    backs = back_times(s, ((hid, to, at) for hid, to, at, _ in items))
    pending = HandoverState.PENDING.value
    waits = away_waits(s, ((hid, to, at) for hid, to, at, st in items if st == pending), now, cal)
    return {
        hid: due_info(backs[hid], state, now, cal, limit, waits.get(hid))
        for hid, _to, _at, state in items
    }


def assigned(h: Handover) -> datetime:
    """When the present recipient got the handover."""
    return h.assigned_at or h.created_at


# The same, for queries of plain columns.
ASSIGNED_AT = func.coalesce(Handover.assigned_at, Handover.created_at)


# ---- board badges --------------------------------------------------------------------


def _pending_badge(s: Session, _now: datetime) -> dict[int, int]:
    q = (
        select(Handover.to_id, func.count())
        .where(Handover.state == HandoverState.PENDING.value)
        .group_by(Handover.to_id)
    )
    return dict(s.execute(q).all())


def _overdue_badge(s: Session, now: datetime) -> dict[int, int]:
    rows = s.execute(
        select(Handover.id, Handover.to_id, ASSIGNED_AT, Handover.state).where(
            Handover.state == HandoverState.PENDING.value
        )
    )
    counts: dict[int, int] = defaultdict(int)
    items = list(rows)
    info = due_map(s, items, now)
    for hid, to_id, _created, _state in items:
        if info[hid].overdue:
            counts[to_id] += 1
    return dict(counts)


# What this record kind shows on the board; desk.domain.hall installs it.
BADGES: dict[str, BadgeProvider] = {
    "handovers": _pending_badge,
    "handovers_overdue": _overdue_badge,
}


# ---- the service -----------------------------------------------------------------------


def _names(s: Session) -> dict[int, str]:
    return dict(s.execute(select(Staff.id, Staff.name)).all())


def _operator_names(s: Session) -> dict[int, str]:
    q = select(Operator.id, Staff.name).join(Staff, Staff.id == Operator.staff_id)
    return dict(s.execute(q).all())


def to_view(
    h: Handover, names: dict[int, str], ops: dict[int, str], info: DueInfo | None
) -> HandoverView:
    info = info or DueInfo(None, None, False)
    return HandoverView(
        id=h.id,
        intake_id=h.intake_id,
        created_at=h.created_at,
        from_id=h.from_id,
        from_name=names.get(h.from_id, ""),
        to_id=h.to_id,
        to_name=names.get(h.to_id, ""),
        recipient_role=ServingRole.of(h.recipient_role),
        visitor_unit=h.visitor_unit,
        visitor_name=h.visitor_name,
        visitor_phone=h.visitor_phone,
        matter=h.matter,
        message=h.message,
        state=HandoverState.of(h.state),
        contacted_at=h.contacted_at,
        contact_result=h.contact_result,
        contacted_by=ops.get(h.contacted_by or 0, ""),
        closed_at=h.closed_at,
        closed_by=ops.get(h.closed_by or 0, ""),
        back_at=info.back_at,
        due=info.due,
        overdue=info.overdue,
        wait=info.wait,
        assigned_at=h.assigned_at,
        row_version=h.row_version,
    )


class HandoverService:
    """``hall.handovers``: what the recipients of handovers see and record."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def _views(self, s: Session, handovers: list[Handover]) -> list[HandoverView]:
        names, ops = _names(s), _operator_names(s)
        info = due_map(
            s,
            ((h.id, h.to_id, assigned(h), h.state) for h in handovers),
            self.ctx.now(),
            self.ctx.calendar,
        )
        return [to_view(h, names, ops, info.get(h.id)) for h in handovers]

    def get(self, handover_id: int) -> HandoverView:
        with self.ctx.db.read() as s:
            h = s.get(Handover, handover_id)
            if h is None:
                raise NotFound("找不到该转交记录")
            return self._views(s, [h])[0]

    def pending_for(self, staff_id: int) -> list[HandoverView]:
        """待联系 handovers addressed to this person, oldest first."""
        return self.find(staff_id=staff_id, states=(HandoverState.PENDING,))

    def open_for(self, staff_id: int) -> list[HandoverView]:
        """Handovers not yet closed (待联系 and 已联系) addressed to this person."""
        return self.find(staff_id=staff_id)

    def find(
        self,
        *,
        staff_id: int | None = None,
        states: Iterable[HandoverState] = (HandoverState.PENDING, HandoverState.CONTACTED),
        overdue_only: bool = False,
        limit: int = 2000,
    ) -> list[HandoverView]:
        """Handovers by state (open ones by default), oldest first."""
        codes = [st.value for st in states]
        with self.ctx.db.read() as s:
            q = select(Handover).where(Handover.state.in_(codes))
            if staff_id is not None:
                q = q.where(Handover.to_id == staff_id)
            q = q.order_by(Handover.created_at, Handover.id).limit(limit)
            views = self._views(s, list(s.scalars(q)))
        return [v for v in views if v.overdue] if overdue_only else views

    def counts(self) -> tuple[int, int]:
        """(待联系, of which overdue) over the whole hall, for the 转交待办 page title."""
        with self.ctx.db.read() as s:
            pending = sum(_pending_badge(s, self.ctx.now()).values())
            overdue = sum(_overdue_badge(s, self.ctx.now()).values())
        return pending, overdue

    def contact(
        self,
        handover_id: int,
        at: datetime,
        result: str,
        expected_version: int | None = None,
    ) -> None:
        """Record that the visitor was contacted: when, and what was said or agreed.

        expected_version: the handover's row_version the form opened on; another desk's
        contact record since then refuses this one (EditConflict) instead of replacing it.
        """
        result = clean_text(
            result,
            field="contact_result",
            label="联系结果",
            max_len=TEXT_LIMITS["message"],
            required=True,
            multiline=True,
        )
        now = self.ctx.now()
        if at > now:
            raise FieldError("contacted_at", "联系时间不能晚于现在")

        def work(s: Session) -> None:
            h = s.get(Handover, handover_id)
            if h is None:
                raise NotFound("找不到该转交记录")
            if h.state not in OPEN_STATES:
                raise DomainError(f"该转交{HandoverState.of(h.state).label}，不能再登记联系")
            check_version(s, h, expected_version, "这条转交的联系记录")
            if at < h.created_at:
                raise FieldError("contacted_at", "联系时间不能早于转交时间")
            h.state = HandoverState.CONTACTED.value
            h.contacted_at = at
            h.contact_result = result
            h.contacted_by = self.ctx.operator_id

        self.ctx.write(work)

    def close(self, handover_id: int) -> None:
        """办结: the matter is placed; the handover must have been contacted first."""

        def work(s: Session) -> None:
            h = s.get(Handover, handover_id)
            if h is None:
                raise NotFound("找不到该转交记录")
            if h.state == HandoverState.PENDING.value:
                raise DomainError("请先登记与来访人的联系情况，再办结")
            if h.state != HandoverState.CONTACTED.value:
                raise DomainError(f"该转交{HandoverState.of(h.state).label}")
            h.state = HandoverState.CLOSED.value
            h.closed_at = self.ctx.now()
            h.closed_by = self.ctx.operator_id

        self.ctx.write(work)

    def mark_notified(self, handover_ids: Iterable[int]) -> None:
        """Remember that the recipient was shown these handovers on returning."""
        ids = list(handover_ids)
        if not ids:
            return

        def work(s: Session) -> None:
            for h in s.scalars(select(Handover).where(Handover.id.in_(ids))):
                if h.notified_at is None:
                    h.notified_at = self.ctx.now()

        self.ctx.write(work)


def _waiting_handovers(ctx: Context, staff_id: int) -> list[WaitingItem]:
    items = []
    for h in HandoverService(ctx).pending_for(staff_id):
        who = " ".join(x for x in (h.visitor_unit, h.visitor_name, h.visitor_phone) if x)
        items.append(
            WaitingItem(
                kind="handover",
                kind_label="转交",
                record_id=h.id,
                summary=f"{who}：{h.matter}",
                created=h.created_at,
                due=h.due,
                overdue=h.overdue,
                state_label=h.state.label,
            )
        )
    return items


WAITING: dict[str, WaitingProvider] = {"handover": _waiting_handovers}
