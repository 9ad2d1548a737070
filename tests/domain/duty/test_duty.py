"""领导值班: the roster by rule, swaps, today's leader in routing, the daily log and its signing."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desk.domain.common.codes import MatterScope, Role, ServingRole, Status
from desk.domain.common.errors import DomainError, PermissionDenied
from desk.domain.common.text import FieldError
from desk.domain.duty.views import DutyLogDraft, DutyRule

NOV = [date(2026, 11, d) for d in range(1, 31)]


def ids(hall) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {p.name: p.id for p in hall.staff.staff()}


def all_ok(**changes) -> DutyLogDraft:  # type: ignore[no-untyped-def]
    values = {f"{k}_ok": True for k in ("attendance", "badges", "manner", "environment", "safety")}
    values.update(changes)
    return DutyLogDraft(**values)  # type: ignore[arg-type]


def test_fill_by_last_digit_alternates_two_leaders_on_working_days_from_today(leaders) -> None:
    hall = leaders.hall
    p = ids(hall)
    leaders.sign_in("director")
    rule = DutyRule(
        "digit",
        {d: (p["周春英"],) for d in range(2, 10)}
        | {1: (p["解东"], p["钱主任"]), 0: (p["钱主任"],)},
    )
    hall.duty.save_rule(rule)
    assert hall.duty.rule() == rule
    filled = hall.duty.fill_month(2026, 11)
    days = {d.day: d for d in hall.duty.roster(NOV[0], NOV[-1])}
    # From Monday 16 November (today) on; weekends are left empty.
    assert days[date(2026, 11, 13)].leader == "" and days[date(2026, 11, 21)].leader == ""
    assert filled == 11
    assert days[date(2026, 11, 16)].leader == "周春英" and days[date(2026, 11, 16)].source == "rule"
    assert days[date(2026, 11, 20)].leader == "钱主任"  # 尾数为0
    # A hand-set day survives a refill.
    hall.duty.set_leader(date(2026, 11, 17), p["解东"], note="周春英外出")
    hall.duty.fill_month(2026, 11)
    assert hall.duty.leader(date(2026, 11, 17)) == (p["解东"], "解东")


def test_digit_one_turns_alternate_within_the_month(leaders, clock) -> None:
    hall = leaders.hall
    p = ids(hall)
    clock.set(datetime(2026, 12, 1, 8, 0))
    leaders.sign_in("director")
    rule = DutyRule("digit", {1: (p["解东"], p["钱主任"])})
    hall.duty.fill_month(2026, 12, rule)
    got = {d.day.day: d.leader for d in hall.duty.roster(date(2026, 12, 1), date(2026, 12, 31))}
    assert (got[1], got[11], got[21], got[31]) == ("解东", "钱主任", "解东", "钱主任")


def test_roster_changes_need_a_leader_and_the_rule(small_hall) -> None:
    hall = small_hall.hall
    hall.operators.add(small_hall.staff["钱主任"], Role.DIRECTOR, pin="2468")
    with pytest.raises(PermissionDenied):
        hall.duty.set_leader(date(2026, 11, 17), small_hall.staff["解东"])


def test_swap_needs_reason_handover_and_the_main_leader_told(leaders) -> None:
    hall = leaders.hall
    p = ids(hall)
    leaders.sign_in("director")
    day = date(2026, 11, 18)
    hall.duty.set_leader(day, p["解东"])
    with pytest.raises(FieldError) as err:
        hall.duty.swap(day, p["周春英"], reason="外出", handover="无", reported=False)
    assert err.value.field == "reported"
    with pytest.raises(FieldError) as err:
        hall.duty.swap(day, p["周春英"], reason="外出", handover="", reported=True)
    assert err.value.field == "handover"
    swap = hall.duty.swap(
        day, p["周春英"], reason="区里开会", handover="下午有投诉回访", reported=True
    )
    [view] = hall.duty.roster(day, day)
    assert (view.leader, view.source) == ("周春英", "swap")
    assert view.swap_text == "由解东调剂给周春英：区里开会"
    hall.duty.void_swap(swap, "会议取消")
    assert hall.duty.leader(day) == (p["解东"], "解东")
    assert hall.duty.swaps(day, day)[0].voided


def test_routing_asks_todays_duty_leader_by_name(leaders) -> None:
    hall = leaders.hall
    p = ids(hall)
    leaders.sign_in("director")
    hall.duty.set_leader(date(2026, 11, 16), p["解东"])
    leaders.sign_in("clerk")
    # No post and no department: 请示值班领导 names 解东.
    view = hall.intakes.route(scope=MatterScope.UNASSIGNED)
    assert view.decision.recipient_id == p["解东"]
    assert view.decision.recipient_role is ServingRole.DUTY_LEADER
    assert "请示值班领导解东" in view.decision.reason
    assert view.duty_leader is not None and view.duty_leader.name == "解东"


def test_a_b_absent_and_no_head_goes_to_the_duty_leader(leaders) -> None:
    hall = leaders.hall
    p = ids(hall)
    leaders.sign_in("director")
    dept = hall.staff.departments()[1]
    hall.staff.update_department(dept.id, name=dept.name, phone=dept.phone, head_id=None)
    hall.duty.set_leader(date(2026, 11, 16), p["周春英"])
    post = next(x.id for x in hall.staff.posts() if x.name == "医疗保险")
    hall.board.set_status(p["仇红"], Status.TRIP)
    hall.board.set_status(p["王前台"], Status.SICK, override_reason="急病")
    d = hall.intakes.route(post_id=post).decision
    assert (d.recipient_id, d.recipient_role) == (p["周春英"], ServingRole.DUTY_LEADER)
    assert d.handover_required and "请示值班领导周春英" in d.reason


def test_the_days_log_is_filled_signed_and_then_final(leaders, clock) -> None:
    hall = leaders.hall
    p = ids(hall)
    today = date(2026, 11, 16)
    leaders.sign_in("director")
    hall.duty.set_leader(today, p["钱主任"])
    hall.board.set_status(p["仇红"], Status.PERSONAL, place="家中有事")
    assert "未请假离岗1人：仇红（事假）" in hall.duty.attendance_text(today)
    with pytest.raises(FieldError):
        hall.duty.save_log(date(2026, 11, 17), all_ok())
    hall.duty.save_log(today, all_ok(badges_ok=None, manner_ok=False))
    with pytest.raises(FieldError) as err:
        hall.duty.sign_log(today)
    assert err.value.field == "badges_ok"
    hall.duty.save_log(today, all_ok(manner_ok=False, notes="上午秩序良好"))
    with pytest.raises(FieldError) as err:
        hall.duty.sign_log(today)
    assert err.value.field == "manner_note"
    hall.duty.save_log(today, all_ok(manner_ok=False, manner_note="3号窗口语气生硬，已提醒"))
    hall.duty.sign_log(today)
    log = hall.duty.log(today)
    assert log is not None and log.signed and log.signed_by == "钱主任" and log.leader == "钱主任"
    assert log.state_label == "已签字"
    with pytest.raises(DomainError, match="已签字"):
        hall.duty.save_log(today, all_ok())
    hall.duty.void_log(today, "误签")
    assert hall.duty.log(today) is None


def test_only_the_days_leader_or_a_director_signs(leaders) -> None:
    hall = leaders.hall
    p = ids(hall)
    today = date(2026, 11, 16)
    leaders.sign_in("admin")  # 周春英, not the day's leader and no 中心主任
    hall.duty.set_leader(today, p["解东"])
    hall.duty.save_log(today, all_ok())
    with pytest.raises(DomainError, match="值班领导"):
        hall.duty.sign_log(today)
    hall.duty.set_leader(today, p["周春英"])
    hall.duty.sign_log(today)
    assert hall.duty.log(today).signed_by == "周春英"  # type: ignore[union-attr]


def test_a_past_working_day_without_a_signed_log_is_on_the_directors_list(leaders, clock) -> None:
    hall = leaders.hall
    p = ids(hall)
    leaders.sign_in("director")
    for d in (16, 17, 18):
        hall.duty.set_leader(date(2026, 11, d), p["钱主任"])
    hall.duty.save_log(date(2026, 11, 16), all_ok())
    hall.duty.sign_log(date(2026, 11, 16))
    clock.set(datetime(2026, 11, 19, 9, 0))
    hall.duty.save_log(date(2026, 11, 18), all_ok())
    missing = hall.duty.missing_logs()
    assert [(m.day.day, m.state) for m in missing] == [(17, "未填写"), (18, "未签字")]
    texts = [i.text for i in hall.supervision.items() if i.kind == "log"]
    assert texts == [
        "11月17日（值班领导钱主任）值班记录未填写",
        "11月18日（值班领导钱主任）值班记录未签字",
    ]


def test_day_records_of_other_kinds_are_linked_to_the_log(leaders) -> None:
    from desk.domain.duty.views import DayRecord

    hall = leaders.hall
    today = date(2026, 11, 16)
    hall.duty.add_day_records(
        "complaint", lambda _s, day: [DayRecord("complaint", "投诉", 7, "态度生硬", "已反馈")]
        if day == today else [],
    )  # fmt: skip
    leaders.sign_in("director")
    hall.duty.save_log(today, all_ok())
    log = hall.duty.log(today)
    assert log is not None and [r.summary for r in log.records] == ["态度生硬"]
