"""请销假: ``hall.leave`` — written requests, approval against the A/B rule, 销假.

A request (请假单) is written for a person with its kind, period (days and half days),
reason, who covers their posts (B confirmed, or a named substitute) and the 交接 for the
other holder (or why there is none). It waits (待批) for the approver the hall's setting
names (``leave.approver``: 中心主任, or that day's 值班领导). Approval is refused when:

* the person is 值班领导 on a day of the leave (值班领导当天原则上不能请假: swap the duty first);
* a post would be left with neither A nor B — the other holder's approved leave or planned
  absence overlaps, or the post has no B — unless a director overrides with a reason (the
  reason goes onto the board's history row when the leave starts, as on the board). With a
  named substitute the override also records them as 指定顶岗 for the period.

The board follows the plan (desk.domain.leave.apply): an approved leave sets the status at
its start and ends it at its end; 回岗 before then records 销假.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db import numbering
from desk.db.models import DesignatedCover, LeaveRequest, Operator, Staff, WhereaboutsEntry
from desk.domain.admin.settings import SettingsService
from desk.domain.board.return_times import parse_hhmm
from desk.domain.board.service import BoardService
from desk.domain.common.codes import HalfDay, LeaveCover, LeaveKind, LeaveState, Status
from desk.domain.common.context import Context
from desk.domain.common.errors import DomainError, NotFound, PermissionDenied
from desk.domain.common.text import FieldError, clean_text
from desk.domain.common.validation import check_phone
from desk.domain.duty.lookup import leader_on
from desk.domain.leave import planning, rules
from desk.domain.leave.apply import LeaveApplier
from desk.domain.leave.stats import LeaveStats
from desk.domain.leave.views import LeaveCheck, LeaveConflict, LeaveDraft
from desk.domain.people.permissions import Permission, require


class LeaveABConflict(DomainError):
    """Approving would leave a post with neither A nor B (the A/B rule on planned dates)."""

    def __init__(self, conflicts: Iterable[LeaveConflict]) -> None:
        self.conflicts = list(conflicts)
        parts = "；".join(c.text for c in self.conflicts)
        super().__init__(
            f"A、B岗不能同时请假：{parts}。如确需批准，须由领导填写原因（可同时指定顶岗人员）。"
        )


class DutyDayConflict(DomainError):
    def __init__(self, days: Iterable[object]) -> None:
        self.days = list(days)
        text = "、".join(f"{d.month}月{d.day}日" for d in self.days)  # type: ignore[attr-defined]
        super().__init__(
            f"请假人是{text}的值班领导，值班领导当天原则上不能请假：请先在值班安排中调剂值班"
            "（值班交接）后再批准。"
        )


class LeaveService(LeaveStats, LeaveApplier):
    """The 请假 book: write, check, approve or reject, withdraw, 销假, attach afterwards."""

    def __init__(self, ctx: Context, settings: SettingsService, board: BoardService) -> None:
        self.ctx = ctx
        self.settings = settings
        # Status changes the leave makes run the board's hooks (its own 销假 hook among them).
        self.board_hooks = board.status_hooks

    def hours(self) -> rules.Hours:
        get = self.settings.get
        return rules.Hours(
            parse_hhmm(get("workday.start"), time(8, 30)),
            parse_hhmm(get("workday.morning_end"), time(12, 0)),
            parse_hhmm(get("workday.afternoon_start"), time(13, 30)),
            parse_hhmm(get("workday.end"), time(17, 30)),
        )

    # ---- checking a draft ------------------------------------------------------------
    def _period(self, d: LeaveDraft) -> tuple[datetime, datetime]:
        # Codes may arrive as plain strings (a combo box's data): make them members.
        d.start_part, d.end_part = HalfDay.of(d.start_part), HalfDay.of(d.end_part)
        if d.last_day < d.first_day:
            raise FieldError("last_day", "结束日期不能早于开始日期")
        return rules.period(
            d.first_day, d.start_part, d.last_day, d.end_part, self.hours(), d.start_time,
            d.end_time,
        )  # fmt: skip

    def check(self, draft: LeaveDraft, exclude_id: int | None = None) -> LeaveCheck:
        """Conflicts, duty days and warnings for the form while it is being filled."""
        if draft.staff_id is None:
            return LeaveCheck()
        try:
            start, end = self._period(draft)
        except FieldError:
            return LeaveCheck()
        hours = self.hours()
        with self.ctx.db.read() as s:
            found = planning.conflicts(s, draft.staff_id, start, end, hours, exclude_id)
            duty = planning.duty_days(s, draft.staff_id, start, end)
            others = planning.handover_others(s, draft.staff_id)
            warnings = []
            own = planning.own_overlap(s, draft.staff_id, start, end, exclude_id)
            if own is not None:
                warnings.append(f"与本人{rules.number_text(own.year, own.seq)}请假时间重叠")
        days = rules.working_days(start, end, self.ctx.calendar, hours)
        if days == 0:
            warnings.append("所选时间内没有工作日")
        return LeaveCheck(
            tuple(found), tuple(duty), tuple(warnings), days, start, end, tuple(others)
        )

    def _clean(self, d: LeaveDraft) -> LeaveDraft:
        if d.staff_id is None:
            raise FieldError("staff", "请选择请假人")
        d.kind = LeaveKind.of(d.kind)
        d.cover = LeaveCover.of(d.cover)
        d.reason = clean_text(
            d.reason, field="reason", label="请假事由", max_len=500, required=True, multiline=True
        )
        d.kind_text = clean_text(d.kind_text, field="kind_text", label="假别说明", max_len=50)
        if d.kind is LeaveKind.OTHER and not d.kind_text:
            raise FieldError("kind_text", "选择“其他”时请写明假别（如丧假、探亲假）")
        d.contact_phone = (
            check_phone(d.contact_phone, field="contact_phone", label="联系电话")
            if d.contact_phone.strip()
            else ""
        )
        d.handover_note = clean_text(
            d.handover_note, field="handover_note", label="交接事项", max_len=2000, multiline=True
        )
        d.no_handover_reason = clean_text(
            d.no_handover_reason, field="no_handover_reason", label="未交接原因", max_len=200
        )
        return d

    # ---- writing ---------------------------------------------------------------------
    def submit(self, draft: LeaveDraft) -> int:
        """Write a request (待批); returns its id. Refusals are FieldErrors at the field."""
        d = self._clean(draft)
        start, end = self._period(d)
        hours = self.hours()
        days = rules.working_days(start, end, self.ctx.calendar, hours)
        if days == 0:
            raise FieldError("last_day", "所选时间内没有工作日，无需请假")
        now = self.ctx.now()

        def work(s: Session) -> int:
            person = s.get(Staff, d.staff_id)
            if person is None or not person.active:
                raise FieldError("staff", "请选择在职的请假人")
            own = planning.own_overlap(s, person.id, start, end, None)
            if own is not None:
                raise FieldError(
                    "first_day", f"与本人{rules.number_text(own.year, own.seq)}请假时间重叠"
                )
            others = planning.handover_others(s, person.id)
            cover, cover_id = self._cover(s, d, person.id, others)
            if others and not d.handover_note and not d.no_handover_reason:
                names = "、".join(dict.fromkeys(b for _p, b in others))
                raise FieldError("handover_note", f"请写明给{names}的交接事项，或未能交接的原因")
            year = start.year
            seq = numbering.next_number(s, numbering.LEAVE, year)
            row = LeaveRequest(
                year=year,
                seq=seq,
                staff_id=person.id,
                kind=d.kind.value,
                kind_text=d.kind_text if d.kind is LeaveKind.OTHER else "",
                starts_at=start,
                start_part=d.start_part.value,
                ends_at=end,
                end_part=d.end_part.value,
                days=days,
                reason=d.reason,
                contact_phone=d.contact_phone,
                cover=cover.value,
                cover_id=cover_id,
                handover_note=d.handover_note,
                no_handover_reason=d.no_handover_reason if not d.handover_note else "",
                state=LeaveState.PENDING.value,
                created_at=now,
                created_by=self.ctx.operator_id,
            )
            s.add(row)
            s.flush()
            return row.id

        return self.ctx.write(work)

    def _cover(
        self, s: Session, d: LeaveDraft, staff_id: int, others: list[tuple[str, str]]
    ) -> tuple[LeaveCover, int | None]:
        """Who covers the person's A posts: B (confirmed) or a named substitute; none is
        needed for someone who holds no A post (their A holders are there)."""
        posts = planning.a_posts(s, staff_id)
        cover = LeaveCover.of(d.cover)
        if cover is LeaveCover.SUBSTITUTE:
            if d.cover_id is None:
                raise FieldError("cover", "请选择顶岗人员")
            sub = s.get(Staff, d.cover_id)
            if sub is None or not sub.active or sub.id == staff_id:
                raise FieldError("cover", "请选择在职的其他人员顶岗")
            return cover, sub.id
        if not posts:
            return LeaveCover.NONE, None
        if any(b is None for _post, b in posts):
            names = "、".join(p for p, b in posts if b is None)
            raise FieldError("cover", f"{names}没有B岗：请指定顶岗人员")
        return LeaveCover.B, None

    def _request(self, s: Session, request_id: int) -> LeaveRequest:
        row = s.get(LeaveRequest, request_id)
        if row is None:
            raise NotFound("找不到该请假单")
        return row

    def _approver(self, s: Session, requester: int) -> int:
        """The signed-in approver's staff id, checked against the hall's approver setting."""
        require(self.ctx, Permission.APPROVE_LEAVE)
        staff_id = (
            s.scalar(select(Operator.staff_id).where(Operator.id == self.ctx.operator_id))
            if self.ctx.operator_id is not None
            else None
        )
        if staff_id is None:
            raise PermissionDenied("请由审批人登录后再审批")
        if staff_id == requester:
            raise DomainError("不能审批本人的请假")
        me = s.get(Staff, staff_id)
        is_director = bool(me and me.is_director)
        if self.settings.get("leave.approver") == "duty_leader":
            today = leader_on(s, self.ctx.now().date())
            if staff_id != today and not is_director:
                raise PermissionDenied("请假须由当日值班领导或中心主任审批")
        elif not is_director:
            raise PermissionDenied("请假须由中心主任审批")
        return staff_id

    def approve(self, request_id: int, *, note: str = "", override_reason: str = "") -> None:
        """批准. Refused on a duty day or an A/B clash (see the module docstring); the
        leave goes onto the board at once when it has already begun."""
        note = clean_text(note, field="decision_note", label="审批意见", max_len=500)
        override_reason = clean_text(
            override_reason, field="override_reason", label="批准原因", max_len=500
        )
        hours = self.hours()
        now = self.ctx.now()

        def work(s: Session) -> None:
            r = self._request(s, request_id)
            if r.state != LeaveState.PENDING.value:
                raise DomainError(f"该请假单{LeaveState.of(r.state).label}，不能再审批")
            approver = self._approver(s, r.staff_id)
            duty = planning.duty_days(s, r.staff_id, r.starts_at, r.ends_at)
            if duty:
                raise DutyDayConflict(duty)
            clashes = planning.conflicts(s, r.staff_id, r.starts_at, r.ends_at, hours, r.id)
            if clashes and not override_reason:
                raise LeaveABConflict(clashes)
            if clashes:
                require(self.ctx, Permission.OVERRIDE)
            r.state = LeaveState.APPROVED.value
            r.approver_id = approver
            r.decided_at = now
            r.decided_by = self.ctx.operator_id
            r.decision_note = note or "同意"
            r.override_reason = override_reason if clashes else ""
            if clashes and r.cover == LeaveCover.SUBSTITUTE.value and r.cover_id is not None:
                number = rules.number_text(r.year, r.seq)
                for post_id in dict.fromkeys(c.post_id for c in clashes):
                    s.add(
                        DesignatedCover(
                            post_id=post_id,
                            staff_id=r.cover_id,
                            starts_at=r.starts_at,
                            ends_at=r.ends_at,
                            reason=f"{number}：{override_reason}",
                            leave_request_id=r.id,
                            created_at=now,
                            operator_id=self.ctx.operator_id,
                        )
                    )
            s.flush()
            if r.starts_at <= now:
                # Approved after it began: on the board from now (the person may have worked).
                self._apply_one(s, r, now, at=now)

        self.ctx.write(work)

    def reject(self, request_id: int, reason: str) -> None:
        """驳回 with the reason."""
        reason = clean_text(
            reason, field="decision_note", label="驳回理由", max_len=500, required=True
        )

        def work(s: Session) -> None:
            r = self._request(s, request_id)
            if r.state != LeaveState.PENDING.value:
                raise DomainError(f"该请假单{LeaveState.of(r.state).label}，不能再审批")
            r.approver_id = self._approver(s, r.staff_id)
            r.state = LeaveState.REJECTED.value
            r.decided_at = self.ctx.now()
            r.decided_by = self.ctx.operator_id
            r.decision_note = reason

        self.ctx.write(work)

    def withdraw(self, request_id: int, reason: str) -> None:
        """撤销 a request that has not begun (待批, or approved and still ahead)."""
        reason = clean_text(
            reason, field="withdraw_reason", label="撤销原因", max_len=500, required=True
        )
        now = self.ctx.now()

        def work(s: Session) -> None:
            r = self._request(s, request_id)
            if r.state not in (LeaveState.PENDING.value, LeaveState.APPROVED.value):
                raise DomainError(f"该请假单{LeaveState.of(r.state).label}，不能撤销")
            if r.applied_at is not None:
                raise DomainError("假期已开始：请在去向牌上回岗，或点“销假”")
            r.state = LeaveState.WITHDRAWN.value
            r.withdrawn_at = now
            r.withdrawn_by = self.ctx.operator_id
            r.withdraw_reason = reason
            for cover in s.scalars(
                select(DesignatedCover).where(
                    DesignatedCover.leave_request_id == r.id, DesignatedCover.voided_at.is_(None)
                )
            ):
                cover.voided_at = now
                cover.voided_by = self.ctx.operator_id
                cover.void_reason = "请假单已撤销"

        self.ctx.write(work)

    def close_now(self, request_id: int) -> None:
        """销假: the person is back before (or at) the end; the board goes back to 在岗."""
        now = self.ctx.now()

        def work(s: Session) -> None:
            r = self._request(s, request_id)
            if r.state != LeaveState.APPROVED.value or r.applied_at is None:
                raise DomainError("只有已开始的假期才能销假")
            self._back_in_post(s, r, now)

        self.ctx.write(work)

    def attach(
        self,
        entry_id: int,
        *,
        reason: str,
        kind: LeaveKind | None = None,
        ends_at: datetime | None = None,
    ) -> int:
        """补办: a leader attaches an approved request to an absence that had none (未请假).

        The request covers the absence as the board recorded it (to its end, or to
        ``ends_at`` / the expected return while it lasts). Returns the request's id.
        """
        reason = clean_text(reason, field="reason", label="请假事由", max_len=500, required=True)
        hours = self.hours()
        now = self.ctx.now()

        def work(s: Session) -> int:
            e = s.get(WhereaboutsEntry, entry_id)
            if e is None:
                raise NotFound("找不到该去向记录")
            status = Status.of(e.status)
            if not status.is_absent:
                raise DomainError("在岗记录无需请假")
            if e.leave_request_id is not None:
                raise DomainError("该次离岗已有请假单")
            approver = self._approver(s, e.staff_id)
            end = e.ended_at or ends_at or e.expected_return
            if end is None or end <= e.started_at:
                raise FieldError("ends_at", "请填写请假的结束时间")
            leave_kind = kind or rules.kind_for_status(status)
            year = e.started_at.year
            seq = numbering.next_number(s, numbering.LEAVE, year)
            row = LeaveRequest(
                year=year,
                seq=seq,
                staff_id=e.staff_id,
                kind=leave_kind.value,
                kind_text=(e.status_text or status.label) if leave_kind is LeaveKind.OTHER else "",
                starts_at=e.started_at,
                start_part="time",
                ends_at=end,
                end_part="time",
                days=rules.working_days(e.started_at, end, self.ctx.calendar, hours),
                reason=reason,
                contact_phone=e.contact_phone,
                cover=LeaveCover.B.value if planning.handover_others(s, e.staff_id)
                else LeaveCover.NONE.value,
                state=LeaveState.APPROVED.value,
                created_at=now,
                created_by=self.ctx.operator_id,
                after_the_fact=True,
                approver_id=approver,
                decided_at=now,
                decided_by=self.ctx.operator_id,
                decision_note="补办请假手续",
                applied_at=now,
            )  # fmt: skip
            s.add(row)
            s.flush()
            e.leave_request_id = row.id
            if e.ended_at is not None:
                row.state = LeaveState.CLOSED.value
                row.closed_at = e.ended_at
                row.closed_by = self.ctx.operator_id
                row.close_note = "补办"
            return row.id

        return self.ctx.write(work)
