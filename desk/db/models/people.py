"""Departments, staff, posts (窗口/岗位) with their A/B holders, operators."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.db.base import Base, Versioned


class Department(Versioned, Base):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    location: Mapped[str] = mapped_column(String(100), default="")
    # use_alter: departments and staff refer to each other.
    head_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", use_alter=True, name="fk_departments_head_id_staff")
    )
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Staff(Versioned, Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    title: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    duties: Mapped[str] = mapped_column(Text, default="")
    # Director / duty leader: the last resort when a post has neither A nor B.
    is_director: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
    deactivated_at: Mapped[datetime | None]


class Post(Versioned, Base):
    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    window_no: Mapped[str] = mapped_column(String(20), default="")
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    duties: Mapped[str] = mapped_column(Text, default="")
    a_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    b_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class RosterChange(Base):
    """备案 of a change of a post's A or B holder."""

    __tablename__ = "roster_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), index=True)
    effective_date: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime]
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    old_a_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    new_a_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    old_b_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    new_b_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class Operator(Base):
    """A person who signs in at the desk; every record stores the operator who wrote it."""

    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="clerk")
    pin_hash: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    last_login_at: Mapped[datetime | None]
