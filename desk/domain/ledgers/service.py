"""月度台账: the queries behind the monthly ledgers, one per ledger, for one month.

A ledger lists the records CREATED in the calendar month (local time); the 去向记录 and
AB岗顶岗记录 list the stretches that overlap the month. Rows carry current values (a
corrected record is marked edited) and voided records are included, marked with their
reason. Deadlines (转交 contact, 预约 callback, 限时办结) are judged by the record kinds'
own rules (handovers.due_map, the appointment book's callback due date, the case's
promised date) against the time of the export.

Phone numbers are masked (138****5678, desk.domain.admin.privacy) unless a director or admin
asks for them in full; that request goes through the privacy rule and the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from desk.db.models import (
    Appointment,
    Handover,
    Intake,
    Notice,
    TimeLimitCase,
)
from desk.domain.admin.privacy import PrivacyService, mask_for_display
from desk.domain.admin.settings import SettingsService
from desk.domain.appointments.service import AppointmentService
from desk.domain.appointments.views import AppointmentFilter, AppointmentView
from desk.domain.cases.service import TimeLimitService
from desk.domain.cases.views import CaseFilter, CaseView
from desk.domain.common.codes import (
    AppointmentState,
    CaseState,
)
from desk.domain.common.context import Context
from desk.domain.common.errors import DomainError
from desk.domain.ledgers import queries
from desk.domain.ledgers.queries import PhoneFn, judge
from desk.domain.ledgers.rows import (
    AppointmentLine,
    CaseLine,
    CoverageLine,
    DutyLogLine,
    HandoverLine,
    IntakeLine,
    LeaveLine,
    Month,
    MonthWindow,
    NoticeLine,
    Timeliness,
    WhereaboutsLine,
)
from desk.domain.ledgers.summary import LedgerSummary, summarise

if TYPE_CHECKING:
    from desk.domain.duty.service import DutyService
    from desk.domain.leave.service import LeaveService

Progress = Callable[[str], None]


def _keep(phone: str) -> str:
    return phone


def mask_phone(phone: str) -> str:
    return mask_for_display(phone, "phone")


def _phone(masked: bool) -> PhoneFn:
    return mask_phone if masked else _keep


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
    duty_logs: list[DutyLogLine] = field(default_factory=list)
    leave: list[LeaveLine] = field(default_factory=list)
    # Past working days on the roster whose log is missing or unsigned (值班记录's note).
    duty_missing: list[str] = field(default_factory=list)
    duty_days: int = 0


class LedgerService:
    """``hall.ledgers``: month queries for the ledgers, and the whole month at once."""

    def __init__(
        self,
        ctx: Context,
        settings: SettingsService,
        appointments: AppointmentService,
        cases: TimeLimitService,
        privacy: PrivacyService,
        duty: DutyService | None = None,
        leave: LeaveService | None = None,
    ) -> None:
        self.ctx = ctx
        self.settings = settings
        self.appointment_book = appointments
        self.case_book = cases
        self.privacy = privacy
        self.duty = duty
        self.leave_book = leave

    # ---- 办事登记台账 ------------------------------------------------------------------
    def intakes(self, month: Month, *, masked: bool = True) -> list[IntakeLine]:
        """Every intake created in the month, oldest first, voided ones included."""
        with self.ctx.db.read() as s:
            return queries.intake_lines(s, month, _phone(masked))

    # ---- 转交台账 ------------------------------------------------------------------
    def handovers(self, month: Month, *, masked: bool = True) -> list[HandoverLine]:
        """Handovers made in the month, with the contact limit judged by the handover rule."""
        with self.ctx.db.read() as s:
            return queries.handover_lines(
                s, month, _phone(masked), self.ctx.now(), self.ctx.calendar
            )

    # ---- 预约登记台账 ----------------------------------------------------------------
    def appointments(self, month: Month, *, masked: bool = True) -> list[AppointmentLine]:
        """Appointment-book entries made in the month (the book's own month query)."""
        phone = mask_phone if masked else _keep
        now = self.ctx.now()
        views: list[AppointmentView] = self.appointment_book.find(
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
                timeliness = judge(v.voided, contacted, v.callback_due, now)
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
        views: list[CaseView] = self.case_book.find(
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
        with self.ctx.db.read() as s:
            return queries.edited_cases(s, month)

    # ---- 一次性告知台账 --------------------------------------------------------------
    def notices(self, month: Month, *, masked: bool = True) -> list[NoticeLine]:
        """Notices given in the month (printed forms and phone notices)."""
        with self.ctx.db.read() as s:
            return queries.notice_lines(s, month, _phone(masked))

    # ---- 去向记录 and AB岗顶岗记录 -----------------------------------------------------
    def whereabouts(self, month: Month, *, masked: bool = True) -> list[WhereaboutsLine]:
        """Absences (离岗 stretches) that overlap the month, in order of leaving."""
        with self.ctx.db.read() as s:
            return queries.whereabouts_lines(s, month, _phone(masked))

    def coverage(self, month: Month) -> list[CoverageLine]:
        """顶岗 stretches that overlap the month, in order of starting."""
        with self.ctx.db.read() as s:
            return queries.coverage_lines(s, month)

    # ---- 值班记录 and 请假台账 ------------------------------------------------------------
    def duty_logs(self, month: Month) -> list[DutyLogLine]:
        """Every log of the month's days (voided ones too), by day."""
        if self.duty is None:
            return []
        out = []
        for log in self.duty.logs(month.first_day, month.last_day):
            checks = [("正常" if ok else f"有问题：{note}" if ok is False else "未检查")
                      + (f"（{note}）" if ok and note else "")
                      for _key, _label, ok, note in log.checks]  # fmt: skip
            out.append(
                DutyLogLine(
                    id=log.id,
                    day=log.day,
                    weekday=f"周{'一二三四五六日'[log.day.weekday()]}",
                    leader=log.leader,
                    attendance=checks[0],
                    badges=checks[1],
                    manner=checks[2],
                    environment=checks[3],
                    safety=checks[4],
                    notes=log.notes,
                    records="；".join(f"{r.kind_label}：{r.summary}" for r in log.records),
                    signed_by=log.signed_by,
                    signed_at=log.signed_at,
                    voided=log.voided,
                    void_reason=log.void_reason,
                )
            )
        return out

    def duty_gaps(self, month: Month) -> tuple[int, list[str]]:
        """(roster working days of the month up to today, those without a signed log)."""
        if self.duty is None:
            return 0, []
        today = self.ctx.now().date()
        last = min(month.last_day, today - timedelta(days=1))
        days = [d.day for d in self.duty.roster(month.first_day, last) if d.leader and d.working]
        missing = {m.day for m in self.duty.missing_logs(last + timedelta(days=1))}
        return len(days), [f"{d.month}月{d.day}日" for d in days if d in missing]

    def leave(self, month: Month) -> list[LeaveLine]:
        """Every 请假单 written in the month, in order (withdrawn ones marked)."""
        if self.leave_book is None:
            return []
        from desk.domain.common.codes import LeaveState

        out = []
        for v in self.leave_book.created_in(month.start, month.end):
            withdrawn = v.state is LeaveState.WITHDRAWN
            out.append(
                LeaveLine(
                    id=v.id,
                    number=v.number,
                    created_at=v.created_at,
                    staff=v.staff,
                    department=v.department,
                    kind_label=v.kind_label,
                    period=v.period_text,
                    days=v.days,
                    reason=v.reason,
                    cover=v.cover_text,
                    approver=v.approver,
                    decided_at=v.decided_at,
                    decision=v.decision_note,
                    override_reason=v.override_reason,
                    closed_at=v.closed_at,
                    state_text=v.state.label,
                    after_the_fact=v.after_the_fact,
                    voided=withdrawn,
                    void_reason=v.withdraw_reason if withdrawn else "",
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
        say("值班记录")
        duty_logs = self.duty_logs(month)
        duty_days, duty_missing = self.duty_gaps(month)
        say("请假台账")
        leave = self.leave(month)
        summary = summarise(intakes, handovers, appointments, cases, notices, whereabouts, coverage)
        return MonthLedgers(
            window, intakes, handovers, appointments, cases, notices, whereabouts, coverage,
            summary, duty_logs, leave, duty_missing, duty_days,
        )  # fmt: skip
