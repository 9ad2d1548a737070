"""Hall settings (key → JSON value) and the hall's own holiday / make-up-day table."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.base import Base


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))


class CalendarDay(Base):
    """A day whose working/non-working status the hall sets itself (overrides the package)."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[datetime]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
