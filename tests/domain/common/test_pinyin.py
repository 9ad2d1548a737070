"""Tests for desk.domain.common.pinyin: initials, surname readings, matching, search keys."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desk.domain.common.pinyin import (
    COMPOUND_SURNAMES,
    MAX_ALTERNATIVES,
    SURNAMES,
    all_initials,
    initials,
    matches,
    search_key,
)

# ----------------------------------------------------------------------- initials


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("低保申请", "dbsq"),
        ("医疗保险", "ylbx"),
        ("城乡居民基本养老保险", "cxjmjbylbx"),
        ("不动产登记", "bdcdj"),
        ("会计从业资格", "kjcyzg"),  # 会 read kuài through the phrase dictionary
        ("重庆银行", "cqyh"),  # 重 chóng, 行 háng
        ("长春市", "ccs"),
        ("ABC申请2024", "abcsq2024"),
        ("ＡＢＣ中心", "abczx"),  # full-width letters folded
        ("社保·医保（城乡）", "sbybcx"),  # punctuation dropped
        ("", ""),
    ],
)
def test_initials_text(text: str, expected: str) -> None:
    assert initials(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("曾小明", "zxm"),
        ("单田芳", "stf"),
        ("解晓东", "xxd"),
        ("仇英", "qy"),
        ("区志强", "ozq"),
        ("查良镛", "zly"),
        ("朴正", "pz"),
        ("盖聪", "gc"),
        ("乐嘉", "yj"),
        ("缪可", "mk"),
        ("柏杨", "by"),
        ("覃明", "qm"),
        ("翟天临", "ztl"),
        ("种师道", "csd"),
        ("隗嚣", "wx"),
        ("秘书文", "bsw"),
        ("宓妃", "ff"),
        ("尉缭", "wl"),
        ("召公", "sg"),
        ("任正非", "rzf"),
        ("沈从文", "scw"),
        ("尉迟恭", "ycg"),
        ("万俟卨", "mqx"),
        ("长孙无忌", "zswj"),
        ("欧阳修", "oyx"),
        ("诸葛亮", "zgl"),
        ("王小明", "wxm"),
        ("  曾小明 ", "zxm"),
    ],
)
def test_initials_names(name: str, expected: str) -> None:
    assert initials(name, is_name=True) == expected


def test_surname_reading_only_for_names() -> None:
    assert initials("曾经") == "cj"
    assert initials("曾小明", is_name=True) == "zxm"
    assert initials("单位") == "dw"
    assert initials("单位", is_name=True) == "sw"  # a name field: trust it


def test_surname_tables_well_formed() -> None:
    for surname, readings in SURNAMES.items():
        assert len(surname) == 1 and readings
        assert all(len(r) == 1 and r.isascii() and r.islower() for r in readings)
    for surname, readings in COMPOUND_SURNAMES.items():
        assert len(surname) == 2 and readings
        assert all(len(r) == 2 and r.isascii() and r.islower() for r in readings)


# ------------------------------------------------------------------- all_initials


def test_all_initials_contains_primary() -> None:
    for text in ["低保申请", "区志强", "长孙无忌", "行长", "重量"]:
        assert initials(text) in all_initials(text)
        assert initials(text, is_name=True) in all_initials(text, is_name=True)


def test_all_initials_surname_alternatives() -> None:
    assert all_initials("乐嘉", is_name=True) >= {"yj", "lj"}
    assert all_initials("覃明", is_name=True) >= {"qm", "tm"}
    assert "cxm" not in all_initials("曾小明", is_name=True)  # the wrong reading


def test_all_initials_heteronym_outside_phrase() -> None:
    # A lone polyphonic character offers every reading.
    assert all_initials("长") == {"c", "z"}


def test_all_initials_capped() -> None:
    text = "长行重朝传乐校调"  # eight polyphonic characters, no phrase
    alternatives = all_initials(text)
    assert len(alternatives) <= MAX_ALTERNATIVES
    assert initials(text) in alternatives


def test_all_initials_returns_fresh_set() -> None:
    first = all_initials("低保申请")
    first.add("zzzz")
    assert "zzzz" not in all_initials("低保申请")


# ----------------------------------------------------------------------- matches


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("dbsq", "低保申请"),
        ("DBSQ", "低保申请"),
        ("  dbsq ", "城乡低保申请"),
        ("bsq", "低保申请"),
        ("ylbx", "医疗保险"),
        ("YLBX", "城乡居民医疗保险"),
        ("db sq", "低保申请"),
        ("低保", "城乡低保申请"),
        ("申请", "低保申请"),
        ("abc", "ABC申请"),
        ("ａｂｃ", "ABC申请"),
        ("sq2024", "申请2024"),
        ("", "任何文本"),
        ("   ", ""),
    ],
)
def test_matches_positive(query: str, text: str) -> None:
    assert matches(query, text)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("dbsqx", "低保申请"),
        ("ylbx", "低保申请"),
        ("低保险", "低保申请"),
        ("db-sq", "低保申请"),  # not letters: no initials match
        ("保申请x", "低保申请"),
        ("x", ""),
    ],
)
def test_matches_negative(query: str, text: str) -> None:
    assert not matches(query, text)


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("zxm", "曾小明"),
        ("stf", "单田芳"),
        ("xxd", "解晓东"),
        ("qy", "仇英"),
        ("ozq", "区志强"),
        ("ycg", "尉迟恭"),
        ("wcg", "尉迟恭"),  # single-character parse as alternative
        ("lj", "乐嘉"),
        ("曾", "曾小明"),
        ("小明", "曾小明"),
    ],
)
def test_matches_names(query: str, name: str) -> None:
    assert matches(query, name, is_name=True)


def test_matches_names_wrong_surname_reading() -> None:
    assert not matches("cxm", "曾小明", is_name=True)
    assert not matches("dtf", "单田芳", is_name=True)
    assert not matches("jxd", "解晓东", is_name=True)


def test_matches_uses_cache() -> None:
    # The cache is trusted: a deliberately different key proves it is used.
    assert matches("qwer", "低保申请", initials_cache="QWER")
    assert not matches("dbsq", "低保申请", initials_cache="xxxx")
    assert matches("dbsq", "低保申请", initials_cache=search_key("低保申请"))


# -------------------------------------------------------------------- search_key


def test_search_key_format() -> None:
    assert search_key("低保申请") == "低保申请|dbsq"
    assert search_key("ABC申请") == "abc申请|abcsq"
    key = search_key("乐嘉", is_name=True)
    parts = key.split("|")
    assert parts[0] == "乐嘉"
    assert parts[1] == "yj"  # primary first
    assert "lj" in parts[2:]
    assert key == key.lower()


def test_search_key_substring_filtering() -> None:
    rows = ["低保申请", "医疗保险", "城乡居民养老保险", "不动产登记"]
    keys = {row: search_key(row) for row in rows}
    assert [r for r in rows if "bx" in keys[r]] == ["医疗保险", "城乡居民养老保险"]
    assert [r for r in rows if "保" in keys[r]] == ["低保申请", "医疗保险", "城乡居民养老保险"]


# --------------------------------------------------------------- import discipline


def test_modules_import_without_pypinyin_qt_or_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "import desk.domain.common.pinyin, desk.domain.common.text, desk.domain.common.validation\n"
        "bad = [m for m in ('pypinyin', 'PySide6', 'sqlalchemy') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
