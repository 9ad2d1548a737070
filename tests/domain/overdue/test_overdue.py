"""逾期一览: handovers, callbacks and promised completions merged, most urgent first."""

from __future__ import annotations

from datetime import date, datetime

from desk.domain.appointments.service import AppointmentDraft
from desk.domain.cases.views import CaseDraft
from desk.domain.common.codes import Channel, MatterKind, Outcome
from desk.domain.intake.views import HandoverDraft, IntakeDraft
from desk.domain.overdue.service import KIND_CALLBACK, KIND_CASE, KIND_HANDOVER, OverdueRow
from tests.conftest import SmallHall
from tests.domain.intake.intake_support import both_absent


def make_all_three(sh: SmallHall) -> dict[str, int]:
    """On Monday 16 Nov 09:00: a handover to the head, a callback and two cases."""
    hall = sh.hall
    both_absent(sh)  # 民政救助 has nobody in: the handover goes to the head 周春英
    handover = hall.intakes.save(
        IntakeDraft(
            channel=Channel.PHONE,
            visitor_name="张建国",
            visitor_phone="13812345678",
            matter="临时救助申请",
            outcome=Outcome.HANDOVER,
            post_id=sh.post["救助"],
        ),
        HandoverDraft(sh.staff["周春英"], "张建国", "13812345678", matter="临时救助申请"),
    ).handover_id
    callback = hall.appointments.create(
        AppointmentDraft(
            handler_id=sh.staff["仇红"],
            visitor_name="李秀兰",
            visitor_phone="13900001111",
            matter="医保转移接续",
        )
    )

    def accepted(name: str, kind: MatterKind, days: int | None) -> int:
        iid = hall.intakes.save(
            IntakeDraft(
                channel=Channel.VISIT,
                visitor_name=name,
                visitor_phone="13700002222",
                matter="医保报销",
                outcome=Outcome.HANDLED,
                post_id=sh.post["医保"],
            )
        ).intake_id
        return hall.cases.open_case(CaseDraft(iid, kind, days))

    return {
        "handover": handover or 0,
        "callback": callback,
        "promised": accepted("王五", MatterKind.PROMISED, 1),  # due Tue 17
        "instant": accepted("赵六", MatterKind.INSTANT, None),  # due Mon 16
    }


def keys(rows: list[OverdueRow]) -> list[tuple[str, int, int]]:
    return [(r.kind, r.record_id, r.days_late) for r in rows]


def test_nothing_due_before_the_day(small_hall, clock) -> None:
    ids = make_all_three(small_hall)
    rows = small_hall.hall.overdue.items()
    # Monday: only the instant case is due (today); nothing is overdue yet.
    assert keys(rows) == [(KIND_CASE, ids["instant"], 0)]
    assert rows[0].urgency_text == "今日到期"


def test_all_three_kinds_sorted_by_urgency_and_filtered(small_hall, clock) -> None:
    ids = make_all_three(small_hall)
    clock.set(datetime(2026, 11, 18, 9, 0))  # Wednesday
    overdue = small_hall.hall.overdue
    rows = overdue.items()
    assert {r.kind for r in rows} == {KIND_HANDOVER, KIND_CALLBACK, KIND_CASE}
    assert rows[0].record_id == ids["instant"] and rows[0].days_late == 2
    assert sorted(keys(rows[1:])) == sorted(
        [
            (KIND_HANDOVER, ids["handover"], 1),
            (KIND_CALLBACK, ids["callback"], 1),
            (KIND_CASE, ids["promised"], 1),
        ]
    )
    assert all(r.due == date(2026, 11, 17) for r in rows[1:])
    handover = next(r for r in rows if r.kind == KIND_HANDOVER)
    assert (handover.staff, handover.post, handover.kind_label) == (
        "周春英",
        "民政救助",
        "转交待联系",
    )
    case = next(r for r in rows if r.record_id == ids["promised"] and r.kind == KIND_CASE)
    assert case.number.startswith("〔2026〕第") and case.urgency_text == "逾期1天"
    # Filters: by staff and by post (a callback belongs to its handler's posts).
    assert keys(overdue.items(staff_id=small_hall.staff["周春英"])) == [
        (KIND_HANDOVER, ids["handover"], 1)
    ]
    by_post = overdue.items(post_id=small_hall.post["医保"])
    assert {r.kind for r in by_post} == {KIND_CALLBACK, KIND_CASE}
    assert overdue.counts() == (4, 4)
    # Dealt with: the rows go.
    small_hall.hall.appointments.contact(ids["callback"], "已回电")
    small_hall.hall.cases.complete(ids["instant"])
    assert {r.kind for r in overdue.items()} == {KIND_HANDOVER, KIND_CASE}
