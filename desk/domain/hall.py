"""The facade the UI and the command line use: one object, one manager per record kind.

Widgets receive the manager they need (hall.board, hall.staff, …), never a session. This is
also the domain's composition root: the record kinds that put counts on the board and work
on a returning person's list are installed here, in one place, and nowhere by an import.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from sqlalchemy import select

from desk.db.engine import Database
from desk.db.models import Staff
from desk.domain.admin.audit import AuditService
from desk.domain.admin.backup import BackupService
from desk.domain.admin.privacy import PrivacyService
from desk.domain.admin.settings import SettingsService
from desk.domain.appointments import providers as appointment_providers
from desk.domain.appointments.service import AppointmentService
from desk.domain.board.service import BoardService
from desk.domain.board.waiting import WaitingService
from desk.domain.calendar.overrides import CalendarDaysService
from desk.domain.calendar.workdays import WorkCalendar
from desk.domain.cases.service import TimeLimitService
from desk.domain.catalogue.service import CatalogueService
from desk.domain.common.clock import Clock, SystemClock
from desk.domain.common.context import Context
from desk.domain.duty.service import DutyService
from desk.domain.duty.supervision import SupervisionService
from desk.domain.escalation.service import EscalationService
from desk.domain.intake import handovers
from desk.domain.intake.handovers import HandoverService
from desk.domain.intake.service import IntakeService
from desk.domain.leave import apply as leave_apply
from desk.domain.leave import badges as leave_badges
from desk.domain.leave.service import LeaveService
from desk.domain.ledgers.service import LedgerService
from desk.domain.notices.refusals import RefusalService
from desk.domain.notices.service import NoticeService
from desk.domain.overdue.service import OverdueService
from desk.domain.people.operators import OperatorService
from desk.domain.people.staff import StaffService


class Hall:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.ctx = Context(db=db, clock=clock or SystemClock(), calendar=WorkCalendar())
        # Steps that keep records in step with the clock (leave going up and down on the
        # board, 指定顶岗 starting and ending); run at start-up and on the board's refresh.
        self.due_steps: list[Callable[[], int]] = []
        self.reload_calendar()
        self._install_providers()

    def _install_providers(self) -> None:
        """Board badges, waiting-list providers, status hooks and due steps of every record
        kind that has them."""
        for badges, waiting in (
            (handovers.BADGES, handovers.WAITING),
            (appointment_providers.BADGES, appointment_providers.WAITING),
            (leave_badges.BADGES, {}),
        ):
            for name, badge in badges.items():
                self.board.add_badge(name, badge)
            for kind, provider in waiting.items():
                self.waiting.add_provider(kind, provider)
        # 回岗 on the board is the 销假 of the leave the absence followed.
        self.board.add_status_hook(leave_apply.HOOK)
        self.due_steps.append(self.leave.apply_due)
        self.due_steps.append(self.board.sync_designations)
        # The duty log's links to complaints and 差评 (desk.domain.duty.views.DayRecord)
        # are added here once those record kinds exist: self.duty.add_day_records(...).

    def run_due_steps(self) -> int:
        """Run every due step once; returns how many records they changed."""
        return sum(step() for step in self.due_steps)

    @property
    def db(self) -> Database:
        return self.ctx.db

    @property
    def operator_id(self) -> int | None:
        return self.ctx.operator_id

    def reload_calendar(self) -> None:
        """Load the hall's own holiday/make-up table into the working-day calendar."""
        self.calendar_days.reload()

    def is_empty(self) -> bool:
        with self.db.read() as s:
            return s.scalar(select(Staff.id).limit(1)) is None

    @cached_property
    def settings(self) -> SettingsService:
        return SettingsService(self.ctx)

    @cached_property
    def staff(self) -> StaffService:
        return StaffService(self.ctx)

    @cached_property
    def board(self) -> BoardService:
        return BoardService(self.ctx)

    @cached_property
    def operators(self) -> OperatorService:
        return OperatorService(self.ctx)

    @cached_property
    def calendar_days(self) -> CalendarDaysService:
        return CalendarDaysService(self.ctx, self.settings)

    @cached_property
    def intakes(self) -> IntakeService:
        return IntakeService(self.ctx)

    @cached_property
    def handovers(self) -> HandoverService:
        return HandoverService(self.ctx)

    @cached_property
    def waiting(self) -> WaitingService:
        return WaitingService(self.ctx)

    @cached_property
    def catalogue(self) -> CatalogueService:
        return CatalogueService(self.ctx)

    @cached_property
    def notices(self) -> NoticeService:
        return NoticeService(self.ctx, self.catalogue, self.settings)

    @cached_property
    def refusals(self) -> RefusalService:
        return RefusalService(self.ctx, self.catalogue, self.settings)

    @cached_property
    def audit(self) -> AuditService:
        return AuditService(self.ctx)

    @cached_property
    def appointments(self) -> AppointmentService:
        return AppointmentService(self.ctx, self.settings)

    @cached_property
    def cases(self) -> TimeLimitService:
        return TimeLimitService(self.ctx, self.settings)

    @cached_property
    def overdue(self) -> OverdueService:
        return OverdueService(self.ctx, self.settings)

    @cached_property
    def backups(self) -> BackupService:
        return BackupService(self.ctx, self.settings)

    @cached_property
    def privacy(self) -> PrivacyService:
        return PrivacyService(self.ctx, self.settings)

    @cached_property
    def duty(self) -> DutyService:
        return DutyService(self.ctx, self.settings)

    @cached_property
    def leave(self) -> LeaveService:
        return LeaveService(self.ctx, self.settings, self.board)

    @cached_property
    def escalation(self) -> EscalationService:
        return EscalationService(self.ctx, self.settings, self.appointments)

    @cached_property
    def supervision(self) -> SupervisionService:
        return SupervisionService(
            self.ctx, self.duty, self.leave, self.escalation, self.board, self.staff
        )

    @cached_property
    def ledgers(self) -> LedgerService:
        return LedgerService(
            self.ctx,
            self.settings,
            self.appointments,
            self.cases,
            self.privacy,
            self.duty,
            self.leave,
        )
