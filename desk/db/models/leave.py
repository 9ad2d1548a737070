"""请销假: written leave requests, their approval against the A/B rule, and 销假."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.base import Base


class LeaveRequest(Base):
    """One 请假单: who, what kind, from when to when, who covers, and its decision.

    States (LeaveState): pending → approved → closed (已销假), or rejected / withdrawn.
    An approved request is put on the board when it starts (the whereabouts row names it
    in ``leave_request_id``; ``applied_at`` says when) and ended at its end or on 回岗.
    """

    __tablename__ = "leave_requests"
    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_leave_requests_number"),
        Index("ix_leave_requests_state_starts", "state", "starts_at"),
        Index("ix_leave_requests_staff_starts", "staff_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # 请假〔year〕第seq号
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(20))
    # The kind's own words for 其他 ("丧假", "探亲假" …).
    kind_text: Mapped[str] = mapped_column(String(50), default="")
    starts_at: Mapped[datetime]
    # HalfDay codes: "am", "pm" or "time" (what the form said, for the printed slip).
    start_part: Mapped[str] = mapped_column(String(10), default="am")
    ends_at: Mapped[datetime]
    end_part: Mapped[str] = mapped_column(String(10), default="pm")
    # Working days the leave takes (half days count 0.5), fixed when it was written.
    days: Mapped[float] = mapped_column(Float, default=0.0)
    reason: Mapped[str] = mapped_column(Text, default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    # LeaveCover code, and the person named for it (B confirmed, or the substitute).
    cover: Mapped[str] = mapped_column(String(20), default="none")
    cover_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # 交接 for the other holder, or why none was possible.
    handover_note: Mapped[str] = mapped_column(Text, default="")
    no_handover_reason: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default="pending")
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    updated_at: Mapped[datetime | None]
    # Written after the absence began, attached to it by a leader (补办请假手续).
    after_the_fact: Mapped[bool] = mapped_column(Boolean, default=False)
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    # 批示 when approved, the reason when rejected.
    decision_note: Mapped[str] = mapped_column(Text, default="")
    # A director's reason for approving although a post is left with neither A nor B.
    override_reason: Mapped[str] = mapped_column(Text, default="")
    applied_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    close_note: Mapped[str] = mapped_column(Text, default="")
    withdrawn_at: Mapped[datetime | None]
    withdrawn_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    withdraw_reason: Mapped[str] = mapped_column(Text, default="")
