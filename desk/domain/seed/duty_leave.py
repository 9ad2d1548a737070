"""Demo: a month of 领导值班 (roster by the date's last digit, a swap, signed logs), 请假
(approved, current, pending — one clashing with the other holder's leave — and 补办 for
earlier absences), a post without a B, and a callback handed on from someone away.

Written through the services at past moments, like the other parts, after the people and
the appointment book (it hands on one of the book's callbacks).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from desk.db.models import Staff, WhereaboutsEntry
from desk.domain.appointments.views import AppointmentDraft, AppointmentFilter
from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import HalfDay, LeaveKind, Role, Status
from desk.domain.common.errors import DomainError
from desk.domain.duty.views import CHECKS, DutyLogDraft, DutyRule
from desk.domain.leave.views import LeaveDraft
from desk.domain.seed.people import DEMO_DIRECTOR, DEMO_PIN

if TYPE_CHECKING:
    from desk.domain.hall import Hall

# The 值班领导 by the date's last digit, as the rule book lists them (two names: they alternate).
DUTY_BY_DIGIT = {
    1: ("何静", "林建华"), 2: ("周丽萍",), 3: ("黄国平",), 4: ("蒋慧",), 5: ("罗建军",),
    6: ("何静",), 7: ("周丽萍",), 8: ("黄国平",), 9: ("蒋慧",), 0: ("林建华", "罗建军"),
}  # fmt: skip
# Leaders who sign their own logs get an operator account (值班领导/中心主任) with the demo PIN.
LEADERS_WITHOUT_ACCOUNT = ("周丽萍", "黄国平", "蒋慧", "罗建军")
_PROBLEMS = {
    "manner": [
        "5号窗口群众反映等候时间较长，已提醒加快办理",
        "1号窗口答复咨询语气生硬，已当面提醒",
    ],
    "badges": ["7号窗口工作人员未佩戴工作牌，已纠正"],
    "environment": ["二楼等候区地面有水渍，已通知保洁处理"],
    "safety": ["大厅灭火器压力不足，已报办公室更换"],
}  # fmt: skip


@contextmanager
def _acting(hall: Hall, at: datetime, operator_id: int | None) -> Iterator[None]:
    clock, operator = hall.ctx.clock, hall.ctx.operator_id
    hall.ctx.clock = FixedClock(at)
    hall.ctx.operator_id = operator_id
    try:
        yield
    finally:
        hall.ctx.clock, hall.ctx.operator_id = clock, operator


def _working_day(hall: Hall, day: date, offset: int) -> date:
    cal = hall.ctx.calendar
    step, left = (1 if offset > 0 else -1), abs(offset)
    while left:
        day += timedelta(days=step)
        if cal.is_working_day(day):
            left -= 1
    return day


def add_demo_duty_and_leave(hall: Hall, seed: int) -> None:
    """The duty and leave part of the demo hall (desk.domain.seed.build)."""
    staff = {p.name: p.id for p in hall.staff.staff()}
    if DEMO_DIRECTOR not in staff or "许文静" not in staff:
        return  # not the demo hall's people
    rng = random.Random(seed + 17)
    now = hall.ctx.now().replace(second=0, microsecond=0)
    today = now.date()
    ops = {op.name: op.id for op in hall.operators.accounts()}
    admin = hall.ctx.operator_id
    for name in LEADERS_WITHOUT_ACCOUNT:
        ops[name] = hall.operators.add(staff[name], Role.DIRECTOR, pin=DEMO_PIN)
    director = ops[DEMO_DIRECTOR]
    founded = min(p.created_at for p in _people(hall))
    _roster(hall, staff, today, founded, director)
    _paper_leave(hall, staff, now, director)
    _planned_leave(hall, staff, ops, now, today)
    _logs(hall, ops, today, founded, rng)
    _post_without_b(hall, staff, admin)
    _hand_on(hall, staff, now)


def _people(hall: Hall) -> list[Staff]:
    with hall.db.read() as s:
        return list(s.scalars(select(Staff)))


def _roster(hall: Hall, staff: dict[str, int], today: date, founded: datetime, op: int) -> None:
    """Last month and this month by the date's last digit, and one swap next week."""
    rule = DutyRule(
        "digit", {d: tuple(staff[n] for n in names) for d, names in DUTY_BY_DIGIT.items()}
    )
    first = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    with _acting(hall, founded, op):
        hall.duty.save_rule(rule)
    for month_start in (first, today.replace(day=1)):
        at = max(datetime.combine(month_start, time(8, 0)), founded + timedelta(minutes=5))
        with _acting(hall, at, op):
            hall.duty.fill_month(month_start.year, month_start.month)
    nxt = today.replace(day=28) + timedelta(days=4)
    with _acting(hall, datetime.combine(today.replace(day=1), time(8, 5)), op):
        hall.duty.fill_month(nxt.year, nxt.month)
    # 周丽萍 has the district's meeting on her day: 黄国平 takes it, she takes his.
    days = hall.duty.roster(today + timedelta(days=1), today + timedelta(days=20))
    hers = next((d for d in days if d.leader == "周丽萍"), None)
    his = next((d for d in days if d.leader == "黄国平" and hers and d.day > hers.day), None)
    if hers is not None and his is not None:
        with _acting(hall, datetime.combine(today, time(8, 10)), op):
            hall.duty.swap(
                hers.day, staff["黄国平"], reason="参加区民政局年度工作会议",
                handover="本周两件投诉待回访（见投诉登记），周三下午消防检查", reported=True,
                return_day=his.day,
            )  # fmt: skip


