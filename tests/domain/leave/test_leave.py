"""请销假: requests, approval against the A/B rule on planned dates, the board following it."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from desk.db.models import CoverageInterval, DesignatedCover, PostHandoverNote, WhereaboutsEntry
from desk.domain.common.codes import (
    HalfDay,
    LeaveCover,
    LeaveKind,
    LeaveState,
    Role,
    ServingRole,
    Status,
)
from desk.domain.common.errors import DomainError, PermissionDenied
from desk.domain.common.text import FieldError
from desk.domain.leave.service import DutyDayConflict, LeaveABConflict
from desk.domain.ledgers.rows import Month
from tests.domain.leave.leave_support import approved, draft

MON, TUE, WED, THU, FRI = (date(2026, 11, d) for d in (23, 24, 25, 26, 27))


def row_of(hall, staff_id: int):  # type: ignore[no-untyped-def]
    return next(r for r in hall.board.rows() if r.staff_id == staff_id)


def test_a_request_is_numbered_counted_in_half_days_and_waits_for_approval(small_hall) -> None:
    hall, zeng = small_hall.hall, small_hall.staff["曾小明"]
    rid = hall.leave.submit(
        draft(zeng, MON, TUE, start_part=HalfDay.AFTERNOON, end_part=HalfDay.MORNING)
    )
    v = hall.leave.get(rid)
    assert v.number == "请假〔2026〕第0001号"
    assert (v.starts_at, v.ends_at) == (datetime(2026, 11, 23, 13, 30), datetime(2026, 11, 24, 12))
    assert v.days == 1.0 and v.period_text == "11月23日下午至11月24日上午"
    assert v.state is LeaveState.PENDING and v.cover_text == "B岗单丽顶岗（已确认）"
    assert v.posts == "民政救助（A岗）、低保审核（B岗）"
    # A weekend is no working day; the second request gets the next number.
    other = hall.leave.submit(draft(small_hall.staff["仇红"], date(2026, 11, 21), MON))
    assert hall.leave.get(other).days == 1.0
    assert hall.leave.get(other).number.endswith("第0002号")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"reason": ""}, "reason"),
        ({"kind": LeaveKind.OTHER, "kind_text": ""}, "kind_text"),
        ({"handover_note": "", "no_handover_reason": ""}, "handover_note"),
        ({"cover": LeaveCover.SUBSTITUTE, "cover_id": None}, "cover"),
        ({"contact_phone": "12"}, "contact_phone"),
    ],
)
def test_bad_input_is_refused_at_its_field_and_nothing_is_saved(small_hall, changes, field) -> None:
    hall = small_hall.hall
    with pytest.raises(FieldError) as err:
        hall.leave.submit(draft(small_hall.staff["曾小明"], MON, TUE, **changes))
    assert err.value.field == field
    assert hall.leave.find() == []


def test_reversed_dates_and_an_own_overlap_are_refused(small_hall) -> None:
    hall, zeng = small_hall.hall, small_hall.staff["曾小明"]
    with pytest.raises(FieldError) as err:
        hall.leave.submit(draft(zeng, TUE, MON))
    assert err.value.field == "last_day"
    hall.leave.submit(draft(zeng, MON, TUE))
    with pytest.raises(FieldError, match="请假时间重叠"):
        hall.leave.submit(draft(zeng, TUE, WED))


def test_b_overlapping_a_approved_leave_next_week_is_refused_then_allowed_by_director(
    leaders,
) -> None:
    hall, sh_staff = leaders.hall, {p.name: p.id for p in leaders.hall.staff.staff()}
    zeng, shan = sh_staff["曾小明"], sh_staff["单丽"]  # 民政救助: A 曾小明, B 单丽
    approved(leaders, zeng, MON, WED)
    rid = hall.leave.submit(draft(shan, TUE, THU, handover_note="低保复核材料在柜中"))
    check = hall.leave.check(draft(shan, TUE, THU))
    assert [c.post for c in check.conflicts] == ["民政救助", "低保审核"]
    assert "11月23日上午至11月25日下午已批准请假" in check.conflicts[0].text
    leaders.sign_in("director")
    with pytest.raises(LeaveABConflict) as err:
        hall.leave.approve(rid)
    assert "A、B岗不能同时请假" in str(err.value) and "曾小明" in str(err.value)
    assert hall.leave.get(rid).state is LeaveState.PENDING
    # A clerk cannot override, a director can — with the reason kept on the request.
    leaders.sign_in("clerk")
    with pytest.raises(PermissionDenied):
        hall.leave.approve(rid, override_reason="主任同意")
    leaders.sign_in("director")
    hall.leave.approve(rid, override_reason="家中急事，主任同意，期间由周春英接待")
    v = hall.leave.get(rid)
    assert v.state is LeaveState.APPROVED and v.approver == "钱主任"
    assert v.override_reason == "家中急事，主任同意，期间由周春英接待"


def test_leave_not_overlapping_the_other_holders_is_approved_plainly(leaders) -> None:
    hall = leaders.hall
    ids = {p.name: p.id for p in hall.staff.staff()}
    approved(leaders, ids["曾小明"], MON, TUE)
    rid = approved(leaders, ids["单丽"], WED, THU)
    assert hall.leave.get(rid).state is LeaveState.APPROVED


def test_the_board_absence_of_the_other_holder_counts_as_planned(leaders) -> None:
    hall = leaders.hall
    ids = {p.name: p.id for p in hall.staff.staff()}
    # 单丽 is on the board as sick with no return: open-ended, so any leave of A clashes.
    leaders.sign_in("director")
    hall.board.set_status(ids["单丽"], Status.SICK, override_reason="")
    leaders.sign_in("clerk")
    check = hall.leave.check(draft(ids["曾小明"], FRI, FRI))
    assert [c.post for c in check.conflicts][:1] == ["民政救助"]
    assert "现病假，未登记返回时间" in check.conflicts[0].what


def test_a_post_without_b_makes_its_a_leave_a_conflict(leaders) -> None:
    hall = leaders.hall
    ids = {p.name: p.id for p in hall.staff.staff()}
    dept = hall.staff.departments()[1].id
    leaders.sign_in("director")
    hall.staff.add_post("残疾人服务", dept, window_no="7", a_id=ids["仇红"], b_id=None)
    leaders.sign_in("clerk")
    # No B to cover: the request must name a substitute.
    with pytest.raises(FieldError) as err:
        hall.leave.submit(draft(ids["仇红"], MON, MON, cover=LeaveCover.B, handover_note=""))
    assert err.value.field in ("cover", "handover_note")
    rid = hall.leave.submit(
        draft(ids["仇红"], MON, MON, cover=LeaveCover.SUBSTITUTE, cover_id=ids["解东"])
    )
    check = hall.leave.check(draft(ids["仇红"], MON, MON))
    assert [c.text for c in check.conflicts] == ["残疾人服务：该岗位未设B岗，无人顶岗"]
    leaders.sign_in("director")
    with pytest.raises(LeaveABConflict, match="残疾人服务"):
        hall.leave.approve(rid)
    hall.leave.approve(rid, override_reason="解东熟悉残疾人服务业务")
    # The named substitute is 指定顶岗 for the post during the leave.
    with hall.db.read() as s:
        [cover] = s.scalars(select(DesignatedCover)).all()
    assert (cover.staff_id, cover.starts_at, cover.ends_at) == (
        ids["解东"],
        datetime(2026, 11, 23, 8, 30),
        datetime(2026, 11, 23, 17, 30),
    )


def test_duty_leader_cannot_take_leave_on_their_day_without_a_swap(leaders) -> None:
    hall = leaders.hall
    ids = {p.name: p.id for p in hall.staff.staff()}
    leaders.sign_in("director")
    hall.duty.set_leader(TUE, ids["解东"])
    hall.duty.set_leader(THU, ids["周春英"])
    leaders.sign_in("clerk")
    rid = hall.leave.submit(draft(ids["解东"], MON, WED))
    assert hall.leave.check(draft(ids["解东"], MON, WED)).duty_days == (TUE,)
    leaders.sign_in("director")
    with pytest.raises(DutyDayConflict, match="11月24日的值班领导"):
        hall.leave.approve(rid)
    hall.duty.swap(
        TUE, ids["周春英"], reason="解东休假", handover="今日无遗留事项", reported=True,
        return_day=THU,
    )  # fmt: skip
    hall.leave.approve(rid)
    assert hall.leave.get(rid).state is LeaveState.APPROVED
    assert hall.duty.leader(TUE) == (ids["周春英"], "周春英")
    assert hall.duty.leader(THU) == (ids["解东"], "解东")


def test_approved_leave_sets_and_ends_the_board_status_at_its_times(leaders, clock) -> None:
    hall = leaders.hall
    ids = {p.name: p.id for p in hall.staff.staff()}
    zeng, shan = ids["曾小明"], ids["单丽"]
    rid = approved(
        leaders, zeng, MON, TUE, kind=LeaveKind.SICK, reason="住院检查",
        contact_phone="13800000001",
    )  # fmt: skip
    assert hall.leave.apply_due() == 0  # nothing due yet: no write
    clock.set(datetime(2026, 11, 23, 8, 29))
    assert hall.run_due_steps() == 0 and row_of(hall, zeng).status is Status.IN_POST
    clock.set(datetime(2026, 11, 23, 9, 5))
    assert hall.run_due_steps() == 1
    row = row_of(hall, zeng)
    assert row.status is Status.SICK and row.place == "住院检查"
    assert row.expected_return == datetime(2026, 11, 24, 17, 30)
    assert row.since == datetime(2026, 11, 23, 8, 30)  # from the leave's start
    assert row.leave_request_id == rid and row.covering_text == "民政救助：单丽"
    assert hall.leave.apply_due() == 0  # idempotent
    with hall.db.read() as s:
        [note] = s.scalars(select(PostHandoverNote)).all()
        [iv] = s.scalars(select(CoverageInterval)).all()
    assert (note.to_id, note.text) == (shan, "待办：周三前回电陈先生")
    assert (iv.covering_id, iv.started_at) == (shan, datetime(2026, 11, 23, 8, 30))
    assert hall.leave.get(rid).state_label == "休假中"
    clock.set(datetime(2026, 11, 25, 8, 0))
    assert hall.run_due_steps() == 1
    assert row_of(hall, zeng).status is Status.IN_POST
    v = hall.leave.get(rid)
    assert v.state is LeaveState.CLOSED and v.closed_at == datetime(2026, 11, 24, 17, 30)
    assert v.close_note == "到期返岗"
    with hall.db.read() as s:
        [iv] = s.scalars(select(CoverageInterval)).all()
    assert iv.ended_at == datetime(2026, 11, 24, 17, 30)


def test_coming_back_early_on_the_board_records_xiaojia(leaders, clock) -> None:
    hall = leaders.hall
    zeng = next(p.id for p in hall.staff.staff() if p.name == "曾小明")
    rid = approved(leaders, zeng, MON, WED)
    clock.set(datetime(2026, 11, 23, 10, 0))
    hall.run_due_steps()
    clock.set(datetime(2026, 11, 24, 14, 0))
    hall.board.set_status(zeng, Status.IN_POST)
    v = hall.leave.get(rid)
    assert (v.state, v.closed_at, v.close_note) == (
        LeaveState.CLOSED, datetime(2026, 11, 24, 14, 0), "提前返岗",
    )  # fmt: skip
    clock.set(datetime(2026, 11, 26, 9, 0))
    assert hall.run_due_steps() == 0 and row_of(hall, zeng).status is Status.IN_POST


def test_approving_a_leave_that_has_begun_puts_it_on_the_board_at_once(leaders, clock) -> None:
    hall = leaders.hall
    qiu = next(p.id for p in hall.staff.staff() if p.name == "仇红")
    clock.set(datetime(2026, 11, 16, 10, 0))
    leaders.sign_in("clerk")
    rid = hall.leave.submit(
        draft(qiu, date(2026, 11, 16), date(2026, 11, 16), kind=LeaveKind.PERSONAL)
    )
    leaders.sign_in("director")
    hall.leave.approve(rid)
    row = row_of(hall, qiu)
    assert row.status is Status.PERSONAL and row.since == datetime(2026, 11, 16, 10, 0)


def test_a_leave_that_passed_while_no_desk_ran_is_written_as_it_happened(leaders, clock) -> None:
    hall = leaders.hall
    qiu = next(p.id for p in hall.staff.staff() if p.name == "仇红")
    rid = approved(leaders, qiu, MON, MON, kind=LeaveKind.TRAINING, reason="区医保局培训")
    clock.set(datetime(2026, 11, 24, 9, 0))
    hall.run_due_steps()
    history = hall.board.history(qiu)
    assert [(h.status, h.started_at, h.ended_at) for h in history[:2]] == [
        (Status.IN_POST, datetime(2026, 11, 23, 17, 30), None),
        (Status.TRAINING, datetime(2026, 11, 23, 8, 30), datetime(2026, 11, 23, 17, 30)),
    ]
    assert hall.leave.get(rid).state is LeaveState.CLOSED


def test_withdraw_reject_and_the_approver_setting(leaders) -> None:
    hall = leaders.hall
    ids = {p.name: p.id for p in hall.staff.staff()}
    rid = hall.leave.submit(draft(ids["仇红"], MON, MON))
    # The admin (周春英) is no 中心主任: refused under the default approver setting.
    leaders.sign_in("admin")
    with pytest.raises(PermissionDenied, match="中心主任"):
        hall.leave.approve(rid)
    # Per setting the day's 值班领导 approves: 周春英 is on duty today.
    hall.settings.set("leave.approver", "duty_leader")
    hall.duty.set_leader(date(2026, 11, 16), ids["周春英"])
    hall.leave.reject(rid, "当周人手不足，请改期")
    v = hall.leave.get(rid)
    assert (v.state, v.approver, v.decision_note) == (
        LeaveState.REJECTED, "周春英", "当周人手不足，请改期",
    )  # fmt: skip
    other = hall.leave.submit(draft(ids["仇红"], TUE, TUE))
    hall.leave.withdraw(other, "行程取消")
    assert hall.leave.get(other).state is LeaveState.WITHDRAWN
    with pytest.raises(DomainError):
        hall.leave.approve(other)
    mine = hall.leave.submit(draft(ids["周春英"], WED, WED))
    with pytest.raises(DomainError, match="本人"):
        hall.leave.approve(mine)


def test_an_absence_without_a_request_is_unrequested_until_a_leader_attaches_one(
    leaders, clock
) -> None:
    hall = leaders.hall
    qiu = next(p.id for p in hall.staff.staff() if p.name == "仇红")
    hall.board.set_status(qiu, Status.PERSONAL, place="家中有事")
    hall.board.set_status(
        next(p.id for p in hall.staff.staff() if p.name == "解东"), Status.MEETING
    )
    today = date(2026, 11, 16)
    [gap] = hall.leave.unrequested(today, today)  # a meeting needs no request
    assert (gap.staff, gap.status_label) == ("仇红", "事假")
    clock.set(datetime(2026, 11, 16, 11, 0))
    hall.board.set_status(qiu, Status.IN_POST)
    leaders.sign_in("clerk")
    with pytest.raises(PermissionDenied):
        hall.leave.attach(gap.entry_id, reason="孩子生病")
    leaders.sign_in("director")
    rid = hall.leave.attach(gap.entry_id, reason="孩子生病")
    v = hall.leave.get(rid)
    assert v.after_the_fact and v.state is LeaveState.CLOSED and v.kind is LeaveKind.PERSONAL
    assert (v.starts_at, v.closed_at) == (datetime(2026, 11, 16, 9), datetime(2026, 11, 16, 11))
    assert hall.leave.unrequested(today, today) == []
    with hall.db.read() as s:
        entry = s.get(WhereaboutsEntry, gap.entry_id)
        assert entry is not None and entry.leave_request_id == rid


def test_weekly_statistics_count_the_approved_days_within_the_week(leaders) -> None:
    hall = leaders.hall
    ids = {p.name: p.id for p in hall.staff.staff()}
    approved(leaders, ids["曾小明"], FRI, date(2026, 12, 1))  # Fri + Mon + Tue next week
    approved(leaders, ids["仇红"], MON, MON, start_part=HalfDay.AFTERNOON, kind=LeaveKind.SICK)
    hall.leave.submit(draft(ids["解东"], WED, WED))  # pending: not counted, but noted
    week = hall.leave.week(WED)
    assert (week.monday, week.sunday) == (MON, date(2026, 11, 29))
    assert [(line.request.staff, line.days) for line in week.lines] == [
        ("仇红", 0.5),
        ("曾小明", 1.0),
    ]
    assert week.total_days == 1.5 and week.pending == 1
    assert [(p.staff, p.kinds) for p in week.people] == [
        ("曾小明", "公休/年休1天"),
        ("仇红", "病假半天"),
    ]
    assert hall.leave.week(date(2026, 11, 30)).lines[0].days == 2.0


def test_designated_substitute_serves_and_receives_routing(leaders, clock) -> None:
    hall = leaders.hall
    ids = {p.name: p.id for p in hall.staff.staff()}
    post = next(p.id for p in hall.staff.posts() if p.name == "民政救助")
    leaders.sign_in("director")
    hall.board.set_status(ids["曾小明"], Status.TRIP)
    hall.board.set_status(ids["单丽"], Status.SICK, override_reason="突发急病")
    hall.board.designate(
        post, ids["王前台"], datetime(2026, 11, 16, 9), datetime(2026, 11, 18, 17, 30),
        "王前台曾在民政救助窗口工作",
    )  # fmt: skip
    assert hall.board.serving(post)[0].role is ServingRole.DESIGNATED
    view = hall.intakes.route(post_id=post)
    assert view.decision.recipient_id == ids["王前台"]
    assert view.decision.recipient_role is ServingRole.DESIGNATED
    assert not view.decision.handover_required
    assert row_of(hall, ids["曾小明"]).covering_text == "民政救助：王前台（指定顶岗）"
    assert any(p.role == "指定顶岗" for p in row_of(hall, ids["王前台"]).posts)
    [line] = [x for x in hall.ledgers.coverage(Month(2026, 11)) if x.covering == "王前台"]
    assert line.kind_label == "指定顶岗" and line.ended_at is None
    # The stretch ends by the clock: the due step closes it and routing goes to the head.
    clock.set(datetime(2026, 11, 18, 17, 31))
    hall.run_due_steps()
    assert hall.board.serving(post)[0].role is ServingRole.HEAD
    with hall.db.read() as s:
        kinds = [
            (iv.kind, iv.covering_id, iv.ended_at is None)
            for iv in s.scalars(select(CoverageInterval).where(CoverageInterval.post_id == post))
        ]
    assert ("designated", ids["王前台"], False) in kinds and kinds[-1] == ("none", None, True)


def test_a_clerk_cannot_designate(small_hall) -> None:
    hall = small_hall.hall
    hall.operators.add(small_hall.staff["钱主任"], Role.DIRECTOR, pin="2468")
    post = small_hall.post["救助"]
    with pytest.raises(PermissionDenied):
        hall.board.designate(
            post, small_hall.staff["王前台"], datetime(2026, 11, 16, 9),
            datetime.combine(date(2026, 11, 17), time(17, 30)), "临时",
        )  # fmt: skip


def test_an_absence_set_by_hand_when_the_leave_begins_becomes_that_leave(leaders, clock) -> None:
    hall = leaders.hall
    qiu = next(p.id for p in hall.staff.staff() if p.name == "仇红")
    rid = approved(leaders, qiu, MON, TUE, kind=LeaveKind.ANNUAL)
    clock.set(datetime(2026, 11, 23, 8, 40))
    hall.board.set_status(qiu, Status.LEAVE, place="年休")  # the clerk was quicker
    clock.set(datetime(2026, 11, 23, 8, 45))
    assert hall.run_due_steps() == 1
    [entry] = [h for h in hall.board.history(qiu) if h.ended_at is None]
    assert entry.status is Status.LEAVE and entry.expected_return == datetime(2026, 11, 24, 17, 30)
    assert row_of(hall, qiu).leave_request_id == rid
    assert hall.leave.unrequested(MON, MON) == []


def test_the_approver_setting_takes_only_its_two_values() -> None:
    from desk.domain.admin.settings import DEFAULTS
    from desk.domain.admin.settings_rules import check_settings

    assert check_settings({"leave.approver": "duty_leader"}, DEFAULTS) == {
        "leave.approver": "duty_leader"
    }
    with pytest.raises(FieldError, match="请假审批人只能选中心主任、值班领导"):
        check_settings({"leave.approver": "anyone"}, DEFAULTS)
    with pytest.raises(FieldError) as err:
        check_settings(
            {"workday.morning_end": "14:00", "workday.afternoon_start": "13:30"}, DEFAULTS
        )
    assert err.value.field == "workday.afternoon_start"
