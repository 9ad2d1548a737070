"""去向牌: current whereabouts of every active staff member, changes, and history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import Staff, WhereaboutsEntry
from desk.domain.board import coverage_sync
from desk.domain.board.changes import NewStatus, StatusHook, open_entry, record_status
from desk.domain.board.conflicts import check_seen
from desk.domain.board.coverage import Serving, absence_conflicts, who_serves
from desk.domain.board.designations import Designations
from desk.domain.board.history import HistoryQueries
from desk.domain.board.notes import (
    HandoverNotes,
    handover_missing,
    handover_targets,
    unseen_note_counts,
)
from desk.domain.board.rows import BadgeProvider, board_rows
from desk.domain.board.views import (
    BoardRow,
    HandoverNoteView,
    PostRole,
    SeenEntry,
    StatusChange,
    WhereaboutsView,
)
from desk.domain.common.codes import ServingRole, Status
from desk.domain.common.context import Context
from desk.domain.common.errors import ABConflict, DomainError, NotFound
from desk.domain.common.text import FieldError, clean_text
from desk.domain.common.validation import check_phone
from desk.domain.duty.lookup import leader_on
from desk.domain.people.permissions import Permission, require

# Providers add per-staff counts to the board (handovers, callbacks, …) without the board
# knowing those record kinds. Each returns {staff_id: count} for one badge name; the Hall
# facade installs them (desk.domain.hall), never an import.


def current_conflicts(s: Session, staff_id: int) -> list[tuple[str, str]]:
    """Posts that would be left with neither A nor B if the person left now: (post, other)."""
    posts = coverage_sync.post_holders(s)
    statuses = coverage_sync.current_statuses(s)
    clashes = absence_conflicts(staff_id, posts, lambda i: statuses.get(i, Status.IN_POST))
    out = []
    for post in clashes:
        other = post.b_id if post.a_id == staff_id else post.a_id
        holder = s.get(Staff, other) if other else None
        out.append((post.name, holder.name if holder else ""))
    return out


class BoardService(HistoryQueries, HandoverNotes, Designations):
    """The 去向牌: rows to show, status changes with the A/B rule, history, handover notes."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        # Unread handover notes from A holders (交接事项) show beside their B on the board.
        self.badge_providers: dict[str, BadgeProvider] = {"post_notes": unseen_note_counts}
        # Called in the transaction of every status change (the Hall installs them).
        self.status_hooks: list[StatusHook] = []

    def add_badge(self, name: str, provider: BadgeProvider) -> None:
        """Show provider's per-staff counts as badge ``name`` (replacing one of that name)."""
        self.badge_providers[name] = provider

    def add_status_hook(self, hook: StatusHook) -> None:
        """Let another record kind react to status changes in their own transaction."""
        self.status_hooks.append(hook)

    # ---- the board -----------------------------------------------------------------
    def rows(self) -> list[BoardRow]:
        """Everything the board shows, in department then staff order, in one read."""
        now = self.ctx.now()
        with self.ctx.db.read() as s:
            return board_rows(s, now, self.badge_providers)

    def status_of(self, staff_id: int) -> Status:
        with self.ctx.db.read() as s:
            return coverage_sync.current_statuses(s, [staff_id]).get(staff_id, Status.IN_POST)

    def serving(self, post_id: int) -> tuple[Serving, str]:
        """Who serves the post now, and that person's name."""
        now = self.ctx.now()
        with self.ctx.db.read() as s:
            holders = coverage_sync.post_holders(s, [post_id], active_only=False, at=now)
            if not holders:
                raise NotFound("找不到该岗位")
            statuses = coverage_sync.current_statuses(s)
            directors = s.scalars(select(Staff.id).where(Staff.is_director, Staff.active)).all()
            serving = who_serves(
                holders[0],
                lambda i: statuses.get(i, Status.IN_POST),
                directors,
                leader_on(s, now.date()),
            )
            person = s.get(Staff, serving.staff_id) if serving.staff_id else None
            name = person.name if person else ""
            return serving, name

    # ---- changes -------------------------------------------------------------------
    def conflicts_if_absent(self, staff_id: int) -> list[tuple[str, str]]:
        """Posts that would be left with neither A nor B: (post, other holder's name)."""
        with self.ctx.db.read() as s:
            return self._conflicts(s, staff_id)

    def _conflicts(self, s: Session, staff_id: int) -> list[tuple[str, str]]:
        return current_conflicts(s, staff_id)

    def set_status(
        self,
        staff_id: int,
        status: Status,
        *,
        status_text: str = "",
        place: str = "",
        contact_phone: str = "",
        expected_return: datetime | None = None,
        override_reason: str = "",
        handover_note: str = "",
        no_handover_reason: str = "",
        handover_required: bool = False,
        seen: SeenEntry | None = None,
    ) -> StatusChange:
        """Record a new whereabouts for someone; refuses an A/B clash unless overridden.

        The override needs a reason, which is stored on the history row. A handover note
        (A's 待办事项 for B) is stored for each post where the person is A and B is in; with
        ``handover_required`` (the full dialog) leaving without a note needs the reason why
        (来不及交接 …), which the history row keeps.
        seen: the whereabouts the form showed; if another desk changed them since, nothing
        is saved (EditConflict says what the other desk set).
        """
        status_text = clean_text(status_text, field="status_text", label="去向说明", max_len=50)
        place = clean_text(place, field="place", label="地点/事由", max_len=200)
        contact_phone = (
            check_phone(contact_phone, field="contact_phone", label="联系电话")
            if contact_phone.strip()
            else ""
        )
        override_reason = clean_text(
            override_reason, field="override_reason", label="原因", max_len=500
        )
        handover_note = clean_text(
            handover_note, field="handover_note", label="交接事项", max_len=2000, multiline=True
        )
        no_handover_reason = clean_text(
            no_handover_reason, field="no_handover_reason", label="未交接原因", max_len=200
        )
        if status is Status.OTHER and not status_text:
            raise FieldError("status_text", "选择“其他”时请填写去向说明")
        now = self.ctx.now()
        if status.is_absent and expected_return is not None and expected_return <= now:
            raise FieldError("expected_return", "预计返回时间应晚于现在")

        def work(s: Session) -> StatusChange:
            person = s.get(Staff, staff_id)
            if person is None or not person.active:
                raise NotFound("找不到该工作人员")
            current = open_entry(s, staff_id)
            check_seen(s, person, current, seen)
            previous = Status.of(current.status) if current else Status.IN_POST
            if current is not None and status is previous is Status.IN_POST:
                # Already in post: another 在岗 row would only add noise to the ledger.
                return StatusChange(current.id, staff_id, previous, status)
            leaving = status.is_absent and not previous.is_absent
            if leaving:
                clashes = self._conflicts(s, staff_id)
                if clashes and not override_reason:
                    raise ABConflict(clashes)
                if clashes:
                    require(self.ctx, Permission.OVERRIDE)
                if handover_required:
                    handover_missing(
                        handover_targets(s, staff_id), handover_note, no_handover_reason
                    )
            new = NewStatus(
                status,
                status_text,
                place,
                contact_phone,
                expected_return,
                override_reason,
                handover_note if leaving else "",
                no_handover_reason if leaving else "",
            )
            entry_id, _ = record_status(
                s,
                staff_id,
                new,
                now,
                operator_id=self.ctx.operator_id,
                recorded_at=now,
                hooks=self.status_hooks,
            )
            return StatusChange(entry_id, staff_id, previous, status)

        return self.ctx.write(work)

    def amend_absence(
        self,
        staff_id: int,
        *,
        status_text: str = "",
        place: str = "",
        contact_phone: str = "",
        expected_return: datetime | None = None,
        seen: SeenEntry | None = None,
    ) -> None:
        """Correct the details of the current absence (place, return time, phone) in place.

        The same stretch of absence continues, so no new history row is written; the audit
        trail keeps the values before and after.
        """
        status_text = clean_text(status_text, field="status_text", label="去向说明", max_len=50)
        place = clean_text(place, field="place", label="地点/事由", max_len=200)
        contact_phone = (
            check_phone(contact_phone, field="contact_phone", label="联系电话")
            if contact_phone.strip()
            else ""
        )
        if expected_return is not None and expected_return <= self.ctx.now():
            raise FieldError("expected_return", "预计返回时间应晚于现在")

        def work(s: Session) -> None:
            current = self._open_entry(s, staff_id)
            person = s.get(Staff, staff_id)
            if person is not None:
                check_seen(s, person, current, seen)
            if current is None or not Status.of(current.status).is_absent:
                raise DomainError("该人员当前在岗，没有可修改的外出信息")
            if current.status == Status.OTHER.value and not status_text:
                raise FieldError("status_text", "选择“其他”时请填写去向说明")
            current.status_text = status_text if current.status == Status.OTHER.value else ""
            current.place, current.contact_phone = place, contact_phone
            current.expected_return = expected_return

        self.ctx.write(work)

    @staticmethod
    def _open_entry(s: Session, staff_id: int) -> WhereaboutsEntry | None:
        return open_entry(s, staff_id)

    def confirm_return_time(
        self, staff_id: int, expected_return: datetime, seen: SeenEntry | None = None
    ) -> None:
        """Extend an absence whose expected return passed (the flagged case on the board)."""
        if expected_return <= self.ctx.now():
            raise FieldError("expected_return", "预计返回时间应晚于现在")

        def work(s: Session) -> None:
            current = self._open_entry(s, staff_id)
            person = s.get(Staff, staff_id)
            if person is not None:
                check_seen(s, person, current, seen)
            if current is None or not Status.of(current.status).is_absent:
                raise DomainError("该人员当前在岗，无需确认")
            current.expected_return = expected_return

        self.ctx.write(work)


__all__ = [
    "BadgeProvider",
    "StatusHook",
    "BoardRow",
    "BoardService",
    "HandoverNoteView",
    "PostRole",
    "ServingRole",
    "StatusChange",
    "WhereaboutsView",
]
