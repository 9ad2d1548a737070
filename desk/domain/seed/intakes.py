"""Demo data for the 办事登记表: four weeks of first contacts and their handovers.

Walk-ins, calls, letters and online messages about the demo catalogue's items (or free
text), placed the way the routing table recommends for the hall as it stands: handled,
told once, referred elsewhere, outside the remit, or handed over when the post has nobody
in. Older handovers were contacted and closed; a few recent ones wait, one of them past
its limit; one intake was corrected and one voided. Everything goes through the services
at past moments, so the audit log and the board's counts are what real use produces.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import Channel, HandoverState, MatterScope, Outcome
from desk.domain.intake.decisions import handover_needed
from desk.domain.intake.views import HandoverDraft, IntakeDraft

if TYPE_CHECKING:
    from desk.domain.hall import Hall

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余叶程苏吕丁沈姚卢单解仇"  # noqa: E501
GIVEN = ["建国", "秀英", "桂兰", "志强", "丽华", "德福", "玉梅", "国庆", "海燕", "晓东",
         "春花", "明", "军", "芳", "伟", "敏", "红梅", "金凤", "永康", "佳怡"]  # fmt: skip
UNITS = ["", "", "", "", "青石村", "溪口社区", "南山村", "枫林社区", "桥东村",
         "青石街道中心小学", "宏达建材有限公司", "个体工商户"]  # fmt: skip
MESSAGES = [
    "想了解需要准备哪些材料",
    "材料已经带来了，想今天办",
    "上次来没带齐，这次补材料",
    "替家里老人来问，老人行动不便",
    "电话里说不清楚，请工作人员回电",
    "问什么时候能办好",
    "",
]
# Free-text matters with the post (a keyword of its name) or another scope.
FREE_MATTERS: list[tuple[str, str | MatterScope]] = [
    ("咨询退休人员社会化管理", "劳动"),
    ("询问高龄津贴发放时间", "养老"),
    ("反映低保金本月未到账", "民政救助"),
    ("咨询优抚对象体检安排", "退役"),
    ("询问宅基地审批进度", "土规"),
    ("办理户口迁移", MatterScope.OTHER_DEPARTMENT),
    ("咨询不动产登记", MatterScope.OTHER_DEPARTMENT),
    ("要求调解与邻居的民事纠纷并判决赔偿", MatterScope.OUTSIDE),
    ("咨询个人所得税汇算", MatterScope.OUTSIDE),
]
REFERRALS = {
    "办理户口迁移": ("青石派出所户籍窗口", "0571-87001110"),
    "咨询不动产登记": ("区不动产登记中心", "0571-87002345"),
}
EXPLANATIONS = {
    "要求调解与邻居的民事纠纷并判决赔偿": (
        "判决赔偿属法院职权，已告知可向人民调解委员会申请调解或向法院起诉，并告知地址。"
    ),
    "咨询个人所得税汇算": (
        "个税汇算由税务部门办理，已告知使用个人所得税App或前往区税务局办税服务厅。"
    ),
}
CLERKS = ("王晓燕", "陈宇", "赵敏")


@contextmanager
def _acting(hall: Hall, at: datetime, operator_id: int | None) -> Iterator[None]:
    clock, operator = hall.ctx.clock, hall.ctx.operator_id
    hall.ctx.clock = FixedClock(at)
    hall.ctx.operator_id = operator_id
    try:
        yield
    finally:
        hall.ctx.clock, hall.ctx.operator_id = clock, operator


def _working_days_back(hall: Hall, today: date, n: int) -> list[date]:
    """The last ``n`` working days before today, oldest first."""
    days: list[date] = []
    day = today
    while len(days) < n:
        day -= timedelta(days=1)
        if hall.ctx.calendar.is_working_day(day):
            days.append(day)
    return days[::-1]


class _Desk:
    """The demo's clerks at work: one intake at a time, at a given moment."""

    def __init__(self, hall: Hall, rng: random.Random, today: date) -> None:
        self.hall = hall
        self.rng = rng
        self.today = today
        self.ops = {op.name: op for op in hall.operators.accounts()}
        self.clerks = [self.ops[n] for n in CLERKS if n in self.ops]
        self.items = hall.catalogue.items()
        self.posts = hall.staff.posts()
        self.saved: list[tuple[int, int | None, datetime]] = []

    def visitor(self) -> tuple[str, str, str]:
        rng = self.rng
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        phone = f"1{rng.choice('35789')}{rng.randrange(10**9):09d}"
        if rng.random() < 0.12:
            phone = f"0571-8{rng.randrange(10**6, 10**7)}"
        return name, phone, rng.choice(UNITS)

    def matter(self) -> tuple[str, int | None, int | None, MatterScope]:
        """(matter, catalogue item, post, scope): mostly catalogue items, some free text."""
        if self.items and self.rng.random() < 0.72:
            item = self.rng.choice(self.items)
            return item.name, item.id, item.post_id, MatterScope.POST
        text, where = self.rng.choice(FREE_MATTERS)
        if isinstance(where, MatterScope):
            return text, None, None, where
        post = next((p.id for p in self.posts if where in p.name), self.posts[0].id)
        return text, None, post, MatterScope.POST

    def intake(
        self,
        at: datetime,
        *,
        matter: tuple[str, int | None, int | None, MatterScope] | None = None,
        channel: Channel | None = None,
        outcome: Outcome | None = None,
        skip_reason: str = "",
    ) -> tuple[int, int | None]:
        """Register one first contact the way the rules recommend; returns (intake, handover)."""
        rng = self.rng
        channel = channel or rng.choices(list(Channel), [60, 30, 3, 2, 5])[0]
        clerk = rng.choice(self.clerks)
        name, phone, unit = self.visitor()
        hall = self.hall
        for _attempt in range(10):
            text, item_id, post_id, scope = matter or self.matter()
            with _acting(hall, at, clerk.id):
                routing = hall.intakes.route(
                    post_id, item_id, scope=scope, channel=channel, first_contact_id=clerk.staff_id
                )
            # Routing sees today's board; a past intake should not find today's empty posts.
            if matter or at.date() >= self.today or not routing.decision.handover_required:
                break
        with _acting(hall, at, clerk.id):
            chosen = outcome or routing.recommended
            written = channel in (Channel.LETTER, Channel.OFFICIAL_LETTER, Channel.ONLINE)
            if outcome is None and written and scope is MatterScope.POST:
                chosen = Outcome.HANDOVER  # letters and online messages go to the post
            if chosen is Outcome.HANDLED and rng.random() < 0.25:
                chosen = Outcome.NOTICE  # materials incomplete: told once what to bring
            referral = REFERRALS.get(text, ("", ""))
            draft = IntakeDraft(
                channel=channel,
                visitor_name=name,
                visitor_phone=phone,
                visitor_unit=unit,
                matter=text,
                message=rng.choice(MESSAGES),
                outcome=chosen,
                scope=scope,
                post_id=post_id,
                service_item_id=item_id,
                referred_to=referral[0],
                referred_phone=referral[1],
                result=EXPLANATIONS.get(text, ""),
                first_contact_id=clerk.staff_id,
            )
            handover = None
            if handover_needed(chosen, routing.decision) and not skip_reason:
                to = routing.decision.recipient_id
                if to is None or to == clerk.staff_id:
                    to = next(
                        c.staff_id for c in routing.candidates if c.staff_id != clerk.staff_id
                    )
                handover = HandoverDraft(to, name, phone, unit, text, draft.message)
            saved = hall.intakes.save(draft, handover, skip_reason)
        self.saved.append((saved.intake_id, saved.handover_id, at))
        return saved.intake_id, saved.handover_id

    def follow_up(self, handover_id: int, at: datetime, close_after: timedelta | None) -> None:
        """The recipient (or a clerk for them) calls the visitor back, then closes it."""
        hall = self.hall
        h = hall.handovers.get(handover_id)
        if h.state is not HandoverState.PENDING:
            return  # voided with its intake
        operator = self.ops.get(h.to_name) or self.rng.choice(self.clerks)
        results = [
            "已电话联系来访人，告知所需材料，约定下周一上午来办理",
            "已回电，来访人表示材料备齐后再来",
            "已联系，当面办理完毕",
            "已电话答复，来访人满意",
        ]
        with _acting(hall, at, operator.id):
            hall.handovers.contact(handover_id, at, self.rng.choice(results))
        if close_after is not None:
            with _acting(hall, at + close_after, operator.id):
                hall.handovers.close(handover_id)


