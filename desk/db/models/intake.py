"""办事登记表 (intakes) and the handovers (转交) recorded from them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.base import Base, Versioned


class Intake(Versioned, Base):
    """One first contact: who came or called, about what, and how it was placed."""

    __tablename__ = "intakes"
    __table_args__ = (
        Index("ix_intakes_created", "created_at"),
        Index("ix_intakes_phone", "visitor_phone"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime]
    channel: Mapped[str] = mapped_column(String(20))
    visitor_unit: Mapped[str] = mapped_column(String(100), default="")
    visitor_name: Mapped[str] = mapped_column(String(50), default="")
    visitor_phone: Mapped[str] = mapped_column(String(40), default="")
    visitor_id_number: Mapped[str] = mapped_column(String(40), default="")
    visitor_address: Mapped[str] = mapped_column(String(200), default="")
    # Lower-case pinyin initials of the visitor's name, for search.
    visitor_initials: Mapped[str] = mapped_column(String(60), default="", index=True)
    # ID-number warnings the clerk accepted after checking the document (stdnum's gaps).
    id_warning: Mapped[str] = mapped_column(String(200), default="")
    # "name|initials|phone digits|unit|matter" folded to lower case, for one LIKE search
    # within a date range.
    search_text: Mapped[str] = mapped_column(String(400), default="")
    # The same fields as overlapping two-character tokens for the full-text index over all
    # dates (desk.db.intake_fts; its triggers copy this column into the index).
    search_grams: Mapped[str] = mapped_column(Text, default="")
    service_item_id: Mapped[int | None] = mapped_column(ForeignKey("service_items.id"))
    matter: Mapped[str] = mapped_column(String(200))
    message: Mapped[str] = mapped_column(Text, default="")
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id"), index=True)
    # The responsible department (the post's, or chosen by hand when no post applies).
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    # MatterScope code: a post of this hall, this hall without a post, elsewhere, outside.
    scope: Mapped[str] = mapped_column(String(20), default="post")
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    serving_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # "a", "b" or "none": who served the post when the visitor came.
    serving_role: Mapped[str] = mapped_column(String(10), default="none")
    first_contact_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    outcome: Mapped[str] = mapped_column(String(20))
    # What the routing rules recommended when the intake was saved (for inspection).
    recommended_outcome: Mapped[str] = mapped_column(String(20), default="")
    result: Mapped[str] = mapped_column(Text, default="")
    referred_department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    referred_to: Mapped[str] = mapped_column(String(100), default="")
    referred_phone: Mapped[str] = mapped_column(String(40), default="")
    # Why no handover was recorded although the responsible person was absent.
    no_handover_reason: Mapped[str] = mapped_column(Text, default="")
    edit_count: Mapped[int] = mapped_column(Integer, default=0)
    edited_at: Mapped[datetime | None]
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))


class Handover(Versioned, Base):
    """转交: the registered matter handed to the responsible person, B or the head."""

    __tablename__ = "handovers"
    __table_args__ = (
        Index("ix_handovers_to_state", "to_id", "state"),
        # The board's badge counts group the open handovers by recipient.
        Index("ix_handovers_state_to", "state", "to_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id"), unique=True)
    created_at: Mapped[datetime]
    from_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    to_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    # ServingRole code ("a", "b", "head", "director", "other"): why this recipient.
    recipient_role: Mapped[str] = mapped_column(String(10))
    visitor_unit: Mapped[str] = mapped_column(String(100), default="")
    visitor_name: Mapped[str] = mapped_column(String(50), default="")
    visitor_phone: Mapped[str] = mapped_column(String(40), default="")
    matter: Mapped[str] = mapped_column(String(200))
    message: Mapped[str] = mapped_column(Text, default="")
    # pending → contacted → closed ("voided" when its intake is voided)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    contacted_at: Mapped[datetime | None]
    contact_result: Mapped[str] = mapped_column(Text, default="")
    contacted_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    notified_at: Mapped[datetime | None]
    # When the current recipient got it, if it was reassigned from someone away (NULL: at
    # creation); the contact limit runs from here.
    assigned_at: Mapped[datetime | None]


class IntakeCorrection(Base):
    """A correction of an intake after it was saved: which field, before and after."""

    __tablename__ = "intake_corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id"), index=True)
    corrected_at: Mapped[datetime]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    field: Mapped[str] = mapped_column(String(50))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    # The number of the correction (1, 2, …): fields changed together share it.
    count: Mapped[int] = mapped_column(Integer, default=1)
