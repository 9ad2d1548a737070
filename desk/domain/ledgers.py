"""月度台账: the queries behind the monthly ledgers, one per ledger, for one month.

A ledger lists the records CREATED in the calendar month (local time); the 去向记录 and
AB岗顶岗记录 list the stretches that overlap the month. Rows carry current values (a
corrected record is marked edited) and voided records are included, marked with their
reason. Deadlines (转交 contact, 预约 callback, 限时办结) are judged by the record kinds'
own rules (handovers.due_map, the appointment book's callback due date, the case's
promised date) against the time of the export.

Phone numbers are masked (138****5678, desk.domain.privacy) unless a director or admin
asks for them in full; that request goes through the privacy rule and the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk.db.models import (
    Appointment,
    CaseExtension,
    CoverageInterval,
    Department,
    Handover,
    Intake,
    Notice,
    Operator,
    Post,
    Staff,
    TimeLimitCase,
    WhereaboutsEntry,
)
from desk.domain import handovers as handover_rules
from desk.domain.appointment_views import AppointmentFilter, AppointmentView
from desk.domain.appointments import AppointmentService
from desk.domain.case_views import CaseFilter, CaseView
from desk.domain.codes import (
    AppointmentState,
    CaseState,
    Channel,
    HandoverState,
    NoticeKind,
    Outcome,
    ServingRole,
    Status,
)
from desk.domain.context import Context
from desk.domain.errors import DomainError
from desk.domain.ledger_rows import (
    AppointmentLine,
    CaseLine,
    CoverageLine,
    HandoverLine,
    IntakeLine,
    Month,
    MonthWindow,
    NoticeLine,
    Timeliness,
    WhereaboutsLine,
)
from desk.domain.ledger_summary import LedgerSummary, summarise
from desk.domain.privacy import PrivacyService, mask_for_display
from desk.domain.settings import SettingsService
from desk.domain.timelimits import TimeLimitService

Progress = Callable[[str], None]


def _keep(phone: str) -> str:
    return phone


def mask_phone(phone: str) -> str:
    return mask_for_display(phone, "phone")


def _label(enum: type, code: str) -> str:
    try:
        return enum(code).label
    except ValueError:
        return code


@dataclass(frozen=True)
class UnmaskedGrant:
    """A director's or admin's audited permission to export one month with full phones."""

    month: Month
    operator_id: int | None


@dataclass(frozen=True)
class MonthLedgers:
    """Everything one month's workbook shows."""

    window: MonthWindow
    intakes: list[IntakeLine]
    handovers: list[HandoverLine]
    appointments: list[AppointmentLine]
    cases: list[CaseLine]
    notices: list[NoticeLine]
    whereabouts: list[WhereaboutsLine]
    coverage: list[CoverageLine]
    summary: LedgerSummary


