"""交接: the handover notes an A holder leaves for the B of the post when going out."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.db.models import Post, PostHandoverNote, Staff
from desk.domain.board import coverage_sync
from desk.domain.board.views import HandoverNoteView
from desk.domain.common.codes import Status
from desk.domain.common.context import Context
from desk.domain.common.errors import DomainError, NotFound
from desk.domain.common.text import FieldError, clean_text


def unseen_note_counts(s: Session, _now: datetime) -> dict[int, int]:
    """Badge provider: unread handover notes per recipient (B holder)."""
    q = (
        select(PostHandoverNote.to_id, func.count())
        .where(PostHandoverNote.seen_at.is_(None))
        .group_by(PostHandoverNote.to_id)
    )
    return dict(s.execute(q).all())


def add_notes(s: Session, staff_id: int, text: str, now: datetime, operator_id: int | None) -> int:
    """One note for the B of each post this person holds as A; returns how many."""
    count = 0
    for post in s.scalars(select(Post).where(Post.active, Post.a_id == staff_id)):
        if post.b_id is not None:
            s.add(
                PostHandoverNote(
                    post_id=post.id,
                    from_id=staff_id,
                    to_id=post.b_id,
                    text=text,
                    created_at=now,
                    operator_id=operator_id,
                )
            )
            count += 1
    return count


def handover_missing(targets: list[tuple[str, str]], note: str, reason: str) -> None:
    """交接 before leaving: with a B to hand over to, a note or the reason there is none.

    Raises FieldError at the note ("请填写交接事项…"); the rule books want A to hand over
    to B before leaving, or B to take over anyway when A could not (来不及交接).
    """
    if targets and not note.strip() and not reason.strip():
        names = "、".join(dict.fromkeys(b for _post, b in targets))
        raise FieldError(
            "handover_note", f"请给{names}留交接事项，或选择未能交接的原因（如“来不及交接”）"
        )


def handover_targets(s: Session, staff_id: int) -> list[tuple[str, str]]:
    """(post, B's name) for each post this person holds as A whose B is in post now."""
    statuses = coverage_sync.current_statuses(s)
    names = dict(s.execute(select(Staff.id, Staff.name)).all())
    return [
        (post.name, names.get(post.b_id, ""))
        for post in s.scalars(
            select(Post)
            .where(Post.active, Post.a_id == staff_id, Post.b_id.is_not(None))
            .order_by(Post.sort_order, Post.id)
        )
        if post.b_id is not None and not statuses.get(post.b_id, Status.IN_POST).is_absent
    ]


class HandoverNotes:
    """Writing and reading A→B handover notes (mixed into BoardService)."""

    ctx: Context

    def _add_notes(self, s: Session, staff_id: int, text: str, now: datetime) -> int:
        return add_notes(s, staff_id, text, now, self.ctx.operator_id)

    def handover_targets(self, staff_id: int) -> list[tuple[str, str]]:
        """Posts where this person is A with a B who is in post now: (post, B's name).

        These are the B holders an absent A should leave a handover note (交接) for.
        """
        with self.ctx.db.read() as s:
            return handover_targets(s, staff_id)

    def add_handover_note(self, staff_id: int, text: str) -> int:
        """Record A's 待办事项 for the B of each post this person holds as A.

        For notes written after the status change (e.g. after a quick change from the
        board's menu). Returns how many notes were stored (one per post with a B).
        """
        text = clean_text(
            text,
            field="handover_note",
            label="交接事项",
            max_len=2000,
            multiline=True,
            required=True,
        )

        def work(s: Session) -> int:
            if s.get(Staff, staff_id) is None:
                raise NotFound("找不到该工作人员")
            count = self._add_notes(s, staff_id, text, self.ctx.now())
            if not count:
                raise DomainError("此人不是任何岗位的A岗，或岗位没有B岗，无需交接")
            return count

        return self.ctx.write(work)

    def handover_notes_for(self, staff_id: int, unseen_only: bool = True) -> list[HandoverNoteView]:
        """A's handover notes addressed to this person as B."""
        with self.ctx.db.read() as s:
            names = dict(s.execute(select(Staff.id, Staff.name)).all())
            posts = dict(s.execute(select(Post.id, Post.name)).all())
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
