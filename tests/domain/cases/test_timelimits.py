"""限时办结: promised dates in working days (weekends, 春节, 调休), extensions, late completion."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desk.domain.cases.views import CaseDraft, CaseFilter, ExtensionDraft, MaterialLine
from desk.domain.common.codes import CaseState, Channel, MatterKind, Outcome, ToldHow
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.intake.views import IntakeDraft


def intake(sh, outcome: Outcome = Outcome.HANDLED, name: str = "张三", item=None) -> int:  # type: ignore[no-untyped-def]
    """A visitor's intake at the 低保 post (A 单丽 in post)."""
    saved = sh.hall.intakes.save(
        IntakeDraft(
            channel=Channel.VISIT,
            visitor_name=name,
            visitor_phone="13812345678",
            matter="最低生活保障申请",
            outcome=outcome,
            post_id=sh.post["低保"],
            service_item_id=item,
            referred_to="县民政局" if outcome is Outcome.REFERRED else "",
            referred_phone="0571-88881234" if outcome is Outcome.REFERRED else "",
        )
    )
    return saved.intake_id


def open_case(sh, kind: MatterKind, days: int | None, **kw) -> int:  # type: ignore[no-untyped-def]
    return sh.hall.cases.open_case(CaseDraft(intake(sh), kind, days, **kw))


def test_promised_case_counts_working_days_over_a_weekend(small_hall, clock) -> None:
    clock.set(datetime(2026, 11, 20, 10, 0))  # Friday
    cases = small_hall.hall.cases
    cid = open_case(small_hall, MatterKind.PROMISED, 5)
    c = cases.get(cid)
    assert c.promised_date == date(2026, 11, 27)
    assert c.limit_text == "5个工作日"
    assert c.state is CaseState.ACCEPTED and not c.provisional
    assert c.handler == "单丽" and c.accepted_by == "王前台"
    assert c.days_left == 5
    assert c.number == "〔2026〕第0001号"


def test_spring_festival_and_makeup_saturdays(small_hall, clock) -> None:
    cases = small_hall.hall.cases
    # Thursday 12 Feb 2026, 3 working days: Fri 13, the make-up Saturday 14, then 春节
    # (15–23 Feb) is skipped: Tuesday 24 Feb.
    clock.set(datetime(2026, 2, 12, 9, 0))
    assert cases.preview(MatterKind.PROMISED, 3).promised_date == date(2026, 2, 24)
    # Thursday 26 Feb, 2 working days: Fri 27 and the make-up Saturday 28 Feb.
    clock.set(datetime(2026, 2, 26, 9, 0))
    assert cases.preview(MatterKind.PROMISED, 2).promised_date == date(2026, 2, 28)
    # An instant matter accepted during the holiday is due on the first working day after.
    clock.set(datetime(2026, 2, 17, 10, 0))
    assert cases.preview(MatterKind.INSTANT, None).promised_date == date(2026, 2, 24)
    # A 上报件 counts calendar days, holidays included.
    clock.set(datetime(2026, 2, 12, 9, 0))
    reported = cases.preview(MatterKind.REPORTED, 30)
    assert reported.promised_date == date(2026, 3, 14)
    assert reported.limit_text == "30日"


def test_limits_are_checked_per_kind(small_hall) -> None:
    cases = small_hall.hall.cases
    with pytest.raises(FieldError) as err:
        cases.preview(MatterKind.PROMISED, None)
    assert err.value.field == "limit_days" and "承诺件" in err.value.message
    with pytest.raises(FieldError, match="不能超过60日"):
        cases.preview(MatterKind.REPORTED, 61)
    assert cases.preview(MatterKind.REPORTED, 60).promised_date == date(2027, 1, 15)
    assert cases.preview(MatterKind.INSTANT, 9).limit_days == 0


