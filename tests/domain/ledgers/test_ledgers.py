"""Ledger month queries: the month, its bounds, current values, voids, deadlines."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desk.domain.common.codes import Channel, Outcome, Status
from desk.domain.common.text import FieldError
from desk.domain.intake.views import HandoverDraft, IntakeDraft
from desk.domain.ledgers.queries import judge as _judge
from desk.domain.ledgers.rows import Month, Timeliness
from tests.conftest import SmallHall


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026-11", Month(2026, 11)), (" 2026-1 ", Month(2026, 1)), ("2026-12", Month(2026, 12))],
)
def test_month_parse(text: str, expected: Month) -> None:
    assert Month.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-13", "月份“2026-13”不存在"),
        ("2026-00", "不存在"),
        ("2026-1x", "格式不对"),
        ("2026/11", "格式不对"),
        ("", "格式不对"),
        ("1999-05", "超出范围"),
    ],
)
def test_month_parse_refuses_bad_months(text: str, message: str) -> None:
    with pytest.raises(FieldError, match=message) as err:
        Month.parse(text)
    assert err.value.field == "month"


def test_month_bounds_and_labels() -> None:
    m = Month(2026, 12)
    assert (m.start, m.end) == (datetime(2026, 12, 1), datetime(2027, 1, 1))
    assert (m.first_day, m.last_day) == (date(2026, 12, 1), date(2026, 12, 31))
    assert (m.label, m.key) == ("2026年12月", "2026-12")
    assert Month(2026, 1).previous() == Month(2025, 12)
    assert Month(2024, 2).last_day == date(2024, 2, 29)


def test_judge_deadlines() -> None:
    now = datetime(2026, 11, 20, 10, 0)
    due = date(2026, 11, 18)
    assert _judge(True, None, due, now) is Timeliness.VOID
    assert _judge(False, datetime(2026, 11, 18, 17, 0), due, now) is Timeliness.IN_TIME
    assert _judge(False, datetime(2026, 11, 19, 8, 0), due, now) is Timeliness.LATE
    assert _judge(False, None, due, now) is Timeliness.OVERDUE
    assert _judge(False, None, date(2026, 11, 20), now) is Timeliness.OPEN
    assert _judge(False, None, None, now) is Timeliness.WAITING


def _draft(sh: SmallHall, name: str, outcome: Outcome = Outcome.HANDLED) -> IntakeDraft:
    return IntakeDraft(
        channel=Channel.VISIT,
        visitor_name=name,
        visitor_phone="13812345678",
        matter="咨询低保",
        outcome=outcome,
        post_id=sh.post["救助"],
        result="已答复",
    )


def test_intakes_of_the_month_with_current_values_and_voids(small_hall: SmallHall) -> None:
    sh = small_hall
    hall, clock = sh.hall, sh.hall.ctx.clock
    first = hall.intakes.save(_draft(sh, "张三")).intake_id
    second = hall.intakes.save(_draft(sh, "李四")).intake_id
    clock.set(datetime(2026, 12, 1, 0, 0))  # type: ignore[attr-defined]
    hall.intakes.save(_draft(sh, "王五"))  # next month
    hall.intakes.correct(first, {"visitor_name": "张三丰"}, "姓名写错")
    hall.intakes.void(second, "重复登记")
    lines = hall.ledgers.intakes(Month(2026, 11))
    assert [x.visitor_name for x in lines] == ["张三丰", "李四"]
    assert lines[0].edited and lines[0].state_label == "已更正"
    assert lines[1].voided and lines[1].state_label == "已作废：重复登记"
    assert lines[0].visitor_phone == "138****5678"
    assert hall.ledgers.intakes(Month(2026, 11), masked=False)[0].visitor_phone == "13812345678"
    assert lines[0].post == "民政救助" and lines[0].responsible == "曾小明"
    assert lines[0].outcome_label == "当场办理"


def test_handover_deadline_in_the_ledger(small_hall: SmallHall) -> None:
    sh = small_hall
    hall, clock = sh.hall, sh.hall.ctx.clock
    saved = hall.intakes.save(
        _draft(sh, "张三", Outcome.HANDOVER),
        HandoverDraft(to_id=sh.staff["曾小明"], visitor_name="张三", visitor_phone="13812345678",
                      matter="咨询低保"),
    )  # fmt: skip
    clock.set(datetime(2026, 11, 20, 9, 0))  # type: ignore[attr-defined]
    [line] = hall.ledgers.handovers(Month(2026, 11))
    assert line.intake_id == saved.intake_id
    assert line.due == date(2026, 11, 17)
    assert line.timeliness is Timeliness.OVERDUE
    hall.handovers.contact(saved.handover_id, clock.now(), "已回电")  # type: ignore[arg-type]
    [line] = hall.ledgers.handovers(Month(2026, 11))
    assert line.timeliness is Timeliness.LATE
    assert line.visitor_phone == "138****5678"


def test_whereabouts_and_coverage_that_overlap_the_month(small_hall: SmallHall) -> None:
    sh = small_hall
    hall, clock = sh.hall, sh.hall.ctx.clock
    clock.set(datetime(2026, 10, 30, 9, 0))  # type: ignore[attr-defined]
    hall.board.set_status(
        sh.staff["曾小明"], Status.TRIP, place="省厅", contact_phone="13900001111"
    )
    clock.set(datetime(2026, 11, 2, 9, 0))  # type: ignore[attr-defined]
    hall.board.set_status(sh.staff["曾小明"], Status.IN_POST)
    [line] = hall.ledgers.whereabouts(Month(2026, 11))
    assert (line.staff, line.status_label, line.place) == ("曾小明", "出差", "省厅")
    assert line.contact_phone == "139****1111"
    assert line.ended_at == datetime(2026, 11, 2, 9, 0)
    assert hall.ledgers.whereabouts(Month(2026, 12)) == []
    [cover] = hall.ledgers.coverage(Month(2026, 11))
    assert (cover.post, cover.absent, cover.covering) == ("民政救助", "曾小明", "单丽")
    assert cover.hours == 72.0
    assert [c.post for c in hall.ledgers.coverage(Month(2026, 10))] == ["民政救助"]
