"""All mapped classes, imported here so that Base.metadata knows every table."""

from desk.db.models.appointments import Appointment
from desk.db.models.audit import AuditEntry
from desk.db.models.cases import CaseExtension, ReceiptMaterial, TimeLimitCase
from desk.db.models.catalogue import (
    RefusalReason,
    ServiceItem,
    ServiceItemVersion,
    ServiceMaterial,
)
from desk.db.models.counters import Counter
from desk.db.models.duty import DutyAssignment, DutyLog, DutySwap
from desk.db.models.escalation import Reassignment
from desk.db.models.intake import Handover, Intake, IntakeCorrection
from desk.db.models.leave import LeaveRequest
from desk.db.models.notices import Notice, RefusalRecord
from desk.db.models.people import Department, Operator, Post, RosterChange, Staff
from desk.db.models.settings import CalendarDay, Setting
from desk.db.models.whereabouts import (
    CoverageInterval,
    DesignatedCover,
    PostHandoverNote,
    WhereaboutsEntry,
)

__all__ = [
    "Appointment",
    "AuditEntry",
    "CalendarDay",
    "CaseExtension",
    "Counter",
    "CoverageInterval",
    "Department",
    "DesignatedCover",
    "DutyAssignment",
    "DutyLog",
    "DutySwap",
    "Handover",
    "Intake",
    "IntakeCorrection",
    "LeaveRequest",
    "Notice",
    "Operator",
    "Post",
    "PostHandoverNote",
    "Reassignment",
    "ReceiptMaterial",
    "RefusalReason",
    "RefusalRecord",
    "RosterChange",
    "ServiceItem",
    "ServiceItemVersion",
    "ServiceMaterial",
    "Setting",
    "Staff",
    "TimeLimitCase",
    "WhereaboutsEntry",
]
