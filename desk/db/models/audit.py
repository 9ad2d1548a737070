"""Append-only audit trail: every create, change and void of every record."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_record", "table_name", "row_id"),
        Index("ix_audit_operator", "operator_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    # "create" | "update" | "void" | "login" | "export" | "restore" | "anonymise" | …
    action: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(50), default="")
    row_id: Mapped[str] = mapped_column(String(50), default="")
    before_json: Mapped[str] = mapped_column(Text, default="")
    after_json: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
