"""Hostile input: arbitrary Unicode in every text field of the intake, handover,
appointment and catalogue forms, through the real domain save paths.

For each field the property is the same: the save either stores exactly what
``clean_text`` returns for that field (which is what the clerk sees when the record is
opened again: no control characters, nothing truncated) or refuses with a FieldError for
that very field whose Chinese message says what is wrong (too long, required). Nothing
else may happen: no other exception, no half-saved record.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.domain.appointments.views import AppointmentDraft
from desk.domain.catalogue.views import ItemContent, MaterialSpec, RefusalReasonSpec
from desk.domain.common.codes import Channel, Outcome
from desk.domain.common.text import TEXT_LIMITS, FieldError, clean_text
from desk.domain.intake.views import HandoverDraft, IntakeDraft
from tests.conftest import SmallHall

NASTY = [
    "'; DROP TABLE intakes; --",
    "Robert'); DROP TABLE staff;--",
    "' OR '1'='1",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://example.com","点我")',
    "+1+1",
    "@SUM(A1:A9)",
    "-2+3",
    "👨\u200d👩\u200d👧\u200d👦",
    "🇨🇳",
    "مرحبا بالعالم",
    "שלום",
    "\u202eevil\u202c",
    "\u200b\u200d\ufeff",
    "\x00\x01\x1b[31m红\x7f",
    "\r\n\t\v\f",
    "\ud800",
    "Ｆｕｌｌ　ｗｉｄｔｈ",
    "e\u0301",
    "𠀀𪚥",
    "　全角空格　",
    "<script>alert(1)</script>",
    "%s%n{0}",
    "\\x00",
    "NULL",
]
LONG = ["长" * 10_000, "a" * 10_001, "😀" * 5_000, "x\x00" * 5_000, "名" * 51, "事" * 201]

hostile = st.one_of(
    st.text(st.characters(exclude_categories=()), max_size=60),
    st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=12)), max_size=5).map("".join),
    st.sampled_from(LONG),
    st.text(min_size=40, max_size=260),
)

HOSTILE_SETTINGS = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@dataclass(frozen=True)
class Field:
    """A text field of a form: where it goes, its FieldError key and its cleaning rule."""

    attr: str
    key: str
    limit: int
    multiline: bool = False
    required: bool = False


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def check(
    field: Field,
    value: str,
    save: Callable[[str], Any],
    read: Callable[[Any], str],
) -> None:
    """Save value into field; assert exact storage or a clear refusal at that field."""
    try:
        expected: str | None = clean_text(
            value,
            field=field.key,
            label="该项",
            max_len=field.limit,
            required=field.required,
            multiline=field.multiline,
        )
        expected_error = ""
    except FieldError as err:
        expected, expected_error = None, err.message
    try:
        saved = save(value)
    except FieldError as err:
        assert err.field == field.key, (err.field, err.message)
        assert _has_cjk(err.message), err.message
        if "不能超过" in expected_error:
            assert f"不能超过{field.limit}个字" in err.message
        elif "请填写" in expected_error:
            assert "请" in err.message
        else:
            # A value clean_text accepts may still break a rule of the field itself.
            assert expected is not None
        return
    assert expected is not None, f"accepted a value clean_text refuses: {expected_error}"
    stored = read(saved)
    assert stored == expected
    assert not any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t" for ch in stored)
    if not field.multiline:
        assert "\n" not in stored and "\t" not in stored


# ---- 办事登记表 and its 转交 --------------------------------------------------------------

INTAKE_FIELDS = [
    Field("visitor_unit", "visitor_unit", TEXT_LIMITS["unit"]),
    Field("visitor_name", "visitor_name", TEXT_LIMITS["name"], required=True),
    Field("visitor_address", "visitor_address", TEXT_LIMITS["address"]),
    Field("matter", "matter", TEXT_LIMITS["matter"], required=True),
    Field("message", "message", TEXT_LIMITS["message"], multiline=True),
    Field("result", "result", TEXT_LIMITS["message"], multiline=True),
]
HANDOVER_FIELDS = [
    Field("visitor_unit", "handover.visitor_unit", TEXT_LIMITS["unit"]),
    Field("visitor_name", "handover.visitor_name", TEXT_LIMITS["name"], required=True),
    Field("matter", "handover.matter", TEXT_LIMITS["matter"], required=True),
    Field("message", "handover.message", TEXT_LIMITS["message"], multiline=True),
]


def _intake(sh: SmallHall) -> IntakeDraft:
    return IntakeDraft(
        channel=Channel.VISIT,
        visitor_name="张建国",
        visitor_phone="13812345678",
        matter="临时救助申请",
        outcome=Outcome.HANDOVER,
        post_id=sh.post["救助"],
    )


def _handover(sh: SmallHall) -> HandoverDraft:
    return HandoverDraft(
        to_id=sh.staff["曾小明"], visitor_name="张建国", visitor_phone="13812345678",
        matter="临时救助申请",
    )  # fmt: skip


@HOSTILE_SETTINGS
@given(field=st.sampled_from(INTAKE_FIELDS), value=hostile)
def test_intake_fields(small_hall: SmallHall, field: Field, value: str) -> None:
    hall = small_hall.hall

    def save(v: str) -> int:
        draft = replace(_intake(small_hall), **{field.attr: v})
        return hall.intakes.save(draft, _handover(small_hall)).intake_id

    check(field, value, save, lambda i: getattr(hall.intakes.get(i), field.attr))


@HOSTILE_SETTINGS
@given(field=st.sampled_from(HANDOVER_FIELDS), value=hostile)
def test_handover_fields(small_hall: SmallHall, field: Field, value: str) -> None:
    hall = small_hall.hall

    def save(v: str) -> int:
        handover = replace(_handover(small_hall), **{field.attr: v})
        saved = hall.intakes.save(_intake(small_hall), handover)
        assert saved.handover_id is not None
        return saved.handover_id

    check(field, value, save, lambda h: getattr(hall.handovers.get(h), field.attr))


@HOSTILE_SETTINGS
@given(value=hostile)
def test_handover_contact_result(small_hall: SmallHall, value: str) -> None:
    hall = small_hall.hall
    field = Field("contact_result", "contact_result", TEXT_LIMITS["message"], True, True)

    def save(v: str) -> int:
        saved = hall.intakes.save(_intake(small_hall), _handover(small_hall))
        assert saved.handover_id is not None
        hall.handovers.contact(saved.handover_id, hall.ctx.now(), v)
        return saved.handover_id

    check(field, value, save, lambda h: hall.handovers.get(h).contact_result)


@HOSTILE_SETTINGS
@given(
    attr=st.sampled_from(["visitor_phone", "visitor_id_number"]),
    value=st.one_of(
        hostile, st.sampled_from(["138 1234 5678", "+86 13812345678", "11010519491231002x"])
    ),
)
def test_phone_and_id_fields_never_crash(small_hall: SmallHall, attr: str, value: str) -> None:
    """Phones and ID numbers are validated, not only cleaned: stored normalised, or refused."""
    hall = small_hall.hall
    draft = replace(_intake(small_hall), outcome=Outcome.HANDLED, **{attr: value})
    try:
        saved = hall.intakes.save(draft)
    except FieldError as err:
        assert err.field == attr and _has_cjk(err.message)
        return
    stored = getattr(hall.intakes.get(saved.intake_id), attr)
    allowed = set("0123456789-转X")
    assert set(stored) <= allowed, stored


@HOSTILE_SETTINGS
@given(which=st.sampled_from(["referred_to", "no_handover_reason", "void_reason"]), value=hostile)
def test_intake_outcome_and_void_fields(small_hall: SmallHall, which: str, value: str) -> None:
    """The fields of the other outcomes and of voiding: 引导至, 未转交原因, 作废原因."""
    hall = small_hall.hall
    fields = {
        "referred_to": Field("referred_to", "referred_to", TEXT_LIMITS["unit"], required=True),
        "no_handover_reason": Field(
            "no_handover_reason", "no_handover_reason", TEXT_LIMITS["reason"], required=True
        ),
        "void_reason": Field("void_reason", "void_reason", TEXT_LIMITS["reason"], required=True),
    }
    field = fields[which]

    def save(v: str) -> int:
        if which == "referred_to":
            draft = replace(
                _intake(small_hall),
                outcome=Outcome.REFERRED,
                referred_to=v,
                referred_phone="0571-88880002",
            )
            return hall.intakes.save(draft).intake_id
        if which == "no_handover_reason":
            return hall.intakes.save(_intake(small_hall), None, v).intake_id
        intake_id = hall.intakes.save(replace(_intake(small_hall), outcome=Outcome.HANDLED))
        hall.intakes.void(intake_id.intake_id, v)
        return intake_id.intake_id

    check(field, value, save, lambda i: getattr(hall.intakes.get(i), which))


# ---- 办事预约 ---------------------------------------------------------------------------

APPOINTMENT_FIELDS = [
    Field("visitor_name", "visitor_name", TEXT_LIMITS["name"], required=True),
    Field("visitor_unit", "visitor_unit", TEXT_LIMITS["unit"]),
    Field("visitor_address", "visitor_address", TEXT_LIMITS["address"]),
    # Required here: without a catalogue item the entry must say what it is about.
    Field("matter", "matter", TEXT_LIMITS["matter"], required=True),
    Field("message", "message", TEXT_LIMITS["message"], multiline=True),
]


@HOSTILE_SETTINGS
@given(field=st.sampled_from(APPOINTMENT_FIELDS), value=hostile)
def test_appointment_fields(small_hall: SmallHall, field: Field, value: str) -> None:
    hall = small_hall.hall
    base = AppointmentDraft(
        handler_id=small_hall.staff["仇红"],
        visitor_name="李四",
        visitor_phone="13700001111",
        matter="医保报销",
    )

    def save(v: str) -> int:
        return hall.appointments.create(replace(base, **{field.attr: v}))

    check(field, value, save, lambda i: getattr(hall.appointments.get(i), field.attr))


@HOSTILE_SETTINGS
@given(which=st.sampled_from(["contact_note", "result", "cancel_reason"]), value=hostile)
def test_appointment_follow_up_fields(small_hall: SmallHall, which: str, value: str) -> None:
    """联系记录, 办理结果 and 取消原因 of an appointment-book entry."""
    hall = small_hall.hall
    limit = TEXT_LIMITS["reason"] if which == "cancel_reason" else TEXT_LIMITS["message"]
    field = Field(which, which, limit, multiline=which != "cancel_reason", required=True)
    draft = AppointmentDraft(
        handler_id=small_hall.staff["仇红"],
        visitor_name="李四",
        visitor_phone="13700001111",
        matter="医保报销",
    )

    def save(v: str) -> int:
        entry = hall.appointments.create(draft)
        if which == "contact_note":
            hall.appointments.contact(entry, v)
        elif which == "result":
            hall.appointments.complete(entry, v)
        else:
            hall.appointments.cancel(entry, v)
        return entry

    check(field, value, save, lambda i: getattr(hall.appointments.get(i), which))


# ---- 事项库 -----------------------------------------------------------------------------

CATALOGUE_FIELDS = [
    Field("name", "name", TEXT_LIMITS["matter"], required=True),
    Field("legal_basis", "legal_basis", TEXT_LIMITS["long_text"], multiline=True),
    Field("conditions", "conditions", TEXT_LIMITS["long_text"], multiline=True),
    Field("procedure", "procedure", TEXT_LIMITS["long_text"], multiline=True),
    Field("fees", "fees", TEXT_LIMITS["long_text"], multiline=True),
    Field("prerequisites", "prerequisites", TEXT_LIMITS["long_text"], multiline=True),
    Field("location", "location", 200),
    Field("hours", "hours", 200),
    Field("materials.name", "materials[0].name", 200, required=True),
    Field("materials.note", "materials[0].note", TEXT_LIMITS["note"], multiline=True),
    Field("reasons.reason", "refusal_reasons[0].reason", TEXT_LIMITS["reason"], True, True),
    Field("reasons.basis", "refusal_reasons[0].basis", TEXT_LIMITS["long_text"], True),
]


def _content(sh: SmallHall, field: Field, v: str) -> ItemContent:
    material = MaterialSpec(name="身份证", note="")
    reason = RefusalReasonSpec(reason="材料不全", basis="")
    kind, _dot, attr = field.attr.partition(".")
    if kind == "materials":
        material = replace(material, **{attr: v})
    elif kind == "reasons":
        reason = replace(reason, **{attr: v})
    content = ItemContent(
        name="最低生活保障申请", department_id=sh.dept["民政"], materials=(material,),
        refusal_reasons=(reason,),
    )  # fmt: skip
    return content if kind in ("materials", "reasons") else replace(content, **{field.attr: v})


def _read_content(hall: Any, item_id: int, field: Field) -> str:
    content = hall.catalogue.detail(item_id).content
    kind, _dot, attr = field.attr.partition(".")
    if kind == "materials":
        return getattr(content.materials[0], attr)
    if kind == "reasons":
        return getattr(content.refusal_reasons[0], attr)
    return getattr(content, field.attr)


@pytest.fixture
def catalogue_hall(leaders) -> SmallHall:  # noqa: ANN001
    leaders.sign_in("director")  # the catalogue is edited by a director or admin
    return leaders


@HOSTILE_SETTINGS
@given(field=st.sampled_from(CATALOGUE_FIELDS), value=hostile)
def test_catalogue_fields(small_hall: SmallHall, catalogue_hall, field: Field, value: str) -> None:  # noqa: ANN001
    hall = small_hall.hall

    def save(v: str) -> int:
        return hall.catalogue.add_item(content=_content(small_hall, field, v))

    check(field, value, save, lambda i: _read_content(hall, i, field))


# ---- 一次性告知 (the notice form's visitor fields) -----------------------------------------


@HOSTILE_SETTINGS
@given(which=st.sampled_from(["visitor_name", "visitor_unit"]), value=hostile)
def test_notice_visitor_fields(
    small_hall: SmallHall, catalogue_hall, which: str, value: str
) -> None:
    hall = small_hall.hall
    item_id = _notice_item(hall, small_hall)
    limit = TEXT_LIMITS["name"] if which == "visitor_name" else TEXT_LIMITS["unit"]
    field = Field(which, which, limit)  # a phone notice may be anonymous

    def save(v: str) -> int:
        return hall.notices.record_phone(item_id, **{which: v}).id

    check(field, value, save, lambda i: getattr(hall.notices.get(i), which))


def _notice_item(hall: Any, sh: SmallHall) -> int:
    found = hall.catalogue.search("最低生活保障申请")
    if found:
        return found[0].id
    return hall.catalogue.add_item(content=_content(sh, CATALOGUE_FIELDS[0], "最低生活保障申请"))
