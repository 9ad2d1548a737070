"""Handover lifecycle, the overdue rule with an injectable clock, board badges, waiting list."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import Channel, HandoverState, Outcome, Status
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.intake.views import HandoverDraft, IntakeDraft
from tests.conftest import SmallHall
from tests.domain.intake.intake_support import as_director, both_absent


def hand_over(sh: SmallHall, to: str = "周春英", name: str = "张建国") -> int:
    saved = sh.hall.intakes.save(
        IntakeDraft(
            channel=Channel.PHONE,
            visitor_name=name,
            visitor_phone="13812345678",
            matter="临时救助申请",
            outcome=Outcome.HANDOVER,
            post_id=sh.post["救助"],
        ),
        HandoverDraft(sh.staff[to], name, "13812345678", matter="临时救助申请", message="请回电"),
    )
    assert saved.handover_id is not None
    return saved.handover_id


def badges(sh: SmallHall, who: str) -> dict[str, int]:
    return {r.staff_id: r.badges for r in sh.hall.board.rows()}[sh.staff[who]]


def test_lifecycle_pending_contacted_closed(small_hall: SmallHall, clock: FixedClock) -> None:
    both_absent(small_hall)
    handovers = small_hall.hall.handovers
    head = small_hall.staff["周春英"]
    hid = hand_over(small_hall)
    assert [h.id for h in handovers.pending_for(head)] == [hid]
    assert badges(small_hall, "周春英") == {"handovers": 1}
    with pytest.raises(DomainError, match="请先登记"):
        handovers.close(hid)
    clock.advance(hours=2)
    with pytest.raises(FieldError) as exc:
        handovers.contact(hid, clock.now(), "  ")
    assert exc.value.field == "contact_result"
    with pytest.raises(FieldError) as exc:
        handovers.contact(hid, clock.now().replace(hour=23), "已回电")
    assert exc.value.field == "contacted_at"
    with pytest.raises(FieldError):
        handovers.contact(hid, datetime(2026, 11, 15, 9, 0), "已回电")
    at = clock.now().replace(minute=0)
    handovers.contact(hid, at, "已电话联系，约定明天上午来办")
    h = handovers.get(hid)
    assert (h.state, h.contacted_at, h.contacted_by) == (HandoverState.CONTACTED, at, "王前台")
    assert handovers.pending_for(head) == []
    assert [x.id for x in handovers.open_for(head)] == [hid]
    assert badges(small_hall, "周春英") == {}
    clock.advance(minutes=30)
    handovers.close(hid)
    h = handovers.get(hid)
    assert (
        h.state is HandoverState.CLOSED and h.closed_at == clock.now() and h.closed_by == "王前台"
    )
    assert handovers.open_for(head) == []
    with pytest.raises(DomainError):
        handovers.contact(hid, clock.now(), "再联系")
    with pytest.raises(DomainError):
        handovers.close(hid)


def test_overdue_across_a_weekend_counts_from_the_return(
    small_hall: SmallHall, clock: FixedClock
) -> None:
    hall = small_hall.hall
    clock.set(datetime(2026, 11, 20, 10, 0))  # Friday
    both_absent(small_hall)
    head = small_hall.staff["周春英"]
    as_director(
        small_hall, lambda: hall.board.set_status(head, Status.TRIP, override_reason="出差")
    )
    hid = hand_over(small_hall)
    h = hall.handovers.get(hid)
    assert (h.back_at, h.due, h.overdue) == (None, None, False)  # not back yet: no clock runs
    clock.set(datetime(2026, 11, 20, 16, 0))
    hall.board.set_status(head, Status.IN_POST)
    h = hall.handovers.get(hid)
    assert (h.back_at, h.due) == (datetime(2026, 11, 20, 16, 0), date(2026, 11, 23))
    for moment in (
        datetime(2026, 11, 21, 12),
        datetime(2026, 11, 22, 20),
        datetime(2026, 11, 23, 17, 59),
    ):
        clock.set(moment)
        assert not hall.handovers.get(hid).overdue, moment
        assert "handovers_overdue" not in badges(small_hall, "周春英")
    clock.set(datetime(2026, 11, 24, 0, 1))  # the end of Monday, the due day, has passed
    assert hall.handovers.get(hid).overdue
    assert badges(small_hall, "周春英") == {"handovers": 1, "handovers_overdue": 1}
    assert [h.id for h in hall.handovers.find(overdue_only=True)] == [hid]
    assert hall.handovers.counts() == (1, 1)
    # Going out again does not stop the clock that started when they came back.
    hall.board.set_status(head, Status.MEETING)
    assert hall.handovers.get(hid).overdue
    # Contacting the visitor (late) clears the flag.
    hall.handovers.contact(hid, clock.now(), "已联系")
    assert not hall.handovers.get(hid).overdue
    assert badges(small_hall, "周春英") == {}


def test_limit_setting_and_recipient_already_in(small_hall: SmallHall, clock: FixedClock) -> None:
    hall = small_hall.hall
    clock.set(datetime(2026, 11, 20, 10, 0))  # Friday; the head is in post
    both_absent(small_hall)
    as_director(small_hall, lambda: hall.settings.set("handover.limit_days", 2))
    hid = hand_over(small_hall)
    h = hall.handovers.get(hid)
    assert (h.back_at, h.due) == (datetime(2026, 11, 20, 10, 0), date(2026, 11, 24))
    clock.set(datetime(2026, 11, 24, 17, 0))
    assert not hall.handovers.get(hid).overdue
    clock.set(datetime(2026, 11, 25, 8, 0))
    assert hall.handovers.get(hid).overdue


def test_make_up_saturday_is_a_working_day(small_hall: SmallHall, clock: FixedClock) -> None:
    hall = small_hall.hall
    clock.set(datetime(2026, 10, 9, 15, 0))  # Friday before the 国庆 make-up Saturday
    both_absent(small_hall)
    hid = hand_over(small_hall)
    assert hall.handovers.get(hid).due == date(2026, 10, 10)
    clock.set(datetime(2026, 10, 11, 9, 0))  # Sunday: the make-up Saturday has passed
    assert hall.handovers.get(hid).overdue


def test_voided_intake_voids_handover_and_clears_badges(
    small_hall: SmallHall, clock: FixedClock
) -> None:
    both_absent(small_hall)
    hid = hand_over(small_hall)
    clock.advance(days=3)
    assert badges(small_hall, "周春英") == {"handovers": 1, "handovers_overdue": 1}
    intake_id = small_hall.hall.handovers.get(hid).intake_id
    small_hall.hall.intakes.void(intake_id, "重复登记")
    assert small_hall.hall.handovers.get(hid).state is HandoverState.VOIDED
    assert badges(small_hall, "周春英") == {}
    with pytest.raises(DomainError):
        small_hall.hall.handovers.contact(hid, clock.now(), "x")


def test_waiting_list_for_the_return_notice(small_hall: SmallHall, clock: FixedClock) -> None:
    both_absent(small_hall)
    first = hand_over(small_hall, name="张建国")
    clock.advance(minutes=10)
    second = hand_over(small_hall, name="李秀英")
    hand_over(small_hall, to="曾小明", name="王五")
    items = small_hall.hall.waiting.for_staff(small_hall.staff["周春英"])
    assert [(i.kind, i.kind_label, i.record_id) for i in items] == [
        ("handover", "转交", first),
        ("handover", "转交", second),
    ]
    assert items[0].summary == "张建国 13812345678：临时救助申请"
    assert items[0].due == date(2026, 11, 17) and not items[0].overdue
    small_hall.hall.handovers.mark_notified([first, second])
    clock.advance(days=2)
    items = small_hall.hall.waiting.for_staff(small_hall.staff["周春英"])
    assert all(i.overdue for i in items)
