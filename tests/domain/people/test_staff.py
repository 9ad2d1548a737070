"""Departments, staff and posts; the A/B roster and its 备案 rows; deactivation keeps history."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desk.db.models import AuditEntry, RosterChange
from desk.domain.common.codes import Status
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError


@pytest.fixture
def admin_hall(small_hall, leaders):
    """The small hall with its admin signed in (roster changes need a leader)."""
    leaders.sign_in("admin")
    return small_hall


def test_new_post_is_recorded_as_a_roster_change(admin_hall, clock) -> None:
    hall, s = admin_hall.hall, admin_hall.staff
    post = hall.staff.add_post(
        "残联", admin_hall.dept["民政"], window_no="5", a_id=s["单丽"], b_id=s["周春英"]
    )
    [change] = hall.staff.roster_changes(post)
    assert (change.post, change.old_a, change.new_a, change.old_b, change.new_b) == (
        "残联", "", "单丽", "", "周春英",
    )  # fmt: skip
    assert change.note == "新设岗位" and change.effective_date == clock.today()
    assert change.operator == "周春英"  # the admin of the leaders fixture


def test_holder_change_records_before_and_after(admin_hall, clock) -> None:
    hall, s, post = admin_hall.hall, admin_hall.staff, admin_hall.post["医保"]
    clock.advance(days=3)
    hall.staff.set_post_holders(
        post, s["王前台"], s["解东"], effective_date=date(2026, 11, 18), note="仇红调岗"
    )
    latest = hall.staff.roster_changes(post)[0]
    assert (latest.old_a, latest.new_a, latest.old_b, latest.new_b) == (
        "仇红", "王前台", "王前台", "解东",
    )  # fmt: skip
    assert latest.effective_date == date(2026, 11, 18)
    assert latest.recorded_at == clock.now()
    assert latest.note == "仇红调岗"
    view = next(p for p in hall.staff.posts() if p.id == post)
    assert (view.a_name, view.b_name) == ("王前台", "解东")
    with hall.db.read() as db:
        audited = db.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "posts", AuditEntry.action == "update"
            )
        ).all()
    assert audited and '"a_id"' in audited[-1].before_json


def test_unchanged_holders_add_no_roster_row(admin_hall) -> None:
    hall, s, post = admin_hall.hall, admin_hall.staff, admin_hall.post["医保"]
    before = len(hall.staff.roster_changes(post))
    hall.staff.set_post_holders(post, s["仇红"], s["王前台"])
    assert len(hall.staff.roster_changes(post)) == before


def test_roster_input_is_checked_before_any_write(admin_hall) -> None:
    hall, s, post = admin_hall.hall, admin_hall.staff, admin_hall.post["医保"]
    with hall.db.read() as db:
        count = len(db.scalars(select(RosterChange)).all())
    with pytest.raises(FieldError) as err:
        hall.staff.set_post_holders(post, s["仇红"], s["仇红"])
    assert err.value.field == "b"
    with pytest.raises(FieldError) as err:
        hall.staff.add_post("", admin_hall.dept["民政"])
    assert err.value.field == "name"
    with pytest.raises(FieldError) as err:
        hall.staff.add_staff("李四", admin_hall.dept["民政"], phone="123")
    assert err.value.field == "phone"
    with pytest.raises(FieldError) as err:
        hall.staff.add_department("民政办")
    assert "已存在" in err.value.message
    with hall.db.read() as db:
        assert len(db.scalars(select(RosterChange)).all()) == count


def test_deactivation_keeps_history_and_can_be_undone(admin_hall, clock) -> None:
    hall, s = admin_hall.hall, admin_hall.staff
    hall.board.set_status(s["钱主任"], Status.TRIP, place="省厅")
    with pytest.raises(DomainError, match="A/B岗"):
        hall.staff.deactivate_staff(s["王前台"])  # still B of 医疗保险
    hall.staff.deactivate_staff(s["钱主任"])
    assert s["钱主任"] not in {p.id for p in hall.staff.staff()}
    gone = hall.staff.get_staff(s["钱主任"])
    assert not gone.active
    assert [h.place for h in hall.board.history(s["钱主任"])] == ["省厅", ""]
    assert hall.board.where_was(s["钱主任"], clock.now()).place == "省厅"
    hall.staff.reactivate_staff(s["钱主任"])
    assert s["钱主任"] in {p.id for p in hall.staff.staff()}


def test_head_must_be_replaced_before_deactivation(admin_hall) -> None:
    hall, s = admin_hall.hall, admin_hall.staff
    with pytest.raises(DomainError, match="负责人"):
        hall.staff.deactivate_staff(s["解东"])


def test_department_closes_only_when_empty(admin_hall) -> None:
    hall = admin_hall.hall
    with pytest.raises(DomainError, match="在册人员"):
        hall.staff.set_department_active(admin_hall.dept["社保"], False)
    empty = hall.staff.add_department("城建办", phone="0571-88880003", location="二楼")
    hall.staff.set_department_active(empty, False)
    assert empty not in {d.id for d in hall.staff.departments()}
    assert empty in {d.id for d in hall.staff.departments(include_inactive=True)}
    with pytest.raises(FieldError):
        hall.staff.add_staff("李四", empty)  # no new staff in a closed department


def test_edits_are_stored(admin_hall) -> None:
    hall, s = admin_hall.hall, admin_hall.staff
    hall.staff.update_staff(
        s["单丽"],
        name="单丽",
        department_id=admin_hall.dept["社保"],
        title="副所长",
        phone="0571-88880009",
        duties="就业登记\n失业登记",
    )
    person = hall.staff.get_staff(s["单丽"])
    assert (person.department, person.title, person.phone, person.duties) == (
        "社会保障所", "副所长", "0571-88880009", "就业登记\n失业登记",
    )  # fmt: skip
    hall.staff.update_post(
        admin_hall.post["救助"], name="社会救助", department_id=admin_hall.dept["民政"],
        window_no="3A", duties="低保、特困",
    )  # fmt: skip
    post = next(p for p in hall.staff.posts() if p.id == admin_hall.post["救助"])
    assert (post.name, post.window_no, post.duties) == ("社会救助", "3A", "低保、特困")
