"""去向记录: the whereabouts ledger of the board, and "where was X at time T?"."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.db.models import LeaveRequest, Staff, WhereaboutsEntry
from desk.domain.admin.settings import read_setting
from desk.domain.board.views import UNREQUESTED, WhereaboutsView
from desk.domain.common.codes import Status
from desk.domain.common.context import Context


def leave_texts(s: Session) -> tuple[dict[int, str], frozenset[str]]:
    """{request id: "请假〔2026〕第0003号"}, and the statuses that need a request."""
    numbers = {
        rid: f"请假〔{year}〕第{seq:04d}号"
        for rid, year, seq in s.execute(
            select(LeaveRequest.id, LeaveRequest.year, LeaveRequest.seq)
        )
    }
    needed = frozenset(str(c) for c in read_setting(s, "leave.required_statuses"))
    return numbers, needed


def leave_text(e: WhereaboutsEntry, numbers: dict[int, str], needed: frozenset[str]) -> str:
    if e.leave_request_id is not None:
        return numbers.get(e.leave_request_id, "")
    return UNREQUESTED if e.status in needed else ""


def _view(e: WhereaboutsEntry, name: str, leave: str = "") -> WhereaboutsView:
    return WhereaboutsView(
        e.id,
        e.staff_id,
        name,
        Status.of(e.status),
        e.status_text,
        e.place,
        e.contact_phone,
        e.started_at,
        e.expected_return,
        e.ended_at,
        e.operator_id,
        e.override_reason,
        leave,
        e.leave_request_id,
        e.no_handover_reason,
    )


class HistoryQueries:
    """The board's read-only history queries (mixed into BoardService)."""

    ctx: Context

    def where_was(self, staff_id: int, at: datetime) -> WhereaboutsView | None:
        """Where was this person at that moment? None before their first record."""
        with self.ctx.db.read() as s:
            e = s.scalars(
                select(WhereaboutsEntry)
                .where(WhereaboutsEntry.staff_id == staff_id, WhereaboutsEntry.started_at <= at)
                .order_by(WhereaboutsEntry.started_at.desc(), WhereaboutsEntry.id.desc())
                .limit(1)
            ).first()
            if e is None or (e.ended_at is not None and e.ended_at <= at):
                return None
            staff = s.get(Staff, staff_id)
            numbers, needed = leave_texts(s)
            return _view(e, staff.name if staff else "", leave_text(e, numbers, needed))

    def history(
        self,
        staff_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 500,
    ) -> list[WhereaboutsView]:
        with self.ctx.db.read() as s:
            names = dict(s.execute(select(Staff.id, Staff.name)).all())
            q = select(WhereaboutsEntry).order_by(
                WhereaboutsEntry.started_at.desc(), WhereaboutsEntry.id.desc()
            )
            if staff_id is not None:
                q = q.where(WhereaboutsEntry.staff_id == staff_id)
            if since is not None:
                q = q.where(
                    or_(WhereaboutsEntry.ended_at.is_(None), WhereaboutsEntry.ended_at > since)
                )
            if until is not None:
                q = q.where(WhereaboutsEntry.started_at < until)
            numbers, needed = leave_texts(s)
            return [
                _view(e, names.get(e.staff_id, ""), leave_text(e, numbers, needed))
                for e in s.scalars(q.limit(limit))
            ]
