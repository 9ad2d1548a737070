"""Checking and cleaning one item's content before it is saved (editor and Excel import).

Every check raises :class:`~desk.domain.common.text.FieldError` with the field key the editor
marks (``name``, ``post_id``, ``materials[2].name`` …) and a Chinese message; the
import maps the same keys to spreadsheet columns.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from desk.domain.catalogue.views import ItemContent, MaterialSpec, RefusalReasonSpec
from desk.domain.common.codes import MaterialForm, MatterKind
from desk.domain.common.text import TEXT_LIMITS, FieldError, clean_text
from desk.domain.common.validation import check_phone

MAX_DAYS = 365
MAX_COPIES = 99
MAX_MATERIALS = 200

# Field key → (label, limit, multiline) for the item's free-text fields.
TEXT_FIELDS: dict[str, tuple[str, int, bool]] = {
    "code": ("事项编码", 40, False),
    "aliases": ("简称/别名", 200, False),
    "legal_basis": ("设定依据", TEXT_LIMITS["long_text"], True),
    "conditions": ("申请条件", TEXT_LIMITS["long_text"], True),
    "procedure": ("办理程序", TEXT_LIMITS["long_text"], True),
    "fees": ("收费标准", TEXT_LIMITS["long_text"], True),
    "prerequisites": ("前置审批", TEXT_LIMITS["long_text"], True),
    "location": ("办理地点", 200, False),
    "hours": ("办理时间", 200, False),
}


def check_days(value: object, *, field: str, label: str, allow_none: bool = False) -> int | None:
    """A whole number of working days between 0 and MAX_DAYS (None allowed if asked)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return None
        raise FieldError(field, f"请填写{label}")
    if isinstance(value, bool):
        raise FieldError(field, f"{label}须为整数")
    if isinstance(value, float):
        if not value.is_integer():
            raise FieldError(field, f"{label}须为整数（现为{value:g}）")
        value = int(value)
    if isinstance(value, str):
        text = value.strip()
        if not text.lstrip("-").isdigit():
            raise FieldError(field, f"{label}须为整数（现为“{text}”）")
        value = int(text)
    if not isinstance(value, int):
        raise FieldError(field, f"{label}须为整数")
    if value < 0:
        raise FieldError(field, f"{label}不能为负数（现为{value}）")
    if value > MAX_DAYS:
        raise FieldError(field, f"{label}不能超过{MAX_DAYS}个工作日（现为{value}）")
    return value


def _clean_material(index: int, m: MaterialSpec) -> MaterialSpec:
    prefix = f"materials[{index}]"
    name = clean_text(
        m.name,
        field=f"{prefix}.name",
        label=f"第{index + 1}项材料的名称",
        max_len=200,
        required=True,
    )
    if not isinstance(m.form, MaterialForm):
        raise FieldError(f"{prefix}.form", f"第{index + 1}项材料：请选择原件或复印件")
    copies = m.copies
    if isinstance(copies, bool) or not isinstance(copies, int) or not 1 <= copies <= MAX_COPIES:
        raise FieldError(
            f"{prefix}.copies", f"第{index + 1}项材料的份数须为1至{MAX_COPIES}之间的整数"
        )
    note = clean_text(
        m.note,
        field=f"{prefix}.note",
        label=f"第{index + 1}项材料的备注",
        max_len=TEXT_LIMITS["note"],
        multiline=True,
    )
    return MaterialSpec(name=name, form=m.form, copies=copies, required=bool(m.required), note=note)


def _clean_reason(index: int, r: RefusalReasonSpec) -> RefusalReasonSpec:
    prefix = f"refusal_reasons[{index}]"
    reason = clean_text(
        r.reason,
        field=f"{prefix}.reason",
        label=f"第{index + 1}条不予受理情形",
        max_len=TEXT_LIMITS["reason"],
        required=True,
        multiline=True,
    )
    basis = clean_text(
        r.basis,
        field=f"{prefix}.basis",
        label=f"第{index + 1}条不予受理的依据",
        max_len=TEXT_LIMITS["long_text"],
        multiline=True,
    )
    return RefusalReasonSpec(reason=reason, basis=basis)


def clean_content(content: ItemContent) -> ItemContent:
    """Return the content with every text cleaned, or raise FieldError for the first problem.

    Checks that do not need the store: required name, a valid kind, whole non-negative
    day counts (a 承诺件 needs at least one day), phone formats, the materials and the
    refusal reasons. Department/post existence and code uniqueness are checked by the
    service inside its transaction.
    """
    name = clean_text(
        content.name,
        field="name",
        label="事项名称",
        max_len=TEXT_LIMITS["matter"],
        required=True,
    )
    try:
        kind = MatterKind.of(content.kind)
    except ValueError:
        raise FieldError("kind", "请选择办件类型（即办件、承诺件、联办件、上报件…）") from None
    promised = check_days(content.promised_days, field="promised_days", label="承诺时限")
    assert promised is not None
    if kind is not MatterKind.INSTANT and promised == 0:
        raise FieldError("promised_days", f"{kind.label}须填写承诺时限（至少1个工作日）")
    callback = check_days(
        content.callback_days, field="callback_days", label="回复时限", allow_none=True
    )
    # Only the text fields: str values (typed loosely for replace(**texts) below).
    texts: dict[str, Any] = {
        key: clean_text(
            getattr(content, key), field=key, label=label, max_len=limit, multiline=multiline
        )
        for key, (label, limit, multiline) in TEXT_FIELDS.items()
    }
    # Aliases: split on any common separator, stored "；"-joined.
    parts = texts["aliases"].replace(";", "；").replace("，", "；").replace(",", "；").split("；")
    texts["aliases"] = "；".join(p.strip() for p in parts if p.strip())
    consult = check_phone(content.consult_phone, field="consult_phone", label="咨询电话")
    complaint = check_phone(content.complaint_phone, field="complaint_phone", label="投诉电话")
    if len(content.materials) > MAX_MATERIALS:
        raise FieldError("materials", f"材料不能超过{MAX_MATERIALS}项")
    materials = tuple(_clean_material(i, m) for i, m in enumerate(content.materials))
    reasons = tuple(_clean_reason(i, r) for i, r in enumerate(content.refusal_reasons))
    return replace(
        content,
        name=name,
        kind=kind,
        promised_days=promised,
        callback_days=callback,
        consult_phone=consult,
        complaint_phone=complaint,
        materials=materials,
        refusal_reasons=reasons,
        active=bool(content.active),
        **texts,
    )
