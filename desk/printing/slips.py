"""收件回执 and 办事监督卡 of a 限时办结 case: context from domain views, HTML from templates.

Templates: resources/templates/receipt.html and supervision_card.html (halls edit the wording
there). Both are printed through PrintPreview (打印 or 保存为PDF).
"""

from __future__ import annotations

from typing import Any

from desk.domain.cases.views import CaseView
from desk.domain.common.validation import mask_phone
from desk.domain.hall import Hall
from desk.printing.templates import render

RECEIPT_TEMPLATE = "receipt.html"
CARD_TEMPLATE = "supervision_card.html"


def lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _window_text(hall: Hall, case: CaseView) -> str:
    """ "低保审核（4号窗口）" from the case's post."""
    if case.post_id is None:
        return ""
    post = next((p for p in hall.staff.posts(include_inactive=True) if p.id == case.post_id), None)
    if post is None:
        return case.post
    return f"{post.name}（{post.window_no}号窗口）" if post.window_no else post.name


def _common(hall: Hall, case: CaseView) -> dict[str, Any]:
    settings = hall.settings
    return {
        "hall_name": settings.get("hall.name"),
        "hall_phone": settings.get("hall.phone"),
        "complaint_phone": settings.get("hall.complaint_phone"),
        "c": case,
        "window_text": _window_text(hall, case),
        "lines": lines,
    }


def receipt_context(hall: Hall, case: CaseView) -> dict[str, Any]:
    """Everything receipt.html uses; the applicant's phone is masked on paper."""
    return {
        **_common(hall, case),
        "visitor_phone": mask_phone(case.visitor_phone) if case.visitor_phone else "",
        "total_pages": case.total_pages,
        "total_copies": sum(m.copies for m in case.materials),
        "printed_at": hall.ctx.now(),
    }


def card_context(hall: Hall, case: CaseView) -> dict[str, Any]:
    """Everything supervision_card.html uses; the issuer is who accepted the matter."""
    handler = hall.staff.get_staff(case.handler_id)
    operator = hall.operators.current()
    return {
        **_common(hall, case),
        "handler_phone": handler.phone,
        "issuer": case.accepted_by or (operator.name if operator else ""),
        "issued_at": hall.ctx.now(),
    }


def receipt_html(hall: Hall, case_id: int) -> str:
    return render(RECEIPT_TEMPLATE, **receipt_context(hall, hall.cases.get(case_id)))


def supervision_card_html(hall: Hall, case_id: int) -> str:
    return render(CARD_TEMPLATE, **card_context(hall, hall.cases.get(case_id)))


def preview_receipt(hall: Hall, case_id: int, parent: Any = None) -> Any:
    """The print preview of the 收件回执 (not yet shown)."""
    from desk.printing.preview import PrintPreview

    case = hall.cases.get(case_id)
    return PrintPreview(
        receipt_html(hall, case_id), "收件回执", parent, f"收件回执{case.number}{case.visitor_name}"
    )


def preview_supervision_card(hall: Hall, case_id: int, parent: Any = None) -> Any:
    """The print preview of the 办事监督卡 (not yet shown)."""
    from desk.printing.preview import PrintPreview

    case = hall.cases.get(case_id)
    return PrintPreview(
        supervision_card_html(hall, case_id),
        "办事监督卡",
        parent,
        f"办事监督卡{case.number}{case.visitor_name}",
    )
