"""去向牌: rows, status changes with the A/B rule, coverage records, history, handover notes."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from desk.db.models import CoverageInterval, PostHandoverNote, WhereaboutsEntry
from desk.domain.common.codes import ServingRole, Status
from desk.domain.common.errors import ABConflict, DomainError
from desk.domain.common.text import FieldError


def entries(hall, staff_id: int) -> list[WhereaboutsEntry]:
    with hall.db.read() as s:
        return list(
            s.scalars(
                select(WhereaboutsEntry)
                .where(WhereaboutsEntry.staff_id == staff_id)
                .order_by(WhereaboutsEntry.id)
            )
        )


def coverage(hall, post_id: int) -> list[CoverageInterval]:
    with hall.db.read() as s:
        return list(
            s.scalars(
                select(CoverageInterval)
                .where(CoverageInterval.post_id == post_id)
                .order_by(CoverageInterval.id)
            )
        )


def row_of(hall, staff_id: int):
    return next(r for r in hall.board.rows() if r.staff_id == staff_id)


def test_rows_list_every_active_person_by_department(small_hall) -> None:
    rows = small_hall.hall.board.rows()
    assert [r.name for r in rows] == [
        "周春英", "曾小明", "单丽", "钱主任", "解东", "仇红", "王前台",
    ]  # fmt: skip
    assert [r.department for r in rows][:4] == ["民政办"] * 4
    assert all(r.status is Status.IN_POST and r.status_label == "在岗" for r in rows)
    zeng = rows[1]
    assert [(p.post, p.role) for p in zeng.posts] == [("民政救助", "A"), ("低保审核", "B")]
    assert zeng.covering_text == ""


def test_status_change_is_a_history_row_with_operator_and_times(small_hall, clock) -> None:
    hall, zeng = small_hall.hall, small_hall.staff["曾小明"]
    back = datetime(2026, 11, 16, 11, 30)
    change = hall.board.set_status(
        zeng,
        Status.MEETING,
        place="区民政局",
        expected_return=back,
        contact_phone="138 0000 1111",
    )
    assert change.previous is Status.IN_POST and change.status is Status.MEETING
    assert not change.returned
    rows = entries(hall, zeng)
    assert len(rows) == 2
    first, current = rows
    assert first.ended_at == clock.now() and current.ended_at is None
    assert (current.status, current.place, current.contact_phone) == (
        "meeting", "区民政局", "13800001111",
    )  # fmt: skip
    assert current.expected_return == back
    assert current.operator_id == small_hall.operator_id
    row = row_of(hall, zeng)
    assert row.status_label == "外出开会" and row.place == "区民政局"
    assert row.covering_text == "民政救助：单丽"

    clock.advance(hours=2)
    change = hall.board.set_status(zeng, Status.IN_POST)
    assert change.returned
    assert entries(hall, zeng)[-1].expected_return is None


def test_other_needs_its_text_and_bad_input_saves_nothing(small_hall, clock) -> None:
    hall, zeng = small_hall.hall, small_hall.staff["曾小明"]
    with pytest.raises(FieldError) as err:
        hall.board.set_status(zeng, Status.OTHER)
    assert err.value.field == "status_text"
    with pytest.raises(FieldError) as err:
        hall.board.set_status(zeng, Status.TRIP, expected_return=clock.now() - timedelta(hours=1))
    assert err.value.field == "expected_return"
    with pytest.raises(FieldError) as err:
        hall.board.set_status(zeng, Status.TRIP, contact_phone="12")
    assert err.value.field == "contact_phone"
    assert len(entries(hall, zeng)) == 1
    hall.board.set_status(zeng, Status.OTHER, status_text="陪同检查")
    assert row_of(hall, zeng).status_label == "陪同检查"


def test_back_in_post_twice_adds_no_second_row(small_hall) -> None:
    hall, zeng = small_hall.hall, small_hall.staff["曾小明"]
    change = hall.board.set_status(zeng, Status.IN_POST)
    assert not change.returned
    assert len(entries(hall, zeng)) == 1


def test_a_then_b_absent_is_refused_and_nothing_changes(small_hall) -> None:
    hall, s = small_hall.hall, small_hall.staff
    hall.board.set_status(s["曾小明"], Status.LEAVE)
    with pytest.raises(ABConflict) as err:
        hall.board.set_status(s["单丽"], Status.MEETING)
    # 单丽 is B of 民政救助 (A 曾小明 out) and A of 低保审核 (B 曾小明 out).
    assert err.value.conflicts == [("民政救助", "曾小明"), ("低保审核", "曾小明")]
    assert "A、B岗不能同时离岗" in str(err.value)
    assert row_of(hall, s["单丽"]).status is Status.IN_POST
    assert hall.board.conflicts_if_absent(s["单丽"]) == err.value.conflicts


def test_override_with_reason_is_recorded(leaders) -> None:
    hall = leaders.hall
    zeng, shan = (hall.staff.staff()[1].id, hall.staff.staff()[2].id)
    hall.board.set_status(zeng, Status.LEAVE)
    leaders.sign_in("director")
    hall.board.set_status(shan, Status.MEETING, override_reason="区里紧急会议，主任同意")
    current = entries(hall, shan)[-1]
    assert current.status == "meeting"
    assert current.override_reason == "区里紧急会议，主任同意"
    assert current.operator_id == leaders.director
    row = row_of(hall, zeng)
    assert row.covering_text == "民政救助：无人顶岗"
    # Nobody of the post is in: the department head answers for it.
    assert [p.fallback for p in row.uncovered_posts] == ["部门负责人周春英"]


def test_coverage_interval_follows_a_and_b(leaders, clock) -> None:
    hall = leaders.hall
    staff = {p.name: p.id for p in hall.staff.staff()}
    post = next(p.id for p in hall.staff.posts() if p.name == "民政救助")
    hall.board.set_status(staff["曾小明"], Status.TRIP)
    [iv] = coverage(hall, post)
    assert (iv.absent_id, iv.covering_id, iv.kind) == (staff["曾小明"], staff["单丽"], "b")
    assert iv.started_at == clock.now() and iv.ended_at is None
    assert hall.board.serving(post)[0].role is ServingRole.B

    clock.advance(minutes=30)
    leaders.sign_in("director")
    hall.board.set_status(staff["单丽"], Status.SICK, override_reason="突发急病")
    first, second = coverage(hall, post)
    assert first.ended_at == clock.now()
    assert (second.covering_id, second.kind, second.ended_at) == (None, "none", None)
    serving, name = hall.board.serving(post)
    assert serving.role is ServingRole.HEAD and name == "周春英"

    clock.advance(hours=1)
    hall.board.set_status(staff["曾小明"], Status.IN_POST)
    intervals = coverage(hall, post)
    assert len(intervals) == 2 and all(iv.ended_at == clock.now() for iv in intervals[1:])
    assert hall.board.serving(post)[0].role is ServingRole.A


def test_overdue_return_is_flagged_then_confirmed(small_hall, clock) -> None:
    hall, zeng = small_hall.hall, small_hall.staff["曾小明"]
    hall.board.set_status(zeng, Status.FIELD, expected_return=datetime(2026, 11, 16, 10, 0))
    assert not row_of(hall, zeng).return_overdue
    clock.set(datetime(2026, 11, 16, 10, 1))
    assert row_of(hall, zeng).return_overdue
    hall.board.confirm_return_time(zeng, datetime(2026, 11, 16, 12, 0))
    row = row_of(hall, zeng)
    assert not row.return_overdue and row.expected_return == datetime(2026, 11, 16, 12, 0)
    with pytest.raises(FieldError):
        hall.board.confirm_return_time(zeng, datetime(2026, 11, 16, 9, 0))
    hall.board.set_status(zeng, Status.IN_POST)
    with pytest.raises(DomainError):
        hall.board.confirm_return_time(zeng, datetime(2026, 11, 16, 12, 0))


def test_where_was_answers_for_any_moment(small_hall, clock) -> None:
    hall, zeng = small_hall.hall, small_hall.staff["曾小明"]
    clock.set(datetime(2026, 11, 16, 10, 0))
    hall.board.set_status(zeng, Status.MEETING, place="区政府")
    clock.set(datetime(2026, 11, 16, 12, 0))
    hall.board.set_status(zeng, Status.IN_POST)
    clock.set(datetime(2026, 11, 17, 9, 0))
    hall.board.set_status(zeng, Status.TRIP, place="省厅")

    assert hall.board.where_was(zeng, datetime(2026, 11, 16, 8, 0)) is None  # before the records
    assert hall.board.where_was(zeng, datetime(2026, 11, 16, 9, 30)).status is Status.IN_POST
    at_meeting = hall.board.where_was(zeng, datetime(2026, 11, 16, 11, 59))
    assert (at_meeting.status, at_meeting.place) == (Status.MEETING, "区政府")
    assert hall.board.where_was(zeng, datetime(2026, 11, 16, 12, 0)).status is Status.IN_POST
    assert hall.board.where_was(zeng, datetime(2026, 12, 1)).place == "省厅"
    history = hall.board.history(zeng)
    assert [h.status for h in history] == [
        Status.TRIP, Status.IN_POST, Status.MEETING, Status.IN_POST,
    ]  # fmt: skip
    since = hall.board.history(zeng, since=datetime(2026, 11, 16, 12, 30))
    assert [h.status for h in since] == [Status.TRIP, Status.IN_POST]


def test_handover_note_reaches_b_and_is_marked_seen(small_hall, clock) -> None:
    hall, s = small_hall.hall, small_hall.staff
    assert hall.board.handover_targets(s["曾小明"]) == [("民政救助", "单丽")]
    hall.board.set_status(s["曾小明"], Status.LEAVE, handover_note="王大爷的材料在柜子里")
    notes = hall.board.handover_notes_for(s["单丽"])
    assert [(n.post, n.from_name, n.text) for n in notes] == [
        ("民政救助", "曾小明", "王大爷的材料在柜子里"),
    ]
    assert row_of(hall, s["单丽"]).badges == {"post_notes": 1}
    hall.board.mark_notes_seen([n.id for n in notes])
    assert hall.board.handover_notes_for(s["单丽"]) == []
    assert len(hall.board.handover_notes_for(s["单丽"], unseen_only=False)) == 1
    assert "post_notes" not in row_of(hall, s["单丽"]).badges


def test_handover_note_after_a_quick_change(small_hall) -> None:
    hall, s = small_hall.hall, small_hall.staff
    hall.board.set_status(s["仇红"], Status.MEETING)
    assert hall.board.add_handover_note(s["仇红"], "  下午回电李女士  ") == 1
    with hall.db.read() as db:
        note = db.scalars(select(PostHandoverNote)).one()
    assert (note.to_id, note.text, note.operator_id) == (
        s["王前台"], "下午回电李女士", small_hall.operator_id,
    )  # fmt: skip
    with pytest.raises(FieldError):
        hall.board.add_handover_note(s["仇红"], "   ")
    with pytest.raises(DomainError):
        hall.board.add_handover_note(s["周春英"], "她不是任何岗位的A岗")


def test_badge_providers_add_counts(small_hall) -> None:
    hall, s = small_hall.hall, small_hall.staff
    hall.board.add_badge("callbacks", lambda _s, _now: {s["解东"]: 2, s["仇红"]: 0})
    rows = {r.staff_id: r for r in hall.board.rows()}
    assert rows[s["解东"]].badges == {"callbacks": 2}
    assert rows[s["仇红"]].badges == {}  # zero counts are not shown


def test_deactivated_staff_leave_the_board_but_keep_history(small_hall, leaders) -> None:
    hall, s = small_hall.hall, small_hall.staff
    hall.board.set_status(s["王前台"], Status.MEETING)
    leaders.sign_in("admin")
    hall.staff.set_post_holders(small_hall.post["医保"], s["仇红"], s["解东"])
    hall.staff.deactivate_staff(s["王前台"])
    assert s["王前台"] not in {r.staff_id for r in hall.board.rows()}
    assert [h.status for h in hall.board.history(s["王前台"])] == [Status.MEETING, Status.IN_POST]


def test_amending_an_absence_keeps_one_history_row(small_hall, clock) -> None:
    hall, zeng = small_hall.hall, small_hall.staff["曾小明"]
    hall.board.set_status(zeng, Status.MEETING)
    clock.advance(minutes=5)
    hall.board.amend_absence(
        zeng, place="区政府三楼", expected_return=datetime(2026, 11, 16, 11, 0),
        contact_phone="13800001111",
    )  # fmt: skip
    rows = entries(hall, zeng)
    assert len(rows) == 2
    assert (rows[-1].place, rows[-1].expected_return, rows[-1].contact_phone) == (
        "区政府三楼", datetime(2026, 11, 16, 11, 0), "13800001111",
    )  # fmt: skip
    assert rows[-1].started_at == datetime(2026, 11, 16, 9, 0)  # the stretch is unchanged
    with pytest.raises(FieldError):
        hall.board.amend_absence(zeng, expected_return=datetime(2026, 11, 16, 8, 0))
    hall.board.set_status(zeng, Status.IN_POST)
    with pytest.raises(DomainError):
        hall.board.amend_absence(zeng, place="x")
