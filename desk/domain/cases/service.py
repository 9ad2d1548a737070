"""限时办结: ``hall.cases`` — accepted matters with promised dates, progress and extensions.

An intake whose matter is accepted becomes a case (DOMAIN §6): its kind decides how the
promised completion date is counted —

* 即办件 and 退回件: the day of acceptance (the next working day if accepted on a holiday);
* 承诺件, 联办件, 补办件: N working days (default: the catalogue item's promised days),
  counted with the hall's working-day calendar including 调休;
* 上报件: N calendar days, at most ``case.reported_max_days`` (60).

Progress runs 受理 → 办理中 → 办结 (late when after the promised date) or 退回 with a reason.
An extension needs a reason, an approver other than the handler, and a record that the
applicant was told; the new date is counted from the old one the same way. A promised date
whose span crosses days the calendar can only guess (a year chinese-calendar does not know
yet) is flagged provisional.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.db import numbering
from desk.db.models import (
    CaseExtension,
    Intake,
    Operator,
    ReceiptMaterial,
    ServiceItem,
    Staff,
    TimeLimitCase,
)
from desk.domain.admin.settings import SettingsService
from desk.domain.cases.queries import CaseQueries
from desk.domain.cases.views import (
    CALENDAR_DAY_KINDS,
    OPEN_CASE_STATES,
    SAME_DAY_KINDS,
    CaseDraft,
    DeadlinePreview,
    ExtensionDraft,
    MaterialLine,
    receipt_number,
)
from desk.domain.common.codes import CaseState, MatterKind, Outcome
from desk.domain.common.context import Context
from desk.domain.common.edits import check_version
from desk.domain.common.errors import DomainError, NotFound
from desk.domain.common.text import TEXT_LIMITS, FieldError, clean_text

#: Intake outcomes after which the hall has nothing to accept.
NOT_ACCEPTABLE = frozenset({Outcome.REFERRED, Outcome.OUTSIDE})
MAX_WORKING_DAYS = 250
OPEN_CODES = tuple(st.value for st in OPEN_CASE_STATES)


def clean_materials(lines: tuple[MaterialLine, ...]) -> tuple[MaterialLine, ...]:
    """Validate the 收件回执's lines; the field key names the line (materials.0.pages)."""
    out = []
    for i, m in enumerate(lines):
        name = clean_text(
            m.name, field=f"materials.{i}.name", label="材料名称", max_len=TEXT_LIMITS["matter"]
        )
        if not name:
            continue  # an empty line in the table is simply not a material
        if not 1 <= int(m.pages) <= 9999:
            raise FieldError(f"materials.{i}.pages", f"“{name}”的页数应在1至9999之间")
        if not 1 <= int(m.copies) <= 99:
            raise FieldError(f"materials.{i}.copies", f"“{name}”的份数应在1至99之间")
        form = clean_text(m.form, field=f"materials.{i}.form", label="原件/复印件", max_len=20)
        note = clean_text(m.note, field=f"materials.{i}.note", label="备注", max_len=200)
        out.append(MaterialLine(name, int(m.pages), int(m.copies), form, note))
    return tuple(out)


