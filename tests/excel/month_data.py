"""A month of front-desk records in the demo hall, made through the domain services.

The demo hall (desk.domain.seed.hall) is founded at the fixture clock (Mon 2026-11-16 09:00)
with five weeks of whereabouts history; this adds two weeks of November intakes with
handovers, appointments, cases and notices, a few records just outside the month
(31 Oct 23:59 and 1 Dec 00:00) and the awkward values the workbook must keep safe.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from sqlalchemy import select, update

from desk.db.models import Intake, TimeLimitCase
from desk.domain.appointments.views import AppointmentDraft
from desk.domain.cases.views import CaseDraft
from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import AppointmentSource, Channel, MatterKind, NoticeKind, Outcome
from desk.domain.hall import Hall
from desk.domain.intake.views import HandoverDraft, IntakeDraft
from desk.domain.ledgers.rows import Month
from desk.domain.notices.service import NoticeRequest
from desk.domain.seed.build import DEMO_CLERKS, DEMO_DIRECTOR, DEMO_PIN, create_demo_hall
from desk.domain.seed.catalogue import install_demo_catalogue

MONTH = Month(2026, 11)
# The ledgers are exported at the month's end.
EXPORT_AT = datetime(2026, 11, 30, 17, 30)
LONG_MESSAGE = "长" * 9_000 + "0123456789" * 100  # 10,000 characters
FORMULA_NAMES = ("=1+1", "+8613800000000", "-负号开头", "@某人")

_UNITS = ["", "", "青石村村民委员会", "溪口社区居委会", "某某建材有限公司", "个人"]
_NAMES = ["张桂兰", "李建国", "王秀英", "刘德华", "陈志明", "杨丽", "赵国庆", "黄小红"]
_MATTERS = [
    "咨询低保申请条件", "办理高龄津贴", "残疾人证换领", "城乡居民医保参保",
    "失业登记", "生育登记", "宅基地审批咨询", "优待证办理", "开具证明",
]  # fmt: skip


@dataclass
class MonthData:
    hall: Hall
    clock: FixedClock
    posts: dict[str, int] = field(default_factory=dict)
    staff: dict[str, int] = field(default_factory=dict)
    voided_intake: int = 0
    corrected_intake: int = 0
    long_intake: int = 0
    control_intake: int = 0
    formula_intakes: list[int] = field(default_factory=list)
    # 31 Oct 23:59:59 and 1 Dec 00:00:00: just outside November.
    outside_intakes: list[int] = field(default_factory=list)


def _sign_in(hall: Hall, name: str) -> None:
    op = hall.operators.find_by_name(name)
    hall.operators.sign_in(op.id, DEMO_PIN if hall.operators.needs_pin(op.id) else None)


def _intake(d: MonthData, rng: random.Random, at: datetime, name: str | None = None) -> int:
    hall, clock = d.hall, d.clock
    clock.set(at)
    post_name = rng.choice(list(d.posts))
    post = next(p for p in hall.staff.posts() if p.id == d.posts[post_name])
    outcome = rng.choice(
        [Outcome.HANDLED, Outcome.HANDLED, Outcome.NOTICE, Outcome.HANDOVER, Outcome.REFERRED,
         Outcome.OUTSIDE]
    )  # fmt: skip
    draft = IntakeDraft(
        channel=rng.choice([Channel.VISIT, Channel.VISIT, Channel.PHONE, Channel.LETTER]),
        visitor_name=name or rng.choice(_NAMES),
        visitor_unit=rng.choice(_UNITS),
        visitor_phone=f"139{rng.randint(10_000_000, 99_999_999)}",
        matter=rng.choice(_MATTERS),
        message=rng.choice(["", "", "下午再来", "请尽快回电，白天都在家"]),
        outcome=outcome,
        post_id=post.id,
        result="已说明办理流程" if outcome in (Outcome.HANDLED, Outcome.OUTSIDE) else "",
        referred_to="区行政服务中心" if outcome is Outcome.REFERRED else "",
        referred_phone="0571-87000000" if outcome is Outcome.REFERRED else "",
    )
    handover = None
    if outcome is Outcome.HANDOVER:
        to = post.a_id if post.a_id != _me(hall) else post.b_id
        assert to is not None
        handover = HandoverDraft(
            to_id=to, visitor_name=draft.visitor_name, visitor_phone=draft.visitor_phone,
            matter=draft.matter,
        )  # fmt: skip
    saved = hall.intakes.save(draft, handover, no_handover_reason="办事人表示改日再来")
    if saved.handover_id is not None and rng.random() < 0.7:
        clock.set(at + timedelta(hours=rng.choice([2, 5, 30, 80])))
        hall.handovers.contact(saved.handover_id, clock.now(), "已回电，约定来办时间")
    return saved.intake_id


def _me(hall: Hall) -> int | None:
    op = hall.operators.current()
    return op.staff_id if op else None


def build_month(hall: Hall, clock: FixedClock, *, per_day: int = 6, seed: int = 11) -> MonthData:
    """The demo hall plus two working weeks of November records; ends at EXPORT_AT."""
    rng = random.Random(seed)
    create_demo_hall(hall)
    d = MonthData(hall, clock)
    d.posts = {p.name: p.id for p in hall.staff.posts()}
    d.staff = {p.name: p.id for p in hall.staff.staff()}
    _sign_in(hall, DEMO_DIRECTOR)
    items = (
        install_demo_catalogue(hall)
        if not hall.catalogue.items()
        else [i.id for i in hall.catalogue.items()]
    )
    _sign_in(hall, DEMO_CLERKS[0])
    days = [datetime(2026, 11, 16) + timedelta(days=n) for n in range(14)]
    days = [x for x in days if hall.ctx.calendar.is_working_day(x.date())]
    intakes: list[int] = []
    for day in days:
        for k in range(per_day):
            at = datetime.combine(day.date(), time(9, 10)) + timedelta(minutes=55 * k)
            intakes.append(_intake(d, rng, at))
    # Awkward values: formula-looking names, a very long message, a control character.
    base = datetime(2026, 11, 20, 16, 0)
    for n, name in enumerate(FORMULA_NAMES):
        d.formula_intakes.append(_intake(d, rng, base + timedelta(minutes=n), name=name))
    d.long_intake = _intake(d, rng, base + timedelta(minutes=10))
    d.control_intake = _intake(d, rng, base + timedelta(minutes=11))

    def awkward(s):  # type: ignore[no-untyped-def]
        # Older data and imports can hold what the form would refuse today.
        s.execute(update(Intake).where(Intake.id == d.long_intake).values(message=LONG_MESSAGE))
        s.execute(
            update(Intake).where(Intake.id == d.control_intake).values(visitor_unit="控制\x07字符")
        )

    hall.db.write(awkward)
    # A correction and a void.
    clock.set(datetime(2026, 11, 24, 10, 0))
    d.corrected_intake = intakes[3]
    hall.intakes.correct(d.corrected_intake, {"visitor_unit": "更正后的单位"}, "单位写错")
    d.voided_intake = intakes[5]
    hall.intakes.void(d.voided_intake, "重复登记")
    # Appointments and cases from some of the month's intakes.
    for n, iid in enumerate(intakes[::4]):
        clock.set(datetime(2026, 11, 25, 9, 0) + timedelta(minutes=7 * n))
        seed_ = hall.intakes.appointment_seed(iid)
        if seed_.handler_id is None:
            continue
        hall.appointments.create(
            AppointmentDraft(
                handler_id=seed_.handler_id, visitor_name=seed_.visitor_name,
                visitor_phone=seed_.visitor_phone or "13900000000", matter=seed_.matter,
                source=AppointmentSource.PHONE,
            )
        )  # fmt: skip
    with hall.db.read() as s:
        acceptable = s.scalars(
            select(Intake.id).where(
                Intake.voided_at.is_(None),
                Intake.outcome.in_([Outcome.HANDLED.value, Outcome.NOTICE.value]),
                Intake.created_at < datetime(2026, 11, 26),
                Intake.id.not_in(select(TimeLimitCase.intake_id)),  # the demo's own cases
            )
        ).all()
    for n, iid in enumerate(acceptable[:8]):
        clock.set(datetime(2026, 11, 26, 9, 0) + timedelta(minutes=11 * n))
        kind = MatterKind.PROMISED if n % 2 else MatterKind.INSTANT
        days = 3 if kind is MatterKind.PROMISED else None
        case = hall.cases.open_case(CaseDraft(iid, kind, days))
        if n % 3 == 0:
            clock.set(clock.now() + timedelta(hours=3))
            hall.cases.complete(case, "已办结，材料已交办事人")
    for n in range(5):
        clock.set(datetime(2026, 11, 27, 10, 0) + timedelta(minutes=5 * n))
        hall.notices.record_phone(items[n % len(items)], visitor_name=rng.choice(_NAMES),
                                  visitor_phone="13900001111")  # fmt: skip
    # Just outside the month: must not be exported.
    d.outside_intakes.append(_intake(d, rng, datetime(2026, 10, 31, 23, 59, 59)))
    d.outside_intakes.append(_intake(d, rng, datetime(2026, 12, 1, 0, 0, 0)))
    clock.set(EXPORT_AT)
    return d


def issue_printed_notice(hall: Hall, item_id: int) -> None:
    """A printed 一次性告知单 (needs a renderer; the HTML content does not matter here)."""
    hall.notices.issue(
        NoticeRequest(NoticeKind.NOTICE, item_id, visitor_name="张桂兰"),
        render=lambda draft: f"<p>{draft.number}</p>",
    )
