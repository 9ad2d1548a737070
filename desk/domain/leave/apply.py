"""The board follows the plan: approved leave goes up at its start and comes down at its end.

``apply_due`` is idempotent — it looks for approved requests whose start has come and that
are not on the board yet, and for those on the board whose end has passed — so it can run
at start-up and on every refresh of the board (the Hall's due steps) with a controlled
clock in tests. Putting a leave up ends whatever the board said (at the leave's start, or
when that stretch began if later) and starts the leave's absence with the request's kind,
reason and phone, expected back at its end; the 交接 note goes to B then. Taking it down
is a 回岗 at the end. Either way the status hook below closes the request (销假) whenever
the stretch that followed it ends — so a clerk's 回岗 on the board is the 销假.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desk.db.models import LeaveRequest, Staff
from desk.domain.board.changes import NewStatus, StatusEvent, StatusHook, open_entry, record_status
from desk.domain.board.service import current_conflicts
from desk.domain.common.codes import LeaveKind, LeaveState, Status
from desk.domain.common.context import Context
from desk.domain.leave import rules

APPROVED = LeaveState.APPROVED.value


def close_on_change(s: Session, event: StatusEvent) -> None:
    """Status hook: the stretch that followed a request ended, so the request is 销假."""
    leave_id = event.previous_leave_id
    if leave_id is None or event.leave_request_id == leave_id:
        return
    r = s.get(LeaveRequest, leave_id)
    if r is None or r.state != APPROVED:
        return
    r.state = LeaveState.CLOSED.value
    r.closed_at = event.at
    r.closed_by = s.info.get("operator_id")
    if event.status.is_absent:
        r.close_note = f"去向改为{event.status.label}"
    elif event.at < r.ends_at:
        r.close_note = "提前返岗"
    else:
        r.close_note = "到期返岗"


class LeaveApplier:
    """Putting approved leave on the board and taking it down (mixed into LeaveService)."""

    ctx: Context
    board_hooks: list[StatusHook]

    def hours(self) -> rules.Hours:
        raise NotImplementedError  # LeaveService reads them from the settings

    def _record(self, s: Session, staff_id: int, new: NewStatus, at: datetime) -> None:
        current = open_entry(s, staff_id)
        if current is not None:
            at = max(at, current.started_at)
        record_status(
            s,
            staff_id,
            new,
            at,
            operator_id=self.ctx.operator_id,
            recorded_at=self.ctx.now(),
            hooks=self.board_hooks,
        )

    def _apply_one(
        self, s: Session, r: LeaveRequest, now: datetime, at: datetime | None = None
    ) -> bool:
        """Put one approved request on the board (its start has come), from ``at`` — its
        planned start unless the caller knows better (approved only after it began)."""
        person = s.get(Staff, r.staff_id)
        r.applied_at = now
        if person is None or not person.active:
            return False
        current = open_entry(s, r.staff_id)
        if current is not None and current.leave_request_id == r.id:
            return False
        if (
            current is not None
            and current.leave_request_id is None
            and Status.of(current.status).is_absent
            and current.started_at >= r.starts_at
            and r.ends_at > now
        ):
            # A clerk already put the person out when the leave began: that stretch is the
            # leave (linked, expected back at its end) rather than a second one.
            current.leave_request_id = r.id
            current.expected_return = r.ends_at
            return True
        status, text = rules.board_status(LeaveKind.of(r.kind), r.kind_text)
        override = r.override_reason
        clashes = current_conflicts(s, r.staff_id)
        if clashes and not override:
            others = "、".join(other for _post, other in clashes)
            override = f"按已批准的{rules.number_text(r.year, r.seq)}离岗（{others}此时也不在岗）"
        # Leaving in post: the 交接 goes to B now (as when a clerk sets the absence).
        was_in = current is None or not Status.of(current.status).is_absent
        new = NewStatus(
            status,
            status_text=text,
            place=r.reason[:200],
            contact_phone=r.contact_phone,
            expected_return=r.ends_at,
            override_reason=override,
            handover_note=r.handover_note if was_in else "",
            no_handover_reason=r.no_handover_reason,
            leave_request_id=r.id,
        )
        if r.ends_at <= now:
            # The whole leave passed while no desk was running: write it as it happened.
            if current is not None and current.started_at > r.starts_at:
                r.state = LeaveState.CLOSED.value
                r.closed_at = r.ends_at
                r.close_note = "期间去向牌另有登记"
                return False
            self._record(s, r.staff_id, new, r.starts_at)
            self._record(s, r.staff_id, NewStatus(Status.IN_POST), r.ends_at)
            return True
        self._record(s, r.staff_id, new, at or r.starts_at)
        return True

    def _back_in_post(self, s: Session, r: LeaveRequest, at: datetime) -> None:
        current = open_entry(s, r.staff_id)
        if current is not None and current.leave_request_id == r.id:
            self._record(s, r.staff_id, NewStatus(Status.IN_POST), at)
            return
        # The board moved on already (another status): the request ends here.
        r.state = LeaveState.CLOSED.value
        r.closed_at = at
        r.closed_by = self.ctx.operator_id
        r.close_note = r.close_note or "到期"

    def due_count(self, now: datetime | None = None) -> int:
        """How many requests ``apply_due`` would change now (a read)."""
        at = now or self.ctx.now()
        with self.ctx.db.read() as s:
            return len(list(s.scalars(self._due_query(at))))

    @staticmethod
    def _due_query(at: datetime):  # type: ignore[no-untyped-def]
        return (
            select(LeaveRequest)
            .where(
                LeaveRequest.state == APPROVED,
                or_(
                    and_(LeaveRequest.applied_at.is_(None), LeaveRequest.starts_at <= at),
                    and_(LeaveRequest.applied_at.is_not(None), LeaveRequest.ends_at <= at),
                ),
            )
            .order_by(LeaveRequest.starts_at, LeaveRequest.id)
        )

    def apply_due(self, now: datetime | None = None) -> int:
        """Put up the leave that has begun and take down the leave that has ended.

        Idempotent; writes only when something is due. Returns how many requests changed.
        """
        at = now or self.ctx.now()
        if not self.due_count(at):
            return 0

        def work(s: Session) -> int:
            changed = 0
            for r in list(s.scalars(self._due_query(at))):
                if r.applied_at is None:
                    self._apply_one(s, r, at)
                    changed += 1
                elif r.ends_at <= at:
                    self._back_in_post(s, r, r.ends_at)
                    changed += 1
            return changed

        return self.ctx.write(work)


HOOK: StatusHook = close_on_change
