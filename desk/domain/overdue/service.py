"""逾期一览: everything due today or overdue — handovers, callbacks, promised completions.

One list merged from the three record kinds' own due queries, most urgent first: overdue
items by how late they are (the latest first), then items due today. Each row carries its
kind and record id so that the screen can open the record.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desk.db.models import Intake, Post, ServiceItem
from desk.domain.admin.settings import SettingsService
from desk.domain.appointments.service import AppointmentService
from desk.domain.cases.service import TimeLimitService
from desk.domain.cases.views import CALENDAR_DAY_KINDS
from desk.domain.common.codes import HandoverState
from desk.domain.common.context import Context
from desk.domain.intake.handovers import HandoverService

KIND_HANDOVER = "handover"
KIND_CALLBACK = "callback"
KIND_CASE = "case"

KIND_LABELS = {KIND_HANDOVER: "转交待联系", KIND_CALLBACK: "预约回电", KIND_CASE: "承诺办结"}


@dataclass(frozen=True)
class OverdueRow:
    """One due or overdue item of any kind."""

    kind: str  # KIND_HANDOVER / KIND_CALLBACK / KIND_CASE
    record_id: int
    visitor: str
    phone: str
    matter: str
    staff_id: int
    staff: str
    # The posts the item belongs to (for the post filter); the first is shown.
    post_ids: tuple[int, ...]
    post: str
    due: date
    # Working days past the due date (calendar days for 上报件); 0 when due today.
    days_late: int
    state_label: str
    # "〔2026〕第0001号" for a case, "" otherwise.
    number: str = ""

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def overdue(self) -> bool:
        return self.days_late > 0

    @property
    def urgency_text(self) -> str:
        return f"逾期{self.days_late}天" if self.overdue else "今日到期"


def _urgency(row: OverdueRow) -> tuple[int, int, date, str, int]:
    return (0 if row.overdue else 1, -row.days_late, row.due, row.kind, row.record_id)


class OverdueService:
    """``hall.overdue``: the merged list the 逾期一览 page and the reminders show."""

    def __init__(self, ctx: Context, settings: SettingsService) -> None:
        self.ctx = ctx
        self.settings = settings

    def items(
        self,
        on: date | None = None,
        *,
        staff_id: int | None = None,
        post_id: int | None = None,
    ) -> list[OverdueRow]:
        """Everything due on or before ``on`` (today), most urgent first, optionally filtered."""
        day = on or self.ctx.now().date()
        rows = self._handovers(day) + self._callbacks(day) + self._cases(day)
        if staff_id is not None:
            rows = [r for r in rows if r.staff_id == staff_id]
        if post_id is not None:
            rows = [r for r in rows if post_id in r.post_ids]
        return sorted(rows, key=_urgency)

    def counts(self, on: date | None = None) -> tuple[int, int]:
        """(due or overdue, of which overdue)."""
        rows = self.items(on)
        return len(rows), sum(1 for r in rows if r.overdue)

    # ---- the three sources ---------------------------------------------------------
    def _late(self, due: date, day: date) -> int:
        """Working days past due; a due day that ended before a weekend is still 1 late."""
        if day <= due:
            return 0
        return max(1, self.ctx.calendar.working_days_between(due, day))

    def _post_names_and_holders(self) -> tuple[dict[int, str], dict[int, list[int]]]:
        with self.ctx.db.read() as s:
            names: dict[int, str] = {}
            held: dict[int, list[int]] = defaultdict(list)
            for p in s.scalars(select(Post).order_by(Post.sort_order, Post.id)):
                names[p.id] = p.name
                for holder in (p.a_id, p.b_id):
                    if holder is not None:
                        held[holder].append(p.id)
        return names, held

    def _handovers(self, day: date) -> list[OverdueRow]:
        pending = [
            h
            for h in HandoverService(self.ctx).find(states=(HandoverState.PENDING,))
            if h.due is not None and h.due <= day
        ]
        if not pending:
            return []
        names, _held = self._post_names_and_holders()
        with self.ctx.db.read() as s:
            ids = [h.intake_id for h in pending]
            post_of = dict(
                s.execute(select(Intake.id, Intake.post_id).where(Intake.id.in_(ids))).all()
            )
        rows = []
        for h in pending:
            assert h.due is not None
            post = post_of.get(h.intake_id)
            rows.append(
                OverdueRow(
                    kind=KIND_HANDOVER,
                    record_id=h.id,
                    visitor=" ".join(x for x in (h.visitor_unit, h.visitor_name) if x),
                    phone=h.visitor_phone,
                    matter=h.matter,
                    staff_id=h.to_id,
                    staff=h.to_name,
                    post_ids=(post,) if post else (),
                    post=names.get(post or 0, ""),
                    due=h.due,
                    days_late=self._late(h.due, day),
                    state_label=h.state.label,
                )
            )
        return rows

    def _callbacks(self, day: date) -> list[OverdueRow]:
        due = AppointmentService(self.ctx, self.settings).callbacks_due(day)
        if not due:
            return []
        names, held = self._post_names_and_holders()
        with self.ctx.db.read() as s:
            items = {v.service_item_id for v in due if v.service_item_id}
            item_post = dict(
                s.execute(
                    select(ServiceItem.id, ServiceItem.post_id).where(ServiceItem.id.in_(items))
                ).all()
            )
        rows = []
        for v in due:
            assert v.callback_due is not None
            item_post_id = item_post.get(v.service_item_id or 0)
            posts = tuple(
                dict.fromkeys(([item_post_id] if item_post_id else []) + held[v.handler_id])
            )
            rows.append(
                OverdueRow(
                    kind=KIND_CALLBACK,
                    record_id=v.id,
                    visitor=" ".join(x for x in (v.visitor_unit, v.visitor_name) if x),
                    phone=v.visitor_phone,
                    matter=v.matter,
                    staff_id=v.handler_id,
                    staff=v.handler_name,
                    post_ids=posts,
                    post=names.get(posts[0], "") if posts else "",
                    due=v.callback_due,
                    days_late=self._late(v.callback_due, day),
                    state_label=v.state.label,
                )
            )
        return rows

    def _cases(self, day: date) -> list[OverdueRow]:
        rows = []
        for c in TimeLimitService(self.ctx, self.settings).due(day):
            if c.kind in CALENDAR_DAY_KINDS:
                late = max(0, (day - c.promised_date).days)  # 上报件: calendar days
            else:
                late = self._late(c.promised_date, day)
            rows.append(
                OverdueRow(
                    kind=KIND_CASE,
                    record_id=c.id,
                    visitor=c.visitor,
                    phone=c.visitor_phone,
                    matter=c.matter,
                    staff_id=c.handler_id,
                    staff=c.handler,
                    post_ids=(c.post_id,) if c.post_id else (),
                    post=c.post,
                    due=c.promised_date,
                    days_late=late,
                    state_label=f"{c.kind.label}·{c.state.label}",
                    number=c.number,
                )
            )
        return rows
