"""One whereabouts change inside a write transaction, and the hooks other contexts add.

``record_status`` is what ``BoardService.set_status`` does after its checks, and what the
leave context does when an approved 请假单 starts or ends: close the open stretch, open the
new one, keep the 顶岗 intervals in step, leave 交接 notes, tell the hooks. Hooks (installed
by the Hall facade) let another record kind react in the same transaction — the leave
context closes a request (销假) when its absence ends — without the board knowing it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import WhereaboutsEntry
from desk.domain.board import coverage_sync
from desk.domain.board.notes import add_notes
from desk.domain.common.codes import Status


@dataclass(frozen=True)
class StatusEvent:
    """A stretch of whereabouts ended and another began (same transaction)."""

    staff_id: int
    at: datetime
    previous: Status
    # The 请假单 the stretch that ended followed (None: none, or there was no stretch).
    previous_leave_id: int | None
    status: Status
    leave_request_id: int | None
    entry_id: int


StatusHook = Callable[[Session, StatusEvent], None]


def open_entry(s: Session, staff_id: int) -> WhereaboutsEntry | None:
    return s.scalars(
        select(WhereaboutsEntry).where(
            WhereaboutsEntry.staff_id == staff_id, WhereaboutsEntry.ended_at.is_(None)
        )
    ).first()


@dataclass(frozen=True)
class NewStatus:
    """What the new stretch says (already checked and cleaned)."""

    status: Status
    status_text: str = ""
    place: str = ""
    contact_phone: str = ""
    expected_return: datetime | None = None
    override_reason: str = ""
    handover_note: str = ""
    no_handover_reason: str = ""
    leave_request_id: int | None = None


def record_status(
    s: Session,
    staff_id: int,
    new: NewStatus,
    at: datetime,
    *,
    operator_id: int | None,
    recorded_at: datetime,
    hooks: list[StatusHook],
) -> tuple[int, Status]:
    """End the open stretch at ``at`` and start ``new``; returns (entry id, previous status).

    ``at`` may lie before ``recorded_at`` (a leave put on the board after its start); the
    caller keeps it at or after the start of the stretch it ends.
    """
    current = open_entry(s, staff_id)
    previous = Status.of(current.status) if current else Status.IN_POST
    previous_leave = current.leave_request_id if current else None
    if current is not None:
        current.ended_at = at
    absent = new.status.is_absent
    entry = WhereaboutsEntry(
        staff_id=staff_id,
        status=new.status.value,
        status_text=new.status_text,
        place=new.place,
        contact_phone=new.contact_phone,
        started_at=at,
        expected_return=new.expected_return if absent else None,
        operator_id=operator_id,
        override_reason=new.override_reason if absent else "",
        recorded_at=recorded_at,
        leave_request_id=new.leave_request_id if absent else None,
        no_handover_reason=new.no_handover_reason if absent else "",
    )
    s.add(entry)
    s.flush()
    coverage_sync.sync_for_staff(s, staff_id, at)
    if new.handover_note and absent and not previous.is_absent:
        add_notes(s, staff_id, new.handover_note, at, operator_id)
    event = StatusEvent(
        staff_id, at, previous, previous_leave, new.status, entry.leave_request_id, entry.id
    )
    for hook in hooks:
        hook(s, event)
    return entry.id, previous