def add_demo_intakes(hall: Hall, *, seed: int = 3) -> None:
    """Four weeks of intakes for the demo hall (a part of desk.domain.seed.build)."""
    posts = {p.name: p for p in hall.staff.posts()}
    if "民政救助" not in posts or not any(op.name in CLERKS for op in hall.operators.accounts()):
        return  # not the demo hall: nothing sensible to add
    rng = random.Random(seed)
    now = hall.ctx.now().replace(second=0, microsecond=0)
    today = now.date()
    if not hall.ctx.calendar.is_working_day(today):
        # Opened on a weekend or holiday: "today's" desk work happened on the last working day.
        today = _working_days_back(hall, today, 1)[0]
        now = datetime.combine(today, time(16, 40))
    desk = _Desk(hall, rng, today)
    days = _working_days_back(hall, today, 20)
    for day in days:
        for _ in range(rng.randrange(6, 11)):
            at = datetime.combine(day, time(8, 40)) + timedelta(minutes=rng.randrange(0, 500))
            desk.intake(at)
    # Today so far, and the scenes the board shows now.
    opening = datetime.combine(today, time(8, 35))
    for _ in range(5):
        at = opening + timedelta(
            minutes=rng.randrange(0, max(1, int((now - opening).seconds / 60)))
        )
        desk.intake(min(at, now - timedelta(minutes=30)))
    _scenes(hall, desk, days, now)
    # Older handovers were followed up in time and closed.
    for intake_id, handover_id, at in desk.saved:
        del intake_id
        if handover_id is None or at.date() >= days[-3]:
            continue
        desk.follow_up(
            handover_id, at + timedelta(hours=rng.choice([2, 5, 20])), timedelta(hours=1)
        )


