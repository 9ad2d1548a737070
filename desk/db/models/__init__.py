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
from desk.db.models.intake import Handover, Intake, IntakeCorrection
from desk.db.models.notices import Notice, RefusalRecord
from desk.db.models.people import Department, Operator, Post, RosterChange, Staff
from desk.db.models.settings import CalendarDay, Setting
from desk.db.models.whereabouts import CoverageInterval, PostHandoverNote, WhereaboutsEntry

__all__ = [
    "Appointment",
    "AuditEntry",
    "CalendarDay",
    "CaseExtension",
    "CoverageInterval",
    "Department",
    "Handover",
    "Intake",
    "IntakeCorrection",
    "Notice",
    "Operator",
    "Post",
    "PostHandoverNote",
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
