"""领导值班: the duty roster (one leader per date), its swaps (值班交接) and the daily log."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.base import Base


class DutyAssignment(Base):
    """Who is 值班领导 on one date. Changed in place (the audit trail keeps the old leader)."""

    __tablename__ = "duty_roster"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    leader_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    # "rule" (filled from the month rule), "manual" (set by hand) or "swap" (值班调剂).
    source: Mapped[str] = mapped_column(String(10), default="rule")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime | None]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))


class DutySwap(Base):
    """值班调剂/值班交接: a leader hands their day to another (and may take one back)."""

    __tablename__ = "duty_swaps"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    from_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    to_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    # The day the original leader takes in return (对调), if any.
    return_day: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    # 值班交接: what the leader on duty hands over to the one who takes the day.
    handover: Mapped[str] = mapped_column(Text, default="")
    # 报告主要领导: the rule book wants the main leader told before the leader leaves.
    reported: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))


class DutyLog(Base):
    """值班记录 of one day: the leader's checks, notes, and signature.

    Each check is ``<name>_ok`` (None: not checked yet, True: 正常, False: 有问题) and
    ``<name>_note``. A signed log is final; a wrong one is voided with a reason and written again.
    """

    __tablename__ = "duty_logs"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    attendance_ok: Mapped[bool | None]
    attendance_note: Mapped[str] = mapped_column(Text, default="")
    badges_ok: Mapped[bool | None]
    badges_note: Mapped[str] = mapped_column(Text, default="")
    manner_ok: Mapped[bool | None]
    manner_note: Mapped[str] = mapped_column(Text, default="")
    environment_ok: Mapped[bool | None]
    environment_note: Mapped[str] = mapped_column(Text, default="")
    safety_ok: Mapped[bool | None]
    safety_note: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime | None]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    signed_at: Mapped[datetime | None]
    # The staff member who signed (the day's leader, or a director signing for them).
    signed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
