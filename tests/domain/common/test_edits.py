"""Two desks on one record: the second save is refused and shows what the first changed.

Both desks are real Hall objects on the same database (either engine); each form passes
back the version it was opened on (desk.domain.common.edits).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from desk.bootstrap import open_hall
from desk.domain.appointments.views import AppointmentDraft
from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import Channel, Outcome, Role, Status
from desk.domain.common.edits import EditConflict
from desk.domain.hall import Hall
from desk.domain.intake.views import IntakeDraft
from tests.conftest import START, SmallHall


@pytest.fixture
def other_desk(small_hall: SmallHall) -> Iterator[Hall]:
    """A second desk on the same store, with another clerk (仇红) signed in."""
    hall = small_hall.hall
    clerk = hall.operators.add(small_hall.staff["仇红"], Role.CLERK)
    other = open_hall(hall.db.url, clock=FixedClock(datetime(2026, 11, 16, 9, 30)))
    other.operators.sign_in(clerk)
    yield other
    other.db.dispose()


def _row(hall: Hall, staff_id: int):  # noqa: ANN202
    return next(r for r in hall.board.rows() if r.staff_id == staff_id)


def test_a_status_set_on_another_desk_is_not_overwritten(small_hall, other_desk) -> None:  # noqa: ANN001
    hall, person = small_hall.hall, small_hall.staff["解东"]
    mine = _row(hall, person)  # this desk's board shows 解东 in post
    other_desk.board.set_status(
        person, Status.MEETING, place="区里开会", seen=_row(other_desk, person).seen
    )

    with pytest.raises(EditConflict) as err:
        hall.board.set_status(person, Status.SICK, seen=mine.seen)
    message = str(err.value)
    assert "仇红" in message and "外出开会" in message and "区里开会" in message
    assert "没有保存" in message
    assert _row(hall, person).status is Status.MEETING  # the other desk's change stands
    # Opened again (the board refreshed), the same save goes through.
    hall.board.set_status(person, Status.SICK, seen=_row(hall, person).seen)
    assert _row(hall, person).status is Status.SICK


def test_an_amended_absence_lists_the_fields_the_other_desk_changed(
    small_hall,
    other_desk,  # noqa: ANN001
) -> None:
    hall, person = small_hall.hall, small_hall.staff["解东"]
    hall.board.set_status(person, Status.MEETING, place="区里开会")
    mine = _row(hall, person)
    other_desk.board.amend_absence(person, place="市里开会", seen=_row(other_desk, person).seen)
    with pytest.raises(EditConflict) as err:
        hall.board.amend_absence(person, place="省里开会", seen=mine.seen)
    assert "区里开会 → 市里开会" in str(err.value) and "仇红" in str(err.value)
    assert _row(hall, person).place == "市里开会"


def test_an_intake_corrected_on_another_desk(small_hall, other_desk) -> None:  # noqa: ANN001
    hall = small_hall.hall
    saved = hall.intakes.save(
        IntakeDraft(
            channel=Channel.VISIT, visitor_name="张建国", matter="低保申请",
            outcome=Outcome.HANDLED, result="已办", post_id=small_hall.post["救助"],
        )
    )  # fmt: skip
    opened = hall.intakes.get(saved.intake_id)
    theirs = other_desk.intakes.get(saved.intake_id)
    other_desk.intakes.correct(
        saved.intake_id, {"visitor_phone": "13800001111"}, "补录电话", theirs.row_version
    )
    with pytest.raises(EditConflict, match="13800001111"):
        hall.intakes.correct(
            saved.intake_id, {"visitor_name": "张建军"}, "姓名写错", opened.row_version
        )
    assert hall.intakes.get(saved.intake_id).visitor_name == "张建国"
    # Without a version (not from a form) the correction is made.
    assert hall.intakes.correct(saved.intake_id, {"visitor_name": "张建军"}, "姓名写错") == 1


def test_an_appointment_edited_on_another_desk(small_hall, other_desk) -> None:  # noqa: ANN001
    hall = small_hall.hall
    draft = AppointmentDraft(
        handler_id=small_hall.staff["曾小明"], visitor_name="李梅", visitor_phone="13900002222",
        matter="咨询医保",
    )  # fmt: skip
    entry = hall.appointments.get(hall.appointments.create(draft))
    theirs = other_desk.appointments.get(entry.id)
    from dataclasses import replace

    other_desk.appointments.update(
        entry.id, replace(draft, matter="咨询医保报销"), theirs.row_version
    )
    with pytest.raises(EditConflict, match="咨询医保报销"):
        hall.appointments.update(entry.id, replace(draft, visitor_name="李玫"), entry.row_version)
    assert hall.appointments.get(entry.id).visitor_name == "李梅"


def test_staff_details_edited_by_two_directors(leaders, small_hall) -> None:  # noqa: ANN001
    hall = leaders.hall
    leaders.sign_in("director")
    person = hall.staff.get_staff(small_hall.staff["单丽"])
    other = open_hall(hall.db.url, clock=FixedClock(START))
    try:
        other.operators.sign_in(leaders.admin, leaders.admin_pin)
        other.staff.update_staff(
            person.id, name="单丽", department_id=person.department_id, title="副主任",
            expected_version=other.staff.get_staff(person.id).row_version,
        )  # fmt: skip
    finally:
        other.db.dispose()
    with pytest.raises(EditConflict, match="副主任"):
        hall.staff.update_staff(
            person.id, name="单丽", department_id=person.department_id, phone="13700000000",
            expected_version=person.row_version,
        )  # fmt: skip


def test_a_catalogue_item_saved_on_another_desk_is_not_overwritten(leaders, small_hall) -> None:  # noqa: ANN001
    from dataclasses import replace

    from desk.domain.common.codes import MatterKind

    hall = leaders.hall
    leaders.sign_in("director")
    item = hall.catalogue.add_item(
        "低保申请", small_hall.dept["民政"], small_hall.post["低保"], MatterKind.PROMISED, 20
    )
    mine = hall.catalogue.detail(item)
    other = open_hall(hall.db.url, clock=FixedClock(datetime(2026, 11, 16, 10, 15)))
    try:
        other.operators.sign_in(leaders.admin, leaders.admin_pin)
        theirs = other.catalogue.detail(item)
        other.catalogue.save_content(
            replace(theirs.content, promised_days=15), item, "时限缩短", based_on=theirs.version
        )
    finally:
        other.db.dispose()
    with pytest.raises(EditConflict) as err:
        hall.catalogue.save_content(
            replace(mine.content, aliases="低保"), item, "加别名", based_on=mine.version
        )
    assert "周春英" in str(err.value) and f"第{mine.version + 1}版" in str(err.value)
    assert "时限缩短" in str(err.value)
    assert hall.catalogue.detail(item).content.promised_days == 15


def test_a_handover_contact_recorded_on_another_desk_is_not_replaced(
    small_hall,
    other_desk,  # noqa: ANN001
) -> None:
    from desk.domain.intake.views import HandoverDraft

    hall = small_hall.hall
    saved = hall.intakes.save(
        IntakeDraft(
            channel=Channel.VISIT, visitor_name="张建国", visitor_phone="13800001234",
            matter="低保申请", outcome=Outcome.HANDOVER, post_id=small_hall.post["救助"],
        ),
        HandoverDraft(small_hall.staff["曾小明"], "张建国", "13800001234", "", "低保申请"),
    )  # fmt: skip
    mine = hall.handovers.get(saved.handover_id)
    theirs = other_desk.handovers.get(saved.handover_id)
    at = START
    other_desk.handovers.contact(
        saved.handover_id, at, "已电话联系，约周三来办", theirs.row_version
    )
    with pytest.raises(EditConflict, match="约周三来办"):
        hall.handovers.contact(saved.handover_id, at, "未接通", mine.row_version)
    assert hall.handovers.get(saved.handover_id).contact_result == "已电话联系，约周三来办"


def test_a_leader_opinion_written_on_another_desk_is_not_replaced(leaders, small_hall) -> None:  # noqa: ANN001
    from desk.domain.notices.refusals import RefusalRequest

    hall = leaders.hall
    filed = hall.refusals.file(
        RefusalRequest(applicant_name="李梅", reason="不属于本中心受理范围", matter="户口迁移")
    )
    other = open_hall(hall.db.url, clock=FixedClock(datetime(2026, 11, 16, 9, 40)))
    try:
        other.operators.sign_in(leaders.director, leaders.director_pin)
        theirs = other.refusals.get(filed.id)
        other.refusals.record_leader_opinion(
            filed.id,
            small_hall.staff["钱主任"],
            "同意不予受理",
            expected_version=theirs.row_version,
        )
    finally:
        other.db.dispose()
    leaders.sign_in("director")
    with pytest.raises(EditConflict, match="同意不予受理"):
        hall.refusals.record_leader_opinion(
            filed.id, small_hall.staff["钱主任"], "请补充依据", expected_version=filed.row_version
        )