def _logs(
    hall: Hall, ops: dict[str, int], today: date, founded: datetime, rng: random.Random
) -> None:
    """A signed log for each past working day, written at the day's end by its leader —
    except one left unsigned and one not written (they show on the director's list)."""
    first = founded.date() + timedelta(days=1)
    past = [d for d in hall.duty.roster(first, today - timedelta(days=1)) if d.leader and d.working]
    skip_unsigned = past[-3].day if len(past) >= 3 else None
    skip_missing = past[-2].day if len(past) >= 2 else None
    for d in past:
        if d.day == skip_missing:
            continue
        op = ops.get(d.leader)
        values: dict[str, object] = {f"{k}_ok": True for k, _label in CHECKS}
        problem = rng.random() < 0.3
        if problem:
            key = rng.choice(sorted(_PROBLEMS))
            values[f"{key}_ok"] = False
            values[f"{key}_note"] = rng.choice(_PROBLEMS[key])
        at = datetime.combine(d.day, time(17, 10))
        with _acting(hall, at, op):
            values["attendance_note"] = hall.duty.attendance_text(d.day)
            values["notes"] = rng.choice(
                [
                    "",
                    "上午来办事群众较多，已增开2号窗口",
                    "接待咨询12人次，无投诉",
                    "下午停电半小时，已启用应急预案",
                ]
            )
            hall.duty.save_log(d.day, DutyLogDraft(**values))  # type: ignore[arg-type]
            if d.day != skip_unsigned:
                hall.duty.sign_log(d.day)


def _paper_leave(hall: Hall, staff: dict[str, int], now: datetime, director: int) -> None:
    """Earlier absences that need a request had their 请假条 handed in on the day (补办);
    the last week's few and today's are left for the director to see (未请假)."""
    since = now - timedelta(days=7)
    with hall.db.read() as s:
        entries = list(
            s.scalars(
                select(WhereaboutsEntry)
                .where(
                    WhereaboutsEntry.status.in_(("leave", "sick", "personal")),
                    WhereaboutsEntry.leave_request_id.is_(None),
                    WhereaboutsEntry.ended_at.is_not(None),
                    WhereaboutsEntry.started_at < since,
                )
                .order_by(WhereaboutsEntry.started_at)
            )
        )
    reasons = {"leave": "年休假", "sick": "身体不适，就医", "personal": "家中有事"}
    for e in entries:
        with _acting(hall, e.started_at + timedelta(minutes=20), director):
            try:
                hall.leave.attach(e.id, reason=e.place or reasons[e.status])
            except DomainError:
                continue


