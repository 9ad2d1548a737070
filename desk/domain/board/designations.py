"""指定顶岗: when A and B of a post are both away, a leader names a third person for a period.

The person then serves the post (desk.domain.board.coverage.who_serves): the board shows
them as 顶岗, routing sends new matters to them, and the AB岗顶岗记录 lists the stretch as
指定顶岗. Designations start and end by the clock, so ``sync_designations`` (one of the
Hall's due steps) keeps the 顶岗 intervals in step at each refresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.db.models import CoverageInterval, DesignatedCover, Post, Staff
from desk.domain.board import coverage_sync
from desk.domain.common.codes import Status
from desk.domain.common.context import Context
from desk.domain.common.errors import DomainError, NotFound
from desk.domain.common.text import FieldError, clean_text
from desk.domain.people.permissions import Permission, require

_IN = Status.IN_POST


@dataclass(frozen=True)
class DesignationView:
    id: int
    post_id: int
    post: str
    staff_id: int
    staff: str
    starts_at: datetime
    ends_at: datetime
    reason: str
    leave_request_id: int | None
    created_at: datetime
    voided: bool
    void_reason: str
    in_force: bool

    @property
    def state_label(self) -> str:
        if self.voided:
            return "已作废"
        return "生效中" if self.in_force else "未开始或已结束"


class Designations:
    """Naming, ending and listing 指定顶岗 (mixed into BoardService)."""

    ctx: Context

    def designate(
        self, post_id: int, staff_id: int, starts_at: datetime, ends_at: datetime, reason: str
    ) -> int:
        """Name ``staff_id`` to serve the post from starts_at to ends_at."""
        require(self.ctx, Permission.DESIGNATE)
        reason = clean_text(reason, field="reason", label="指定原因", max_len=500, required=True)
        now = self.ctx.now()
        if ends_at <= starts_at:
            raise FieldError("ends_at", "结束时间应晚于开始时间")
        if ends_at <= now:
            raise FieldError("ends_at", "结束时间应晚于现在")

        def work(s: Session) -> int:
            post = s.get(Post, post_id)
            if post is None or not post.active:
                raise NotFound("找不到该岗位")
            person = s.get(Staff, staff_id)
            if person is None or not person.active:
                raise FieldError("staff", "请选择在职人员")
            if staff_id in (post.a_id, post.b_id):
                raise FieldError("staff", "指定顶岗应是A、B岗以外熟悉该岗位的人员")
            row = DesignatedCover(
                post_id=post_id,
                staff_id=staff_id,
                starts_at=starts_at,
                ends_at=ends_at,
                reason=reason,
                created_at=now,
                operator_id=self.ctx.operator_id,
            )
            s.add(row)
            s.flush()
            coverage_sync.sync_posts(s, [post_id], now)
            return row.id

        return self.ctx.write(work)

    def end_designation(self, designation_id: int) -> None:
        """The post's own holder is back: the designation ends now."""
        require(self.ctx, Permission.DESIGNATE)
        now = self.ctx.now()

        def work(s: Session) -> None:
            row = self._designation(s, designation_id)
            if row.ends_at <= now:
                raise DomainError("该指定顶岗已结束")
            row.ends_at = max(now, row.starts_at)
            coverage_sync.sync_posts(s, [row.post_id], now)

        self.ctx.write(work)

    def void_designation(self, designation_id: int, reason: str) -> None:
        require(self.ctx, Permission.DESIGNATE)
        reason = clean_text(
            reason, field="void_reason", label="作废原因", max_len=200, required=True
        )
        now = self.ctx.now()

        def work(s: Session) -> None:
            row = self._designation(s, designation_id)
            row.voided_at, row.voided_by, row.void_reason = now, self.ctx.operator_id, reason
            coverage_sync.sync_posts(s, [row.post_id], now)

        self.ctx.write(work)

    @staticmethod
    def _designation(s: Session, designation_id: int) -> DesignatedCover:
        row = s.get(DesignatedCover, designation_id)
        if row is None or row.voided_at is not None:
            raise NotFound("找不到该指定顶岗记录")
        return row

    def designations(self, *, since: datetime | None = None) -> list[DesignationView]:
        """Designations ending after ``since`` (all when None), latest first."""
        now = self.ctx.now()
        with self.ctx.db.read() as s:
            names = dict(s.execute(select(Staff.id, Staff.name)).all())
            posts = dict(s.execute(select(Post.id, Post.name)).all())
            q = select(DesignatedCover).order_by(
                DesignatedCover.starts_at.desc(), DesignatedCover.id.desc()
            )
            if since is not None:
                q = q.where(DesignatedCover.ends_at > since)
            return [
                DesignationView(
                    d.id,
                    d.post_id,
                    posts.get(d.post_id, ""),
                    d.staff_id,
                    names.get(d.staff_id, ""),
                    d.starts_at,
                    d.ends_at,
                    d.reason,
                    d.leave_request_id,
                    d.created_at,
                    d.voided_at is not None,
                    d.void_reason,
                    d.voided_at is None and d.starts_at <= now < d.ends_at,
                )  # fmt: skip
                for d in s.scalars(q)
            ]

    def _posts_to_sync(self, s: Session, now: datetime) -> list[int]:
        """Posts whose 顶岗 interval may be out of step with their designations now."""
        starting = set(coverage_sync.designations(s, now))
        running = set(
            s.scalars(
                select(CoverageInterval.post_id).where(
                    CoverageInterval.ended_at.is_(None),
                    or_(CoverageInterval.kind == "designated", CoverageInterval.kind == "none"),
                )
            )
        )
        return sorted(starting | running)

    def sync_designations(self, now: datetime | None = None) -> int:
        """Due step: open or close 指定顶岗 intervals whose designation began or ended.

        Writes only when an interval must change; returns how many posts were looked at
        in a write (0 when nothing was due).
        """
        at = now or self.ctx.now()
        with self.ctx.db.read() as s:
            ids = self._posts_to_sync(s, at)
            due = [pid for pid in ids if _out_of_step(s, pid, at)]
        if not due:
            return 0

        def work(s: Session) -> int:
            coverage_sync.sync_posts(s, due, at)
            return len(due)

        return self.ctx.write(work)


def _out_of_step(s: Session, post_id: int, at: datetime) -> bool:
    """Whether sync_posts would change this post's open interval (a read)."""
    open_row = s.scalars(
        select(CoverageInterval).where(
            CoverageInterval.post_id == post_id, CoverageInterval.ended_at.is_(None)
        )
    ).first()
    designated = coverage_sync.designations(s, at, [post_id]).get(post_id)
    statuses = coverage_sync.current_statuses(s)
    post = s.get(Post, post_id)
    if post is None or post.a_id is None or not statuses.get(post.a_id, _IN).is_absent:
        return False
    b_in = post.b_id is not None and not statuses.get(post.b_id, _IN).is_absent
    if b_in:
        return open_row is None or open_row.kind != "b"
    third_in = designated is not None and not statuses.get(designated, _IN).is_absent
    kind, who = ("designated", designated) if third_in else ("none", None)
    return open_row is None or (open_row.kind, open_row.covering_id) != (kind, who)
