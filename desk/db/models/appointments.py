"""办事预约: the appointment book — messages left for an absent handler and booked slots."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.base import Base, Versioned


class Appointment(Versioned, Base):
    """One entry of the appointment book (DOMAIN §4).

    The handler must call the visitor back within ``callback_days`` working days, counted
    from creation — or, when the handler was absent then, from their return to 在岗 (read from
    the whereabouts history; ``callback_due`` is stored once it is known at creation).
    """

    __tablename__ = "appointments"
    __table_args__ = (
        # The board's badge counts group the waiting entries by handler.
        Index("ix_appointments_state_handler", "state", "handler_id"),
        # Day and week views, and the double-booking check.
        Index("ix_appointments_booked", "booked_date", "handler_id"),
        Index("ix_appointments_created", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    # AppointmentSource code: walk-in message, phone call, or turned from an intake.
    source: Mapped[str] = mapped_column(String(20))
    intake_id: Mapped[int | None] = mapped_column(ForeignKey("intakes.id"), index=True)
    visitor_unit: Mapped[str] = mapped_column(String(100), default="")
    visitor_name: Mapped[str] = mapped_column(String(50))
    visitor_phone: Mapped[str] = mapped_column(String(40))
    visitor_address: Mapped[str] = mapped_column(String(200), default="")
    service_item_id: Mapped[int | None] = mapped_column(ForeignKey("service_items.id"))
    matter: Mapped[str] = mapped_column(String(200))
    message: Mapped[str] = mapped_column(Text, default="")
    handler_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    # An optional booked time with the handler; all three are set together or not at all.
    booked_date: Mapped[date | None] = mapped_column(Date)
    slot_start: Mapped[time | None] = mapped_column(Time)
    slot_end: Mapped[time | None] = mapped_column(Time)
    # AppointmentState code: pending → contacted → done, or cancelled.
    state: Mapped[str] = mapped_column(String(20), default="pending")
    # The prescribed callback limit in working days, fixed when the entry was made.
    callback_days: Mapped[int] = mapped_column(Integer, default=1)
    # Whether the handler was absent on the board when the entry was made.
    handler_absent: Mapped[bool] = mapped_column(default=False)
    # The callback due date when it is known at creation (handler in post); NULL while
    # the limit waits for the handler's return (then derived from the history).
    callback_due: Mapped[date | None] = mapped_column(Date)
    contacted_at: Mapped[datetime | None]
    contacted_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    # What was said when the visitor was called back.
    contact_note: Mapped[str] = mapped_column(Text, default="")
    completed_at: Mapped[datetime | None]
    completed_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    result: Mapped[str] = mapped_column(Text, default="")
    cancelled_at: Mapped[datetime | None]
    cancelled_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime | None]
    # When the current handler got the entry, if it was reassigned from someone away (NULL:
    # at creation); the callback limit runs from here.
    assigned_at: Mapped[datetime | None]
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
