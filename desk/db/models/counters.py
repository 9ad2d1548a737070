"""Numbering: the last number handed out in each yearly series (告知、不予受理、收件回执…).

One row per (series, year). Taking a number increments the row inside the clerk's own
transaction (desk.db.numbering), so two desks saving at once queue on that one row and
get consecutive numbers; a transaction that rolls back gives its number back, so the
printed numbers have no gaps. Never derived from max(seq) + 1, which two desks could
read at the same moment.
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.base import Base


class Counter(Base):
    __tablename__ = "counters"

    # e.g. "notice.full", "refusal", "receipt" (desk.db.numbering names them).
    series: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[int] = mapped_column(Integer, default=0)
