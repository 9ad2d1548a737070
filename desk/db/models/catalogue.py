"""事项库: the service items a hall handles (the notice issue adds versions and materials)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.base import Base


class ServiceItem(Base):
    __tablename__ = "service_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id"))
    # 即办件 / 承诺件 / 联办件 / 上报件 (codes in desk.domain.codes.MatterKind)
    kind: Mapped[str] = mapped_column(String(20), default="instant")
    promised_days: Mapped[int] = mapped_column(Integer, default=0)
    # Callback limit for appointments about this item; NULL = the hall's setting.
    callback_days: Mapped[int | None] = mapped_column(Integer)
    # "name|initials|…" for character and pinyin-initial search without loading pypinyin.
    search_key: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
