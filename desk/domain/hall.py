"""The facade the UI and the command line use: one object, one manager per record kind.

Widgets receive the manager they need (hall.board, hall.staff, …), never a session.
"""

from __future__ import annotations

from functools import cached_property

from sqlalchemy import select

from desk.db.engine import Database
from desk.db.models import Staff
from desk.domain.appointments import AppointmentService
from desk.domain.audit import AuditService
from desk.domain.backup import BackupService
from desk.domain.board import BoardService
from desk.domain.calendar_days import CalendarDaysService
from desk.domain.catalogue import CatalogueService
from desk.domain.clock import Clock, SystemClock
from desk.domain.context import Context
from desk.domain.handovers import HandoverService
from desk.domain.intake import IntakeService
from desk.domain.ledgers import LedgerService
from desk.domain.notices import NoticeService
from desk.domain.operators import OperatorService
from desk.domain.overdue import OverdueService
from desk.domain.privacy import PrivacyService
from desk.domain.refusals import RefusalService
from desk.domain.settings import SettingsService
from desk.domain.staff import StaffService
from desk.domain.timelimits import TimeLimitService
from desk.domain.waiting import WaitingService
from desk.domain.workdays import WorkCalendar


class Hall:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.ctx = Context(db=db, clock=clock or SystemClock(), calendar=WorkCalendar())
        self.reload_calendar()

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
    def ledgers(self) -> LedgerService:
        return LedgerService(self.ctx, self.settings, self.appointments, self.cases, self.privacy)
