"""The register's queries: the stored search text, filtered lists, the detail view.

Search is one ``LIKE`` per word over ``intakes.search_text`` (name, the name's pinyin
initials with surname readings, phone digits, unit, matter and its initials), so a
phone fragment, a name, ``zxm`` for 曾小明 or ``dbsq`` for 低保申请 all hit the same
column. A covering index on (search_text, created_at) keeps the all-dates scan narrow;
a date range (today by default) uses the created_at index instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import datetime, time, timedelta

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from desk.db.models import Department, Handover, Intake, Post, Staff
from desk.domain.codes import Channel, HandoverState, MatterScope, Outcome, ServingRole
from desk.domain.handovers import due_map
from desk.domain.intake_views import (
    CorrectionView,
    HandoverView,
    IntakeDetail,
    IntakeFilter,
    IntakeRow,
)
from desk.domain.pinyin import initials, search_key
from desk.domain.text import TEXT_LIMITS, FieldError, clean_text
from desk.domain.validation import check_id_number, check_phone
from desk.domain.workdays import WorkCalendar

SEARCH_TEXT_MAX = 400
_PHONEISH = re.compile(r"^[\d\-+()（）]+$")
_NON_DIGITS = re.compile(r"\D")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def search_text(name: str, phone: str, unit: str, matter: str) -> str:
    """The stored search column for one intake."""
    parts = [
        search_key(name, is_name=True) if name else "",
        _NON_DIGITS.sub("", phone),
        _fold(unit),
        _fold(matter),
        initials(matter) if matter else "",
    ]
    return "|".join(parts)[:SEARCH_TEXT_MAX]


def index_intake(intake: Intake) -> None:
    """Fill the derived search columns from the intake's own fields."""
    name = intake.visitor_name or ""
    intake.visitor_initials = initials(name, is_name=True)[:60] if name else ""
    intake.search_text = search_text(
        name, intake.visitor_phone or "", intake.visitor_unit or "", intake.matter or ""
    )


def search_terms(query: str) -> list[str]:
    """Words of a free-text query as LIKE fragments: phone-like words reduced to digits."""
    terms = []
    for word in _fold(query).split():
        if _PHONEISH.match(word):
            word = _NON_DIGITS.sub("", word)
        if word:
            terms.append(word)
    return terms


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


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
        q = q.where(Intake.search_text.like(_like(term), escape="\\"))
    if overdue_intakes is not None:
        q = q.where(Intake.id.in_(overdue_intakes))
    return q


def _overdue_intakes(s: Session, now: datetime, calendar: WorkCalendar) -> set[int]:
    pending = s.execute(
        select(
            Handover.id, Handover.to_id, Handover.created_at, Handover.state, Handover.intake_id
        ).where(Handover.state == HandoverState.PENDING.value)
    ).all()
    info = due_map(s, ((h, to, c, st) for h, to, c, st, _ in pending), now, calendar)
    return {intake for h, _to, _c, _st, intake in pending if info[h].overdue}


def rows(s: Session, f: IntakeFilter, now: datetime, calendar: WorkCalendar) -> list[IntakeRow]:
    names = _staff_names(s)
    posts = dict(s.execute(select(Post.id, Post.name)).all())
    overdue = _overdue_intakes(s, now, calendar) if f.overdue_only else None
    q = select(
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
    q = filtered(q, f, overdue).order_by(Intake.created_at.desc(), Intake.id.desc())
    found = s.execute(q.limit(f.limit)).all()
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
                channel=Channel(r[2]),
                visitor_unit=r[3],
                visitor_name=r[4],
                visitor_phone=r[5],
                matter=r[6],
                post=posts.get(r[7] or 0, ""),
                responsible=names.get(r[8] or 0, ""),
                first_contact=names.get(r[9], ""),
                outcome=Outcome(r[10]),
                handover_state=HandoverState(state) if state else None,
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
        channel=Channel(i.channel),
        visitor_unit=i.visitor_unit,
        visitor_name=i.visitor_name,
        visitor_phone=i.visitor_phone,
        visitor_id_number=i.visitor_id_number,
        visitor_address=i.visitor_address,
        id_warning=i.id_warning,
        service_item_id=i.service_item_id,
        matter=i.matter,
        message=i.message,
        scope=MatterScope(i.scope),
        post_id=i.post_id,
        post=post.name if post else "",
        department=dept.name if dept else "",
        responsible_id=i.responsible_id,
        responsible=names.get(i.responsible_id or 0, ""),
        serving=names.get(i.serving_id or 0, ""),
        serving_role=ServingRole(i.serving_role),
        first_contact_id=i.first_contact_id,
        first_contact=names.get(i.first_contact_id, ""),
        operator=ops.get(i.operator_id or 0, ""),
        outcome=Outcome(i.outcome),
        recommended_outcome=Outcome(i.recommended_outcome) if i.recommended_outcome else None,
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
