"""Declarative base shared by every model, with naming conventions Alembic can diff."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    # Local wall-clock times everywhere: a service hall works in one time zone and its
    # ledgers are read in local time.
    type_annotation_map = {datetime: DateTime()}


class Versioned:
    """A record two desks may edit at once: every saved change bumps row_version.

    SQLAlchemy adds ``WHERE row_version = <the version read>`` to each UPDATE and raises
    StaleDataError when another transaction got there first; the domain compares the
    version a form was opened with (desk.domain.common.edits) so the second desk is told
    what changed instead of overwriting it.
    """

    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]
