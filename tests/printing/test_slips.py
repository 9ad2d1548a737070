"""收件回执 and 办事监督卡 print to PDF with the applicant, the matter and the due date."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desk.domain.cases.views import CaseDraft, ExtensionDraft, MaterialLine
from desk.domain.common.codes import Channel, MatterKind, Outcome, ToldHow
from desk.domain.intake.views import IntakeDraft
from desk.printing.slips import preview_receipt, preview_supervision_card, receipt_html
from tests.conftest import SmallHall
from tests.domain.intake.intake_support import as_director


def accepted_case(sh: SmallHall, **kw) -> int:  # type: ignore[no-untyped-def]
    hall = sh.hall
    as_director(sh, lambda: hall.settings.set_many(
        {"hall.name": "城关街道便民服务中心", "hall.phone": "0571-87654300",
         "hall.complaint_phone": "0571-87654399"}
    ))  # fmt: skip
    intake = hall.intakes.save(
        IntakeDraft(
            channel=Channel.VISIT,
            visitor_name="欧阳秀英",
            visitor_unit="东关社区",
            visitor_phone="13812345678",
            matter="最低生活保障申请",
            outcome=Outcome.HANDLED,
            post_id=sh.post["低保"],
        )
    ).intake_id
    draft = CaseDraft(
        intake,
        MatterKind.PROMISED,
        5,
        notes="请于到期日凭回执领取审批结果",
        materials=(
            MaterialLine("户口簿", 4, 1, "复印件"),
            MaterialLine("家庭成员收入证明", 1, 2, "原件"),
            MaterialLine("低保申请书", 2, 1, "原件", "本人签字"),
        ),
        **kw,
    )
    return hall.cases.open_case(draft)


def test_receipt_prints_to_pdf(small_hall, qapp, tmp_path: Path, pdf_text) -> None:
    case_id = accepted_case(small_hall)
    pdf = preview_receipt(small_hall.hall, case_id).save_pdf(tmp_path / "receipt.pdf")
    text = pdf_text(pdf)
    flat = text.replace(" ", "")
    assert "收件回执" in flat
    assert "欧阳秀英" in flat and "东关社区" in flat
    assert "最低生活保障申请" in flat
    assert "2026年11月23日" in flat  # Mon 16 Nov + 5 working days
    assert "〔2026〕第0001号" in flat
    assert "家庭成员收入证明" in flat and "单丽" in flat
    assert "138****5678" in flat and "13812345678" not in flat  # the phone is masked
    assert "0571-87654399" in flat
    assert "暂定" not in flat


def test_supervision_card_prints_to_pdf_with_extension(
    small_hall, qapp, clock, tmp_path: Path, pdf_text
) -> None:
    case_id = accepted_case(small_hall)
    clock.set(datetime(2026, 11, 20, 10, 0))
    small_hall.hall.cases.extend(
        case_id,
        ExtensionDraft(
            "需入户核查家庭经济状况", small_hall.staff["周春英"], 10, True, ToldHow.PHONE
        ),
    )
    pdf = preview_supervision_card(small_hall.hall, case_id).save_pdf(tmp_path / "card.pdf")
    flat = pdf_text(pdf).replace(" ", "")
    assert "办事监督卡" in flat
    assert "欧阳秀英" in flat and "最低生活保障申请" in flat
    assert "2026年12月7日" in flat  # extended from 23 Nov by 10 working days
    assert "需入户核查家庭经济状况" in flat and "周春英" in flat
    assert "请于到期日凭回执领取审批结果" in flat
    assert "0571-87654399" in flat and "王前台" in flat  # complaint phone, issuer


def test_provisional_date_is_flagged_on_the_receipt(small_hall, clock) -> None:
    clock.set(datetime(2026, 12, 28, 9, 0))  # 5 working days run into January 2027
    case_id = accepted_case(small_hall)
    html = receipt_html(small_hall.hall, case_id)
    assert "2027年1月" in html and "暂定日期" in html


def test_text_is_escaped(small_hall) -> None:
    hall = small_hall.hall
    case_id = accepted_case(small_hall)
    hall.cases.update_receipt(case_id, (MaterialLine("<b>证明</b>", 1),), "<script>x</script>")
    html = receipt_html(hall, case_id)
    assert "<script>" not in html and "&lt;b&gt;证明" in html
