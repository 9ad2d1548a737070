"""Browsing the audit trail: per record, per operator, per day; leaders only; readable diffs."""

from __future__ import annotations

from datetime import date

import pytest

from desk.domain.common.codes import Status
from desk.domain.common.errors import PermissionDenied


def test_clerk_cannot_browse_the_trail(leaders) -> None:
    with pytest.raises(PermissionDenied, match="查看审计记录"):
        leaders.hall.audit.entries()


def test_history_of_one_record_with_chinese_labels(leaders, small_hall, clock) -> None:
    hall = leaders.hall
    person = small_hall.staff["解东"]
    hall.board.set_status(person, Status.TRIP, place="省厅")
    leaders.sign_in("director")
    clock.advance(days=1)
    hall.staff.update_staff(
        person,
        name="解东",
        department_id=small_hall.dept["社保"],
        title="副所长",
        phone="13800000000",
    )
    history = hall.audit.history("staff", person)
    assert [r.action_label for r in history] == ["新建", "修改"]
    change = history[-1]
    assert change.operator == "钱主任" and change.table_label == "工作人员"
    assert [(c.label, c.before, c.after) for c in change.changes] == [("职务", "所长", "副所长")]
    assert change.summary == "职务"
    assert history[0].operator == "（系统）"  # created while the hall was being set up


def test_filter_by_operator_and_day(leaders, small_hall, clock) -> None:
    hall = leaders.hall
    hall.board.set_status(small_hall.staff["仇红"], Status.MEETING)  # by the clerk, day 1
    clock.advance(days=2)
    leaders.sign_in("director")
    hall.staff.update_post(
        small_hall.post["医保"],
        name="医疗保险",
        department_id=small_hall.dept["社保"],
        window_no="7",
    )
    audit = hall.audit
    by_clerk = audit.entries(operator_id=leaders.clerk)
    assert {r.table_name for r in by_clerk if r.action in ("create", "update")} >= {"whereabouts"}
    assert all(r.operator_id == leaders.clerk for r in by_clerk)
    day3 = audit.entries(since=date(2026, 11, 18), until=date(2026, 11, 18))
    assert {r.table_name for r in day3} == {"posts", "operators"}  # the edit and the sign-in
    assert audit.entries(since=date(2026, 11, 19)) == []
    assert ("posts", "岗位") in audit.tables()


def test_pin_hashes_never_show(leaders) -> None:
    leaders.sign_in("admin")
    leaders.hall.operators.reset_pin(leaders.clerk, "8642")
    row = leaders.hall.audit.entries(table_name="operators", row_id=leaders.clerk)[0]
    assert [(c.label, c.before, c.after) for c in row.changes] == [("PIN（散列）", "", "已设置")]
