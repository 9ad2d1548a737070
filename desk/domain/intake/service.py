"""办事登记表: routing a first contact's matter, saving it with its handover, correcting it.

A forgotten handover is made impossible here, not in the form: :meth:`IntakeService.save`
refuses an intake whose responsible person is absent (and whose outcome leaves work for
them) unless it carries a handover or the reason why none was made. The intake and its
handover are written in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import Department, Handover, Intake, IntakeCorrection, Operator, Staff
from desk.domain.common.codes import (
    Channel,
    HandoverState,
    MatterScope,
    Outcome,
    ServingRole,
)
from desk.domain.common.context import Context
from desk.domain.common.edits import check_version
from desk.domain.common.errors import DomainError, NotFound
from desk.domain.common.text import FieldError
from desk.domain.common.validation import check_id_number
from desk.domain.intake import routing as intake_routing
from desk.domain.intake import search as intake_search
from desk.domain.intake.checks import (
    UnconfirmedWarnings,
    clean_draft,
    clean_handover,
    text_field,
)
from desk.domain.intake.decisions import NO_HANDOVER_OUTCOMES, handover_needed
from desk.domain.intake.handovers import assigned, due_map, to_view
from desk.domain.intake.views import (
    CORRECTABLE_FIELDS,
    AppointmentSeed,
    CorrectionView,
    HandoverDraft,
    IntakeDetail,
    IntakeDraft,
    IntakeFilter,
    IntakeRow,
    RoutingView,
    SavedIntake,
)

# The form imports the checks from here as well as the service.
__all__ = ["IntakeService", "UnconfirmedWarnings", "clean_draft", "clean_handover"]


class IntakeService:
    """``hall.intakes``: the 办事登记表 and its register."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # ---- routing ---------------------------------------------------------------------
    def route(
        self,
        post_id: int | None = None,
        service_item_id: int | None = None,
        *,
        scope: MatterScope | None = None,
        department_id: int | None = None,
        channel: Channel = Channel.VISIT,
        first_contact_id: int | None = None,
    ) -> RoutingView:
        """Who answers for the matter now and what the rules recommend (the routing panel)."""
        with self.ctx.db.read() as s:
            fc = first_contact_id or self._operator_staff(s)
            return intake_routing.load(
                s, scope, post_id, service_item_id, department_id, channel, fc, self.ctx.now()
            )

    def first_contact_default(self) -> int | None:
        """The signed-in operator's staff id: who the form names as 首问责任人."""
        with self.ctx.db.read() as s:
            return self._operator_staff(s)

    def _operator_staff(self, s: Session) -> int | None:
        if self.ctx.operator_id is None:
            return None
        return s.scalar(select(Operator.staff_id).where(Operator.id == self.ctx.operator_id))

    # ---- saving ------------------------------------------------------------------------
    def save(
        self,
        draft: IntakeDraft,
        handover: HandoverDraft | None = None,
        no_handover_reason: str = "",
    ) -> SavedIntake:
        """Validate and store one intake (and its handover) in one transaction.

        Raises FieldError for a bad field, UnconfirmedWarnings when the ID number needs the
        clerk's confirmation, DomainError when a rule refuses the combination.
        """
        draft, warnings = clean_draft(draft)
        if warnings and not draft.accept_warnings:
            raise UnconfirmedWarnings(warnings)
        reason = text_field(no_handover_reason, "no_handover_reason", "未转交原因", "reason")
        if handover is not None:
            if draft.outcome in NO_HANDOVER_OUTCOMES:
                raise DomainError(f"办理结果为“{draft.outcome.label}”时无需转交")
            handover = clean_handover(handover)
        now = self.ctx.now()

        def work(s: Session) -> SavedIntake:
            first_contact = draft.first_contact_id or self._operator_staff(s)
            if first_contact is None or s.get(Staff, first_contact) is None:
                raise FieldError("first_contact", "请选择首问责任人")
            routing = intake_routing.load(
                s,
                draft.scope,
                draft.post_id,
                draft.service_item_id,
                draft.department_id,
                draft.channel,
                first_contact,
                now,
            )
            needed = handover_needed(draft.outcome, routing.decision)
            if needed and handover is None and not reason:
                raise FieldError(
                    "no_handover_reason",
                    "责任人不在岗：请登记转交，或填写未转交的原因",
                )
            referred_dept = draft.referred_department_id
            if referred_dept is not None and s.get(Department, referred_dept) is None:
                raise FieldError("referred_to", "找不到所选部门")
            intake = Intake(
                created_at=now,
                channel=draft.channel.value,
                visitor_unit=draft.visitor_unit,
                visitor_name=draft.visitor_name,
                visitor_phone=draft.visitor_phone,
                visitor_id_number=draft.visitor_id_number,
                visitor_address=draft.visitor_address,
                id_warning="；".join(w.message for w in warnings),
                service_item_id=routing.service_item_id,
                matter=draft.matter,
                message=draft.message,
                scope=routing.scope.value,
                post_id=routing.post_id,
                department_id=routing.department_id,
                responsible_id=intake_routing.responsible_of(routing),
                serving_id=routing.serving.staff_id if routing.serving else None,
                serving_role=routing.serving_role.value,
                first_contact_id=first_contact,
                operator_id=self.ctx.operator_id,
                outcome=draft.outcome.value,
                recommended_outcome=routing.recommended.value,
                result=draft.result,
                referred_department_id=referred_dept if draft.outcome is Outcome.REFERRED else None,
                referred_to=draft.referred_to,
                referred_phone=draft.referred_phone,
                no_handover_reason=reason if needed and handover is None else "",
                edit_count=0,
            )
            intake_search.index_intake(intake)
            s.add(intake)
            s.flush()
            handover_id = None
            if handover is not None:
                handover_id = self._add_handover(s, intake, handover, routing, first_contact)
            return SavedIntake(intake.id, handover_id, draft.outcome, intake.service_item_id)

        return self.ctx.write(work)

    def _add_handover(
        self,
        s: Session,
        intake: Intake,
        h: HandoverDraft,
        routing: RoutingView,
        first_contact: int,
    ) -> int:
        recipient = s.get(Staff, h.to_id)
        if recipient is None or not recipient.active:
            raise FieldError("handover.to", "请选择转交给谁")
        if h.to_id == first_contact:
            raise FieldError("handover.to", "不能转交给首问责任人本人")
        role = next(
            (c.role for c in routing.candidates if c.staff_id == h.to_id), ServingRole.OTHER
        )
        row = Handover(
            intake_id=intake.id,
            created_at=intake.created_at,
            from_id=first_contact,
            to_id=h.to_id,
            recipient_role=role.value,
            visitor_unit=h.visitor_unit,
            visitor_name=h.visitor_name,
            visitor_phone=h.visitor_phone,
            matter=h.matter,
            message=h.message,
            state=HandoverState.PENDING.value,
            operator_id=self.ctx.operator_id,
        )
        s.add(row)
        s.flush()
        return row.id

    # ---- the register --------------------------------------------------------------------
    def find(self, filters: IntakeFilter | None = None) -> list[IntakeRow]:
        """Register rows, newest first; without filters: today's intakes."""
        if filters is None:
            today = self.ctx.now().date()
            filters = IntakeFilter(date_from=today, date_to=today)
        with self.ctx.db.read() as s:
            return intake_search.rows(s, filters, self.ctx.now(), self.ctx.calendar)

    def get(self, intake_id: int) -> IntakeDetail:
        with self.ctx.db.read() as s:
            intake = s.get(Intake, intake_id)
            if intake is None:
                raise NotFound("找不到该登记")
            names = dict(s.execute(select(Staff.id, Staff.name)).all())
            ops = dict(
                s.execute(
                    select(Operator.id, Staff.name).join(Staff, Staff.id == Operator.staff_id)
                ).all()
            )
            h = s.scalar(select(Handover).where(Handover.intake_id == intake_id))
            handover = None
            if h is not None:
                info = due_map(
                    s, [(h.id, h.to_id, assigned(h), h.state)], self.ctx.now(), self.ctx.calendar
                )
                handover = to_view(h, names, ops, info[h.id])
            corrections = tuple(
                CorrectionView(
                    c.count,
                    c.corrected_at,
                    ops.get(c.operator_id or 0, ""),
                    c.field,
                    CORRECTABLE_FIELDS.get(c.field, c.field),
                    c.old_value,
                    c.new_value,
                    c.reason,
                )
                for c in s.scalars(
                    select(IntakeCorrection)
                    .where(IntakeCorrection.intake_id == intake_id)
                    .order_by(IntakeCorrection.id)
                )
            )
            return intake_search.detail(s, intake, names, ops, handover, corrections)

    # ---- corrections and voiding ---------------------------------------------------------
    def correct(
        self,
        intake_id: int,
        changes: Mapping[str, str],
        reason: str,
        expected_version: int | None = None,
    ) -> int:
        """Change some fields of a saved intake; each change is recorded with its reason.

        Returns the number of fields that actually changed (0: nothing recorded).
        expected_version: the detail's row_version the form was filled from; another
        desk's correction since then refuses this one (EditConflict).
        """
        reason = text_field(reason, "reason", "更正原因", "reason", required=True)
        unknown = set(changes) - set(CORRECTABLE_FIELDS)
        if unknown:
            raise DomainError(f"不能更正这些项目：{'、'.join(sorted(unknown))}")
        values = intake_search.clean_changes(changes)
        now = self.ctx.now()

        def work(s: Session) -> int:
            intake = s.get(Intake, intake_id)
            if intake is None:
                raise NotFound("找不到该登记")
            if intake.voided_at is not None:
                raise DomainError("该登记已作废，不能更正")
            check_version(s, intake, expected_version, "这条办事登记")
            diffs = {k: v for k, v in values.items() if str(getattr(intake, k)) != v}
            if not diffs:
                return 0
            if intake.outcome == Outcome.REFERRED.value:
                if diffs.get("referred_to", intake.referred_to) == "":
                    raise FieldError("referred_to", "请填写引导至哪个部门或窗口")
                if diffs.get("referred_phone", intake.referred_phone) == "":
                    raise FieldError("referred_phone", "请填写对方电话")
            if intake.outcome == Outcome.OUTSIDE.value and diffs.get("result", "x") == "":
                raise FieldError("result", "请填写向来访人作出的解释和指引")
            number = intake.edit_count + 1
            handover = s.scalar(select(Handover).where(Handover.intake_id == intake_id))
            for key, new in diffs.items():
                old = str(getattr(intake, key))
                s.add(
                    IntakeCorrection(
                        intake_id=intake_id,
                        corrected_at=now,
                        operator_id=self.ctx.operator_id,
                        field=key,
                        old_value=old,
                        new_value=new,
                        reason=reason,
                        count=number,
                    )
                )
                setattr(intake, key, new)
                # The recipient calls back with the handover's copy: keep it right.
                if (
                    handover is not None
                    and handover.state in (HandoverState.PENDING, HandoverState.CONTACTED)
                    and hasattr(handover, key)
                    and getattr(handover, key) == old
                ):
                    setattr(handover, key, new)
            if "visitor_id_number" in diffs:
                _number, id_warnings = check_id_number(diffs["visitor_id_number"])
                intake.id_warning = "；".join(w.message for w in id_warnings)
            intake.edit_count = number
            intake.edited_at = now
            intake_search.index_intake(intake)
            return len(diffs)

        return self.ctx.write(work)

    def void(self, intake_id: int, reason: str) -> None:
        """作废 with a reason (never deleted); an open handover of it is voided too."""
        reason = text_field(reason, "void_reason", "作废原因", "reason", required=True)
        now = self.ctx.now()

        def work(s: Session) -> None:
            intake = s.get(Intake, intake_id)
            if intake is None:
                raise NotFound("找不到该登记")
            if intake.voided_at is not None:
                raise DomainError("该登记已作废")
            intake.voided_at = now
            intake.void_reason = reason
            intake.voided_by = self.ctx.operator_id
            handover = s.scalar(select(Handover).where(Handover.intake_id == intake_id))
            if handover is not None and handover.state in (
                HandoverState.PENDING,
                HandoverState.CONTACTED,
            ):
                handover.state = HandoverState.VOIDED.value

        self.ctx.write(work)

    # ---- the appointment hand-off ------------------------------------------------------
    def appointment_seed(self, intake_id: int) -> AppointmentSeed:
        """The prefilled appointment-book entry for an intake whose handler is absent."""
        with self.ctx.db.read() as s:
            intake = s.get(Intake, intake_id)
            if intake is None:
                raise NotFound("找不到该登记")
            if intake.voided_at is not None:
                raise DomainError("该登记已作废，不能转为预约")
            handler = intake.responsible_id
            name = s.scalar(select(Staff.name).where(Staff.id == handler)) if handler else ""
            return AppointmentSeed(
                intake_id=intake.id,
                visitor_unit=intake.visitor_unit,
                visitor_name=intake.visitor_name,
                visitor_phone=intake.visitor_phone,
                visitor_address=intake.visitor_address,
                matter=intake.matter,
                message=intake.message,
                service_item_id=intake.service_item_id,
                post_id=intake.post_id,
                handler_id=handler,
                handler_name=name or "",
            )
