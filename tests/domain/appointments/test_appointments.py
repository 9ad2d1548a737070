"""The appointment book: validation, double bookings, warnings, callback deadlines, badges."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from desk.domain.appointments.service import AppointmentDraft, AppointmentFilter
from desk.domain.common.codes import (
    AppointmentSource,
    AppointmentState,
    Channel,
    MatterKind,
    Status,
)
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.intake.views import IntakeDraft


def draft(handler: int, **kw) -> AppointmentDraft:  # type: ignore[no-untyped-def]
    values = dict(
        handler_id=handler,
        visitor_name="张三",
        visitor_phone="13812345678",
        matter="低保申请咨询",
        message="请回电说明需要哪些材料",
    )
    values.update(kw)
    return AppointmentDraft(**values)  # type: ignore[arg-type]


def badges(hall, staff_id: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    row = next(r for r in hall.board.rows() if r.staff_id == staff_id)
    return row.badges


def test_create_validates_fields_before_saving(small_hall) -> None:
    book = small_hall.hall.appointments
    a = small_hall.staff["曾小明"]
    with pytest.raises(FieldError) as err:
        book.create(draft(a, visitor_name="  "))
    assert err.value.field == "visitor_name"
    with pytest.raises(FieldError) as err:
        book.create(draft(a, visitor_phone="138123"))
    assert err.value.field == "visitor_phone" and "手机号码" in err.value.message
    with pytest.raises(FieldError) as err:
        book.create(draft(None))
    assert err.value.field == "handler"
    with pytest.raises(FieldError) as err:
        book.create(draft(a, matter=""))
    assert err.value.field == "matter"
    with pytest.raises(FieldError) as err:
        book.create(draft(a, booked_date=date(2026, 11, 17), slot_start=time(9, 0)))
    assert err.value.field == "slot"
    with pytest.raises(FieldError) as err:
        book.create(draft(a, booked_date=date(2026, 11, 17), slot_start=time(10), slot_end=time(9)))
    assert "结束时间" in err.value.message
    assert book.find() == []


def test_text_is_cleaned_and_creator_recorded(small_hall) -> None:
    book = small_hall.hall.appointments
    aid = book.create(
        draft(
            small_hall.staff["曾小明"],
            visitor_name="\u202e张三\u200b ",
            visitor_phone="138 1234 5678",
        )
    )
    v = book.get(aid)
    assert v.visitor_name == "张三"
    assert v.visitor_phone == "13812345678"
    assert v.created_by == "王前台"
    assert v.source is AppointmentSource.MESSAGE
    assert v.state is AppointmentState.PENDING


def test_callback_due_for_handler_in_post_counts_working_days(small_hall, clock) -> None:
    # Friday 16:00 → one working day → Monday.
    clock.set(datetime(2026, 11, 20, 16, 0))
    book = small_hall.hall.appointments
    aid = book.create(draft(small_hall.staff["曾小明"]))
    v = book.get(aid)
    assert not v.handler_absent
    assert v.callback_from == datetime(2026, 11, 20, 16, 0)
    assert v.callback_due == date(2026, 11, 23)
    clock.set(datetime(2026, 11, 23, 17, 0))
    assert book.get(aid).due_today and not book.get(aid).overdue
    clock.set(datetime(2026, 11, 24, 8, 0))
    assert book.get(aid).overdue
    assert [x.id for x in book.find(AppointmentFilter(overdue_only=True))] == [aid]


def test_catalogue_item_overrides_the_callback_limit(small_hall, leaders) -> None:
    hall = small_hall.hall
    leaders.sign_in("director")
    item = hall.catalogue.add_item(
        "最低生活保障申请",
        small_hall.dept["民政"],
        small_hall.post["低保"],
        MatterKind.PROMISED,
        10,
        callback_days=3,
    )
    aid = hall.appointments.create(draft(small_hall.staff["单丽"], matter="", service_item_id=item))
    v = hall.appointments.get(aid)
    assert v.matter == "最低生活保障申请"
    assert v.callback_days == 3
    assert v.callback_due == date(2026, 11, 19)  # Mon + 3 working days
    hall.settings.set("appointment.callback_days", 2)
    leaders.sign_in("clerk")
    other = hall.appointments.create(draft(small_hall.staff["单丽"]))
    assert hall.appointments.get(other).callback_due == date(2026, 11, 18)


def test_absent_handler_limit_starts_at_return(small_hall, clock) -> None:
    hall = small_hall.hall
    a = small_hall.staff["曾小明"]
    hall.board.set_status(a, Status.TRIP, place="省厅", expected_return=datetime(2026, 11, 20, 17))
    aid = hall.appointments.create(draft(a))
    v = hall.appointments.get(aid)
    assert v.handler_absent and v.waiting_for_return
    assert v.callback_due is None and not v.overdue
    assert badges(hall, a)["callbacks"] == 1
    clock.set(datetime(2026, 11, 20, 15, 30))  # back Friday afternoon
    hall.board.set_status(a, Status.IN_POST)
    v = hall.appointments.get(aid)
    assert v.callback_from == datetime(2026, 11, 20, 15, 30)
    assert v.callback_due == date(2026, 11, 23)  # over the weekend to Monday
    # A second absence after the return does not move the start.
    clock.set(datetime(2026, 11, 23, 9))
    hall.board.set_status(a, Status.MEETING, expected_return=datetime(2026, 11, 23, 12))
    assert hall.appointments.get(aid).callback_due == date(2026, 11, 23)
    assert [i.record_id for i in hall.waiting.for_staff(a) if i.kind == "appointment"] == [aid]


def test_callback_deadline_over_spring_festival_and_makeup_saturday(small_hall, clock) -> None:
    book = small_hall.hall.appointments
    # Friday 13 Feb 2026: the next working day is the make-up Saturday 14 Feb.
    clock.set(datetime(2026, 2, 13, 10, 0))
    first = book.create(draft(small_hall.staff["曾小明"]))
    assert book.get(first).callback_due == date(2026, 2, 14)
    # Saturday 14 Feb (working): one day over 春节 (15–23 Feb) lands on Tuesday 24 Feb.
    clock.set(datetime(2026, 2, 14, 11, 0))
    second = book.create(draft(small_hall.staff["曾小明"], visitor_phone="13900001111"))
    assert book.get(second).callback_due == date(2026, 2, 24)
    clock.set(datetime(2026, 2, 24, 16, 0))
    assert book.get(second).due_today
    assert book.get(first).overdue
    due = book.callbacks_due()
    assert [v.id for v in due] == [first, second]  # overdue first


def test_double_booking_is_refused_with_a_clear_message(small_hall) -> None:
    book = small_hall.hall.appointments
    a = small_hall.staff["曾小明"]
    slot = dict(booked_date=date(2026, 11, 17), slot_start=time(9, 0), slot_end=time(9, 30))
    first = book.create(draft(a, **slot))
    clash = draft(
        a,
        visitor_name="李四",
        visitor_phone="13900001111",
        booked_date=date(2026, 11, 17),
        slot_start=time(9, 10),
        slot_end=time(9, 30),
    )
    check = book.check(clash)
    assert not check.ok
    assert "同一时段不能重复预约" in check.conflicts[0] and "张三" in check.conflicts[0]
    with pytest.raises(FieldError) as err:
        book.create(clash)
    assert err.value.field == "slot"
    assert "曾小明" in err.value.message and "09:00–09:30" in err.value.message
    # Touching slots, another handler, or a cancelled booking do not clash.
    book.create(
        draft(a, booked_date=date(2026, 11, 17), slot_start=time(9, 30), slot_end=time(10, 0))
    )
    book.create(draft(small_hall.staff["单丽"], **slot))
    book.cancel(first, "来访人改约")
    assert book.check(clash).ok
    # Editing an entry does not clash with itself.
    moved = book.create(clash)
    book.update(moved, clash)
    assert len(book.booked(date(2026, 11, 17), date(2026, 11, 17))) == 3


def test_booking_warnings_absence_weekend_hours_past(small_hall, clock) -> None:
    hall = small_hall.hall
    a = small_hall.staff["曾小明"]
    hall.board.set_status(
        a, Status.MEETING, place="县政府", expected_return=datetime(2026, 11, 17, 10, 0)
    )
    during = hall.appointments.check(
        draft(a, booked_date=date(2026, 11, 17), slot_start=time(9), slot_end=time(9, 30))
    )
    assert during.ok
    assert any("外出开会（县政府）" in w and "11月17日 10:00" in w for w in during.warnings)
    after = hall.appointments.check(
        draft(a, booked_date=date(2026, 11, 17), slot_start=time(14), slot_end=time(14, 30))
    )
    assert after.warnings == ()
    weekend = hall.appointments.check(
        draft(a, booked_date=date(2026, 11, 21), slot_start=time(18), slot_end=time(18, 30))
    )
    assert any("不是工作日（周末）" in w for w in weekend.warnings)
    assert any("超出工作时间08:30–17:30" in w for w in weekend.warnings)
    past = hall.appointments.check(
        draft(a, booked_date=date(2026, 11, 16), slot_start=time(8, 30), slot_end=time(8, 45))
    )
    assert any("已过" in w for w in past.warnings)
    no_slot = hall.appointments.check(draft(a))
    assert any("回电时限自其返回在岗时起算" in w for w in no_slot.warnings)


def test_contact_complete_cancel_lifecycle(small_hall, clock) -> None:
    book = small_hall.hall.appointments
    a = small_hall.staff["曾小明"]
    aid = book.create(draft(a))
    with pytest.raises(FieldError):
        book.contact(aid, "  ")
    clock.advance(hours=2)
    book.contact(aid, "已电话告知需带户口簿、收入证明")
    v = book.get(aid)
    assert v.state is AppointmentState.CONTACTED
    assert v.contacted_at == datetime(2026, 11, 16, 11, 0)
    assert v.contacted_by == "王前台" and "户口簿" in v.contact_note
    assert not v.callback_late
    with pytest.raises(DomainError):
        book.contact(aid, "再次联系")
    book.complete(aid, "材料齐全，已受理")
    v = book.get(aid)
    assert v.state is AppointmentState.DONE and v.completed_at is not None
    with pytest.raises(DomainError):
        book.cancel(aid, "x")
    # Completed straight from 待联系: the result counts as the callback.
    other = book.create(draft(a, visitor_phone="13900001111"))
    book.complete(other, "当场电话答复")
    assert book.get(other).contacted_at == clock.now()
    third = book.create(draft(a, visitor_phone="13900002222"))
    with pytest.raises(FieldError):
        book.cancel(third, "")
    book.cancel(third, "来访人已到其他窗口办理")
    v = book.get(third)
    assert v.state is AppointmentState.CANCELLED and v.cancel_reason.startswith("来访人")
    book.void(third, "重复登记")
    assert book.get(third).voided
    assert third not in [x.id for x in book.find()]
    assert third in [x.id for x in book.find(AppointmentFilter(include_voided=True))]


def test_badge_counts_only_awaiting_callbacks(small_hall) -> None:
    hall = small_hall.hall
    a = small_hall.staff["曾小明"]
    assert "callbacks" not in badges(hall, a)
    first = hall.appointments.create(draft(a))
    hall.appointments.create(draft(a, visitor_phone="13900001111"))
    assert badges(hall, a)["callbacks"] == 2
    hall.appointments.contact(first, "已回电")
    assert badges(hall, a)["callbacks"] == 1


def test_list_filters_by_dates_handler_state_and_text(small_hall, clock) -> None:
    book = small_hall.hall.appointments
    a, b = small_hall.staff["曾小明"], small_hall.staff["单丽"]
    old = book.create(draft(a, visitor_name="赵六"))
    clock.set(datetime(2026, 11, 18, 9))
    new = book.create(draft(b, visitor_name="钱七", visitor_unit="城关村委会"))
    assert [v.id for v in book.find()] == [new, old]
    assert [v.id for v in book.find(AppointmentFilter(date_to=date(2026, 11, 16)))] == [old]
    assert [v.id for v in book.find(AppointmentFilter(date_from=date(2026, 11, 17)))] == [new]
    assert [v.id for v in book.find(AppointmentFilter(handler_id=a))] == [old]
    assert [v.id for v in book.find(AppointmentFilter(text="城关"))] == [new]
    book.contact(old, "已联系")
    contacted = AppointmentFilter(states=(AppointmentState.CONTACTED,))
    assert [v.id for v in book.find(contacted)] == [old]


def test_create_from_intake_prefills_and_refuses_twice(small_hall, leaders) -> None:
    hall = small_hall.hall
    a, b = small_hall.staff["曾小明"], small_hall.staff["单丽"]
    hall.board.set_status(a, Status.TRIP, expected_return=datetime(2026, 11, 19, 17))
    leaders.sign_in("director")
    hall.board.set_status(
        b, Status.SICK, expected_return=datetime(2026, 11, 19, 17), override_reason="急病"
    )
    leaders.sign_in("clerk")
    saved = hall.intakes.save(
        IntakeDraft(
            channel=Channel.VISIT,
            visitor_name="孙八",
            visitor_phone="13700001234",
            visitor_unit="东关社区",
            matter="临时救助申请",
            message="家中失火，想申请临时救助",
            outcome=hall.intakes.route(post_id=small_hall.post["救助"]).recommended,
            post_id=small_hall.post["救助"],
        ),
        no_handover_reason="来访人要求改为预约经办人",
    )
    draft_ = hall.appointments.draft_from_intake(saved.intake_id)
    assert draft_.handler_id == a and draft_.visitor_name == "孙八"
    assert draft_.source is AppointmentSource.INTAKE
    aid = hall.appointments.create_from_intake(saved.intake_id)
    v = hall.appointments.get(aid)
    assert (v.intake_id, v.matter, v.visitor_unit) == (saved.intake_id, "临时救助申请", "东关社区")
    assert v.handler_absent
    with pytest.raises(DomainError, match="不能重复转入"):
        hall.appointments.create_from_intake(saved.intake_id)


def test_overdue_and_today_badges(small_hall, clock) -> None:
    hall = small_hall.hall
    a, b = small_hall.staff["曾小明"], small_hall.staff["解东"]
    # b is in post: due Tue 17th. a is away: the limit starts at the return.
    hall.appointments.create(draft(b, booked_date=date(2026, 11, 18), slot_start=time(9),
                                   slot_end=time(9, 30)))  # fmt: skip
    hall.board.set_status(a, Status.MEETING, expected_return=datetime(2026, 11, 16, 11))
    hall.appointments.create(draft(a, visitor_phone="13900001111"))
    clock.set(datetime(2026, 11, 16, 11, 0))
    hall.board.set_status(a, Status.IN_POST)  # back Monday 11:00: due Tue 17th too
    clock.set(datetime(2026, 11, 18, 8, 0))
    assert badges(hall, a) == {"callbacks": 1, "callbacks_overdue": 1}
    assert badges(hall, b) == {"callbacks": 1, "callbacks_overdue": 1, "appointments_today": 1}
