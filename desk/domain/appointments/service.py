"""办事预约: ``hall.appointments`` — the appointment book and its callback deadlines.

Entries are made for an absent handler (a walk-in message, a phone call, or an intake
turned into an appointment) and optionally book a time slot. The handler then calls the
visitor back (已联系, with what was said) and the entry is closed (已办结) or cancelled
with a reason. See :mod:`desk.domain.appointments.rules` for the deadline and booking rules.

The board shows, per handler, how many entries await a callback (badge "callbacks"), and
the return notice lists them (waiting provider "appointment").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import Appointment, Intake, ServiceItem, Staff
from desk.domain.admin.settings import SettingsService
from desk.domain.appointments import rules
from desk.domain.appointments.queries import AppointmentQueries
from desk.domain.appointments.views import (
    AppointmentDraft,
    AppointmentFilter,
    AppointmentView,
    BookingCheck,
)
from desk.domain.common.codes import AppointmentSource, AppointmentState
from desk.domain.common.context import Context
from desk.domain.common.edits import check_version
from desk.domain.common.errors import DomainError, NotFound
from desk.domain.common.text import TEXT_LIMITS, FieldError, clean_text
from desk.domain.common.validation import check_phone

__all__ = [
    "AppointmentDraft",
    "AppointmentFilter",
    "AppointmentService",
    "AppointmentView",
    "BookingCheck",
]

PENDING = AppointmentState.PENDING.value
OPEN_STATES = rules.LIVE_STATES


class AppointmentService(AppointmentQueries):
    """The appointment book: entries, callbacks, booked slots and deadlines."""

    def __init__(self, ctx: Context, settings: SettingsService) -> None:
        self.ctx = ctx
        self.settings = settings

    # ---- checks before saving ------------------------------------------------------
    def _work_hours(self) -> tuple[time, time]:
        return (
            rules.parse_hhmm(self.settings.get("workday.start"), time(8, 30)),
            rules.parse_hhmm(self.settings.get("workday.end"), time(17, 30)),
        )

    def check(self, draft: AppointmentDraft, exclude_id: int | None = None) -> BookingCheck:
        """Conflicts (refused on saving) and warnings for the dialog to show while typing.

        Field-format problems (a missing name, a bad phone) are not reported here; they
        come as FieldError from :meth:`create`.
        """
        if draft.handler_id is None:
            return BookingCheck()
        with self.ctx.db.read() as s:
            return self._check(s, draft, exclude_id)

    def _check(self, s: Session, d: AppointmentDraft, exclude_id: int | None) -> BookingCheck:
        assert d.handler_id is not None
        conflicts: list[str] = []
        warnings: list[str] = []
        now = self.ctx.now()
        slot_at = None
        if d.booked_date and d.slot_start and d.slot_end and d.slot_start < d.slot_end:
            slot_at = datetime.combine(d.booked_date, d.slot_start)
            name = s.scalar(select(Staff.name).where(Staff.id == d.handler_id)) or ""
            for other in rules.clashes(
                s, d.handler_id, d.booked_date, d.slot_start, d.slot_end, exclude_id
            ):
                conflicts.append(rules.clash_message(name, other))
            start, end = self._work_hours()
            warnings += rules.calendar_warnings(
                self.ctx.calendar, d.booked_date, d.slot_start, d.slot_end, start, end, now
            )
        absent = rules.absence_warning(s, d.handler_id, now, slot_at)
        if absent:
            warnings.insert(0, absent)
        return BookingCheck(tuple(conflicts), tuple(warnings))

    def callback_preview(
        self, handler_id: int, service_item_id: int | None = None
    ) -> tuple[int, date | None]:
        """(limit in working days, due date if made now); None while the handler is away."""
        default_days = int(self.settings.get("appointment.callback_days"))
        now = self.ctx.now()
        with self.ctx.db.read() as s:
            days = rules.callback_limit(s, service_item_id, default_days)
            if rules.status_at(s, handler_id, now).is_absent:
                return days, None
        return days, self.ctx.calendar.add_working_days(now, days)

    def _clean(self, d: AppointmentDraft) -> AppointmentDraft:
        """Validate and normalise every field, or raise FieldError at the first bad one."""
        if d.handler_id is None:
            raise FieldError("handler", "请选择经办人")
        name = clean_text(
            d.visitor_name,
            field="visitor_name",
            label="来访人姓名",
            max_len=TEXT_LIMITS["name"],
            required=True,
        )
        if not d.visitor_phone.strip():
            raise FieldError("visitor_phone", "请填写联系电话（经办人要回电）")
        phone = check_phone(d.visitor_phone, field="visitor_phone", label="联系电话")
        unit = clean_text(
            d.visitor_unit, field="visitor_unit", label="单位", max_len=TEXT_LIMITS["unit"]
        )
        address = clean_text(
            d.visitor_address,
            field="visitor_address",
            label="地址",
            max_len=TEXT_LIMITS["address"],
        )
        matter = clean_text(
            d.matter, field="matter", label="预约事项", max_len=TEXT_LIMITS["matter"]
        )
        message = clean_text(
            d.message,
            field="message",
            label="留言",
            max_len=TEXT_LIMITS["message"],
            multiline=True,
        )
        slot = (d.booked_date, d.slot_start, d.slot_end)
        if any(x is not None for x in slot) and not all(x is not None for x in slot):
            raise FieldError("slot", "预约时间须同时填写日期、开始和结束时间")
        if d.slot_start is not None and d.slot_end is not None and d.slot_start >= d.slot_end:
            raise FieldError("slot", "结束时间应晚于开始时间")
        if d.source is AppointmentSource.INTAKE and d.intake_id is None:
            raise FieldError("source", "由登记转入的预约须关联登记记录")
        return replace(
            d,
            source=AppointmentSource.of(d.source),
            visitor_name=name,
            visitor_phone=phone,
            visitor_unit=unit,
            visitor_address=address,
            matter=matter,
            message=message,
        )

    def _resolve_matter(self, s: Session, d: AppointmentDraft) -> str:
        if d.service_item_id is not None:
            item = s.get(ServiceItem, d.service_item_id)
            if item is None:
                raise FieldError("matter", "找不到所选事项，请重新选择")
            return d.matter or item.name
        if not d.matter:
            raise FieldError("matter", "请填写预约事项")
        return d.matter

    def _refuse_clash(self, s: Session, d: AppointmentDraft, exclude_id: int | None) -> None:
        if d.booked_date and d.slot_start and d.slot_end:
            assert d.handler_id is not None
            found = rules.clashes(
                s, d.handler_id, d.booked_date, d.slot_start, d.slot_end, exclude_id
            )
            if found:
                name = s.scalar(select(Staff.name).where(Staff.id == d.handler_id)) or ""
                raise FieldError("slot", rules.clash_message(name, found[0]))

    # ---- writes --------------------------------------------------------------------
    def create(self, draft: AppointmentDraft) -> int:
        """Register an entry; a double booking of the handler's slot is refused."""
        d = self._clean(draft)
        default_days = int(self.settings.get("appointment.callback_days"))

        def work(s: Session) -> int:
            handler = s.get(Staff, d.handler_id)
            if handler is None or not handler.active:
                raise FieldError("handler", "请选择在职的经办人")
            matter = self._resolve_matter(s, d)
            self._refuse_clash(s, d, None)
            if d.intake_id is not None and s.get(Intake, d.intake_id) is None:
                raise NotFound("找不到该登记记录")
            now = self.ctx.now()
            days = rules.callback_limit(s, d.service_item_id, default_days)
            absent = rules.status_at(s, handler.id, now).is_absent
            row = Appointment(
                created_at=now,
                created_by=self.ctx.operator_id,
                source=d.source.value,
                intake_id=d.intake_id,
                visitor_unit=d.visitor_unit,
                visitor_name=d.visitor_name,
                visitor_phone=d.visitor_phone,
                visitor_address=d.visitor_address,
                service_item_id=d.service_item_id,
                matter=matter,
                message=d.message,
                handler_id=handler.id,
                booked_date=d.booked_date,
                slot_start=d.slot_start,
                slot_end=d.slot_end,
                state=PENDING,
                callback_days=days,
                handler_absent=absent,
                callback_due=None if absent else self.ctx.calendar.add_working_days(now, days),
            )
            s.add(row)
            s.flush()
            return row.id

        return self.ctx.write(work)

    def update(
        self, appointment_id: int, draft: AppointmentDraft, expected_version: int | None = None
    ) -> None:
        """Correct an open entry (details, handler, booked slot); the audit log keeps the old.

        expected_version: the entry's row_version the dialog opened on (EditConflict if
        another desk saved the entry since)."""
        d = self._clean(draft)
        default_days = int(self.settings.get("appointment.callback_days"))

        def work(s: Session) -> None:
            row = self._open_row(s, appointment_id)
            check_version(s, row, expected_version, "这条预约")
            handler = s.get(Staff, d.handler_id)
            if handler is None or not handler.active:
                raise FieldError("handler", "请选择在职的经办人")
            matter = self._resolve_matter(s, d)
            self._refuse_clash(s, d, appointment_id)
            if handler.id != row.handler_id or d.service_item_id != row.service_item_id:
                # Another handler or matter: the limit and its start follow them.
                days = rules.callback_limit(s, d.service_item_id, default_days)
                absent = rules.status_at(s, handler.id, row.created_at).is_absent
                row.callback_days = days
                row.handler_absent = absent
                row.callback_due = (
                    None if absent else self.ctx.calendar.add_working_days(row.created_at, days)
                )
            row.handler_id = handler.id
            row.visitor_unit, row.visitor_name = d.visitor_unit, d.visitor_name
            row.visitor_phone, row.visitor_address = d.visitor_phone, d.visitor_address
            row.service_item_id, row.matter, row.message = d.service_item_id, matter, d.message
            row.booked_date, row.slot_start, row.slot_end = d.booked_date, d.slot_start, d.slot_end
            row.updated_at = self.ctx.now()

        self.ctx.write(work)

    def _open_row(self, s: Session, appointment_id: int) -> Appointment:
        row = s.get(Appointment, appointment_id)
        if row is None or row.voided_at is not None:
            raise NotFound("找不到该预约记录")
        if row.state not in OPEN_STATES:
            raise DomainError(f"该预约已{AppointmentState.of(row.state).label}，不能再修改")
        return row

    def contact(self, appointment_id: int, note: str, at: datetime | None = None) -> None:
        """已联系: the visitor was called back — when, by whom (the operator), what was said."""
        note = clean_text(
            note,
            field="contact_note",
            label="联系情况",
            max_len=TEXT_LIMITS["message"],
            required=True,
            multiline=True,
        )
        now = self.ctx.now()
        at = at or now
        if at > now:
            raise FieldError("contacted_at", "联系时间不能晚于现在")

        def work(s: Session) -> None:
            row = self._open_row(s, appointment_id)
            if row.state != PENDING:
                raise DomainError("该预约已登记过联系情况")
            if at < row.created_at:
                raise FieldError("contacted_at", "联系时间不能早于预约登记时间")
            row.state = AppointmentState.CONTACTED.value
            row.contacted_at = at
            row.contacted_by = self.ctx.operator_id
            row.contact_note = note

        self.ctx.write(work)

    def complete(self, appointment_id: int, result: str) -> None:
        """已办结. From 待联系 it means the handler dealt with it at once and told the visitor,
        so the result also counts as the callback."""
        result = clean_text(
            result,
            field="result",
            label="办理结果",
            max_len=TEXT_LIMITS["message"],
            required=True,
            multiline=True,
        )

        def work(s: Session) -> None:
            row = self._open_row(s, appointment_id)
            now = self.ctx.now()
            if row.state == PENDING:
                row.contacted_at = now
                row.contacted_by = self.ctx.operator_id
                row.contact_note = result
            row.state = AppointmentState.DONE.value
            row.completed_at = now
            row.completed_by = self.ctx.operator_id
            row.result = result

        self.ctx.write(work)

    def cancel(self, appointment_id: int, reason: str) -> None:
        """已取消 with a reason (the visitor withdrew, came elsewhere, …); frees the slot."""
        reason = clean_text(
            reason,
            field="cancel_reason",
            label="取消原因",
            max_len=TEXT_LIMITS["reason"],
            required=True,
        )

        def work(s: Session) -> None:
            row = self._open_row(s, appointment_id)
            row.state = AppointmentState.CANCELLED.value
            row.cancelled_at = self.ctx.now()
            row.cancelled_by = self.ctx.operator_id
            row.cancel_reason = reason

        self.ctx.write(work)

    def void(self, appointment_id: int, reason: str) -> None:
        """作废 an entry made by mistake; it stays in the book, marked, with the reason."""
        reason = clean_text(
            reason,
            field="void_reason",
            label="作废原因",
            max_len=TEXT_LIMITS["reason"],
            required=True,
        )

        def work(s: Session) -> None:
            row = s.get(Appointment, appointment_id)
            if row is None:
                raise NotFound("找不到该预约记录")
            if row.voided_at is not None:
                raise DomainError("该预约已作废")
            row.voided_at = self.ctx.now()
            row.voided_by = self.ctx.operator_id
            row.void_reason = reason

        self.ctx.write(work)

    # ---- from an intake ------------------------------------------------------------
    def draft_from_intake(self, intake_id: int) -> AppointmentDraft:
        """An entry prefilled from an intake (visitor, matter, message, responsible person)."""
        # The intake service decides who the handler is (the post's responsible person).
        from desk.domain.intake.service import IntakeService

        seed = IntakeService(self.ctx).appointment_seed(intake_id)
        return AppointmentDraft(
            handler_id=seed.handler_id,
            visitor_name=seed.visitor_name,
            visitor_phone=seed.visitor_phone,
            matter=seed.matter,
            service_item_id=seed.service_item_id,
            visitor_unit=seed.visitor_unit,
            visitor_address=seed.visitor_address,
            message=seed.message,
            source=AppointmentSource.INTAKE,
            intake_id=seed.intake_id,
        )

    def create_from_intake(self, intake_id: int, **changes: object) -> int:
        """Turn an intake into an appointment-book entry (fields may be overridden).

        Refused when the intake already has a live entry.
        """
        existing = self.for_intake(intake_id)
        if existing is not None and existing.state is not AppointmentState.CANCELLED:
            raise DomainError(f"该登记已转为预约（第{existing.id}号），不能重复转入")
        draft = replace(self.draft_from_intake(intake_id), **changes)  # type: ignore[arg-type]
        return self.create(draft)
