"""Nobody waits for a person who is away: flags, hand-on to B, due dates from escalation."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.domain.appointments.views import AppointmentDraft
from desk.domain.board.away import judge
from desk.domain.calendar.workdays import WorkCalendar
from desk.domain.common.codes import Channel, Outcome, ServingRole, Status
from desk.domain.common.errors import DomainError
from desk.domain.intake.views import HandoverDraft, IntakeDraft
from tests.domain.intake.intake_support import as_director

MON = datetime(2026, 11, 16, 9, 0)


def callback_for(hall, handler: int) -> int:  # type: ignore[no-untyped-def]
    return hall.appointments.create(
        AppointmentDraft(handler, "张德福", "13905710088", "低保复核材料补充")
    )


def test_callback_of_a_handler_on_open_ended_sick_leave_becomes_escalatable_and_due(
    small_hall, clock
) -> None:
    hall, staff = small_hall.hall, small_hall.staff
    zeng = staff["曾小明"]  # A of 民政救助, B 单丽
    hall.board.set_status(zeng, Status.SICK)  # no expected return
    aid = callback_for(hall, zeng)
    v = hall.appointments.get(aid)
    assert v.waiting_for_return and v.callback_due is None
    assert v.wait is not None and not v.wait.escalatable and "未登记返回时间" in v.wait.reason
    # Tue 17 and Wed 18: not yet (2 working days from Monday).
    for day in (17, 18):
        clock.set(datetime(2026, 11, day, 16, 0))
        v = hall.appointments.get(aid)
        assert not v.may_hand_on and v.callback_due is None
    with pytest.raises(DomainError, match="暂不能转交"):
        hall.escalation.escalate("appointment", aid)
    # Thu 19: more than 2 working days away — flagged, offered to B, and due (from escalation).
    clock.set(datetime(2026, 11, 19, 9, 0))
    v = hall.appointments.get(aid)
    assert v.may_hand_on and v.callback_due == date(2026, 11, 20)
    [item] = hall.escalation.waiting(escalatable_only=True)
    assert (item.target, item.target_role) == ("单丽", ServingRole.B)
    assert item.target_text == "B岗单丽"
    # Nobody acts: five weeks later it is long overdue, not "no due date".
    clock.set(datetime(2026, 12, 21, 9, 0))
    v = hall.appointments.get(aid)
    assert v.overdue and v.callback_due == date(2026, 11, 20)
    assert hall.overdue.counts()[1] >= 1


def test_handing_on_starts_the_new_persons_deadline_and_keeps_the_original(
    small_hall, clock
) -> None:
    hall, staff = small_hall.hall, small_hall.staff
    zeng, shan = staff["曾小明"], staff["单丽"]
    hall.board.set_status(zeng, Status.SICK)
    aid = callback_for(hall, zeng)
    clock.set(datetime(2026, 11, 19, 10, 0))
    hall.escalation.escalate("appointment", aid)
    v = hall.appointments.get(aid)
    assert v.handler_id == shan and v.callback_from == datetime(2026, 11, 19, 10, 0)
    assert v.callback_due == date(2026, 11, 20) and not v.may_hand_on
    [hist] = hall.escalation.history("appointment", aid)
    assert (hist.from_name, hist.to_name, hist.to_role) == ("曾小明", "单丽", ServingRole.B)
    assert hist.waiting_since == MON and "病假" in hist.reason


def test_a_handover_to_a_recipient_away_without_return_goes_to_the_head(small_hall, clock) -> None:
    hall, staff = small_hall.hall, small_hall.staff
    post = small_hall.post["救助"]
    # 曾小明 (A) on a trip, 单丽 (B) covering; the handover goes to B, then B is away too.
    hall.board.set_status(staff["曾小明"], Status.TRIP, expected_return=datetime(2026, 11, 16, 17))
    saved = hall.intakes.save(
        IntakeDraft(
            channel=Channel.PHONE, visitor_name="李桂英", visitor_phone="13812345678",
            matter="临时救助", outcome=Outcome.HANDOVER, post_id=post,
        ),
        HandoverDraft(
            staff["单丽"], "李桂英", "13812345678", matter="临时救助", message="下午回电"
        ),
    )  # fmt: skip
    assert saved.handover_id is not None
    hall.board.set_status(staff["曾小明"], Status.IN_POST)
    as_director(small_hall, lambda: hall.board.set_status(staff["单丽"], Status.SICK))
    clock.set(datetime(2026, 11, 19, 9, 30))
    h = hall.handovers.get(saved.handover_id)
    assert h.may_hand_on and h.due == date(2026, 11, 20)
    hall.escalation.escalate("handover", saved.handover_id)
    h = hall.handovers.get(saved.handover_id)
    # 曾小明 is back in post: who serves 民政救助 now is A.
    assert (h.to_id, h.recipient_role) == (staff["曾小明"], ServingRole.A)
    assert h.assigned_at == datetime(2026, 11, 19, 9, 30) and h.due == date(2026, 11, 20)
    assert hall.escalation.history("handover", saved.handover_id)[0].from_name == "单丽"


def test_a_long_planned_absence_may_be_handed_on_at_once_but_keeps_its_return_deadline(
    small_hall,
) -> None:
    hall, zeng = small_hall.hall, small_hall.staff["曾小明"]
    hall.board.set_status(zeng, Status.LEAVE, expected_return=datetime(2026, 11, 27, 17, 30))
    aid = callback_for(hall, zeng)
    v = hall.appointments.get(aid)
    assert v.may_hand_on and "预计11月27日才返回" in v.wait.reason  # type: ignore[union-attr]
    assert v.callback_due is None  # counted from the return, which is known


def test_the_days_setting_moves_the_limit(small_hall, clock) -> None:
    hall, zeng = small_hall.hall, small_hall.staff["曾小明"]
    hall.board.set_status(zeng, Status.SICK)
    aid = callback_for(hall, zeng)
    as_director(small_hall, lambda: hall.settings.set("away.escalate_days", 0))
    clock.set(datetime(2026, 11, 17, 9, 0))
    assert hall.appointments.get(aid).may_hand_on


@given(
    created=st.integers(min_value=0, max_value=20),
    days=st.integers(min_value=0, max_value=5),
    later=st.integers(min_value=0, max_value=30),
    expected=st.one_of(st.none(), st.integers(min_value=0, max_value=30)),
)
def test_away_rule_invariants(created: int, days: int, later: int, expected: int | None) -> None:
    """Escalatable exactly when the wait passed the limit or the return lies beyond it; the
    day it may be handed on is never before the wait began."""
    cal = WorkCalendar()
    since = datetime(2026, 11, 2, 9) + timedelta(days=created)
    now = since + timedelta(days=later)
    back = None if expected is None else since + timedelta(days=expected)
    wait = judge(1, since, Status.SICK, "病假", since, back, now, cal, days)
    limit = cal.add_working_days(since, days)
    beyond = back is not None and back.date() > limit
    assert wait.escalatable == (beyond or now.date() > limit)
    if wait.escalatable:
        assert wait.escalate_from is not None and wait.escalate_from >= since.date()
    else:
        assert wait.escalate_from is None
