"""Checks of the 办事登记表 and the handover prompt: every field cleaned, every rule applied.

Pure functions over the drafts (no database), so the form can run them before saving and
the service runs them again on saving.
"""

from __future__ import annotations

from dataclasses import replace

from desk.domain.common.codes import MatterScope, Outcome
from desk.domain.common.errors import DomainError
from desk.domain.common.text import TEXT_LIMITS, FieldError, FieldWarning, clean_text
from desk.domain.common.validation import check_id_number, check_phone
from desk.domain.intake.views import HandoverDraft, IntakeDraft

__all__ = ["UnconfirmedWarnings", "clean_draft", "clean_handover", "text_field"]


class UnconfirmedWarnings(DomainError):
    """The values are acceptable only after the clerk confirms the warnings."""

    def __init__(self, warnings: list[FieldWarning]) -> None:
        self.warnings = warnings
        super().__init__("；".join(w.message for w in warnings))


def text_field(value: str, field: str, label: str, kind: str, **kw: bool) -> str:
    return clean_text(value, field=field, label=label, max_len=TEXT_LIMITS[kind], **kw)


def clean_draft(draft: IntakeDraft) -> tuple[IntakeDraft, list[FieldWarning]]:
    """Validate and normalise every field of the form; raise FieldError at the first bad one.

    Fields are checked in the form's Tab order so the first error is the first bad field.
    """
    unit = text_field(draft.visitor_unit, "visitor_unit", "单位", "unit")
    name = text_field(draft.visitor_name, "visitor_name", "来访人姓名", "name", required=True)
    phone = text_field(draft.visitor_phone, "visitor_phone", "联系电话", "phone")
    phone = check_phone(phone, field="visitor_phone", label="联系电话")
    id_number, warnings = check_id_number(
        text_field(draft.visitor_id_number, "visitor_id_number", "身份证号码", "phone"),
        field="visitor_id_number",
    )
    address = text_field(draft.visitor_address, "visitor_address", "地址", "address")
    matter = text_field(draft.matter, "matter", "拟办事项", "matter", required=True)
    message = text_field(draft.message, "message", "留言", "message", multiline=True)
    result = text_field(draft.result, "result", "办理结果/说明", "message", multiline=True)
    referred_to = text_field(draft.referred_to, "referred_to", "引导至的部门", "unit")
    referred_phone = text_field(draft.referred_phone, "referred_phone", "对方电话", "phone")
    if draft.scope is MatterScope.POST and draft.post_id is None:
        raise FieldError("matter", "请选择事项，或手工指定责任岗位")
    if draft.outcome is Outcome.REFERRED:
        if not referred_to:
            raise FieldError("referred_to", "请填写引导至哪个部门或窗口")
        referred_phone = check_phone(
            referred_phone, field="referred_phone", label="对方电话", required=True
        )
    else:
        referred_to, referred_phone = "", ""
    if draft.outcome is Outcome.OUTSIDE and not result:
        raise FieldError("result", "请填写向来访人作出的解释和指引")
    cleaned = replace(
        draft,
        visitor_unit=unit,
        visitor_name=name,
        visitor_phone=phone,
        visitor_id_number=id_number,
        visitor_address=address,
        matter=matter,
        message=message,
        result=result,
        referred_to=referred_to,
        referred_phone=referred_phone,
    )
    return cleaned, warnings


def clean_handover(h: HandoverDraft) -> HandoverDraft:
    """Validate the handover prompt; field keys carry a ``handover.`` prefix."""
    return replace(
        h,
        visitor_unit=text_field(h.visitor_unit, "handover.visitor_unit", "单位", "unit"),
        visitor_name=text_field(
            h.visitor_name, "handover.visitor_name", "来访人姓名", "name", required=True
        ),
        visitor_phone=check_phone(
            text_field(h.visitor_phone, "handover.visitor_phone", "联系电话", "phone"),
            field="handover.visitor_phone",
            label="联系电话（责任人须回电）",
            required=True,
        ),
        matter=text_field(h.matter, "handover.matter", "拟办事项", "matter", required=True),
        message=text_field(h.message, "handover.message", "留言", "message", multiline=True),
    )
