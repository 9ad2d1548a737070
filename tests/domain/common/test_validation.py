"""Tests for desk.domain.common.validation: phones, 身份证, 统一社会信用代码 and masks."""

from __future__ import annotations

import datetime

import pytest
from stdnum.cn import ric, uscc

from desk.domain.common.text import FieldError, FieldWarning
from desk.domain.common.validation import (
    check_credit_code,
    check_id_number,
    check_phone,
    mask_id,
    mask_phone,
    normalize_phone,
    uscc_check_char,
)

PHONE_HINT = "手机号码（11位，以1开头）或固定电话（如 010-12345678、0571-8888888）"

# ----------------------------------------------------------------------- helpers


def id_check_digit(first17: str) -> str:
    """GB 11643 check digit, computed independently of the code under test."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    return "10X98765432"[total % 11]


def make_id(area: str, birth: str, seq: str = "123") -> str:
    first17 = area + birth + seq
    return first17 + id_check_digit(first17)


USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def make_uscc(first17: str) -> str:
    """GB 32100 check character: weights 3^i mod 31, computed independently."""
    total = sum(USCC_ALPHABET.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return first17 + USCC_ALPHABET[-total % 31]


def stdnum_accepts_id(number: str) -> bool:
    try:
        return ric.is_valid(number)
    except KeyError:  # stdnum 2.2 bug for codes such as 659013
        return False


def wrong_last(code: str, alphabet: str) -> str:
    return code[:-1] + next(c for c in alphabet if c != code[-1])


# ------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13812345678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+8613812345678", "13812345678"),
        ("0086-138-1234-5678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("19912345678", "19912345678"),
        ("010-12345678", "010-12345678"),
        ("01012345678", "010-12345678"),
        ("(010)12345678", "010-12345678"),
        ("（010）12345678", "010-12345678"),
        ("021 6888 8888", "021-68888888"),
        ("0571-8888888", "0571-8888888"),
        ("0571－88886666", "0571-88886666"),
        ("057188886666", "0571-88886666"),
        ("0571 88886666转123", "0571-88886666转123"),
        ("0571-88886666-8001", "0571-88886666转8001"),
        ("0571-88886666 ext 12", "0571-88886666转12"),
        ("0571-88886666分机6", "0571-88886666转6"),
        ("+86 571 88886666", "0571-88886666"),
        ("88886666", "88886666"),
        ("8888666", "8888666"),
        ("88886666转201", "88886666转201"),
        ("12345", "12345"),
        ("95588", "95588"),
        ("95519", "95519"),
        ("400-810-8888", "400-810-8888"),
        ("4008108888", "400-810-8888"),
        ("800 820 8820", "800-820-8820"),
        ("  13812345678 ", "13812345678"),
    ],
)
def test_check_phone_valid(raw: str, expected: str) -> None:
    assert check_phone(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "12812345678",  # no 12x mobile prefix
        "11812345678",
        "1381234567",  # 10 digits
        "138123456789",  # 12 digits
        "abc",
        "1381234567a",
        "010-123",
        "0571-123456",  # 6-digit local number
        "0571-123456789",
        "010-02345678",  # local number cannot start with 0
        "1234567",  # area-less number starting with 1
        "0123",
        "12",
        "13812345678转1",  # mobile has no extension
        "12345转1",
        "0571-88886666转1234567",  # extension too long
        "+86 12345",
        "9558",
        "955881",
        "--13812345678",
        "13812345678; DROP TABLE",
        "=1+1",
    ],
)
def test_check_phone_invalid(raw: str) -> None:
    with pytest.raises(FieldError) as exc:
        check_phone(raw)
    assert exc.value.field == "phone"
    assert exc.value.message == f"请输入正确的联系电话：{PHONE_HINT}"


def test_check_phone_field_and_label() -> None:
    with pytest.raises(FieldError) as exc:
        check_phone("abc", field="contact_phone", label="部门电话")
    assert exc.value.field == "contact_phone"
    assert exc.value.message.startswith("请输入正确的部门电话")


def test_check_phone_empty() -> None:
    assert check_phone("") == ""
    assert check_phone("   ") == ""
    assert check_phone(None) == ""
    with pytest.raises(FieldError, match="请填写联系电话"):
        check_phone(" ", required=True)


def test_check_phone_idempotent() -> None:
    for raw in ["+86 138 1234 5678", "0571 88886666转123", "400-810-8888", "88886666"]:
        once = check_phone(raw)
        assert check_phone(once) == once


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+86 138 1234 5678", "13812345678"),
        ("0086 138-1234-5678", "13812345678"),
        ("１３８ １２３４ ５６７８", "13812345678"),
        ("010-12345678", "01012345678"),
        ("0571 88886666转123", "057188886666转123"),
        ("", ""),
    ],
)
def test_normalize_phone(raw: str, expected: str) -> None:
    assert normalize_phone(raw) == expected


# -------------------------------------------------------------------- ID numbers


def test_id_valid_18() -> None:
    number = make_id("110101", "19900307")
    assert ric.is_valid(number)
    assert check_id_number(number) == (number, [])


def test_id_stdnum_doc_sample() -> None:
    assert check_id_number("360426199101010071") == ("360426199101010071", [])


def test_id_x_check_digit_upper_and_lower() -> None:
    number = next(
        n for n in (make_id("110101", "19900307", f"{i:03d}") for i in range(1000)) if n[-1] == "X"
    )
    assert check_id_number(number) == (number, [])
    assert check_id_number(number.lower()) == (number, [])


def test_id_spaces_and_full_width_accepted() -> None:
    number = make_id("330106", "19850612", "456")
    spaced = f" {number[:6]} {number[6:14]} {number[14:]} "
    assert check_id_number(spaced)[0] == number
    full = number.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    assert check_id_number(full)[0] == number


@pytest.mark.parametrize(
    ("area", "birth"),
    [
        ("830000", "19900101"),  # 台湾居民居住证: real code, not in stdnum's table
        ("659013", "19900101"),  # stdnum raises KeyError inside for this one
        ("110103", "20150101"),  # 崇文区, abolished 2010: stdnum refuses later births
        ("810000", "19900101"),  # 港澳居民居住证 for someone born before 1997
    ],
)
def test_id_area_missing_from_stdnum_is_warning(area: str, birth: str) -> None:
    number = make_id(area, birth)
    assert not stdnum_accepts_id(number)  # the stdnum gap this test is about
    assert check_id_number(number) == (
        number,
        [FieldWarning("id_number", "地区码不在校验表中，请核对证件")],
    )


def test_id_15_digit_is_warning() -> None:
    number = "110101900307123"
    assert not ric.is_valid(number)
    result, warnings = check_id_number(number)
    assert result == number
    assert warnings == [FieldWarning("id_number", "15位旧身份证号，请核对证件")]


def test_id_15_digit_bad_date() -> None:
    with pytest.raises(FieldError, match="出生日期"):
        check_id_number("110101901307123")
    with pytest.raises(FieldError, match="出生日期"):
        check_id_number("110101900230123")


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (wrong_last(make_id("110101", "19900307"), "0123456789X"), "校验位"),
        (make_id("110101", "19901307"), "出生日期"),  # month 13
        (make_id("110101", "19900230"), "出生日期"),  # 30 February
        (make_id("110101", "18800101"), "出生日期"),  # before 1900
        (
            make_id(
                "110101", (datetime.date.today() + datetime.timedelta(days=1)).strftime("%Y%m%d")
            ),
            "出生日期",
        ),
        (make_id("000000", "19900101"), "地区码"),
        (make_id("990101", "19900101"), "地区码"),
        ("11010119900307123", "应为18位（现有17位）"),
        ("1101011990030712345", "应为18位（现有19位）"),
        ("12345", "应为18位"),
        ("11010119900307123A", "只能由数字组成"),
        ("1101011990X3071234", "只能由数字组成"),
        ("11010119900307X", "只能由数字组成"),
        ("abcdefghijklmnopqr", "只能由数字组成"),
    ],
)
def test_id_invalid(raw: str, fragment: str) -> None:
    with pytest.raises(FieldError) as exc:
        check_id_number(raw)
    assert exc.value.field == "id_number"
    assert fragment in exc.value.message
    assert "身份证号码" in exc.value.message


def test_id_empty_and_required() -> None:
    assert check_id_number("") == ("", [])
    assert check_id_number(None) == ("", [])
    with pytest.raises(FieldError) as exc:
        check_id_number("  ", field="visitor_id", label="证件号码", required=True)
    assert (exc.value.field, exc.value.message) == ("visitor_id", "请填写证件号码")


def test_id_field_passed_to_warnings() -> None:
    _, warnings = check_id_number("110101900307123", field="visitor_id")
    assert warnings[0].field == "visitor_id"


# ------------------------------------------------------------------ credit codes


def test_credit_code_valid_9_prefix() -> None:
    assert check_credit_code("91110000600037341L") == ("91110000600037341L", [])
    assert check_credit_code("9111 0000 6000 3734 1l") == ("91110000600037341L", [])


def test_credit_code_valid_computed() -> None:
    code = make_uscc("12330100MB0123456")
    assert uscc.is_valid(code)
    assert check_credit_code(code) == (code, [])


@pytest.mark.parametrize("first17", ["Y1330100MA2ABCDE1", "N2330100MA2H0K9L1", "A1110000MB1234567"])
def test_credit_code_a_n_y_is_warning(first17: str) -> None:
    code = make_uscc(first17)
    assert not uscc.is_valid(code)  # the stdnum gap this test is about
    assert uscc_check_char(code) == code[-1]
    result, warnings = check_credit_code(code)
    assert result == code
    assert len(warnings) == 1
    assert warnings[0].field == "credit_code"
    assert code[0] in warnings[0].message


def test_credit_code_y_with_wrong_checksum_is_error() -> None:
    code = wrong_last(make_uscc("Y1330100MA2ABCDE1"), USCC_ALPHABET)
    with pytest.raises(FieldError, match="校验位"):
        check_credit_code(code)


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (wrong_last("91110000600037341L", USCC_ALPHABET), "校验位"),
        ("91110000600037341", "应为18位（现有17位）"),
        ("91110000600037341LL", "应为18位（现有19位）"),
        ("9111000060003734IO", "无效字符"),
        ("91110000600037341Z", "无效字符"),
        ("9111000060003734中L", "无效字符"),
        (make_uscc("B1330100MA2ABCDE1"), "格式不正确"),  # B is no registration authority
        (make_uscc("91A30100MA2ABCDE1"), "格式不正确"),  # letter in the area code
    ],
)
def test_credit_code_invalid(raw: str, fragment: str) -> None:
    with pytest.raises(FieldError) as exc:
        check_credit_code(raw)
    assert exc.value.field == "credit_code"
    assert fragment in exc.value.message
    assert "统一社会信用代码" in exc.value.message


def test_credit_code_empty_and_required() -> None:
    assert check_credit_code("") == ("", [])
    with pytest.raises(FieldError, match="请填写统一社会信用代码"):
        check_credit_code("", required=True)


def test_uscc_check_char_agrees_with_stdnum() -> None:
    for code in [
        "91110000600037341L",
        make_uscc("12330100MB0123456"),
        make_uscc("52330000MJ0000001"),
    ]:
        assert uscc_check_char(code) == uscc.calc_check_digit(code) == code[-1]


# ------------------------------------------------------------------------- masks


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("0571-88886666", "0571-****6666"),
        ("010-12345678", "010-****5678"),
        ("0571-8888888", "0571-****8888"),
        ("0571-88886666转123", "0571-****6666转123"),
        ("88886666", "****6666"),
        ("400-810-8888", "400*******88"),
        ("1234567", "123**67"),
        ("12345", "1***5"),
        ("12", "**"),
        ("", ""),
    ],
)
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("110101199003071234", "110101********1234"),
        ("11010119900307123X", "110101********123X"),
        ("110101900307123", "110101*****7123"),
        ("12345", "1***5"),
        ("", ""),
    ],
)
def test_mask_id(number: str, masked: str) -> None:
    assert mask_id(number) == masked


def test_masks_never_reveal_middle_of_real_values() -> None:
    number = make_id("110101", "19900307")
    assert number[6:14] not in mask_id(number)
    assert "1234" not in mask_phone("13812345678")
