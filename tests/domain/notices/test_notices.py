"""一次性告知 records: numbering, archive, reprint identity, 补正, 否定报备 and phone mode."""

from __future__ import annotations

from datetime import date

import pytest

from desk.domain.catalogue.service import ItemContent, MaterialSpec, RefusalReasonSpec
from desk.domain.common.codes import MaterialForm, MatterKind, NoticeKind
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.notices.refusals import RefusalRequest
from desk.domain.notices.service import NoticeRequest
from desk.printing.notice import render_notice, render_refusal_record


@pytest.fixture
def item(small_hall, leaders) -> int:  # type: ignore[no-untyped-def]
    leaders.sign_in("director")
    item_id = small_hall.hall.catalogue.add_item(
        content=ItemContent(
            name="临时救助申请",
            post_id=small_hall.post["救助"],
            kind=MatterKind.PROMISED,
            promised_days=10,
            legal_basis="《社会救助暂行办法》第四十七条",
            conditions="基本生活暂时出现严重困难",
            procedure="申请\n审核\n审批",
            consult_phone="0571-88880001",
            materials=tuple(
                MaterialSpec(n, MaterialForm.BOTH)
                for n in ("临时救助申请书", "身份证", "户口簿", "授权书", "医疗费用发票")
            ),
            refusal_reasons=(
                RefusalReasonSpec("困难已由保险解决", "《社会救助暂行办法》第四十七条"),
            ),
        )
    )
    small_hall.hall.settings.set("hall.name", "青石街道便民服务中心")
    leaders.sign_in("clerk")
    return item_id


def _had(hall, item_id: int, count: int) -> frozenset[int]:  # type: ignore[no-untyped-def]
    return frozenset(m.id for m in hall.catalogue.detail(item_id).content.materials[:count])


def test_printed_notice_is_archived_with_version_ticks_and_html(small_hall, item) -> None:
    hall = small_hall.hall
    req = NoticeRequest(NoticeKind.NOTICE, item, _had(hall, item, 2), "张三", "", "13812345678")
    notice = hall.notices.issue(req, render_notice)
    assert notice.number == "告知〔2026〕第0001号"
    assert notice.clerk_name == "王前台"
    assert notice.item_version == 1
    assert notice.visitor_phone == "13812345678"  # the archive keeps the full number
    assert [t.had for t in notice.ticks] == [True, True, False, False, False]
    assert notice.missing_count == 3
    assert "告知〔2026〕第0001号" in notice.html and "临时救助申请" in notice.html
    assert "138****5678" in notice.html and "13812345678" not in notice.html
    assert notice.html.count("☑") == 2 + 1  # two ticks plus the legend
    assert notice.print_count == 1
    second = hall.notices.issue(req, render_notice)
    assert second.number == "告知〔2026〕第0002号"
    assert [n.id for n in hall.notices.find()] == [second.id, notice.id]
    assert [n.id for n in hall.notices.find(query="张三")] == [second.id, notice.id]


def test_reprint_returns_the_archived_html_even_after_the_item_changed(
    small_hall, leaders, item, clock
) -> None:
    hall = small_hall.hall
    notice = hall.notices.issue(
        NoticeRequest(NoticeKind.NOTICE, item, frozenset(), "张三"), render_notice
    )
    leaders.sign_in("director")
    hall.catalogue.update_item(item, name="临时救助（新版）", change_note="更名")
    clock.advance(days=3)
    again = hall.notices.reprint(notice.id)
    assert again.html == notice.html
    assert "临时救助（新版）" not in again.html
    assert again.print_count == 2 and again.last_printed_at == clock.now()
    assert again.item_version == 1


def test_supplement_lists_exactly_the_missing_materials(small_hall, item) -> None:
    hall = small_hall.hall
    had = _had(hall, item, 3)
    notice = hall.notices.issue(
        NoticeRequest(NoticeKind.SUPPLEMENT, item, had, "张三"), render_notice
    )
    assert notice.number == "补正〔2026〕第0001号"
    assert "授权书" in notice.html and "医疗费用发票" in notice.html
    assert "临时救助申请书" not in notice.html.split("需补正的材料")[1]
    everything = frozenset(m.id for m in hall.catalogue.detail(item).content.materials)
    with pytest.raises(DomainError):
        hall.notices.issue(
            NoticeRequest(NoticeKind.SUPPLEMENT, item, everything, "张三"), render_notice
        )


