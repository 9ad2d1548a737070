"""The register's queries: filtered lists of intakes, the detail view, corrected values.

Free-text search (what goes into the columns: desk.domain.intake.index) takes one of two
paths. Within a date range of up to two months (the register opens on today) it is one
``LIKE`` per word over ``search_text`` on the rows the created_at index finds. Over all
dates or a long range it asks the full-text index (FTS5 on SQLite, a GIN-indexed tsvector
on PostgreSQL: desk.db.intake_fts) for matching ids,
newest first, in growing batches, and applies the other filters to each batch until
the list is full, so neither a rare nor a common word scans the whole register.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, or_, select, text
from sqlalchemy.orm import Session

from desk.db import intake_fts
from desk.db.intake_fts import FTS_TABLE
from desk.db.models import Department, Handover, Intake, Post, Staff
from desk.domain.calendar.workdays import WorkCalendar
from desk.domain.common.codes import Channel, HandoverState, MatterScope, Outcome, ServingRole
from desk.domain.common.text import TEXT_LIMITS, FieldError, clean_text
from desk.domain.common.validation import check_id_number, check_phone
from desk.domain.intake.handovers import ASSIGNED_AT, due_map
from desk.domain.intake.index import (
    fts_query,
    index_intake,
    like_pattern,
    search_terms,
)
from desk.domain.intake.views import (
    CorrectionView,
    HandoverView,
    IntakeDetail,
    IntakeFilter,
    IntakeRow,
)

__all__ = ["clean_changes", "detail", "filtered", "index_intake", "rows"]

# Date ranges up to this many days search with LIKE; longer ones (or none) use the index.
LIKE_RANGE_DAYS = 62
_FIRST_BATCH = 500
_MAX_BATCH = 20000


def filtered(q: Select, f: IntakeFilter, overdue_intakes: set[int] | None) -> Select:
    if f.date_from is not None:
        q = q.where(Intake.created_at >= datetime.combine(f.date_from, time.min))
    if f.date_to is not None:
        q = q.where(Intake.created_at < datetime.combine(f.date_to + timedelta(days=1), time.min))
    if f.outcome is not None:
        q = q.where(Intake.outcome == f.outcome.value)
    if f.post_id is not None:
        q = q.where(Intake.post_id == f.post_id)
    if f.staff_id is not None:
        q = q.where(
            or_(
                Intake.first_contact_id == f.staff_id,
                Intake.responsible_id == f.staff_id,
                Handover.to_id == f.staff_id,
            )
        )
    if not f.include_voided:
        q = q.where(Intake.voided_at.is_(None))
    for term in search_terms(f.text):
        q = q.where(Intake.search_text.like(like_pattern(term), escape="\\"))
    if overdue_intakes is not None:
        q = q.where(Intake.id.in_(overdue_intakes))
    return q


def _overdue_intakes(s: Session, now: datetime, calendar: WorkCalendar) -> set[int]:
    pending = s.execute(
        select(Handover.id, Handover.to_id, ASSIGNED_AT, Handover.state, Handover.intake_id).where(
            Handover.state == HandoverState.PENDING.value
        )
    ).all()
    info = due_map(s, ((h, to, c, st) for h, to, c, st, _ in pending), now, calendar)
    return {intake for h, _to, _c, _st, intake in pending if info[h].overdue}


def _columns() -> Select:
    return select(
        Intake.id,
        Intake.created_at,
        Intake.channel,
        Intake.visitor_unit,
        Intake.visitor_name,
        Intake.visitor_phone,
        Intake.matter,
        Intake.post_id,
        Intake.responsible_id,
        Intake.first_contact_id,
        Intake.outcome,
        Intake.voided_at,
        Intake.edit_count,
        Handover.id,
        Handover.to_id,
        Handover.created_at,
        Handover.state,
    ).outerjoin(Handover, Handover.intake_id == Intake.id)


def _use_index(s: Session, f: IntakeFilter) -> bool:
    """Search through the full-text index: words given, no short date range."""
    if not search_terms(f.text):
        return False
    if (
        f.date_from is not None
        and f.date_to is not None
        and (f.date_to - f.date_from).days <= LIKE_RANGE_DAYS
    ):
        return False
    return intake_fts.has_index(s.connection())


def _indexed(s: Session, f: IntakeFilter, overdue: set[int] | None) -> list[Any]:
    """Newest matches first from the full-text index, the other filters applied per batch.

    Batches are sized from how many rows the last one kept, so an unfiltered search needs
    one round and a search with selective filters grows quickly instead of crawling.
    """
    conn = s.connection()  # Core rows: the ORM's result processing costs more than SQLite
    match = fts_query(search_terms(f.text), conn.dialect.name)
    if match is None:
        return []
    rest = replace(f, text="")
    found: list[Any] = []
    before: int | None = None
    kept_ratio = 1.0
    while len(found) < f.limit:
        # FTS5 hands out rowids newest first and stops early, so small first batches are
        # cheap there; a GIN index finds every match for each batch whatever its size, so
        # PostgreSQL asks for the whole list at once.
        first = _FIRST_BATCH if conn.dialect.name == "sqlite" else f.limit
        batch = int(min(_MAX_BATCH, max(first, (f.limit - len(found)) / kept_ratio)))
        sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {intake_fts.match_sql(conn.dialect.name)}"
        params: dict[str, object] = {"m": match, "n": batch}
        if before is not None:
            sql += " AND rowid < :b"
            params["b"] = before
        ids = list(conn.execute(text(sql + " ORDER BY rowid DESC LIMIT :n"), params).scalars())
        if not ids:
            break
        kept = conn.execute(filtered(_columns(), rest, overdue).where(Intake.id.in_(ids))).all()
        found.extend(kept)
        if len(ids) < batch:
            break
        before = ids[-1]
        kept_ratio = max(len(kept) / len(ids), 0.01)
    found.sort(key=lambda r: (r[1], r[0]), reverse=True)
    return found[: f.limit]


def rows(s: Session, f: IntakeFilter, now: datetime, calendar: WorkCalendar) -> list[IntakeRow]:
    names = _staff_names(s)
    posts = dict(s.execute(select(Post.id, Post.name)).all())
    overdue = _overdue_intakes(s, now, calendar) if f.overdue_only else None
    found: Sequence[Any]
    if _use_index(s, f):
        found = _indexed(s, f, overdue)
    else:
        q = filtered(_columns(), f, overdue).order_by(Intake.created_at.desc(), Intake.id.desc())
        found = s.connection().execute(q.limit(f.limit)).all()
    info = due_map(
        s,
        ((r[13], r[14], r[15], r[16]) for r in found if r[16] == HandoverState.PENDING.value),
        now,
        calendar,
    )
    out = []
    for r in found:
        hid, to_id, state = r[13], r[14], r[16]
        out.append(
            IntakeRow(
                id=r[0],
                created_at=r[1],
                channel=Channel.of(r[2]),
                visitor_unit=r[3],
                visitor_name=r[4],
                visitor_phone=r[5],
                matter=r[6],
                post=posts.get(r[7] or 0, ""),
                responsible=names.get(r[8] or 0, ""),
                first_contact=names.get(r[9], ""),
                outcome=Outcome.of(r[10]),
                handover_state=HandoverState.of(state) if state else None,
                handover_to=names.get(to_id or 0, ""),
                handover_overdue=bool(hid in info and info[hid].overdue),
                voided=r[11] is not None,
                edit_count=r[12],
            )
        )
    return out


def _staff_names(s: Session) -> dict[int, str]:
    return dict(s.execute(select(Staff.id, Staff.name)).all())


def detail(
    s: Session,
    i: Intake,
    names: dict[int, str],
    ops: dict[int, str],
    handover: HandoverView | None,
    corrections: tuple[CorrectionView, ...],
) -> IntakeDetail:
    post = s.get(Post, i.post_id) if i.post_id else None
    dept = s.get(Department, i.department_id) if i.department_id else None
    return IntakeDetail(
        id=i.id,
        created_at=i.created_at,
        channel=Channel.of(i.channel),
        visitor_unit=i.visitor_unit,
        visitor_name=i.visitor_name,
        visitor_phone=i.visitor_phone,
        visitor_id_number=i.visitor_id_number,
        visitor_address=i.visitor_address,
        id_warning=i.id_warning,
        service_item_id=i.service_item_id,
        matter=i.matter,
        message=i.message,
        scope=MatterScope.of(i.scope),
        post_id=i.post_id,
        post=post.name if post else "",
        department=dept.name if dept else "",
        responsible_id=i.responsible_id,
        responsible=names.get(i.responsible_id or 0, ""),
        serving=names.get(i.serving_id or 0, ""),
        serving_role=ServingRole.of(i.serving_role),
        first_contact_id=i.first_contact_id,
        first_contact=names.get(i.first_contact_id, ""),
        operator=ops.get(i.operator_id or 0, ""),
        outcome=Outcome.of(i.outcome),
        recommended_outcome=Outcome.of(i.recommended_outcome) if i.recommended_outcome else None,
        result=i.result,
        referred_to=i.referred_to,
        referred_phone=i.referred_phone,
        no_handover_reason=i.no_handover_reason,
        edit_count=i.edit_count,
        edited_at=i.edited_at,
        voided_at=i.voided_at,
        void_reason=i.void_reason,
        voided_by=ops.get(i.voided_by or 0, ""),
        handover=handover,
        corrections=corrections,
        row_version=i.row_version,
    )


def _channel(value: str) -> str:
    for c in Channel:
        if value in (c.value, c.label):
            return c.value
    raise FieldError("channel", "请选择渠道：来访、来电、来信、来函或网上")


def clean_changes(changes: Mapping[str, str]) -> dict[str, str]:
    """Validate corrected values the same way as on saving; returns the cleaned values."""
    out: dict[str, str] = {}
    limits = {
        "visitor_unit": ("单位", "unit"),
        "visitor_name": ("来访人姓名", "name"),
        "visitor_address": ("地址", "address"),
        "matter": ("拟办事项", "matter"),
        "message": ("留言", "message"),
        "result": ("办理结果/说明", "message"),
        "referred_to": ("引导至的部门", "unit"),
    }
    for key, raw in changes.items():
        if key == "channel":
            out[key] = _channel(raw)
        elif key in ("visitor_phone", "referred_phone"):
            label = "联系电话" if key == "visitor_phone" else "对方电话"
            text = clean_text(raw, field=key, label=label, max_len=TEXT_LIMITS["phone"])
            out[key] = check_phone(text, field=key, label=label)
        elif key == "visitor_id_number":
            out[key] = check_id_number(raw, field=key)[0]
        else:
            label, kind = limits[key]
            out[key] = clean_text(
                raw,
                field=key,
                label=label,
                max_len=TEXT_LIMITS[kind],
                required=key in ("visitor_name", "matter"),
                multiline=kind == "message",
            )
    return out