def _planned_leave(
    hall: Hall, staff: dict[str, int], ops: dict[str, int], now: datetime, today: date
) -> None:
    """许文静's leave now (written and approved before it began), 郑海涛's approved next week,
    吴佳琪's pending one that clashes with it, and a training day approved for 刘洋."""
    clerk, director = ops["王晓燕"], ops[DEMO_DIRECTOR]
    leave = hall.leave
    with hall.db.read() as s:
        xu = s.scalars(
            select(WhereaboutsEntry).where(
                WhereaboutsEntry.staff_id == staff["许文静"], WhereaboutsEntry.ended_at.is_(None)
            )
        ).first()
    if xu is not None and Status.of(xu.status).is_absent:
        start = xu.started_at
        back = _working_day(hall, start.date(), 4)
        draft = LeaveDraft(
            staff["许文静"], LeaveKind.ANNUAL, start.date(), back, HalfDay.TIME, HalfDay.AFTERNOON,
            start_time=start.time(), reason="年休假（带父母复查）", contact_phone="13905710015",
            handover_note="1. 李桂英医疗救助材料已收齐，待录入系统；\n2. 周三前回电陈先生。",
        )  # fmt: skip
        with _acting(hall, start - timedelta(days=3), clerk):
            rid = leave.submit(draft)
        with _acting(hall, start - timedelta(days=2), director):
            leave.approve(rid, note="同意，注意交接")
    first = _working_day(hall, today, 5)
    with _acting(hall, now - timedelta(days=2), clerk):
        zheng = leave.submit(
            LeaveDraft(
                staff["郑海涛"], LeaveKind.ANNUAL, first, _working_day(hall, first, 2),
                reason="年休假", handover_note="低保复核台账在左侧柜第二格；周五前报送月报",
            )
        )  # fmt: skip
    with _acting(hall, now - timedelta(days=1), director):
        leave.approve(zheng, note="同意")
    with _acting(hall, now - timedelta(hours=3), clerk):
        leave.submit(
            LeaveDraft(
                staff["吴佳琪"], LeaveKind.PERSONAL, _working_day(hall, first, 1),
                _working_day(hall, first, 3), reason="陪同孩子外地就医",
                contact_phone="13905710009", handover_note="高龄津贴申报名单已核对，待周四前上报",
            )
        )  # fmt: skip
        liu = leave.submit(
            LeaveDraft(
                staff["刘洋"], LeaveKind.TRAINING, _working_day(hall, first, 4),
                _working_day(hall, first, 4), reason="区人社局就业服务业务培训",
                no_handover_reason="当日返回，无待办事项",
            )
        )  # fmt: skip
    with _acting(hall, now - timedelta(hours=2), director):
        leave.approve(liu, note="同意参加")
    # The board's refresh puts 许文静's approved leave on the stretch the clerk set by hand.
    with _acting(hall, now - timedelta(minutes=30), clerk):
        hall.run_due_steps()


def _post_without_b(hall: Hall, staff: dict[str, int], admin: int | None) -> None:
    """档案查询 has only its A (马丽): the roster page and the director's list warn about it."""
    dept = next(d.id for d in hall.staff.departments() if d.name == "中心办公室")
    hall.staff.add_post(
        "档案查询",
        dept,
        window_no="2",
        duties="档案查阅、证明材料复印",
        a_id=staff["马丽"],
        b_id=None,
    )


def _hand_on(hall: Hall, staff: dict[str, int], now: datetime) -> None:
    """许文静 is away for days: the callback waiting for her goes to B (曹磊); a newer one
    waits in the director's list to be handed on with one action."""
    waiting = [
        v
        for v in hall.appointments.find(AppointmentFilter(handler_id=staff["许文静"]))
        if v.may_hand_on
    ]
    with _acting(hall, now - timedelta(minutes=40), hall.ctx.operator_id):
        for v in waiting[:1]:
            hall.escalation.escalate("appointment", v.id)
    with _acting(hall, now - timedelta(minutes=25), hall.ctx.operator_id):
        hall.appointments.create(
            AppointmentDraft(
                staff["许文静"], "王建国", "13757120009", "医保关系转移接续",
                message="从外省调入，问转移接续要带哪些材料",
            )
        )  # fmt: skip
