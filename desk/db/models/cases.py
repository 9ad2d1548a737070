"""限时办结: accepted matters with their promised dates, extensions and received materials."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.base import Base, Versioned

LIVE_CASE = "voided_at IS NULL AND state <> 'returned'"


class TimeLimitCase(Versioned, Base):
    """A matter accepted from an intake, with its kind, time limit and progress (DOMAIN §6)."""

    __tablename__ = "time_limit_cases"
    __table_args__ = (
        # The receipt number 〔year〕第seq号 is unique within its year.
        UniqueConstraint("receipt_year", "receipt_seq", name="uq_time_limit_cases_receipt"),
        # Open cases by promised date: the overdue overview and reminders.
        Index("ix_time_limit_cases_state_promised", "state", "promised_date"),
        Index("ix_time_limit_cases_accepted", "accepted_at"),
        # An intake is accepted once: at most one case that is neither voided nor returned.
        Index(
            "uq_time_limit_cases_live_intake",
            "intake_id",
            unique=True,
            sqlite_where=text(LIVE_CASE),
            postgresql_where=text(LIVE_CASE),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id"), index=True)
    receipt_year: Mapped[int] = mapped_column(Integer)
    receipt_seq: Mapped[int] = mapped_column(Integer)
    service_item_id: Mapped[int | None] = mapped_column(ForeignKey("service_items.id"))
    matter: Mapped[str] = mapped_column(String(200))
    # Copied from the intake so that the printed receipt and the case agree.
    visitor_unit: Mapped[str] = mapped_column(String(100), default="")
    visitor_name: Mapped[str] = mapped_column(String(50), default="")
    visitor_phone: Mapped[str] = mapped_column(String(40), default="")
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id"))
    handler_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    # MatterKind code: 即办件 / 承诺件 / 联办件 / 上报件 / 补办件 / 退回件.
    kind: Mapped[str] = mapped_column(String(20))
    # The limit as given: working days, or calendar days for 上报件.
    limit_days: Mapped[int] = mapped_column(Integer, default=0)
    accepted_at: Mapped[datetime]
    accepted_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    # The promised date before any extension, and the one in force now.
    original_date: Mapped[date] = mapped_column(Date)
    promised_date: Mapped[date] = mapped_column(Date)
    # Printed on the 办事监督卡.
    notes: Mapped[str] = mapped_column(Text, default="")
    # CaseState code: accepted → in_progress → completed, or returned.
    state: Mapped[str] = mapped_column(String(20), default="accepted")
    started_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    completed_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    result: Mapped[str] = mapped_column(Text, default="")
    # Completed after the promised date.
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    returned_at: Mapped[datetime | None]
    return_reason: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime | None]
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))


class CaseExtension(Base):
    """延期: a promised date moved with a reason, an approver and notice to the applicant."""

    __tablename__ = "case_extensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("time_limit_cases.id"), index=True)
    created_at: Mapped[datetime]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    reason: Mapped[str] = mapped_column(Text)
    approver_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    applicant_told: Mapped[bool] = mapped_column(Boolean, default=False)
    # ToldHow code and when the applicant was told.
    told_how: Mapped[str] = mapped_column(String(20), default="")
    told_at: Mapped[datetime | None]
    old_date: Mapped[date] = mapped_column(Date)
    extra_days: Mapped[int] = mapped_column(Integer)
    new_date: Mapped[date] = mapped_column(Date)


class ReceiptMaterial(Base):
    """One line of the 收件回执: a material received with its pages and copies."""

    __tablename__ = "receipt_materials"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("time_limit_cases.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    # "原件" / "复印件" / "原件及复印件" as the clerk saw them.
    form: Mapped[str] = mapped_column(String(20), default="")
    pages: Mapped[int] = mapped_column(Integer, default=1)
    copies: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(String(200), default="")
