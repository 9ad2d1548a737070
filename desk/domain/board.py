"""去向牌: current whereabouts of every active staff member, changes, and history."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.db.models import (
    CoverageInterval,
    Department,
    Post,
    PostHandoverNote,
    Staff,
    WhereaboutsEntry,
)
from desk.domain import coverage_sync
from desk.domain.codes import ServingRole, Status
from desk.domain.context import Context
from desk.domain.coverage import Serving, absence_conflicts, who_serves
from desk.domain.errors import ABConflict, DomainError, NotFound
from desk.domain.permissions import Permission, require
from desk.domain.text import FieldError, clean_text
from desk.domain.validation import check_phone


@dataclass(frozen=True)
class PostRole:
    post_id: int
    post: str
    role: str  # "A" or "B"
    # For an absent A holder: who covers the post now ("" when nobody is in).
    covered_by: str = ""


@dataclass(frozen=True)
class BoardRow:
    staff_id: int
    name: str
    department_id: int
    department: str
    title: str
    duties: str
    status: Status
    status_text: str
    place: str
    contact_phone: str
    since: datetime
    expected_return: datetime | None
    # The expected return has passed but the status was not changed: ask for confirmation.
    return_overdue: bool
    posts: tuple[PostRole, ...]
    # Counts other record kinds contribute (handovers, callbacks, …), keyed by badge name.
    badges: dict[str, int] = field(default_factory=dict)

    @property
    def status_label(self) -> str:
        if self.status is Status.OTHER and self.status_text:
            return self.status_text
        return self.status.label

    @property
    def covering_text(self) -> str:
        parts = [
            f"{p.post}：{p.covered_by or '无人顶岗'}"
            for p in self.posts
            if p.role == "A" and self.status.is_absent
        ]
        return "；".join(parts)


@dataclass(frozen=True)
class StatusChange:
    entry_id: int
    staff_id: int
    previous: Status
    status: Status

    @property
    def returned(self) -> bool:
        """The person came back to 在岗 from an absence: show them what waits for them."""
        return self.previous.is_absent and not self.status.is_absent


@dataclass(frozen=True)
class WhereaboutsView:
    id: int
    staff_id: int
    staff_name: str
    status: Status
    status_text: str
    place: str
    contact_phone: str
    started_at: datetime
    expected_return: datetime | None
    ended_at: datetime | None
    operator_id: int | None
    override_reason: str

    @property
    def status_label(self) -> str:
        if self.status is Status.OTHER and self.status_text:
            return self.status_text
        return self.status.label


@dataclass(frozen=True)
class HandoverNoteView:
    id: int
    post: str
    from_name: str
    text: str
    created_at: datetime


# Providers add per-staff counts to the board (handovers, callbacks, …) without the board
# knowing those record kinds. Each returns {staff_id: count} for one badge name.
BadgeProvider = Callable[[Session, datetime], dict[int, int]]
BADGE_PROVIDERS: dict[str, BadgeProvider] = {}


def register_badge(name: str, provider: BadgeProvider) -> None:
    BADGE_PROVIDERS[name] = provider


def _view(e: WhereaboutsEntry, name: str) -> WhereaboutsView:
    return WhereaboutsView(
        e.id,
        e.staff_id,
        name,
        Status(e.status),
        e.status_text,
        e.place,
        e.contact_phone,
        e.started_at,
        e.expected_return,
        e.ended_at,
        e.operator_id,
        e.override_reason,
    )


class BoardService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # ---- the board -----------------------------------------------------------------
    def rows(self) -> list[BoardRow]:
        """Everything the board shows, in department then staff order, in one read."""
        now = self.ctx.now()
        with self.ctx.db.read() as s:
            depts = {d.id: d for d in s.scalars(select(Department))}
            people = s.scalars(
                select(Staff)
                .where(Staff.active)
                .order_by(Staff.department_id, Staff.sort_order, Staff.id)
            ).all()
            names = {p.id: p.name for p in people}
            entries = {
                e.staff_id: e
                for e in s.scalars(
                    select(WhereaboutsEntry).where(WhereaboutsEntry.ended_at.is_(None))
                )
            }
            covering = {
                iv.post_id: iv.covering_id
                for iv in s.scalars(
                    select(CoverageInterval).where(CoverageInterval.ended_at.is_(None))
                )
            }
            roles: dict[int, list[PostRole]] = defaultdict(list)
            for post in s.scalars(
                select(Post).where(Post.active).order_by(Post.sort_order, Post.id)
            ):
                if post.a_id is not None:
                    cover = covering.get(post.id)
                    roles[post.a_id].append(
                        PostRole(post.id, post.name, "A", names.get(cover, "") if cover else "")
                    )
                if post.b_id is not None:
                    roles[post.b_id].append(PostRole(post.id, post.name, "B"))
            badges = {name: provider(s, now) for name, provider in BADGE_PROVIDERS.items()}
        rows = []
        order = {d.id: (d.sort_order, d.id) for d in depts.values()}
        for p in sorted(
            people, key=lambda p: (order.get(p.department_id, (0, 0)), p.sort_order, p.id)
        ):
            e = entries.get(p.id)
            status = Status(e.status) if e else Status.IN_POST
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
                    badges={k: v[p.id] for k, v in badges.items() if v.get(p.id)},
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
            name = s.get(Staff, serving.staff_id).name if serving.staff_id else ""
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
            other_name = s.get(Staff, other).name if other else ""
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
            previous = Status(current.status) if current else Status.IN_POST
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
                for post in s.scalars(select(Post).where(Post.active, Post.a_id == staff_id)):
                    if post.b_id is not None:
                        s.add(
                            PostHandoverNote(
                                post_id=post.id,
                                from_id=staff_id,
                                to_id=post.b_id,
                                text=handover_note,
                                created_at=now,
                                operator_id=self.ctx.operator_id,
                            )
                        )
            return StatusChange(entry.id, staff_id, previous, status)

        return self.ctx.write(work)

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
            if current is None or not Status(current.status).is_absent:
                raise DomainError("该人员当前在岗，无需确认")
            current.expected_return = expected_return

        self.ctx.write(work)

    # ---- history -------------------------------------------------------------------
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
            return _view(e, s.get(Staff, staff_id).name)

    def history(
        self,
        staff_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 500,
    ) -> list[WhereaboutsView]:
        with self.ctx.db.read() as s:
            names = dict(s.execute(select(Staff.id, Staff.name)).tuples().all())
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
            return [_view(e, names.get(e.staff_id, "")) for e in s.scalars(q.limit(limit))]

    def handover_notes_for(self, staff_id: int, unseen_only: bool = True) -> list[HandoverNoteView]:
        """A's handover notes addressed to this person as B."""
        with self.ctx.db.read() as s:
            names = dict(s.execute(select(Staff.id, Staff.name)).tuples().all())
            posts = dict(s.execute(select(Post.id, Post.name)).tuples().all())
            q = select(PostHandoverNote).where(PostHandoverNote.to_id == staff_id)
            if unseen_only:
                q = q.where(PostHandoverNote.seen_at.is_(None))
            return [
                HandoverNoteView(
                    n.id, posts.get(n.post_id, ""), names.get(n.from_id, ""), n.text, n.created_at
                )
                for n in s.scalars(q.order_by(PostHandoverNote.created_at))
            ]

    def mark_notes_seen(self, note_ids: list[int]) -> None:
        def work(s: Session) -> None:
            for n in s.scalars(select(PostHandoverNote).where(PostHandoverNote.id.in_(note_ids))):
                if n.seen_at is None:
                    n.seen_at = self.ctx.now()

        self.ctx.write(work)


__all__ = [
    "BADGE_PROVIDERS",
    "BoardRow",
    "BoardService",
    "HandoverNoteView",
    "PostRole",
    "ServingRole",
    "StatusChange",
    "WhereaboutsView",
    "register_badge",
]
