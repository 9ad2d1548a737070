"""领导值班表: a 值班领导 per date, filled a month at a time by rule, set by hand, swapped.

The rule book (街道汇编, 领导值班监督制度) fills the roster by the date's last digit; a hall
may fill by weekday instead (setting ``duty.rule``). Only working days are filled. A
leader who cannot be in on their day swaps it with another leader (调剂), tells the main
leader (报告主要领导) and hands over (值班交接) first; the swap is recorded and may name a
day the first leader takes in return. Every change is audited; nothing is deleted.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import DutyAssignment, DutyLog, DutySwap, LeaveRequest, Operator, Staff
from desk.domain.admin.settings import SettingsService
from desk.domain.common.codes import LeaveState
from desk.domain.common.context import Context
from desk.domain.common.errors import DomainError, NotFound
from desk.domain.common.text import FieldError, clean_text
from desk.domain.duty.lookup import leader_on
from desk.domain.duty.views import DutyDayView, DutyRule, DutySwapView
from desk.domain.people.permissions import Permission, require


def _md(day: date) -> str:
    return f"{day.month}月{day.day}日"


def month_days(year: int, month: int) -> list[date]:
    first = date(year, month, 1)
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return [first + timedelta(days=i) for i in range((nxt - first).days)]


def on_leave(s: Session, staff_id: int, day: date) -> bool:
    """Whether an approved (not withdrawn) request of this person covers part of the day."""
    start = datetime.combine(day, datetime.min.time())
    end = start + timedelta(days=1)
    found = s.scalar(
        select(LeaveRequest.id).where(
            LeaveRequest.staff_id == staff_id,
            LeaveRequest.state.in_((LeaveState.APPROVED.value, LeaveState.CLOSED.value)),
            LeaveRequest.starts_at < end,
            LeaveRequest.ends_at > start,
        )
    )
    return found is not None


class DutyRoster:
    """The roster half of ``hall.duty``."""

    ctx: Context
    settings: SettingsService

    # ---- reading -----------------------------------------------------------------------
    def leader_today(self) -> tuple[int, str] | None:
        """(staff id, name) of today's 值班领导, or None when nobody is on the roster."""
        return self.leader(self.ctx.now().date())

    def leader(self, day: date) -> tuple[int, str] | None:
        with self.ctx.db.read() as s:
            leader_id = leader_on(s, day)
            if leader_id is None:
                return None
            return leader_id, s.scalar(select(Staff.name).where(Staff.id == leader_id)) or ""

    def roster(self, first: date, last: date) -> list[DutyDayView]:
        """Every date from first to last with its leader, swap and log state."""
        with self.ctx.db.read() as s:
            names = dict(s.execute(select(Staff.id, Staff.name)).all())
            rows = {
                a.day: a
                for a in s.scalars(
                    select(DutyAssignment).where(
                        DutyAssignment.day >= first, DutyAssignment.day <= last
                    )
                )
            }
            swaps: dict[date, DutySwap] = {}
            for sw in s.scalars(
                select(DutySwap)
                .where(DutySwap.voided_at.is_(None), DutySwap.day >= first, DutySwap.day <= last)
                .order_by(DutySwap.id)
            ):
                swaps[sw.day] = sw
            logs: dict[date, str] = {}
            for entry in s.scalars(
                select(DutyLog).where(
                    DutyLog.voided_at.is_(None), DutyLog.day >= first, DutyLog.day <= last
                )
            ):
                logs[entry.day] = "已签字" if entry.signed_at else "未签字"
        today = self.ctx.now().date()
        out = []
        day = first
        while day <= last:
            a = rows.get(day)
            last_swap = swaps.get(day)
            swap_text = ""
            if last_swap is not None and a is not None and a.source == "swap":
                who = f"由{names.get(last_swap.from_id, '')}调剂给{names.get(last_swap.to_id, '')}"
                swap_text = f"{who}：{last_swap.reason}"
            log_state = logs.get(day, "未填写" if a is not None and day <= today else "")
            out.append(
                DutyDayView(
                    day,
                    self.ctx.calendar.is_working_day(day),
                    a.leader_id if a else None,
                    names.get(a.leader_id, "") if a else "",
                    a.source if a else "",
                    a.note if a else "",
                    swap_text,
                    log_state,
                )
            )
            day += timedelta(days=1)
        return out

    def swaps(self, first: date, last: date) -> list[DutySwapView]:
        with self.ctx.db.read() as s:
            names = dict(s.execute(select(Staff.id, Staff.name)).all())
            q = (
                select(DutySwap)
                .where(DutySwap.day >= first, DutySwap.day <= last)
                .order_by(DutySwap.day, DutySwap.id)
            )
            return [
                DutySwapView(
                    sw.id,
                    sw.day,
                    names.get(sw.from_id, ""),
                    names.get(sw.to_id, ""),
                    sw.return_day,
                    sw.reason,
                    sw.handover,
                    sw.reported,
                    sw.created_at,
                    sw.voided_at is not None,
                    sw.void_reason,
                )  # fmt: skip
                for sw in s.scalars(q)
            ]

    def rule(self) -> DutyRule | None:
        return DutyRule.from_setting(self.settings.get("duty.rule"))

    # ---- changing ----------------------------------------------------------------------
    @staticmethod
    def _leader(s: Session, staff_id: int, field: str = "leader") -> Staff:
        person = s.get(Staff, staff_id)
        if person is None or not person.active:
            raise FieldError(field, "请选择在职人员作值班领导")
        return person

    def save_rule(self, rule: DutyRule) -> None:
        """Keep the month rule (领导值班安排) for the next fills."""
        require(self.ctx, Permission.DUTY)
        if rule.by not in ("digit", "weekday"):
            raise FieldError("by", "请选择按日期尾数或按星期安排")
        with self.ctx.db.read() as s:
            for ids in rule.leaders.values():
                for staff_id in ids:
                    self._leader(s, staff_id)
        self.settings.set("duty.rule", rule.to_setting())

    def fill_month(self, year: int, month: int, rule: DutyRule | None = None) -> int:
        """Fill the month's working days from today on by the rule; returns days set.

        Days set by hand or by a swap are kept; days before today are history and kept.
        """
        require(self.ctx, Permission.DUTY)
        rule = rule or self.rule()
        if rule is None or not rule.leaders:
            raise DomainError("请先设置值班安排规则（每个尾数或星期由谁值班）")
        today = self.ctx.now().date()
        now = self.ctx.now()
        days = [
            d for d in month_days(year, month) if d >= today and self.ctx.calendar.is_working_day(d)
        ]
        turns: dict[int, int] = defaultdict(int)
        wanted: dict[date, int] = {}
        for d in month_days(year, month):
            if not self.ctx.calendar.is_working_day(d):
                continue
            key = rule.key(d)
            people = rule.leaders.get(key, ())
            if people:
                # Turns count from the 1st, so a refill mid-month keeps the alternation.
                wanted[d] = people[turns[key] % len(people)]
                turns[key] += 1

        def work(s: Session) -> int:
            existing = {
                a.day: a
                for a in s.scalars(select(DutyAssignment).where(DutyAssignment.day.in_(days)))
            }
            count = 0
            for d in days:
                leader = wanted.get(d)
                if leader is None:
                    continue
                self._leader(s, leader)
                a = existing.get(d)
                if a is None:
                    s.add(
                        DutyAssignment(
                            day=d,
                            leader_id=leader,
                            source="rule",
                            created_at=now,
                            operator_id=self.ctx.operator_id,
                        )
                    )
                    count += 1
                elif a.source == "rule" and a.leader_id != leader:
                    a.leader_id, a.updated_at = leader, now
                    a.operator_id = self.ctx.operator_id
                    count += 1
            return count

        return self.ctx.write(work)

    def set_leader(self, day: date, staff_id: int, note: str = "") -> None:
        """Name the day's leader by hand (a director's edit of the roster)."""
        require(self.ctx, Permission.DUTY)
        note = clean_text(note, field="note", label="备注", max_len=200)
        now = self.ctx.now()

        def work(s: Session) -> None:
            person = self._leader(s, staff_id)
            if on_leave(s, person.id, day):
                raise FieldError("leader", f"{person.name}{_md(day)}已批准请假，不能安排值班")
            a = s.scalar(select(DutyAssignment).where(DutyAssignment.day == day))
            if a is None:
                s.add(
                    DutyAssignment(
                        day=day,
                        leader_id=person.id,
                        source="manual",
                        note=note,
                        created_at=now,
                        operator_id=self.ctx.operator_id,
                    )
                )
            else:
                a.leader_id, a.source, a.note = person.id, "manual", note
                a.updated_at, a.operator_id = now, self.ctx.operator_id

        self.ctx.write(work)

    def swap(
        self,
        day: date,
        to_id: int,
        *,
        reason: str,
        handover: str,
        reported: bool,
        return_day: date | None = None,
    ) -> int:
        """值班调剂: another leader takes the day (and, with ``return_day``, the first leader
        takes theirs). Needs the reason, the 值班交接 and the main leader told."""
        require(self.ctx, Permission.DUTY)
        reason = clean_text(reason, field="reason", label="调剂原因", max_len=200, required=True)
        handover = clean_text(
            handover, field="handover", label="值班交接", max_len=2000, required=True,
            multiline=True,
        )  # fmt: skip
        if not reported:
            raise FieldError("reported", "调剂值班须先报告主要领导")
        now = self.ctx.now()

        def work(s: Session) -> int:
            a = s.scalar(select(DutyAssignment).where(DutyAssignment.day == day))
            if a is None:
                raise DomainError(f"{_md(day)}没有安排值班领导，请直接安排")
            if a.leader_id == to_id:
                raise FieldError("to", "接替的领导与原值班领导相同")
            person = self._leader(s, to_id, "to")
            if on_leave(s, person.id, day):
                raise FieldError("to", f"{person.name}{_md(day)}已批准请假，不能接替值班")
            back = None
            if return_day is not None:
                back = s.scalar(select(DutyAssignment).where(DutyAssignment.day == return_day))
                if back is None or back.leader_id != to_id:
                    raise FieldError("return_day", f"{_md(return_day)}不是{person.name}值班")
                if on_leave(s, a.leader_id, return_day):
                    raise FieldError("return_day", f"原值班领导{_md(return_day)}已批准请假")
            row = DutySwap(
                day=day,
                from_id=a.leader_id,
                to_id=to_id,
                return_day=return_day,
                reason=reason,
                handover=handover,
                reported=True,
                created_at=now,
                operator_id=self.ctx.operator_id,
            )
            s.add(row)
            if back is not None:
                back.leader_id, back.source = a.leader_id, "swap"
                back.updated_at, back.operator_id = now, self.ctx.operator_id
            a.leader_id, a.source = to_id, "swap"
            a.updated_at, a.operator_id = now, self.ctx.operator_id
            s.flush()
            return row.id

        return self.ctx.write(work)

    def void_swap(self, swap_id: int, reason: str) -> None:
        """作废 a swap made by mistake: the days go back to their leaders."""
        require(self.ctx, Permission.DUTY)
        reason = clean_text(
            reason, field="void_reason", label="作废原因", max_len=200, required=True
        )
        now = self.ctx.now()

        def work(s: Session) -> None:
            sw = s.get(DutySwap, swap_id)
            if sw is None:
                raise NotFound("找不到该调剂记录")
            if sw.voided_at is not None:
                raise DomainError("该调剂已作废")
            for day, leader, was in ((sw.day, sw.from_id, sw.to_id),
                                     (sw.return_day, sw.to_id, sw.from_id)):  # fmt: skip
                if day is None:
                    continue
                a = s.scalar(select(DutyAssignment).where(DutyAssignment.day == day))
                if a is not None and a.leader_id == was:
                    a.leader_id, a.source = leader, "manual"
                    a.updated_at, a.operator_id = now, self.ctx.operator_id
            sw.voided_at, sw.voided_by, sw.void_reason = now, self.ctx.operator_id, reason

        self.ctx.write(work)

    def _operator_staff(self, s: Session) -> int | None:
        if self.ctx.operator_id is None:
            return None
        return s.scalar(select(Operator.staff_id).where(Operator.id == self.ctx.operator_id))
