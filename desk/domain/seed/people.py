"""The demo hall's people: departments, staff, posts, operators and weeks of whereabouts.

Everything goes through the same domain services a clerk's actions use (so the demo obeys
every rule, the A/B one included) with the clock wound back: the hall is founded about six
weeks ago, then five weeks of ordinary comings and goings fill the 去向记录, and finally a
handful of people are out right now — one of them past the expected return, one post with
neither A nor B in (approved by the director).

The other parts of the demo (service items, intakes, appointments…) are built after this one,
in the order desk.domain.seed.build lists them.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import Role, Status
from desk.domain.common.errors import DomainError

if TYPE_CHECKING:
    from desk.domain.hall import Hall

DEMO_HALL_NAME = "青石街道便民服务中心"
# The demo's director and admin need a PIN; it is printed in the README.
DEMO_PIN = "2468"
DEMO_ADMIN = "何静"
DEMO_DIRECTOR = "林建华"
DEMO_CLERKS = ("王晓燕", "陈宇")

# name, phone, location
DEPARTMENTS = [
    ("中心办公室", "0571-87654300", "一楼大厅 1、2号窗口"),
    ("民政办", "0571-87654303", "一楼 3、4号窗口"),
    ("社会保障所", "0571-87654305", "一楼 5、6号窗口"),
    ("卫生健康办", "0571-87654307", "二楼 7号窗口"),
    ("农业农村办", "0571-87654308", "二楼 8号窗口"),
    ("退役军人服务站", "0571-87654309", "一楼 9号窗口"),
]

# name, department, title, duties; the first person of a department with a title is its head.
STAFF = [
    ("林建华", "中心办公室", "中心主任", "主持中心全面工作，值班领导"),
    ("何静", "中心办公室", "副主任", "中心日常管理、效能督查、系统管理"),
    ("王晓燕", "中心办公室", "", "前台咨询引导、综合受理"),
    ("陈宇", "中心办公室", "", "综合受理、办事登记"),
    ("赵敏", "中心办公室", "", "综合受理、档案整理"),
    ("马丽", "中心办公室", "", "收发文、资料管理"),
    ("周丽萍", "民政办", "主任", "民政工作统筹，社会救助审批"),
    ("郑海涛", "民政办", "", "最低生活保障、特困供养、临时救助"),
    ("吴佳琪", "民政办", "", "养老服务、高龄津贴、婚姻登记咨询"),
    ("孙志强", "民政办", "残联专职委员", "残疾人证办理、残疾人两项补贴"),
    ("冯雪", "民政办", "", "慈善救助、社会组织"),
    ("黄国平", "社会保障所", "所长", "社会保障工作统筹"),
    ("刘洋", "社会保障所", "", "就业登记、失业登记、灵活就业"),
    ("杨帆", "社会保障所", "", "城乡居民养老保险"),
    ("许文静", "社会保障所", "", "城乡居民医疗保险参保、医疗救助"),
    ("曹磊", "社会保障所", "", "医保报销材料收件、异地就医备案"),
    ("朱晨", "社会保障所", "", "劳动维权咨询、欠薪投诉登记"),
    ("蒋慧", "卫生健康办", "主任", "卫生健康工作统筹"),
    ("谢婷", "卫生健康办", "", "生育登记、独生子女父母奖励、计生特扶"),
    ("韩冬", "卫生健康办", "", "流动人口婚育证明、健康宣传"),
    ("罗建军", "农业农村办", "主任", "农业农村工作统筹"),
    ("邓志远", "农业农村办", "", "农村宅基地与农房审批、土地流转"),
    ("宋佳", "农业农村办", "", "农业补贴、农村综合改革"),
    ("梁国强", "退役军人服务站", "站长", "退役军人服务保障统筹"),
    ("唐小军", "退役军人服务站", "", "优抚对象认定、优待证办理"),
]

# post, window, department, A, B, duties
POSTS = [
    ("综合受理", "1", "中心办公室", "王晓燕", "陈宇", "咨询引导、办事登记、综合收件"),
    ("综合受理（二）", "2", "中心办公室", "陈宇", "赵敏", "综合收件、证明材料复印"),
    ("民政救助", "3", "民政办", "郑海涛", "吴佳琪", "低保、特困、临时救助申请受理"),
    ("养老服务", "3", "民政办", "吴佳琪", "冯雪", "高龄津贴、居家养老服务申请"),
    ("残联", "4", "民政办", "孙志强", "冯雪", "残疾人证、两项补贴、辅具申请"),
    ("劳动保障", "5", "社会保障所", "刘洋", "朱晨", "就业失业登记、就业困难人员认定"),
    ("城乡居民养老保险", "5", "社会保障所", "杨帆", "刘洋", "参保登记、待遇申领"),
    ("医疗保险", "6", "社会保障所", "许文静", "曹磊", "参保缴费、医疗救助、异地就医备案"),
    ("人口计生/卫健", "7", "卫生健康办", "谢婷", "韩冬", "生育登记、计生奖励扶助"),
    ("土规农综", "8", "农业农村办", "邓志远", "宋佳", "宅基地审批、农业补贴、土地流转"),
    ("退役军人服务", "9", "退役军人服务站", "唐小军", "梁国强", "优抚认定、优待证、帮扶援助"),
]

# Absences the simulated weeks draw from: status, places, shortest and longest length (hours;
# 24 and more mean whole working days).
_OUTINGS = [
    (Status.MEETING, ["区政府第三会议室", "区民政局", "区人社局", "街道会议室"], 1, 3),
    (Status.FIELD, ["青石村", "溪口社区", "南山村", "枫林社区", "桥东村"], 2, 4),
    (Status.TRAINING, ["区委党校", "市业务培训中心", "区行政服务中心"], 8, 8),
    (Status.LEAVE, ["年休假"], 24, 72),
    (Status.TRIP, ["市里", "省厅"], 24, 48),
    (Status.SICK, [""], 24, 24),
    (Status.PERSONAL, ["家中有事"], 3, 4),
]
_WEIGHTS = [30, 26, 8, 8, 5, 4, 6]


@dataclass
class _Ids:
    dept: dict[str, int]
    staff: dict[str, int]
    post: dict[str, int]
    operators: dict[str, int]


@contextmanager
def _acting(hall: Hall, at: datetime, operator_id: int | None) -> Iterator[None]:
    """Write as this operator at this moment (the demo replays the past through the services)."""
    clock, operator = hall.ctx.clock, hall.ctx.operator_id
    hall.ctx.clock = FixedClock(at)
    hall.ctx.operator_id = operator_id
    try:
        yield
    finally:
        hall.ctx.clock, hall.ctx.operator_id = clock, operator


def _phone(i: int) -> str:
    return f"1390571{i:04d}"


def _found(hall: Hall, at: datetime) -> _Ids:
    """Departments, staff, posts and operators, as they were set up when the hall opened."""
    st = hall.staff
    ids = _Ids({}, {}, {}, {})
    with _acting(hall, at, None):
        for name, phone, location in DEPARTMENTS:
            ids.dept[name] = st.add_department(name, phone=phone, location=location)
        heads: dict[str, int] = {}
        for i, (name, dept, title, duties) in enumerate(STAFF, start=1):
            sid = st.add_staff(
                name,
                ids.dept[dept],
                title=title,
                phone=_phone(i),
                duties=duties,
                is_director=name == DEMO_DIRECTOR,
            )
            ids.staff[name] = sid
            if title and dept not in heads and name != DEMO_DIRECTOR:
                heads[dept] = sid
        for name, phone, location in DEPARTMENTS:
            st.update_department(
                ids.dept[name], name=name, phone=phone, location=location, head_id=heads.get(name)
            )
        for post, window, dept, a, b, duties in POSTS:
            ids.post[post] = st.add_post(
                post,
                ids.dept[dept],
                window_no=window,
                duties=duties,
                a_id=ids.staff[a],
                b_id=ids.staff[b],
            )
        ops = hall.operators
        ids.operators[DEMO_ADMIN] = ops.add(ids.staff[DEMO_ADMIN], Role.ADMIN, pin=DEMO_PIN)
        # Further operators are an admin's business.
        hall.ctx.operator_id = ids.operators[DEMO_ADMIN]
        ids.operators[DEMO_DIRECTOR] = ops.add(
            ids.staff[DEMO_DIRECTOR], Role.DIRECTOR, pin=DEMO_PIN
        )
        for name in DEMO_CLERKS:
            ids.operators[name] = ops.add(ids.staff[name], Role.CLERK)
        hall.settings.set_many({"hall.name": DEMO_HALL_NAME, "hall.phone": "0571-87654300"})
    return ids


def _working_days(hall: Hall, first: datetime, last: datetime) -> list[datetime]:
    days = []
    day = first.replace(hour=0, minute=0, second=0)
    while day <= last:
        if hall.ctx.calendar.is_working_day(day.date()):
            days.append(day)
        day += timedelta(days=1)
    return days


@dataclass(order=True)
class _Event:
    at: datetime
    seq: int
    staff_id: int = field(compare=False)
    status: Status = field(compare=False)
    place: str = field(compare=False, default="")
    expected: datetime | None = field(compare=False, default=None)


def _outings(hall: Hall, ids: _Ids, start: datetime, end: datetime, rng: random.Random) -> list:
    """Ordinary comings and goings on the working days between start and end, as events."""
    days = _working_days(hall, start, end)
    people = [name for name, *_ in STAFF if name != DEMO_DIRECTOR]
    events: list[_Event] = []
    for n, day in enumerate(days):
        for name in rng.sample(people, rng.randint(2, 5)):
            status, places, low, high = rng.choices(_OUTINGS, _WEIGHTS)[0]
            leave = day + timedelta(hours=rng.choice([8.75, 9, 9.5, 10, 13.5, 14, 14.5]))
            hours = rng.randint(low, high)
            if hours < 24:
                back = leave + timedelta(hours=hours, minutes=rng.choice([0, 10, 20, 30]))
            else:
                later = days[min(n + hours // 24, len(days) - 1)]
                back = later + timedelta(hours=8, minutes=30)
            if back <= leave:
                continue
            sid = ids.staff[name]
            events.append(_Event(leave, len(events), sid, status, rng.choice(places), back))
            # Most come back a little off the expected time, the odd one much later.
            late = timedelta(minutes=rng.choice([-20, -5, 0, 5, 15, 40, 90]))
            came_back = max(back + late, leave + timedelta(minutes=30))
            events.append(_Event(came_back, len(events), sid, Status.IN_POST))
    return events


def _replay(hall: Hall, ids: _Ids, events: list, roster: list, end: datetime) -> int:
    """Apply the outings and roster changes in time order, as the clerk and admin did."""
    clerk = ids.operators[DEMO_CLERKS[0]]
    out: set[int] = set()
    changes = 0
    steps = sorted([(e.at, 0, e) for e in events] + [(at, 1, fn) for at, fn in roster],
                   key=lambda step: step[:2])  # fmt: skip
    for at, kind, step in steps:
        if at >= end:
            break
        if kind == 1:
            with _acting(hall, at, ids.operators[DEMO_ADMIN]):
                step()
            continue
        with _acting(hall, at, clerk):
            if step.status.is_absent:
                if step.staff_id in out:
                    continue
                try:
                    hall.board.set_status(
                        step.staff_id, step.status, place=step.place, expected_return=step.expected
                    )
                except DomainError:
                    continue  # the A/B rule said no: the clerk sent someone else that day
                out.add(step.staff_id)
            elif step.staff_id in out:
                hall.board.set_status(step.staff_id, Status.IN_POST)
                out.discard(step.staff_id)
            else:
                continue
        changes += 1
    # Whoever is still out when the replay ends is back for the present-day scene.
    for i, sid in enumerate(sorted(out)):
        with _acting(hall, end + timedelta(minutes=i), clerk):
            hall.board.set_status(sid, Status.IN_POST)
            changes += 1
    return changes


def _roster_changes(hall: Hall, ids: _Ids, at: datetime) -> list:
    """Two ordinary roster changes (备案) a few weeks ago: B of 劳动保障 stands in and back."""
    post, a = ids.post["劳动保障"], ids.staff["刘洋"]

    def first() -> None:
        hall.staff.set_post_holders(
            post, a, ids.staff["曹磊"], note="朱晨参加区人社局三周业务培训，曹磊暂任B岗"
        )

    def second() -> None:
        hall.staff.set_post_holders(post, a, ids.staff["朱晨"], note="朱晨培训结束，恢复任B岗")

    return [(at, first), (at + timedelta(days=21), second)]


def _office_time(hall: Hall, t: datetime, now: datetime) -> datetime:
    """An expected return as a clerk writes it: on the half hour, within office hours.

    A time already past stays past (the board's overdue example) and is only rounded.
    """
    half_hours = t.minute // 30 * 30
    floor = t.replace(minute=half_hours, second=0, microsecond=0)
    if t <= now:
        return floor
    t = floor if floor == t else floor + timedelta(minutes=30)
    if t.time() < time(8, 30):
        return t.replace(hour=8, minute=30)
    if t.time() > time(17, 30):
        day = hall.ctx.calendar.add_working_days(t.date(), 1)
        return datetime.combine(day, time(8, 30))
    return t


def _present_scene(hall: Hall, ids: _Ids, now: datetime) -> None:
    """Who is out right now: a few ordinary absences, one overdue, one uncovered post."""
    clerk = ids.operators[DEMO_CLERKS[0]]
    director = ids.operators[DEMO_DIRECTOR]
    s = ids.staff

    def out(
        name: str,
        hours_ago: float,
        status: Status,
        place: str,
        back_in_hours: float | None,
        *,
        operator: int = clerk,
        note: str = "",
        override: str = "",
    ) -> None:
        at = now - timedelta(hours=hours_ago)
        back = (
            _office_time(hall, now + timedelta(hours=back_in_hours), now)
            if back_in_hours is not None
            else None
        )
        with _acting(hall, at, operator):
            hall.board.set_status(
                s[name],
                status,
                place=place,
                expected_return=back.replace(second=0) if back else None,
                contact_phone=_phone(1 + [p[0] for p in STAFF].index(name)),
                handover_note=note,
                override_reason=override,
            )

    out("韩冬", 50, Status.SICK, "感冒发热，已请假", 20)
    out(
        "许文静",
        26,
        Status.LEAVE,
        "年休假",
        52,
        note="1. 李桂英医疗救助材料已收齐，待录入系统；\n2. 周三前回电陈先生（异地就医备案）。",
    )
    out("梁国强", 25, Status.TRIP, "市退役军人事务局 业务培训", 30)
    out("邓志远", 4, Status.FIELD, "青石村 农房审批现场踏勘", -1)
    out("朱晨", 2, Status.PERSONAL, "孩子学校家长会", 2)
    out(
        "郑海涛",
        1.5,
        Status.MEETING,
        "区民政局 低保年审工作会",
        1.5,
        note="张大爷的低保复核材料在左侧柜第二格，下午三点前请回电 13905710088。",
    )
    out(
        "谢婷",
        0.75,
        Status.TRAINING,
        "区卫健局 生育登记系统培训",
        3,
        operator=director,
        override="区卫健局通知必须参加，韩冬病假；主任同意，期间由蒋慧主任接待",
    )


def add_demo_people(hall: Hall, *, seed: int) -> int:
    """Found the demo hall on an empty database and replay its weeks; returns the demo
    admin's operator id (the later parts are recorded as the admin's work)."""
    if not hall.is_empty():
        raise DomainError("数据库中已有人员，不能再建立演示服务中心")
    rng = random.Random(seed)
    now = hall.ctx.now().replace(second=0, microsecond=0)
    today = datetime.combine(now.date(), time())
    founded = today - timedelta(days=42) + timedelta(hours=8)
    ids = _found(hall, founded)
    replay_end = min(now - timedelta(hours=60), today - timedelta(hours=12))
    events = _outings(hall, ids, founded + timedelta(days=1), replay_end, rng)
    roster = _roster_changes(hall, ids, founded + timedelta(days=8, hours=1))
    _replay(hall, ids, events, roster, replay_end)
    _present_scene(hall, ids, now)
    return ids.operators[DEMO_ADMIN]