class TimeLimitService(CaseQueries):
    """Opening cases from intakes, their progress, extensions and receipts."""

    def __init__(self, ctx: Context, settings: SettingsService) -> None:
        self.ctx = ctx
        self.settings = settings

    # ---- deadline arithmetic --------------------------------------------------------
    def check_limit(self, kind: MatterKind, days: int | None) -> int:
        """The limit a kind may carry, or FieldError("limit_days", …)."""
        if kind in SAME_DAY_KINDS:
            return 0
        if days is None or days < 1:
            unit = "日" if kind in CALENDAR_DAY_KINDS else "个工作日"
            raise FieldError("limit_days", f"{kind.label}须填写办结时限（{unit}）")
        if kind in CALENDAR_DAY_KINDS:
            top = int(self.settings.get("case.reported_max_days"))
            if days > top:
                raise FieldError("limit_days", f"上报件时限不能超过{top}日")
        elif days > MAX_WORKING_DAYS:
            raise FieldError("limit_days", f"时限不能超过{MAX_WORKING_DAYS}个工作日")
        return int(days)

    def promised_from(self, kind: MatterKind, days: int, start: datetime) -> DeadlinePreview:
        """The promised date for a kind and limit counted from ``start``."""
        cal = self.ctx.calendar
        if kind in CALENDAR_DAY_KINDS:
            due = start.date() + timedelta(days=days)
            provisional = False  # calendar days do not depend on the holiday arrangement
        else:
            due = cal.add_working_days(start, 0 if kind in SAME_DAY_KINDS else days)
            provisional = cal.span_is_provisional(start.date(), due)
        return DeadlinePreview(kind, days, due, provisional)

    def preview(self, kind: MatterKind, days: int | None) -> DeadlinePreview:
        """What accepting now would promise (raises FieldError for an impossible limit)."""
        return self.promised_from(kind, self.check_limit(kind, days), self.ctx.now())

    def defaults_for_intake(self, intake_id: int) -> CaseDraft:
        """The 受理 dialog's starting values: kind and limit from the catalogue item."""
        with self.ctx.db.read() as s:
            intake = self._acceptable_intake(s, intake_id)
            kind, days = MatterKind.INSTANT, None
            if intake.service_item_id is not None:
                item = s.get(ServiceItem, intake.service_item_id)
                if item is not None:
                    kind = MatterKind.of(item.kind)
                    days = item.promised_days or None
            handler = intake.responsible_id or intake.serving_id or self._operator_staff(s)
            return CaseDraft(
                intake_id=intake.id,
                kind=kind,
                limit_days=days,
                handler_id=handler,
                matter=intake.matter,
            )

    def _operator_staff(self, s: Session) -> int | None:
        if self.ctx.operator_id is None:
            return None
        return s.scalar(select(Operator.staff_id).where(Operator.id == self.ctx.operator_id))

    def _acceptable_intake(self, s: Session, intake_id: int) -> Intake:
        intake = s.get(Intake, intake_id)
        if intake is None or intake.voided_at is not None:
            raise NotFound("找不到该登记记录（或已作废）")
        outcome = Outcome.of(intake.outcome)
        if outcome in NOT_ACCEPTABLE:
            raise DomainError(f"该登记的办理结果为“{outcome.label}”，本中心不能受理")
        return intake

    # ---- opening a case ----------------------------------------------------------------
    def open_case(self, draft: CaseDraft) -> int:
        """受理: store the case, its promised date, receipt number and materials at once."""
        notes = clean_text(
            draft.notes, field="notes", label="备注", max_len=TEXT_LIMITS["note"], multiline=True
        )
        matter = clean_text(
            draft.matter, field="matter", label="办理事项", max_len=TEXT_LIMITS["matter"]
        )
        materials = clean_materials(draft.materials)
        days = self.check_limit(draft.kind, draft.limit_days)
        now = self.ctx.now()
        deadline = self.promised_from(draft.kind, days, now)

        def work(s: Session) -> int:
            intake = self._acceptable_intake(s, draft.intake_id)
            live = s.scalars(
                select(TimeLimitCase).where(
                    TimeLimitCase.intake_id == intake.id,
                    TimeLimitCase.voided_at.is_(None),
                    TimeLimitCase.state != CaseState.RETURNED.value,
                )
            ).first()
            if live is not None:
                number = receipt_number(live.receipt_year, live.receipt_seq)
                raise DomainError(f"该登记已受理（{number}），不能重复受理")
            handler_id = draft.handler_id or intake.responsible_id or self._operator_staff(s)
            handler = s.get(Staff, handler_id) if handler_id else None
            if handler is None or not handler.active:
                raise FieldError("handler", "请选择经办人")
            seq = numbering.next_number(s, numbering.RECEIPT, now.year)
            case = TimeLimitCase(
                intake_id=intake.id,
                receipt_year=now.year,
                receipt_seq=seq,
                service_item_id=intake.service_item_id,
                matter=matter or intake.matter,
                visitor_unit=intake.visitor_unit,
                visitor_name=intake.visitor_name,
                visitor_phone=intake.visitor_phone,
                post_id=intake.post_id,
                handler_id=handler.id,
                kind=draft.kind.value,
                limit_days=days,
                accepted_at=now,
                accepted_by=self.ctx.operator_id,
                original_date=deadline.promised_date,
                promised_date=deadline.promised_date,
                notes=notes,
                state=CaseState.ACCEPTED.value,
            )
            s.add(case)
            s.flush()
            self._store_materials(s, case.id, materials)
            return case.id

        return self.ctx.write(work)

    @staticmethod
    def _store_materials(
        s: Session, case_id: int, lines: tuple[MaterialLine, ...], first: int = 0
    ) -> None:
        for pos, m in enumerate(lines, start=first):
            s.add(
                ReceiptMaterial(
                    case_id=case_id,
                    position=pos,
                    name=m.name,
                    form=m.form,
                    pages=m.pages,
                    copies=m.copies,
                    note=m.note,
                )
            )

    # ---- progress ---------------------------------------------------------------------
    def _open(self, s: Session, case_id: int) -> TimeLimitCase:
        case = s.get(TimeLimitCase, case_id)
        if case is None or case.voided_at is not None:
            raise NotFound("找不到该受理记录")
        if case.state not in OPEN_CODES:
            raise DomainError(f"该件{CaseState.of(case.state).label}，不能再操作")
        return case

    def start(self, case_id: int) -> None:
        """办理中: the handler has started working on it."""

        def work(s: Session) -> None:
            case = self._open(s, case_id)
            if case.state != CaseState.ACCEPTED.value:
                raise DomainError("该件已在办理中")
            case.state = CaseState.IN_PROGRESS.value
            case.started_at = case.updated_at = self.ctx.now()

        self.ctx.write(work)

    def complete(self, case_id: int, result: str = "") -> bool:
        """办结 now; returns whether it was late (after the end of the promised day)."""
        result = clean_text(
            result, field="result", label="办理结果", max_len=TEXT_LIMITS["message"], multiline=True
        )

        def work(s: Session) -> bool:
            case = self._open(s, case_id)
            now = self.ctx.now()
            case.state = CaseState.COMPLETED.value
            case.started_at = case.started_at or now
            case.completed_at = case.updated_at = now
            case.completed_by = self.ctx.operator_id
            case.result = result
            case.late = now.date() > case.promised_date
            return case.late

        return self.ctx.write(work)

    def return_case(self, case_id: int, reason: str) -> None:
        """退回 with the reason (materials returned to the applicant)."""
        reason = clean_text(
            reason, field="return_reason", label="退回原因", max_len=TEXT_LIMITS["reason"],
            required=True, multiline=True,
        )  # fmt: skip

        def work(s: Session) -> None:
            case = self._open(s, case_id)
            case.state = CaseState.RETURNED.value
            case.returned_at = case.updated_at = self.ctx.now()
            case.return_reason = reason

        self.ctx.write(work)

    def extend(
        self, case_id: int, draft: ExtensionDraft, expected_version: int | None = None
    ) -> DeadlinePreview:
        """延期: a new promised date counted from the old one; returns it.

        expected_version: the case's row_version the dialog showed (its promised date);
        a change on another desk since refuses this one (EditConflict)."""
        reason = clean_text(
            draft.reason, field="reason", label="延期原因", max_len=TEXT_LIMITS["reason"],
            required=True, multiline=True,
        )  # fmt: skip
        if draft.approver_id is None:
            raise FieldError("approver", "请选择审批人")
        if draft.extra_days is None or draft.extra_days < 1:
            raise FieldError("extra_days", "请填写延长的天数")
        if not draft.applicant_told:
            raise FieldError("applicant_told", "延期须告知申请人：请告知后勾选并注明告知方式")
        if draft.told_how is None:
            raise FieldError("told_how", "请选择告知申请人的方式")
        now = self.ctx.now()
        told_at = draft.told_at or now
        if told_at > now:
            raise FieldError("told_at", "告知时间不能晚于现在")
        top = int(self.settings.get("case.max_extension_days"))

        def work(s: Session) -> DeadlinePreview:
            case = self._open(s, case_id)
            check_version(
                s,
                case,
                expected_version,
                f"办件{receipt_number(case.receipt_year, case.receipt_seq)}",
            )
            approver = s.get(Staff, draft.approver_id)
            if approver is None or not approver.active:
                raise FieldError("approver", "请选择在职的审批人")
            if approver.id == case.handler_id:
                raise FieldError("approver", "审批人不能是经办人本人")
            used = int(
                s.scalar(
                    select(func.coalesce(func.sum(CaseExtension.extra_days), 0)).where(
                        CaseExtension.case_id == case.id
                    )
                )
                or 0
            )
            extra = int(draft.extra_days or 0)  # checked above: at least 1
            if used + extra > top:
                left = max(0, top - used)
                raise FieldError("extra_days", f"延期累计不能超过{top}天（本件还可延长{left}天）")
            kind = MatterKind.of(case.kind)
            old = case.promised_date
            start = datetime.combine(old, datetime.min.time())
            unit_kind = kind if kind in CALENDAR_DAY_KINDS else MatterKind.PROMISED
            new = self.promised_from(unit_kind, extra, start)
            s.add(
                CaseExtension(
                    case_id=case.id,
                    created_at=now,
                    operator_id=self.ctx.operator_id,
                    reason=reason,
                    approver_id=approver.id,
                    applicant_told=True,
                    told_how=draft.told_how.value,  # type: ignore[union-attr]
                    told_at=told_at,
                    old_date=old,
                    extra_days=draft.extra_days,
                    new_date=new.promised_date,
                )
            )
            case.promised_date = new.promised_date
            case.updated_at = now
            return DeadlinePreview(
                kind,
                draft.extra_days,
                new.promised_date,
                self.ctx.calendar.span_is_provisional(case.accepted_at, new.promised_date),
            )

        return self.ctx.write(work)

    def update_receipt(self, case_id: int, materials: tuple[MaterialLine, ...], notes: str) -> None:
        """Correct the received materials and the notes before (re)printing."""
        lines = clean_materials(materials)
        notes = clean_text(
            notes, field="notes", label="备注", max_len=TEXT_LIMITS["note"], multiline=True
        )

        def work(s: Session) -> None:
            case = s.get(TimeLimitCase, case_id)
            if case is None or case.voided_at is not None:
                raise NotFound("找不到该受理记录")
            current = list(
                s.scalars(
                    select(ReceiptMaterial)
                    .where(ReceiptMaterial.case_id == case_id, ReceiptMaterial.position >= 0)
                    .order_by(ReceiptMaterial.position, ReceiptMaterial.id)
                )
            )
            # Lines are corrected in place; lines taken off the receipt get position -1
            # (records are never deleted, and the audit log keeps what they said).
            for i, m in enumerate(lines):
                if i < len(current):
                    row = current[i]
                    row.name, row.form, row.pages = m.name, m.form, m.pages
                    row.copies, row.note, row.position = m.copies, m.note, i
                else:
                    self._store_materials(s, case_id, (m,), first=i)
            for row in current[len(lines) :]:
                row.position = -1
            case.notes = notes
            case.updated_at = self.ctx.now()

        self.ctx.write(work)

    def void(self, case_id: int, reason: str) -> None:
        """作废 a case registered by mistake; it stays listed as voided with the reason."""
        reason = clean_text(
            reason, field="void_reason", label="作废原因", max_len=TEXT_LIMITS["reason"],
            required=True,
        )  # fmt: skip

        def work(s: Session) -> None:
            case = s.get(TimeLimitCase, case_id)
            if case is None:
                raise NotFound("找不到该受理记录")
            if case.voided_at is not None:
                raise DomainError("该件已作废")
            case.voided_at = self.ctx.now()
            case.voided_by = self.ctx.operator_id
            case.void_reason = reason

        self.ctx.write(work)