def _scenes(hall: Hall, desk: _Desk, days: list[date], now: datetime) -> None:
    """Intakes the demo wants on screen: pending, overdue, not handed over, corrected, voided."""
    items = {i.name: i for i in desk.items}

    def item_matter(
        name: str, fallback_post: str
    ) -> tuple[str, int | None, int | None, MatterScope]:
        found = next((i for n, i in items.items() if name in n), None)
        if found is not None:
            return found.name, found.id, found.post_id, MatterScope.POST
        post = next(p.id for p in desk.posts if fallback_post in p.name)
        return name, None, post, MatterScope.POST

    # Overdue: three working days ago, the recipient has been in post since and never called.
    farm = item_matter("宅基地", "土规")
    at = datetime.combine(days[-3], time(10, 20))
    desk.intake(at, matter=farm, channel=Channel.PHONE, outcome=Outcome.HANDOVER)
    # Contacted but not closed yet (yesterday).
    _i, handover = desk.intake(
        datetime.combine(days[-1], time(14, 5)), matter=item_matter("生育登记", "计生"),
        outcome=Outcome.HANDOVER,
    )  # fmt: skip
    if handover is not None:
        desk.follow_up(handover, datetime.combine(days[-1], time(16, 30)), None)
    # Today: the 卫健 post has neither A nor B in — handed over to the department head.
    birth = item_matter("生育登记", "计生")
    desk.intake(now - timedelta(minutes=25), matter=birth, channel=Channel.VISIT)
    # Today: not handed over, with the reason recorded.
    desk.intake(
        now - timedelta(minutes=12),
        matter=item_matter("独生子女", "计生"),
        channel=Channel.PHONE,
        outcome=Outcome.NOTICE,
        skip_reason="来电人表示谢婷返岗后自己再打电话来",
    )
    # Corrected and voided entries from last week.
    hall_ops = desk.clerks[0].id
    target, _h = desk.intake(datetime.combine(days[-5], time(9, 15)), outcome=None)
    with _acting(hall, datetime.combine(days[-5], time(11, 0)), hall_ops):
        detail = hall.intakes.get(target)
        hall.intakes.correct(
            target,
            {"visitor_phone": "13867120099", "visitor_unit": detail.visitor_unit or "南山村"},
            "回访时核实，电话记错两位",
        )
    duplicate, _h = desk.intake(datetime.combine(days[-4], time(15, 40)))
    with _acting(hall, datetime.combine(days[-4], time(15, 50)), hall_ops):
        hall.intakes.void(duplicate, "同一来访人重复登记")