def test_december_start_ending_in_2027_is_provisional(small_hall, clock) -> None:
    clock.set(datetime(2026, 12, 21, 9, 0))
    cases = small_hall.hall.cases
    preview = cases.preview(MatterKind.PROMISED, 10)
    assert preview.promised_date.year == 2027
    assert preview.provisional
    cid = open_case(small_hall, MatterKind.PROMISED, 10)
    assert cases.get(cid).provisional
    clock.set(datetime(2026, 12, 1, 9, 0))
    assert not cases.preview(MatterKind.PROMISED, 5).provisional


def test_defaults_come_from_the_catalogue_item(small_hall, leaders) -> None:
    hall = small_hall.hall
    leaders.sign_in("director")
    item = hall.catalogue.add_item(
        "最低生活保障申请", small_hall.dept["民政"], small_hall.post["低保"],
        MatterKind.PROMISED, 20,
    )  # fmt: skip
    leaders.sign_in("clerk")
    iid = intake(small_hall, item=item)
    d = hall.cases.defaults_for_intake(iid)
    assert (d.kind, d.limit_days, d.handler_id) == (
        MatterKind.PROMISED,
        20,
        small_hall.staff["单丽"],
    )


def test_refusals_outcome_and_duplicate(small_hall) -> None:
    cases = small_hall.hall.cases
    referred = intake(small_hall, Outcome.REFERRED)
    with pytest.raises(DomainError, match="不能受理"):
        cases.open_case(CaseDraft(referred, MatterKind.INSTANT))
    iid = intake(small_hall)
    first = cases.open_case(CaseDraft(iid, MatterKind.INSTANT))
    with pytest.raises(DomainError, match="不能重复受理"):
        cases.open_case(CaseDraft(iid, MatterKind.INSTANT))
    # A returned case can be accepted again (e.g. as 补办件 once the materials come).
    cases.return_case(first, "材料不全，已一次性告知")
    again = cases.open_case(CaseDraft(iid, MatterKind.SUPPLEMENT, 3))
    assert cases.for_intake(iid).id == again
    assert cases.get(again).number == "〔2026〕第0002号"


def test_materials_are_validated_and_corrected(small_hall) -> None:
    cases = small_hall.hall.cases
    with pytest.raises(FieldError) as err:
        open_case(small_hall, MatterKind.PROMISED, 5, materials=(MaterialLine("户口簿", 0),))
    assert err.value.field == "materials.0.pages"
    cid = open_case(
        small_hall, MatterKind.PROMISED, 5,
        materials=(MaterialLine("户口簿", 4, 1, "复印件"), MaterialLine(""),
                   MaterialLine("收入证明", 1, 2, "原件")),
        notes="请于到期日凭回执领取",
    )  # fmt: skip
    c = cases.get(cid)
    assert [m.name for m in c.materials] == ["户口簿", "收入证明"]
    assert c.total_pages == 6
    cases.update_receipt(cid, (MaterialLine("户口簿", 5, 1, "复印件"),), "改为电话通知领取")
    c = cases.get(cid)
    assert [(m.name, m.pages) for m in c.materials] == [("户口簿", 5)]
    assert c.notes == "改为电话通知领取"


