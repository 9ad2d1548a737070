"""Demo data for the appointment book and 限时办结: a realistic spread of states and deadlines.

Appointments waiting for an absent handler, one due today, one overdue, booked slots this
week, finished and cancelled ones; accepted cases on time, late, extended, overdue, due today
and a 上报件. Everything is written through the services at past moments, so the audit log,
the deadlines and the board counts are what real use would have produced.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from desk.domain.appointments.views import AppointmentDraft
from desk.domain.cases.views import CaseDraft, ExtensionDraft, MaterialLine
from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import AppointmentSource, Channel, MatterKind, Outcome, ToldHow
from desk.domain.intake.views import IntakeDraft

if TYPE_CHECKING:
    from desk.domain.hall import Hall


@contextmanager
def _at(hall: Hall, moment: datetime) -> Iterator[None]:
    """Write as if it were ``moment`` (same operator)."""
    clock = hall.ctx.clock
    hall.ctx.clock = FixedClock(moment)
    try:
        yield
    finally:
        hall.ctx.clock = clock


def _working_day(hall: Hall, today: date, offset: int) -> date:
    """The working day ``offset`` working days from today (negative: before)."""
    cal = hall.ctx.calendar
    day, step, left = today, (1 if offset > 0 else -1), abs(offset)
    while left:
        day += timedelta(days=step)
        if cal.is_working_day(day):
            left -= 1
    return day


def add_demo_appointments(hall: Hall) -> None:
    """The appointment book and the cases of the demo hall (a part of desk.domain.seed.build)."""
    now = hall.ctx.now().replace(second=0, microsecond=0)
    today = now.date()
    if not hall.ctx.calendar.is_working_day(today):
        # Opened on a weekend or holiday: "today's" desk work happened on the last working day.
        today = _working_day(hall, today, -1)
    staff = {p.name: p.id for p in hall.staff.staff()}
    posts = {p.name: p.id for p in hall.staff.posts()}
    if "郑海涛" not in staff or "民政救助" not in posts:
        return  # not the demo hall's people: nothing sensible to add

    def moment(offset: int, hh: int, mm: int = 0) -> datetime:
        at = datetime.combine(_working_day(hall, today, offset), time(hh, mm))
        return min(at, now)

    def item(name: str) -> int | None:
        found = hall.catalogue.search(name, limit=1)
        return found[0].id if found else None

    book = hall.appointments

    def appoint(at: datetime, handler: str, name: str, phone: str, matter: str, **kw) -> int:  # type: ignore[no-untyped-def]
        with _at(hall, at):
            return book.create(AppointmentDraft(staff[handler], name, phone, matter, **kw))

    # Waiting for handlers who are out now (the deadline starts when they are back).
    appoint(
        now - timedelta(minutes=50),
        "郑海涛",
        "张德福",
        "13905710088",
        "低保复核材料补充",
        message="张大爷问复核还缺哪些材料，下午三点前回电",
        visitor_unit="溪口社区",
    )
    appoint(
        now - timedelta(hours=20),  # her leave began 26 hours ago
        "许文静",
        "陈建明",
        "13605712345",
        "异地就医备案",
        source=AppointmentSource.PHONE,
        message="母亲在上海住院，想办异地就医备案",
    )
    # Due today and overdue (handlers in post).
    appoint(
        moment(-1, 10, 5),
        "杨帆",
        "李桂英",
        "13757120001",
        "城乡居民养老保险待遇申领",
        message="下月满60周岁，问需要带什么材料",
    )
    appoint(
        moment(-3, 9, 40),
        "刘洋",
        "黄晓东",
        "15858120002",
        "失业登记",
        service_item_id=item("失业登记"),
        message="原单位已停业，想办失业登记",
    )
    # Booked slots this week.
    tomorrow = _working_day(hall, today, 1)
    appoint(
        moment(-1, 11),
        "吴佳琪",
        "王秀兰",
        "13867120003",
        "高龄津贴申请",
        booked_date=tomorrow,
        slot_start=time(9, 0),
        slot_end=time(9, 30),
        message="老人行动不便，由女儿代办",
    )
    appoint(
        moment(0, 8, 45),
        "孙志强",
        "周志刚",
        "13967120004",
        "残疾人证换领",
        booked_date=today,
        slot_start=time(14, 30),
        slot_end=time(15, 0),
    )
    appoint(
        moment(0, 9, 10),
        "宋佳",
        "郑立新",
        "13516120005",
        "耕地地力保护补贴",
        booked_date=_working_day(hall, today, 2),
        slot_start=time(10, 0),
        slot_end=time(10, 30),
        source=AppointmentSource.PHONE,
    )
    # Finished ones.
    done = appoint(moment(-4, 9, 15), "唐小军", "钱卫国", "13905710006", "优待证办理咨询")
    with _at(hall, moment(-4, 14, 0)):
        book.contact(done, "已电话告知所需材料：退役证、身份证、一寸照片两张")
    with _at(hall, moment(-2, 10, 30)):
        book.complete(done, "材料齐全，已受理优待证申请")
    called = appoint(moment(-2, 14, 0), "谢婷", "林晓燕", "13857120007", "生育登记")
    with _at(hall, moment(-1, 9, 20)):
        book.contact(called, "已回电，约定本周内带结婚证、身份证来窗口办理")
    cancelled = appoint(moment(-3, 16, 0), "许文静", "吴海波", "18857120008", "医保参保缴费")
    with _at(hall, moment(-2, 9, 0)):
        book.cancel(cancelled, "来访人已通过网上办理，不再需要预约")

    _add_demo_cases(hall, staff, posts, moment, item)


# fmt: off
def _add_demo_cases(hall: Hall, staff, posts, moment, item) -> None:  # type: ignore[no-untyped-def]
    cases = hall.cases

    def accept(
        at: datetime,
        post: str,
        name: str,
        matter: str,
        kind: MatterKind,
        days: int | None,
        materials: tuple[MaterialLine, ...] = (),
        notes: str = "",
    ) -> int:
        with _at(hall, at):
            intake = hall.intakes.save(
                IntakeDraft(
                    channel=Channel.VISIT,
                    visitor_name=name,
                    visitor_phone=f"1395712{zlib.crc32(name.encode()) % 10000:04d}",
                    matter=matter,
                    outcome=Outcome.HANDLED,
                    post_id=posts[post],
                    service_item_id=item(matter),
                    result="材料齐全，当场受理",
                )
            ).intake_id
            return cases.open_case(CaseDraft(intake, kind, days, notes=notes, materials=materials))

    id_card = MaterialLine("申请人居民身份证", 1, 1, "复印件")
    hukou = MaterialLine("居民户口簿", 4, 1, "复印件")
    # Accepted in time order, so the receipt numbers run with the dates.
    on_time = accept(moment(-9, 9, 30), "城乡居民养老保险", "孙桂芳", "城乡居民养老保险待遇申领",
                     MatterKind.PROMISED, 5, (id_card, hukou))
    late = accept(moment(-8, 10, 0), "医疗保险", "李桂英", "医疗救助申请", MatterKind.PROMISED, 3,
                  (id_card, MaterialLine("住院发票及费用清单", 12, 1, "原件")))
    extended = accept(moment(-6, 10, 20), "民政救助", "张德福", "最低生活保障申请",
                      MatterKind.PROMISED, 5,
                      (id_card, hukou, MaterialLine("家庭收入证明", 1, 2, "原件")),
                      notes="须入户调查核实家庭经济状况")
    overdue = accept(moment(-5, 11, 0), "残联", "周志强", "残疾人两项补贴申请", MatterKind.PROMISED,
                     3, (id_card, MaterialLine("残疾人证", 2, 1, "复印件")))
    accept(moment(-3, 10, 40), "劳动保障", "黄晓东", "失业登记", MatterKind.PROMISED, 5,
           (id_card, MaterialLine("解除劳动合同证明", 1, 1, "原件")))
    accept(moment(-2, 15, 0), "土规农综", "郑立新", "农村宅基地和建房（规划许可）申请",
           MatterKind.REPORTED, 30,
           (id_card, hukou, MaterialLine("建房申请表", 2, 1, "原件"),
            MaterialLine("宅基地现状照片", 3, 1, "原件")),
           notes="须报区农业农村局、自然资源分局审批")
    accept(moment(-1, 14, 0), "民政救助", "刘春花", "临时救助申请", MatterKind.PROMISED, 1,
           (id_card, hukou, MaterialLine("困难情况说明", 1, 1, "原件", "本人签字")))
    accept(moment(0, 9, 30), "人口计生/卫健", "林晓燕", "生育登记", MatterKind.INSTANT, None,
           (id_card, MaterialLine("结婚证", 2, 1, "复印件")))
    # Progress: on time, late (completed after its promised day), overdue, extended.
    with _at(hall, moment(-5, 15, 0)):
        cases.complete(on_time, "待遇已核定，次月起发放")
    with _at(hall, moment(-4, 9, 0)):
        cases.start(overdue)
    with _at(hall, moment(-3, 16, 30)):
        cases.complete(late, "已审核，救助金将打入社保卡")
    reason = "需入户调查并经民主评议，材料须报区民政局审核"
    with _at(hall, moment(-1, 16, 0)):
        cases.start(extended)
        cases.extend(extended, ExtensionDraft(reason, staff["周丽萍"], 10, True, ToldHow.PHONE))
# fmt: on
