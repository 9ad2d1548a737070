"""The SQL behind the monthly ledgers: one function per ledger, inside a read session.

Each returns the month's rows as ledger-row dataclasses (desk.domain.ledgers.rows) with
names resolved and phones passed through ``phone`` (masked or not: the caller decides).
Records are selected by creation time in [month.start, month.end); whereabouts and
coverage stretches by overlap with the month. ``judge`` decides 按时/逾期 for any
deadline-bound record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk.db.models import (
    CaseExtension,
    CoverageInterval,
    Department,
    Handover,
    Intake,
    Notice,
    Operator,
    Post,
    Staff,
    TimeLimitCase,
    WhereaboutsEntry,
)
from desk.domain.board.history import leave_text, leave_texts
from desk.domain.calendar.workdays import WorkCalendar
from desk.domain.common.codes import (
    Channel,
    HandoverState,
    NoticeKind,
    Outcome,
    ServingRole,
    Status,
)
from desk.domain.intake import handovers as handover_rules
from desk.domain.ledgers.rows import (
    CoverageLine,
    HandoverLine,
    IntakeLine,
    Month,
    NoticeLine,
    Timeliness,
    WhereaboutsLine,
)

#: Turns a stored phone number into what the ledger shows (masked or as it is).
PhoneFn = Callable[[str], str]


def label(enum: type, code: str) -> str:
    """The Chinese label of a stored code; the code itself if it is not (or no longer) known."""
    try:
        return enum(code).label
    except ValueError:
        return code


def recipient_label(code: str) -> str:
    return label(ServingRole, code)


def judge(voided: bool, done_at: datetime | None, due: date | None, now: datetime) -> Timeliness:
    """按时 / 逾期办理 / 已逾期未办 / 未到期 / 待返岗 for a deadline-bound record.

    A deadline runs to the end of its due day; no due date yet means the clock has not
    started (the responsible person has not been back since).
    """
    if voided:
        return Timeliness.VOID
    if done_at is not None:
        if due is None or done_at.date() <= due:
            return Timeliness.IN_TIME
        return Timeliness.LATE
    if due is None:
        return Timeliness.WAITING
    return Timeliness.OVERDUE if now.date() > due else Timeliness.OPEN


def _names(s: Session) -> dict[int, str]:
    return dict(s.execute(select(Staff.id, Staff.name)).all())


def _operators(s: Session) -> dict[int, str]:
    q = select(Operator.id, Staff.name).join(Staff, Staff.id == Operator.staff_id)
    return dict(s.execute(q).all())


def intake_lines(s: Session, month: Month, phone: PhoneFn) -> list[IntakeLine]:
    """Every intake created in the month, oldest first, voided ones included."""
    outcomes = {o.value: o.label for o in Outcome}
    channels = {c.value: c.label for c in Channel}
    names = _names(s)
    posts = {p: (n, d) for p, n, d in s.execute(select(Post.id, Post.name, Post.department_id))}
    depts = dict(s.execute(select(Department.id, Department.name)).all())
    q = (
        select(
            Intake.id, Intake.created_at, Intake.channel, Intake.visitor_unit,
            Intake.visitor_name, Intake.visitor_phone, Intake.matter, Intake.message,
            Intake.post_id, Intake.department_id, Intake.responsible_id,
            Intake.first_contact_id, Intake.outcome, Intake.result, Intake.referred_to,
            Intake.referred_phone, Intake.edit_count, Intake.edited_at,
            Intake.voided_at, Intake.void_reason,
        )
        .where(Intake.created_at >= month.start, Intake.created_at < month.end)
        .order_by(Intake.created_at, Intake.id)
    )  # fmt: skip
    rows = s.execute(q).all()
    out = []
    for (
        iid, created, channel, unit, name, tel, matter, message, post_id, dept_id,
        responsible_id, first_id, outcome, result, referred_to, referred_phone,
        edits, edited_at, voided_at, void_reason,
    ) in rows:  # fmt: skip
        post_name, post_dept = posts.get(post_id, ("", None)) if post_id else ("", None)
        if referred_to:
            where = f"引导至{referred_to}" + (f"（{referred_phone}）" if referred_phone else "")
            result = f"{result}；{where}" if result else where
        out.append(
            IntakeLine(
                id=iid,
                created_at=created,
                channel=channels.get(channel, channel),
                visitor_unit=unit,
                visitor_name=name,
                visitor_phone=phone(tel),
                matter=matter,
                message=message,
                post_id=post_id,
                post=post_name,
                department=depts.get(dept_id or post_dept or 0, ""),
                responsible_id=responsible_id,
                responsible=names.get(responsible_id or 0, ""),
                first_contact_id=first_id,
                first_contact=names.get(first_id, ""),
                outcome=outcome,
                outcome_label=outcomes.get(outcome) or outcome or "",
                result=result,
                edit_count=edits,
                edited_at=edited_at,
                voided=voided_at is not None,
                void_reason=void_reason,
            )
        )
    return out


_HANDOVER_COLUMNS = (
    "id", "intake_id", "created_at", "from_id", "to_id", "recipient_role", "visitor_unit",
    "visitor_name", "visitor_phone", "matter", "state", "contacted_at", "contact_result",
    "closed_at", "assigned_at",
)  # fmt: skip


def handover_lines(
    s: Session, month: Month, phone: PhoneFn, now: datetime, calendar: WorkCalendar
) -> list[HandoverLine]:
    """Handovers made in the month, with the contact limit judged by the handover rule."""
    names = _names(s)
    # Plain columns, not ORM objects: a busy month has thousands of handovers.
    q = (
        select(
            *(getattr(Handover, c) for c in _HANDOVER_COLUMNS),
            Intake.voided_at.label("intake_voided"),
            Intake.void_reason,
            Intake.edit_count,
        )
        .join(Intake, Intake.id == Handover.intake_id)
        .where(Handover.created_at >= month.start, Handover.created_at < month.end)
        .order_by(Handover.created_at, Handover.id)
    )
    rows = s.execute(q).all()
    info = handover_rules.due_map(
        s,
        ((h.id, h.to_id, h.assigned_at or h.created_at, h.state) for h in rows),
        now,
        calendar,
    )
    out = []
    for h in rows:
        due = info[h.id] if h.id in info else handover_rules.DueInfo(None, None, False)
        voided = h.state == HandoverState.VOIDED.value or h.intake_voided is not None
        contacted = h.contacted_at or (
            h.closed_at if h.state == HandoverState.CLOSED.value else None
        )
        out.append(
            HandoverLine(
                id=h.id,
                intake_id=h.intake_id,
                created_at=h.created_at,
                from_id=h.from_id,
                from_name=names.get(h.from_id, ""),
                to_id=h.to_id,
                to_name=names.get(h.to_id, ""),
                recipient_role=recipient_label(h.recipient_role),
                visitor_unit=h.visitor_unit,
                visitor_name=h.visitor_name,
                visitor_phone=phone(h.visitor_phone),
                matter=h.matter,
                back_at=due.back_at,
                due=due.due,
                contacted_at=h.contacted_at,
                contact_result=h.contact_result,
                state_text=label(HandoverState, h.state),
                timeliness=judge(voided, contacted, due.due, now),
                voided=voided,
                void_reason=h.void_reason,
                edited=h.edit_count > 0,
            )
        )
    return out


def notice_lines(s: Session, month: Month, phone: PhoneFn) -> list[NoticeLine]:
    """Notices given in the month (printed forms and phone notices)."""
    names = _names(s)
    rows = s.scalars(
        select(Notice)
        .where(Notice.created_at >= month.start, Notice.created_at < month.end)
        .order_by(Notice.created_at, Notice.id)
    ).all()
    return [
        NoticeLine(
            id=n.id,
            number=n.number,
            created_at=n.created_at,
            kind=n.kind,
            kind_label=label(NoticeKind, n.kind),
            matter=n.matter,
            visitor_unit=n.visitor_unit,
            visitor_name=n.visitor_name,
            visitor_phone=phone(n.visitor_phone),
            clerk=n.clerk_name or names.get(n.clerk_id or 0, ""),
            window_no=n.window_no,
            missing_count=n.missing_count,
            print_count=n.print_count,
            last_printed_at=n.last_printed_at,
            voided=n.voided_at is not None,
            void_reason=n.void_reason,
        )
        for n in rows
    ]


def whereabouts_lines(s: Session, month: Month, phone: PhoneFn) -> list[WhereaboutsLine]:
    """Absences (离岗 stretches) that overlap the month, in order of leaving."""
    people = {
        sid: (name, dept)
        for sid, name, dept in s.execute(
            select(Staff.id, Staff.name, Department.name).join(
                Department, Department.id == Staff.department_id
            )
        )
    }
    ops = _operators(s)
    numbers, needed = leave_texts(s)
    rows = s.scalars(
        select(WhereaboutsEntry)
        .where(
            WhereaboutsEntry.status != Status.IN_POST.value,
            WhereaboutsEntry.started_at < month.end,
            or_(
                WhereaboutsEntry.ended_at.is_(None),
                WhereaboutsEntry.ended_at > month.start,
            ),
        )
        .order_by(WhereaboutsEntry.started_at, WhereaboutsEntry.id)
    ).all()
    out = []
    for e in rows:
        name, dept = people.get(e.staff_id, ("", ""))
        status_label = (
            e.status_text if e.status == Status.OTHER.value and e.status_text
            else label(Status, e.status)
        )  # fmt: skip
        out.append(
            WhereaboutsLine(
                id=e.id,
                staff_id=e.staff_id,
                staff=name,
                department=dept,
                status=e.status,
                status_label=status_label,
                place=e.place,
                contact_phone=phone(e.contact_phone),
                started_at=e.started_at,
                expected_return=e.expected_return,
                ended_at=e.ended_at,
                operator=ops.get(e.operator_id or 0, ""),
                override_reason=e.override_reason,
                leave=leave_text(e, numbers, needed),
                no_handover_reason=e.no_handover_reason,
            )
        )
    return out


def coverage_lines(s: Session, month: Month) -> list[CoverageLine]:
    """顶岗 stretches that overlap the month, in order of starting."""
    names = _names(s)
    posts = {p: (n, w) for p, n, w in s.execute(select(Post.id, Post.name, Post.window_no))}
    rows = s.scalars(
        select(CoverageInterval)
        .where(
            CoverageInterval.started_at < month.end,
            or_(
                CoverageInterval.ended_at.is_(None),
                CoverageInterval.ended_at > month.start,
            ),
        )
        .order_by(CoverageInterval.started_at, CoverageInterval.id)
    ).all()
    out = []
    for iv in rows:
        post, window = posts.get(iv.post_id, ("", ""))
        nobody = iv.kind not in ("b", "designated") or iv.covering_id is None
        hours = (
            round((iv.ended_at - iv.started_at).total_seconds() / 3600, 1)
            if iv.ended_at is not None
            else None
        )
        out.append(
            CoverageLine(
                id=iv.id,
                post=post,
                window_no=window,
                absent=names.get(iv.absent_id, ""),
                covering="" if nobody else names.get(iv.covering_id or 0, ""),
                kind_label=(
                    "无人顶岗（A、B均不在岗）"
                    if nobody
                    else "指定顶岗"
                    if iv.kind == "designated"
                    else "B岗顶岗"
                ),
                started_at=iv.started_at,
                ended_at=iv.ended_at,
                hours=hours,
            )
        )
    return out


def edited_cases(s: Session, month: Month) -> set[int]:
    """Cases whose receipt (materials, notes) was changed after acceptance.

    updated_at also moves with progress (start, completion, return) and extensions;
    a case counts as edited when its last change was none of those.
    """
    rows = s.execute(
        select(
            TimeLimitCase.id,
            TimeLimitCase.updated_at,
            TimeLimitCase.started_at,
            TimeLimitCase.completed_at,
            TimeLimitCase.returned_at,
            func.max(CaseExtension.created_at),
        )
        .outerjoin(CaseExtension, CaseExtension.case_id == TimeLimitCase.id)
        .where(
            TimeLimitCase.accepted_at >= month.start,
            TimeLimitCase.accepted_at < month.end,
            TimeLimitCase.updated_at.is_not(None),
        )
        .group_by(TimeLimitCase.id)
    )
    return {cid for cid, updated, *progress in rows if updated not in progress}