def test_visitor_name_and_phone_are_checked_before_saving(small_hall, item) -> None:
    hall = small_hall.hall
    with pytest.raises(FieldError) as err:
        hall.notices.issue(NoticeRequest(NoticeKind.NOTICE, item, frozenset(), ""), render_notice)
    assert err.value.field == "visitor_name"
    with pytest.raises(FieldError) as err:
        hall.notices.issue(
            NoticeRequest(NoticeKind.NOTICE, item, frozenset(), "张三", "", "123"), render_notice
        )
    assert err.value.field == "visitor_phone"
    assert hall.notices.find() == []


def test_phone_mode_records_the_notice_without_paper(small_hall, item) -> None:
    hall = small_hall.hall
    notice = hall.notices.record_phone(item, visitor_name="李四", visitor_phone="0571-88886666")
    assert notice.kind is NoticeKind.PHONE and notice.number == "电告〔2026〕第0001号"
    assert notice.html == "" and not notice.printed
    assert "临时救助申请" in notice.spoken_text
    assert "材料共5项" in notice.spoken_text
    assert "10个工作日" in notice.spoken_text and "0571-88880001" in notice.spoken_text
    with pytest.raises(DomainError):
        hall.notices.reprint(notice.id)


def test_refusal_is_filed_and_its_notice_printed(small_hall, leaders, item, clock) -> None:
    hall = small_hall.hall
    reason = hall.catalogue.detail(item).content.refusal_reasons[0]
    refusal = hall.refusals.file(
        RefusalRequest(
            applicant_name="张三",
            applicant_phone="13812345678",
            item_id=item,
            reason=reason.reason,
            basis=reason.basis,
            handler_opinion="经审查不符合条件，建议不予受理。",
            returned_materials="申请书原件",
        )
    )
    assert refusal.number == "否定报备〔2026〕第0001号"
    assert refusal.matter == "临时救助申请"
    assert refusal.handler == "王前台"
    assert refusal.reported_on is None
    # Reported to a leader within 2 working days: Mon 16th → due Wed 18th.
    assert refusal.report_due == date(2026, 11, 18)
    assert not refusal.is_report_overdue(date(2026, 11, 18))
    assert refusal.is_report_overdue(date(2026, 11, 19))

    notice = hall.notices.issue(
        NoticeRequest(NoticeKind.REFUSAL, item, frozenset(), "张三", "", "13812345678"),
        render_notice,
        refusal=refusal,
    )
    assert notice.refusal_id == refusal.id
    assert "决定不予受理" in notice.html and "第四十七条" in notice.html
    assert "否定报备〔2026〕第0001号" in notice.html

    clock.advance(days=1)
    signed = hall.refusals.record_leader_opinion(
        refusal.id, small_hall.staff["钱主任"], "同意不予受理。"
    )
    assert signed.leader == "钱主任" and signed.reported_on == date(2026, 11, 17)
    assert signed.leader_at == clock.now()
    record_html = render_refusal_record(signed, "青石街道便民服务中心")
    assert "13812345678" in record_html and "同意不予受理" in record_html
    assert [r.id for r in hall.refusals.find()] == [refusal.id]


def test_refusal_needs_a_name_and_a_reason(small_hall, item) -> None:
    hall = small_hall.hall
    with pytest.raises(FieldError) as err:
        hall.refusals.file(RefusalRequest(applicant_name="张三", reason=" ", item_id=item))
    assert err.value.field == "reason"
    with pytest.raises(FieldError) as err:
        hall.refusals.file(RefusalRequest(applicant_name="", reason="不符合", item_id=item))
    assert err.value.field == "applicant_name"
    with pytest.raises(FieldError) as err:
        hall.refusals.file(RefusalRequest(applicant_name="张三", reason="不符合", matter=""))
    assert err.value.field == "matter"
    with pytest.raises(DomainError):
        hall.notices.issue(
            NoticeRequest(NoticeKind.REFUSAL, item, frozenset(), "张三"), render_notice
        )
    assert hall.refusals.find() == [] and hall.notices.find() == []
