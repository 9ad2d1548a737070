"""The 请假单 prints to A4 PDF with the person, period, cover, 交接 and the decision."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from desk.domain.common.codes import LeaveKind
from desk.printing.leave import preview_leave_slip
from tests.domain.leave.leave_support import approved


def test_leave_slip_prints_to_pdf(leaders, qapp, tmp_path: Path, pdf_text) -> None:
    hall = leaders.hall
    zeng = next(p.id for p in hall.staff.staff() if p.name == "曾小明")
    rid = approved(
        leaders, zeng, date(2026, 11, 23), date(2026, 11, 24), kind=LeaveKind.SICK,
        reason="住院检查", contact_phone="13800000001",
    )  # fmt: skip
    pdf = preview_leave_slip(hall, rid).save_pdf(tmp_path / "leave.pdf")
    flat = pdf_text(pdf).replace(" ", "")

    def has(text: str) -> bool:  # pdf_text folds full-width forms (NFKC)
        return unicodedata.normalize("NFKC", text) in flat

    assert has("请假单") and has("请假〔2026〕第0001号")
    assert has("曾小明") and has("民政救助（A岗）") and has("病假")
    assert has("11月23日上午至11月24日下午") and has("2天")
    assert has("B岗单丽顶岗（已确认）") and has("待办：周三前回电陈先生")
    assert has("中心主任（签字）：钱主任") and has("2026年11月16日")
    assert has("13800000001")
