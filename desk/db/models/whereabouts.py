"""去向牌 history, A→B coverage intervals, A's handover notes to B and 指定顶岗."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.base import Base, Versioned


class WhereaboutsEntry(Versioned, Base):
    """One stretch of a staff member's whereabouts; the open stretch has ended_at NULL."""

    __tablename__ = "whereabouts"
    __table_args__ = (
        Index("ix_whereabouts_staff_started", "staff_id", "started_at"),
        Index("ix_whereabouts_open", "ended_at", "staff_id"),
        # One open stretch per person, whatever two desks save at once.
        Index(
            "uq_whereabouts_open_staff",
            "staff_id",
            unique=True,
            sqlite_where=text("ended_at IS NULL"),
            postgresql_where=text("ended_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(20))
    status_text: Mapped[str] = mapped_column(String(50), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    started_at: Mapped[datetime]
    expected_return: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    # Set when the A/B rule was overridden to allow this absence.
    override_reason: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime]
    # The approved 请假单 this absence follows; NULL for an absence without one (未请假
    # for the kinds that need a request).
    leave_request_id: Mapped[int | None] = mapped_column(ForeignKey("leave_requests.id"))
    # Why no 交接 note was left for the other holder when leaving (来不及交接 …).
    no_handover_reason: Mapped[str] = mapped_column(Text, default="")


class CoverageInterval(Base):
    """顶岗记录: a stretch during which someone other than A serves the post."""

    __tablename__ = "coverage"
    __table_args__ = (
        Index("ix_coverage_post_started", "post_id", "started_at"),
        # One open 顶岗 stretch per post.
        Index(
            "uq_coverage_open_post",
            "post_id",
            unique=True,
            sqlite_where=text("ended_at IS NULL"),
            postgresql_where=text("ended_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"))
    absent_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    covering_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # "b" when B covers; "designated" when a leader named a third person (指定顶岗);
    # "none" when nobody of the post is in (head/director answers).
    kind: Mapped[str] = mapped_column(String(10), default="b")
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None] = mapped_column(index=True)


class PostHandoverNote(Base):
    """交接: what A hands over to B (待办事项) when leaving the post."""

    __tablename__ = "post_handover_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"))
    from_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    to_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    seen_at: Mapped[datetime | None]


class DesignatedCover(Base):
    """指定顶岗: a third person a leader names for a post for a period while A and B are away."""

    __tablename__ = "designated_cover"
    __table_args__ = (Index("ix_designated_cover_post", "post_id", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text, default="")
    # Named on a leave request's approval (its 顶岗安排), if so.
    leave_request_id: Mapped[int | None] = mapped_column(ForeignKey("leave_requests.id"))
    created_at: Mapped[datetime]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