def test_extension_needs_reason_approver_and_notice(small_hall, clock) -> None:
    cases = small_hall.hall.cases
    cid = open_case(small_hall, MatterKind.PROMISED, 5)  # Mon 16 Nov → Mon 23 Nov
    assert cases.get(cid).promised_date == date(2026, 11, 23)
    head = small_hall.staff["周春英"]
    ok = ExtensionDraft("需入户调查核实家庭收入", head, 10, True, ToldHow.PHONE)
    for bad, field in [
        (ExtensionDraft("", head, 10, True, ToldHow.PHONE), "reason"),
        (ExtensionDraft("调查", None, 10, True, ToldHow.PHONE), "approver"),
        (ExtensionDraft("调查", small_hall.staff["单丽"], 10, True, ToldHow.PHONE), "approver"),
        (ExtensionDraft("调查", head, 10, False, ToldHow.PHONE), "applicant_told"),
        (ExtensionDraft("调查", head, 10, True, None), "told_how"),
        (ExtensionDraft("调查", head, 0, True, ToldHow.PHONE), "extra_days"),
        (ExtensionDraft("调查", head, 31, True, ToldHow.PHONE), "extra_days"),
    ]:
        with pytest.raises(FieldError) as err:
            cases.extend(cid, bad)
        assert err.value.field == field, bad
    clock.set(datetime(2026, 11, 20, 15, 0))
    new = cases.extend(cid, ok)
    assert new.promised_date == date(2026, 12, 7)  # 23 Nov + 10 working days
    c = cases.get(cid)
    assert c.promised_date == date(2026, 12, 7) and c.original_date == date(2026, 11, 23)
    (ext,) = c.extensions
    assert (ext.approver, ext.told_how, ext.old_date) == (
        "周春英",
        ToldHow.PHONE,
        date(2026, 11, 23),
    )
    assert ext.told_at == datetime(2026, 11, 20, 15, 0) and ext.operator == "王前台"
    with pytest.raises(FieldError, match="还可延长20天"):
        cases.extend(cid, ExtensionDraft("再延", head, 21, True, ToldHow.SMS))


def test_progress_and_late_completion(small_hall, clock) -> None:
    cases = small_hall.hall.cases
    on_time = open_case(small_hall, MatterKind.PROMISED, 1)  # due Tue 17 Nov
    late = open_case(
        small_hall,
        MatterKind.PROMISED,
        1,
    )
    cases.start(on_time)
    assert cases.get(on_time).state is CaseState.IN_PROGRESS
    with pytest.raises(DomainError):
        cases.start(on_time)
    clock.set(datetime(2026, 11, 17, 17, 20))
    assert cases.get(late).due_today
    assert cases.complete(on_time, "已审批，通知领取") is False
    clock.set(datetime(2026, 11, 18, 9, 0))
    c = cases.get(late)
    assert c.overdue and c.days_left == -1 and c.state_label == "已受理（已超期）"
    assert [x.id for x in cases.due()] == [late]
    assert [x.id for x in cases.find(CaseFilter(overdue_only=True))] == [late]
    assert cases.complete(late) is True
    c = cases.get(late)
    assert c.late and c.state is CaseState.COMPLETED and c.state_label == "已办结（超期）"
    assert c.completed_at == datetime(2026, 11, 18, 9, 0)
    assert [x.id for x in cases.find(CaseFilter(late_only=True))] == [late]
    with pytest.raises(DomainError):
        cases.complete(late)
    with pytest.raises(FieldError):
        cases.return_case(on_time, "")


def test_list_filters_and_void(small_hall, clock) -> None:
    cases = small_hall.hall.cases
    a = open_case(small_hall, MatterKind.INSTANT, None)
    clock.set(datetime(2026, 11, 18, 9, 0))
    b = open_case(small_hall, MatterKind.JOINT, 7)
    assert [c.id for c in cases.find()] == [b, a]
    assert [c.id for c in cases.find(CaseFilter(date_to=date(2026, 11, 17)))] == [a]
    assert [c.id for c in cases.find(CaseFilter(kind=MatterKind.JOINT))] == [b]
    assert [c.id for c in cases.find(CaseFilter(post_id=small_hall.post["低保"]))] == [b, a]
    assert cases.find(CaseFilter(post_id=small_hall.post["医保"])) == []
    cases.void(a, "误登记")
    assert [c.id for c in cases.find()] == [b]
    assert cases.get(a).state_label == "已作废"


def test_board_badges_count_open_and_overdue_cases(small_hall, clock) -> None:
    hall = small_hall.hall
    open_case(small_hall, MatterKind.PROMISED, 1)
    done = open_case(small_hall, MatterKind.PROMISED, 5)
    hall.cases.complete(done)
    clock.set(datetime(2026, 11, 18, 9, 0))
    row = next(r for r in hall.board.rows() if r.staff_id == small_hall.staff["单丽"])
    assert row.badges == {"cases": 1, "cases_overdue": 1}
