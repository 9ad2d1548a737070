"""Reassignments: a handover or callback taken from a person who is away (nobody waits)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.base import Base


class Reassignment(Base):
    """One hand-on of a record: from the away person to B, the head or a director.

    The record itself now names the new person (and when they got it); this row keeps the
    original assignment and why it moved.
    """

    __tablename__ = "reassignments"
    __table_args__ = (Index("ix_reassignments_record", "kind", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # "handover" (转交) or "appointment" (预约回电)
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int] = mapped_column(Integer)
    from_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    to_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    # ServingRole code of the new person (b, head, director, designated, duty, other).
    to_role: Mapped[str] = mapped_column(String(10), default="other")
    reason: Mapped[str] = mapped_column(Text, default="")
    # When the visitor started waiting for the away person.
    waiting_since: Mapped[datetime]
    reassigned_at: Mapped[datetime]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
