"""去向牌: current whereabouts of every active staff member, changes, and history."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import CoverageInterval, Department, Post, Staff, WhereaboutsEntry
from desk.domain.board import coverage_sync
from desk.domain.board.coverage import PostHolders, Serving, absence_conflicts, who_serves
from desk.domain.board.history import HistoryQueries
from desk.domain.board.notes import HandoverNotes, unseen_note_counts
from desk.domain.board.views import (
    BoardRow,
    HandoverNoteView,
    PostRole,
    StatusChange,
    WhereaboutsView,
)
from desk.domain.common.codes import ServingRole, Status
from desk.domain.common.context import Context
from desk.domain.common.errors import ABConflict, DomainError, NotFound
from desk.domain.common.text import FieldError, clean_text
from desk.domain.common.validation import check_phone
from desk.domain.people.permissions import Permission, require

_STATUS = {status.value: status for status in Status}

# Providers add per-staff counts to the board (handovers, callbacks, …) without the board
# knowing those record kinds. Each returns {staff_id: count} for one badge name; the Hall
# facade installs them (desk.domain.hall), never an import.
BadgeProvider = Callable[[Session, datetime], dict[int, int]]


def _fallback_text(serving: Serving, names: dict[int, str]) -> str:
    """Who answers for a post nobody of it serves, as the board shows it."""
    if serving.role in (ServingRole.HEAD, ServingRole.DIRECTOR) and serving.staff_id:
        return f"{serving.role.label}{names.get(serving.staff_id, '')}"
    return ""


class BoardService(HistoryQueries, HandoverNotes):
    """The 去向牌: rows to show, status changes with the A/B rule, history, handover notes."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        # Unread handover notes from A holders (交接事项) show beside their B on the board.
        self.badge_providers: dict[str, BadgeProvider] = {"post_notes": unseen_note_counts}

    def add_badge(self, name: str, provider: BadgeProvider) -> None:
        """Show provider's per-staff counts as badge ``name`` (replacing one of that name)."""
        self.badge_providers[name] = provider

    # ---- the board -----------------------------------------------------------------
    def rows(self) -> list[BoardRow]:
        """Everything the board shows, in department then staff order, in one read.

        It runs on every refresh of every desk, so it reads plain columns (no ORM objects)
        with one indexed query per table.
        """
        now = self.ctx.now()
        with self.ctx.db.read() as s:
            dept_columns = (Department.id, Department.name, Department.sort_order)
            depts = {d.id: d for d in s.execute(select(*dept_columns, Department.head_id))}
            people = s.execute(
                select(
                    Staff.id,
                    Staff.name,
                    Staff.department_id,
                    Staff.title,
                    Staff.duties,
                    Staff.is_director,
                    Staff.sort_order,
                    Staff.created_at,
                )
                .where(Staff.active)
                .order_by(Staff.department_id, Staff.sort_order, Staff.id)
            ).all()
            names = {p.id: p.name for p in people}
            we = WhereaboutsEntry
            entries = {
                e.staff_id: e
                for e in s.execute(
                    select(
                        we.staff_id,
                        we.status,
                        we.status_text,
                        we.place,
                        we.contact_phone,
                        we.started_at,
                        we.expected_return,
                    ).where(we.ended_at.is_(None))
                )
            }
            covering = dict(
                s.execute(
                    select(CoverageInterval.post_id, CoverageInterval.covering_id).where(
                        CoverageInterval.ended_at.is_(None)
                    )
                ).all()
            )
            statuses = {sid: _STATUS[e.status] for sid, e in entries.items()}

            def status_of(staff_id: int) -> Status:
                return statuses.get(staff_id, Status.IN_POST)

            directors = [p.id for p in people if p.is_director]
            roles: dict[int, list[PostRole]] = defaultdict(list)
            for post in s.execute(
                select(Post.id, Post.name, Post.department_id, Post.a_id, Post.b_id)
                .where(Post.active)
                .order_by(Post.sort_order, Post.id)
            ):
                if post.a_id is not None:
                    cover = covering.get(post.id)
                    fallback = ""
                    if not cover and status_of(post.a_id).is_absent:
                        dept = depts.get(post.department_id)
                        holders = PostHolders(
                            post.id,
                            post.name,
                            post.department_id,
                            post.a_id,
                            post.b_id,
                            dept.head_id if dept else None,
                        )
                        fallback = _fallback_text(who_serves(holders, status_of, directors), names)
                    roles[post.a_id].append(
                        PostRole(
                            post.id,
                            post.name,
                            "A",
                            names.get(cover, "") if cover else "",
                            fallback,
                        )
                    )
                if post.b_id is not None:
                    roles[post.b_id].append(PostRole(post.id, post.name, "B"))
            badges: dict[int, dict[str, int]] = defaultdict(dict)
            for badge, provider in self.badge_providers.items():
                for staff_id, count in provider(s, now).items():
                    if count:
                        badges[staff_id][badge] = count
        rows = []
        order = {d.id: (d.sort_order, d.id) for d in depts.values()}
        for p in sorted(
            people, key=lambda p: (order.get(p.department_id, (0, 0)), p.sort_order, p.id)
        ):
            e = entries.get(p.id)
            status = _STATUS[e.status] if e else Status.IN_POST
            expected = e.expected_return if e else None
            rows.append(
                BoardRow(
                    staff_id=p.id,
                    name=p.name,
                    department_id=p.department_id,
                    department=depts[p.department_id].name if p.department_id in depts else "",
                    title=p.title,
                    duties=p.duties,
                    status=status,
                    status_text=e.status_text if e else "",
                    place=e.place if e else "",
                    contact_phone=e.contact_phone if e else "",
                    since=e.started_at if e else p.created_at,
                    expected_return=expected,
                    return_overdue=bool(status.is_absent and expected and expected < now),
                    posts=tuple(roles.get(p.id, ())),
                    badges=badges.get(p.id, {}),
                )
            )
        return rows

    def status_of(self, staff_id: int) -> Status:
        with self.ctx.db.read() as s:
            return coverage_sync.current_statuses(s, [staff_id]).get(staff_id, Status.IN_POST)

    def serving(self, post_id: int) -> tuple[Serving, str]:
        """Who serves the post now, and that person's name."""
        with self.ctx.db.read() as s:
            holders = coverage_sync.post_holders(s, [post_id], active_only=False)
            if not holders:
                raise NotFound("找不到该岗位")
            statuses = coverage_sync.current_statuses(s)
            directors = s.scalars(select(Staff.id).where(Staff.is_director, Staff.active)).all()
            serving = who_serves(holders[0], lambda i: statuses.get(i, Status.IN_POST), directors)
            person = s.get(Staff, serving.staff_id) if serving.staff_id else None
            name = person.name if person else ""
            return serving, name

    # ---- changes -------------------------------------------------------------------
    def conflicts_if_absent(self, staff_id: int) -> list[tuple[str, str]]:
        """Posts that would be left with neither A nor B: (post, other holder's name)."""
        with self.ctx.db.read() as s:
            return self._conflicts(s, staff_id)

    def _conflicts(self, s: Session, staff_id: int) -> list[tuple[str, str]]:
        posts = coverage_sync.post_holders(s)
        statuses = coverage_sync.current_statuses(s)
        clashes = absence_conflicts(staff_id, posts, lambda i: statuses.get(i, Status.IN_POST))
        out = []
        for post in clashes:
            other = post.b_id if post.a_id == staff_id else post.a_id
            holder = s.get(Staff, other) if other else None
            other_name = holder.name if holder else ""
            out.append((post.name, other_name))
        return out

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
    ) -> StatusChange:
        """Record a new whereabouts for someone; refuses an A/B clash unless overridden.

        The override needs a reason, which is stored on the history row. A handover note
        (A's 待办事项 for B) is stored for each post where the person is A and B is in.
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
        if status is Status.OTHER and not status_text:
            raise FieldError("status_text", "选择“其他”时请填写去向说明")
        now = self.ctx.now()
        if status.is_absent and expected_return is not None and expected_return <= now:
            raise FieldError("expected_return", "预计返回时间应晚于现在")
        if not status.is_absent:
            expected_return = None

        def work(s: Session) -> StatusChange:
            person = s.get(Staff, staff_id)
            if person is None or not person.active:
                raise NotFound("找不到该工作人员")
            current = s.scalars(
                select(WhereaboutsEntry).where(
                    WhereaboutsEntry.staff_id == staff_id, WhereaboutsEntry.ended_at.is_(None)
                )
            ).first()
            previous = Status.of(current.status) if current else Status.IN_POST
            if current is not None and status is previous is Status.IN_POST:
                # Already in post: another 在岗 row would only add noise to the ledger.
                return StatusChange(current.id, staff_id, previous, status)
            if status.is_absent and not previous.is_absent:
                clashes = self._conflicts(s, staff_id)
                if clashes and not override_reason:
                    raise ABConflict(clashes)
                if clashes:
                    require(self.ctx, Permission.OVERRIDE)
            if current is not None:
                current.ended_at = now
            entry = WhereaboutsEntry(
                staff_id=staff_id,
                status=status.value,
                status_text=status_text,
                place=place,
                contact_phone=contact_phone,
                started_at=now,
                expected_return=expected_return,
                operator_id=self.ctx.operator_id,
                override_reason=override_reason if status.is_absent else "",
                recorded_at=now,
            )
            s.add(entry)
            s.flush()
            coverage_sync.sync_for_staff(s, staff_id, now)
            if handover_note and status.is_absent and not previous.is_absent:
                self._add_notes(s, staff_id, handover_note, now)
            return StatusChange(entry.id, staff_id, previous, status)

        return self.ctx.write(work)

    def amend_absence(
        self,
        staff_id: int,
        *,
        status_text: str = "",
        place: str = "",
        contact_phone: str = "",
        expected_return: datetime | None = None,
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
        return s.scalars(
            select(WhereaboutsEntry).where(
                WhereaboutsEntry.staff_id == staff_id, WhereaboutsEntry.ended_at.is_(None)
            )
        ).first()

    def confirm_return_time(self, staff_id: int, expected_return: datetime) -> None:
        """Extend an absence whose expected return passed (the flagged case on the board)."""
        if expected_return <= self.ctx.now():
            raise FieldError("expected_return", "预计返回时间应晚于现在")

        def work(s: Session) -> None:
            current = s.scalars(
                select(WhereaboutsEntry).where(
                    WhereaboutsEntry.staff_id == staff_id, WhereaboutsEntry.ended_at.is_(None)
                )
            ).first()
            if current is None or not Status.of(current.status).is_absent:
                raise DomainError("该人员当前在岗，无需确认")
            current.expected_return = expected_return

        self.ctx.write(work)


__all__ = [
    "BadgeProvider",
    "BoardRow",
    "BoardService",
    "HandoverNoteView",
    "PostRole",
    "ServingRole",
    "StatusChange",
    "WhereaboutsView",
]
