"""Tests for desk.domain.common.text: clean_text, FieldError, FieldWarning, TEXT_LIMITS."""

from __future__ import annotations

import pickle
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.domain.common.text import TEXT_LIMITS, FieldError, FieldWarning, clean_text

# Characters that must never survive cleaning (U+200D is checked separately: it is
# kept only inside emoji sequences).
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u200b\u200c\u200e\u200f"
    "\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\u206a-\u206f\ufeff"
    "\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)
SPECIALS = (
    "\x00\x01\x07\x1b\x7f\x85\x9b\t\n\r\v\f\u00ad\u061c\u200b\u200c\u200d\u200e\u200f"
    "\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
    "\ud800\udfff\ufffe\uffff\ufdd0\u3000 \u0301e👨👩\ufe0f"
)


def clean(value: str | None, **kw: object) -> str:
    params: dict = {"field": "f", "label": "备注", "max_len": 1000}
    params.update(kw)
    return clean_text(value, **params)


# ------------------------------------------------------------------------ examples


def test_none_becomes_empty() -> None:
    assert clean(None) == ""


def test_required_empty_raises_with_label() -> None:
    with pytest.raises(FieldError) as exc:
        clean("  \u3000\u200b ", field="name", label="姓名", required=True)
    assert exc.value.field == "name"
    assert exc.value.message == "请填写姓名"
    assert str(exc.value) == "请填写姓名"


def test_required_none_raises() -> None:
    with pytest.raises(FieldError, match="请填写事由"):
        clean(None, label="事由", required=True)


def test_too_long_raises_never_truncates() -> None:
    with pytest.raises(FieldError) as exc:
        clean("一二三四五六", field="name", label="姓名", max_len=5)
    assert exc.value.field == "name"
    assert exc.value.message == "姓名不能超过5个字（现有6个字）"
    assert clean("一二三四五", max_len=5) == "一二三四五"


def test_length_counted_after_cleaning() -> None:
    assert clean("  一二三\u200b\u200b  ", max_len=3) == "一二三"


def test_trims_ascii_and_ideographic_space() -> None:
    assert clean("\u3000 张三 \u3000\t") == "张三"


def test_keeps_inner_spaces() -> None:
    assert clean("张  三") == "张  三"


def test_single_line_newlines_and_tabs_become_spaces() -> None:
    assert clean("第一行\r\n第二行\r第三行\n第四\t行") == "第一行 第二行 第三行 第四 行"


def test_multiline_keeps_newlines_and_tabs() -> None:
    assert (
        clean("第一行\r\n第二行\r第三行\n\t缩进", multiline=True)
        == "第一行\n第二行\n第三行\n\t缩进"
    )


def test_multiline_unicode_line_separators() -> None:
    assert clean("a\u2028b\u2029c\x85d\ve\ff", multiline=True) == "a\nb\nc\nd\ne\nf"


def test_multiline_trims_outer_blank_lines() -> None:
    assert clean("\n\n  内容\n\n", multiline=True) == "内容"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("张\x00三", "张三"),
        ("张\x1b[31m三", "张[31m三"),
        ("\ufeff张三", "张三"),
        ("张\u200b三", "张三"),
        ("张\u200c\u200e\u200f三", "张三"),
        ("abc\u202egnp.exe", "abcgnp.exe"),
        ("\u2066中文\u2069", "中文"),
        ("\u202a\u202b\u202c\u202d", ""),
        ("张\x7f\x80\x9f三", "张三"),
        ("张\ud800三\udfff", "张三"),
        ("张\ufffe\uffff三", "张三"),
        ("soft\u00adhyphen", "softhyphen"),
        ("word\u2060joiner", "wordjoiner"),
    ],
)
def test_removes_controls_and_invisible(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_nfc_normalisation() -> None:
    assert clean("Cafe\u0301") == "Café"
    assert clean("e\u200b\u0301") == "é"  # removal happens before NFC


@pytest.mark.parametrize(
    "ordinary",
    [
        "王小明",
        "低保申请（城乡）",
        "😀👍🏻 已办结",
        "👨\u200d👩\u200d👧 一家三口",
        "❤\ufe0f",
        "مرحبا بكم",
        "שלום עולם",
        "Robert'); DROP TABLE students;--",
        "1' OR '1'='1",
        "=cmd|' /C calc'!A0",
        "+SUM(A1:A2)",
        "@echo",
        "<script>alert(1)</script>",
        "路径 C:\\Windows\\system32",
        "𠮷野家",
    ],
)
def test_ordinary_text_kept_exactly(ordinary: str) -> None:
    assert clean(ordinary) == ordinary


def test_zwj_removed_outside_emoji_sequences() -> None:
    assert clean("张\u200d三") == "张三"
    assert clean("👨\u200d") == "👨"
    assert clean("\u200d👨") == "👨"


def test_field_error_is_value_error_and_pickles() -> None:
    err = FieldError("phone", "请填写联系电话")
    assert isinstance(err, ValueError)
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.field, copy.message) == ("phone", "请填写联系电话")


def test_field_warning_frozen() -> None:
    w = FieldWarning("id_number", "15位旧身份证号，请核对证件")
    assert w.field == "id_number"
    with pytest.raises(AttributeError):
        w.message = "x"  # type: ignore[misc]


def test_text_limits() -> None:
    assert TEXT_LIMITS == {
        "name": 50,
        "unit": 100,
        "phone": 40,
        "matter": 200,
        "message": 2000,
        "address": 200,
        "note": 500,
        "reason": 500,
        "long_text": 20000,
    }


def test_long_text_limit_works() -> None:
    text = "字" * TEXT_LIMITS["long_text"]
    assert clean(text, max_len=TEXT_LIMITS["long_text"], multiline=True) == text


# ---------------------------------------------------------------------- properties

any_chars = st.characters(exclude_categories=())  # includes lone surrogates
messy_text = st.text(st.one_of(any_chars, st.sampled_from(SPECIALS)), max_size=40)


def _assert_clean(out: str, multiline: bool) -> None:
    assert not FORBIDDEN.search(out)
    if not multiline:
        assert "\n" not in out and "\t" not in out
    assert "\r" not in out
    assert out == out.strip()
    assert unicodedata.is_normalized("NFC", out)
    for i, ch in enumerate(out):
        if ch == "\u200d":
            assert 0 < i < len(out) - 1
            assert unicodedata.category(out[i + 1]) == "So"


@settings(max_examples=300)
@given(messy_text, st.booleans())
def test_property_no_control_or_bidi_and_idempotent(value: str, multiline: bool) -> None:
    out = clean(value, multiline=multiline)
    _assert_clean(out, multiline)
    assert clean(out, multiline=multiline) == out


@given(messy_text, st.integers(min_value=0, max_value=30), st.booleans())
def test_property_never_exceeds_max_len(value: str, max_len: int, multiline: bool) -> None:
    try:
        out = clean(value, max_len=max_len, multiline=multiline)
    except FieldError as exc:
        n = len(clean(value, max_len=10**6, multiline=multiline))
        assert n > max_len
        assert exc.message == f"备注不能超过{max_len}个字（现有{n}个字）"
    else:
        assert len(out) <= max_len


ordinary_chars = st.characters(categories=("L", "N", "P", "S"))
ordinary_text = st.text(st.one_of(ordinary_chars, st.just(" ")), min_size=1, max_size=40).filter(
    lambda s: s == s.strip() and unicodedata.is_normalized("NFC", s)
)


@given(ordinary_text, st.booleans())
def test_property_ordinary_text_preserved(value: str, multiline: bool) -> None:
    assert clean(value, multiline=multiline, required=True) == value
