"""事项库: the service items a hall handles, with immutable versions of their full content.

`ServiceItem` is the item's identity and the summary the pickers search (name, post,
kind, promised days — copied from its newest version). Everything a one-time notice
prints lives in `ServiceItemVersion` and its `ServiceMaterial` / `RefusalReason` rows:
an edit writes a whole new version and never changes an old one, so a notice can
always say exactly which text it was printed from.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.base import Base, Versioned


class ServiceItem(Versioned, Base):
    __tablename__ = "service_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The hall's own item code (事项编码); unique, the key an Excel import matches on.
    code: Mapped[str] = mapped_column(String(40), default="", unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    # Other names visitors use (简称/俗称), "；"-separated: 最低生活保障申请 → 低保申请.
    aliases: Mapped[str] = mapped_column(String(200), default="")
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id"))
    # 即办件 / 承诺件 / 联办件 / 上报件 (codes in desk.domain.common.codes.MatterKind)
    kind: Mapped[str] = mapped_column(String(20), default="instant")
    promised_days: Mapped[int] = mapped_column(Integer, default=0)
    # Callback limit for appointments about this item; NULL = the hall's setting.
    callback_days: Mapped[int | None] = mapped_column(Integer)
    # "name|initials|…" for character and pinyin-initial search without loading pypinyin.
    search_key: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # Number of the newest ServiceItemVersion (1, 2, …).
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ServiceItemVersion(Base):
    """One immutable edition of an item's full notice content (服务指南)."""

    __tablename__ = "service_item_versions"
    __table_args__ = (UniqueConstraint("item_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("service_items.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    # What changed and why (修订说明), shown in the version history.
    change_note: Mapped[str] = mapped_column(Text, default="")

    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200))
    aliases: Mapped[str] = mapped_column(String(200), default="")
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id"))
    kind: Mapped[str] = mapped_column(String(20), default="instant")
    promised_days: Mapped[int] = mapped_column(Integer, default=0)
    callback_days: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    legal_basis: Mapped[str] = mapped_column(Text, default="")  # 设定依据
    conditions: Mapped[str] = mapped_column(Text, default="")  # 申请条件
    procedure: Mapped[str] = mapped_column(Text, default="")  # 办理程序, one step a line
    fees: Mapped[str] = mapped_column(Text, default="")  # 收费标准及依据
    prerequisites: Mapped[str] = mapped_column(Text, default="")  # 前置审批
    location: Mapped[str] = mapped_column(String(200), default="")  # 办理地点
    hours: Mapped[str] = mapped_column(String(200), default="")  # 办理时间
    consult_phone: Mapped[str] = mapped_column(String(40), default="")
    complaint_phone: Mapped[str] = mapped_column(String(40), default="")


class ServiceMaterial(Base):
    """One line of a version's 材料目录."""

    __tablename__ = "service_materials"
    __table_args__ = (Index("ix_service_materials_version_seq", "version_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("service_item_versions.id"))
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    # 原件 / 复印件 / 原件及复印件 (codes in desk.domain.common.codes.MaterialForm)
    form: Mapped[str] = mapped_column(String(20), default="copy")
    copies: Mapped[int] = mapped_column(Integer, default=1)
    # 必需 (True) or 视情况 (False: only in the cases the note names).
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")


class RefusalReason(Base):
    """A standard reason for not accepting the item (不予受理情形), with its legal basis."""

    __tablename__ = "service_refusal_reasons"
    __table_args__ = (Index("ix_service_refusal_reasons_version_seq", "version_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("service_item_versions.id"))
    seq: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    basis: Mapped[str] = mapped_column(Text, default="")
