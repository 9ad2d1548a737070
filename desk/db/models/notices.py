"""一次性告知 records: every notice given (printed or told by phone) and 否定报备 filings.

A notice keeps the exact HTML it was printed from, so a reprint is identical even
after the catalogue item or the templates changed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.base import Base, Versioned


class RefusalRecord(Versioned, Base):
    """否定报备登记表: a matter the handler decided not to accept (DOMAIN §7)."""

    __tablename__ = "refusal_records"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_refusal_records_created", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    intake_id: Mapped[int | None] = mapped_column(ForeignKey("intakes.id"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("service_items.id"))
    item_version_id: Mapped[int | None] = mapped_column(ForeignKey("service_item_versions.id"))
    matter: Mapped[str] = mapped_column(String(200))
    applicant_unit: Mapped[str] = mapped_column(String(100), default="")
    applicant_name: Mapped[str] = mapped_column(String(50))
    applicant_phone: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text)
    basis: Mapped[str] = mapped_column(Text, default="")
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    handler_opinion: Mapped[str] = mapped_column(Text, default="")
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    leader_opinion: Mapped[str] = mapped_column(Text, default="")
    leader_at: Mapped[datetime | None]
    # 报备日期: the day it was reported to the leader (due within 2 days).
    reported_on: Mapped[date | None] = mapped_column(Date)
    # Materials handed back to the applicant, who signs for them.
    returned_materials: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))


class Notice(Base):
    """One notice given to a visitor: 一次性告知单, 补正材料通知书, 不予受理通知书 or by phone."""

    __tablename__ = "notices"
    __table_args__ = (
        UniqueConstraint("kind", "year", "seq"),
        Index("ix_notices_created", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # NoticeKind code (desk.domain.common.codes)
    kind: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(40))  # 告知〔2026〕第0001号
    created_at: Mapped[datetime]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    clerk_name: Mapped[str] = mapped_column(String(50), default="")
    window_no: Mapped[str] = mapped_column(String(20), default="")
    item_id: Mapped[int | None] = mapped_column(ForeignKey("service_items.id"), index=True)
    item_version_id: Mapped[int | None] = mapped_column(ForeignKey("service_item_versions.id"))
    item_version: Mapped[int] = mapped_column(Integer, default=0)
    intake_id: Mapped[int | None] = mapped_column(ForeignKey("intakes.id"), index=True)
    refusal_id: Mapped[int | None] = mapped_column(ForeignKey("refusal_records.id"))
    matter: Mapped[str] = mapped_column(String(200), default="")
    visitor_unit: Mapped[str] = mapped_column(String(100), default="")
    visitor_name: Mapped[str] = mapped_column(String(50), default="")
    visitor_phone: Mapped[str] = mapped_column(String(40), default="")
    # [{"id": material id, "name": …, "had": bool}, …] in the version's order.
    materials_json: Mapped[str] = mapped_column(Text, default="[]")
    missing_count: Mapped[int] = mapped_column(Integer, default=0)
    # The rendered form, exactly as printed; empty for a phone notice.
    html: Mapped[str] = mapped_column(Text, default="")
    # Phone mode: the text read aloud.
    spoken_text: Mapped[str] = mapped_column(Text, default="")
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    last_printed_at: Mapped[datetime | None]
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