class LedgerService:
    """``hall.ledgers``: month queries for the ledgers, and the whole month at once."""

    def __init__(
        self,
        ctx: Context,
        settings: SettingsService,
        appointments: AppointmentService,
        cases: TimeLimitService,
        privacy: PrivacyService,
    ) -> None:
        self.ctx = ctx
        self.settings = settings
        self.appointment_book = appointments
        self.case_book = cases
        self.privacy = privacy

    # ---- helpers -------------------------------------------------------------------
    @staticmethod
    def _names(s: Session) -> dict[int, str]:
        return dict(s.execute(select(Staff.id, Staff.name)).all())

    @staticmethod
    def _operators(s: Session) -> dict[int, str]:
        q = select(Operator.id, Staff.name).join(Staff, Staff.id == Operator.staff_id)
        return dict(s.execute(q).all())

    # ---- 办事登记台账 ------------------------------------------------------------------
    def intakes(self, month: Month, *, masked: bool = True) -> list[IntakeLine]:
        """Every intake created in the month, oldest first, voided ones included."""
        phone = mask_phone if masked else _keep
        outcomes = {o.value: o.label for o in Outcome}
        channels = {c.value: c.label for c in Channel}
        with self.ctx.db.read() as s:
            names = self._names(s)
            posts = {
                p: (n, d) for p, n, d in s.execute(select(Post.id, Post.name, Post.department_id))
            }
            depts = dict(s.execute(select(Department.id, Department.name)).all())
            q = (
                select(
                    Intake.id, Intake.created_at, Intake.channel, Intake.visitor_unit,
                    Intake.visitor_name, Intake.visitor_phone, Intake.matter, Intake.message,
                    Intake.post_id, Intake.department_id, Intake.responsible_id,
                    Intake.first_contact_id, Intake.outcome, Intake.result, Intake.referred_to,
                    Intake.referred_phone, Intake.edit_count, Intake.edited_at,
                    Intake.voided_at, Intake.void_reason,
                )
                .where(Intake.created_at >= month.start, Intake.created_at < month.end)
                .order_by(Intake.created_at, Intake.id)
            )  # fmt: skip
            rows = s.execute(q).all()
        out = []
        for (
            iid, created, channel, unit, name, tel, matter, message, post_id, dept_id,
            responsible_id, first_id, outcome, result, referred_to, referred_phone,
            edits, edited_at, voided_at, void_reason,
        ) in rows:  # fmt: skip
            post_name, post_dept = posts.get(post_id, ("", None)) if post_id else ("", None)
            if referred_to:
                where = f"引导至{referred_to}" + (f"（{referred_phone}）" if referred_phone else "")
                result = f"{result}；{where}" if result else where
            out.append(
                IntakeLine(
                    id=iid,
                    created_at=created,
                    channel=channels.get(channel, channel),
                    visitor_unit=unit,
                    visitor_name=name,
                    visitor_phone=phone(tel),
                    matter=matter,
                    message=message,
                    post_id=post_id,
                    post=post_name,
                    department=depts.get(dept_id or post_dept or 0, ""),
                    responsible_id=responsible_id,
                    responsible=names.get(responsible_id or 0, ""),
                    first_contact_id=first_id,
                    first_contact=names.get(first_id, ""),
                    outcome=outcome,
                    outcome_label=outcomes.get(outcome, outcome),
                    result=result,
                    edit_count=edits,
                    edited_at=edited_at,
                    voided=voided_at is not None,
                    void_reason=void_reason,
                )
            )
        return out

    # ---- 转交台账 ------------------------------------------------------------------
    def handovers(self, month: Month, *, masked: bool = True) -> list[HandoverLine]:
        """Handovers made in the month, with the contact limit judged by the handover rule."""
        phone = mask_phone if masked else _keep
        now = self.ctx.now()
        with self.ctx.db.read() as s:
            names = self._names(s)
            q = (
                select(Handover, Intake.voided_at, Intake.void_reason, Intake.edit_count)
                .join(Intake, Intake.id == Handover.intake_id)
                .where(Handover.created_at >= month.start, Handover.created_at < month.end)
                .order_by(Handover.created_at, Handover.id)
            )
            rows = s.execute(q).all()
            info = handover_rules.due_map(
                s,
                ((h.id, h.to_id, h.created_at, h.state) for h, *_ in rows),
                now,
                self.ctx.calendar,
            )
        out = []
        for h, intake_voided, void_reason, edits in rows:
            due = info[h.id] if h.id in info else handover_rules.DueInfo(None, None, False)
            voided = h.state == HandoverState.VOIDED.value or intake_voided is not None
            contacted = h.contacted_at or (
                h.closed_at if h.state == HandoverState.CLOSED.value else None
            )
            out.append(
                HandoverLine(
                    id=h.id,
                    intake_id=h.intake_id,
                    created_at=h.created_at,
                    from_id=h.from_id,
                    from_name=names.get(h.from_id, ""),
                    to_id=h.to_id,
                    to_name=names.get(h.to_id, ""),
                    recipient_role=_recipient_label(h.recipient_role),
                    visitor_unit=h.visitor_unit,
                    visitor_name=h.visitor_name,
                    visitor_phone=phone(h.visitor_phone),
                    matter=h.matter,
                    back_at=due.back_at,
                    due=due.due,
                    contacted_at=h.contacted_at,
                    contact_result=h.contact_result,
                    state_text=_label(HandoverState, h.state),
                    timeliness=_judge(voided, contacted, due.due, now),
                    voided=voided,
                    void_reason=void_reason,
                    edited=edits > 0,
                )
            )
        return out

    # ---- 预约登记台账 ----------------------------------------------------------------
    def appointments(self, month: Month, *, masked: bool = True) -> list[AppointmentLine]:
        """Appointment-book entries made in the month (the book's own month query)."""
        phone = mask_phone if masked else _keep
        now = self.ctx.now()
        views: list[AppointmentView] = self.appointment_book.list(
            AppointmentFilter(
                date_from=month.first_day,
                date_to=month.last_day,
                include_voided=True,
                limit=10**9,
            )
        )
        views.sort(key=lambda v: (v.created_at, v.id))
        with self.ctx.db.read() as s:
            edited = set(
                s.scalars(
                    select(Appointment.id).where(
                        Appointment.created_at >= month.start,
                        Appointment.created_at < month.end,
                        Appointment.updated_at.is_not(None),
                    )
                )
            )
        out = []
        for v in views:
            contacted = v.contacted_at or v.completed_at
            if v.state is AppointmentState.CANCELLED and not v.voided and contacted is None:
                timeliness = Timeliness.CANCELLED
            else:
                timeliness = _judge(v.voided, contacted, v.callback_due, now)
            out.append(
                AppointmentLine(
                    id=v.id,
                    created_at=v.created_at,
                    source=v.source.label,
                    visitor_unit=v.visitor_unit,
                    visitor_name=v.visitor_name,
                    visitor_phone=phone(v.visitor_phone),
                    matter=v.matter,
                    message=v.message,
                    handler_id=v.handler_id,
                    handler=v.handler_name,
                    booked_date=v.booked_date,
                    slot=v.slot_text,
                    callback_due=v.callback_due,
                    contacted_at=v.contacted_at,
                    contact_note=v.contact_note,
                    result=v.result or v.cancel_reason,
                    state_text=v.state.label,
                    timeliness=timeliness,
                    voided=v.voided,
                    void_reason=v.void_reason,
                    edited=v.id in edited,
                )
            )
        return out

    # ---- 限时办结台账 ----------------------------------------------------------------
    def cases(self, month: Month, *, masked: bool = True) -> list[CaseLine]:
        """Matters accepted in the month (the 限时办结 service's own month query)."""
        phone = mask_phone if masked else _keep
        views: list[CaseView] = self.case_book.list(
            CaseFilter(
                date_from=month.first_day,
                date_to=month.last_day,
                include_voided=True,
                limit=10**9,
            )
        )
        views.sort(key=lambda v: (v.accepted_at, v.id))
        edited = self._cases_edited(month)
        out = []
        for v in views:
            if v.voided:
                timeliness = Timeliness.VOID
            elif v.state is CaseState.RETURNED:
                timeliness = Timeliness.RETURNED
            elif v.completed_at is not None:
                timeliness = Timeliness.LATE if v.late else Timeliness.IN_TIME
            else:
                timeliness = Timeliness.OVERDUE if v.overdue else Timeliness.OPEN
            out.append(
                CaseLine(
                    id=v.id,
                    receipt_no=v.number,
                    accepted_at=v.accepted_at,
                    kind=v.kind.value,
                    kind_label=v.kind.label,
                    matter=v.matter,
                    visitor_unit=v.visitor_unit,
                    visitor_name=v.visitor_name,
                    visitor_phone=phone(v.visitor_phone),
                    post=v.post,
                    handler_id=v.handler_id,
                    handler=v.handler,
                    limit_text=v.limit_text,
                    original_date=v.original_date,
                    promised_date=v.promised_date,
                    extensions=len(v.extensions),
                    extension_text="；".join(
                        f"延长{e.extra_days}日至{e.new_date.month}月{e.new_date.day}日"
                        f"（{e.reason}；批准：{e.approver}）"
                        for e in v.extensions
                    ),
                    completed_at=v.completed_at,
                    result=v.result or v.return_reason,
                    state_text=v.state.label,
                    timeliness=timeliness,
                    voided=v.voided,
                    void_reason=v.void_reason,
                    edited=v.id in edited,
                )
            )
        return out

    def _cases_edited(self, month: Month) -> set[int]:
        """Cases whose receipt (materials, notes) was changed after acceptance.

        updated_at also moves with progress (start, completion, return) and extensions;
        a case counts as edited when its last change was none of those.
        """
        with self.ctx.db.read() as s:
            rows = s.execute(
                select(
                    TimeLimitCase.id,
                    TimeLimitCase.updated_at,
                    TimeLimitCase.started_at,
                    TimeLimitCase.completed_at,
                    TimeLimitCase.returned_at,
                    func.max(CaseExtension.created_at),
                )
                .outerjoin(CaseExtension, CaseExtension.case_id == TimeLimitCase.id)
                .where(
                    TimeLimitCase.accepted_at >= month.start,
                    TimeLimitCase.accepted_at < month.end,
                    TimeLimitCase.updated_at.is_not(None),
                )
                .group_by(TimeLimitCase.id)
            )
            return {
                cid for cid, updated, *progress in rows if updated not in progress
            }

    # ---- 一次性告知台账 --------------------------------------------------------------
    def notices(self, month: Month, *, masked: bool = True) -> list[NoticeLine]:
        """Notices given in the month (printed forms and phone notices)."""
        phone = mask_phone if masked else _keep
        with self.ctx.db.read() as s:
            names = self._names(s)
            rows = s.scalars(
                select(Notice)
                .where(Notice.created_at >= month.start, Notice.created_at < month.end)
                .order_by(Notice.created_at, Notice.id)
            ).all()
        return [
            NoticeLine(
                id=n.id,
                number=n.number,
                created_at=n.created_at,
                kind=n.kind,
                kind_label=_label(NoticeKind, n.kind),
                matter=n.matter,
                visitor_unit=n.visitor_unit,
                visitor_name=n.visitor_name,
                visitor_phone=phone(n.visitor_phone),
                clerk=n.clerk_name or names.get(n.clerk_id or 0, ""),
                window_no=n.window_no,
                missing_count=n.missing_count,
                print_count=n.print_count,
                last_printed_at=n.last_printed_at,
                voided=n.voided_at is not None,
                void_reason=n.void_reason,
            )
            for n in rows
        ]

    # ---- 去向记录 and AB岗顶岗记录 -----------------------------------------------------
    def whereabouts(self, month: Month, *, masked: bool = True) -> list[WhereaboutsLine]:
        """Absences (离岗 stretches) that overlap the month, in order of leaving."""
        phone = mask_phone if masked else _keep
        with self.ctx.db.read() as s:
            people = {
                sid: (name, dept)
                for sid, name, dept in s.execute(
                    select(Staff.id, Staff.name, Department.name).join(
                        Department, Department.id == Staff.department_id
                    )
                )
            }
            ops = self._operators(s)
            rows = s.scalars(
                select(WhereaboutsEntry)
                .where(
                    WhereaboutsEntry.status != Status.IN_POST.value,
                    WhereaboutsEntry.started_at < month.end,
                    or_(
                        WhereaboutsEntry.ended_at.is_(None),
                        WhereaboutsEntry.ended_at > month.start,
                    ),
                )
                .order_by(WhereaboutsEntry.started_at, WhereaboutsEntry.id)
            ).all()
        out = []
        for e in rows:
            name, dept = people.get(e.staff_id, ("", ""))
            status_label = (
                e.status_text if e.status == Status.OTHER.value and e.status_text
                else _label(Status, e.status)
            )  # fmt: skip
            out.append(
                WhereaboutsLine(
                    id=e.id,
                    staff_id=e.staff_id,
                    staff=name,
                    department=dept,
                    status=e.status,
                    status_label=status_label,
                    place=e.place,
                    contact_phone=phone(e.contact_phone),
                    started_at=e.started_at,
                    expected_return=e.expected_return,
                    ended_at=e.ended_at,
                    operator=ops.get(e.operator_id or 0, ""),
                    override_reason=e.override_reason,
                )
            )
        return out

    def coverage(self, month: Month) -> list[CoverageLine]:
        """顶岗 stretches that overlap the month, in order of starting."""
        with self.ctx.db.read() as s:
            names = self._names(s)
            posts = {p: (n, w) for p, n, w in s.execute(select(Post.id, Post.name, Post.window_no))}
            rows = s.scalars(
                select(CoverageInterval)
                .where(
                    CoverageInterval.started_at < month.end,
                    or_(
                        CoverageInterval.ended_at.is_(None),
                        CoverageInterval.ended_at > month.start,
                    ),
                )
                .order_by(CoverageInterval.started_at, CoverageInterval.id)
            ).all()
        out = []
        for iv in rows:
            post, window = posts.get(iv.post_id, ("", ""))
            nobody = iv.kind != "b" or iv.covering_id is None
            hours = (
                round((iv.ended_at - iv.started_at).total_seconds() / 3600, 1)
                if iv.ended_at is not None
                else None
            )
            out.append(
                CoverageLine(
                    id=iv.id,
                    post=post,
                    window_no=window,
                    absent=names.get(iv.absent_id, ""),
                    covering="" if nobody else names.get(iv.covering_id or 0, ""),
                    kind_label="无人顶岗（A、B均不在岗）" if nobody else "B岗顶岗",
                    started_at=iv.started_at,
                    ended_at=iv.ended_at,
                    hours=hours,
                )
            )
        return out

    # ---- the whole month -----------------------------------------------------------
    def authorise_unmasked(self, month: Month, destination: str = "") -> UnmaskedGrant:
        """Let a director or admin export full phone numbers (the privacy rule, audited).

        Raises PermissionDenied for anyone else. Call it on the thread that owns the
        window (it writes), then hand the grant to ``collect`` on any thread.
        """
        with self.ctx.db.read() as s:
            rows = sum(
                s.scalar(select(func.count()).where(col >= month.start, col < month.end)) or 0
                for col in (
                    Intake.created_at,
                    Handover.created_at,
                    Appointment.created_at,
                    TimeLimitCase.accepted_at,
                    Notice.created_at,
                )
            )
        self.privacy.authorise_unmasked_export(f"{month.label}月度台账", rows, destination)
        return UnmaskedGrant(month, self.ctx.operator_id)

    def collect(
        self,
        month: Month,
        *,
        unmasked: UnmaskedGrant | bool = False,
        progress: Progress | None = None,
    ) -> MonthLedgers:
        """All ledgers and the summary of one month.

        Full phone numbers need a grant from ``authorise_unmasked`` for this month
        (``unmasked=True`` asks for one here).
        """
        if unmasked is True:
            unmasked = self.authorise_unmasked(month)
        if isinstance(unmasked, UnmaskedGrant) and unmasked.month != month:
            raise DomainError("未隐藏电话号码的授权只适用于所授权的月份")
        masked = not unmasked
        say = progress or (lambda _text: None)
        window = MonthWindow(month, self.ctx.now(), str(self.settings.get("hall.name")), masked)
        say("办事登记台账")
        intakes = self.intakes(month, masked=masked)
        say("转交台账")
        handovers = self.handovers(month, masked=masked)
        say("预约登记台账")
        appointments = self.appointments(month, masked=masked)
        say("限时办结台账")
        cases = self.cases(month, masked=masked)
        say("一次性告知台账")
        notices = self.notices(month, masked=masked)
        say("去向记录")
        whereabouts = self.whereabouts(month, masked=masked)
        coverage = self.coverage(month)
        summary = summarise(intakes, handovers, appointments, cases, notices, whereabouts, coverage)
        return MonthLedgers(
            window, intakes, handovers, appointments, cases, notices, whereabouts, coverage, summary
        )


def _recipient_label(code: str) -> str:
    return _label(ServingRole, code)


def _judge(voided: bool, done_at: datetime | None, due: date | None, now: datetime) -> Timeliness:
    """按时 / 逾期办理 / 已逾期未办 / 未到期 / 待返岗 for a deadline-bound record."""
    if voided:
        return Timeliness.VOID
    if done_at is not None:
        if due is None or done_at.date() <= due:
            return Timeliness.IN_TIME
        return Timeliness.LATE
    if due is None:
        return Timeliness.WAITING
    return Timeliness.OVERDUE if now.date() > due else Timeliness.OPEN
