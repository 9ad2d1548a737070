"""Checks and masks for phone numbers, 居民身份证 numbers and 统一社会信用代码.

Each ``check_*`` function returns the normalised value (plus warnings where the clerk
may accept the value after looking at the document) or raises
:class:`~desk.domain.common.text.FieldError` with a Chinese message naming the field.

python-stdnum has known gaps that must not block a real citizen at the counter:
``stdnum.cn.ric`` rejects correct numbers whose area code is missing from its table
(or was not valid in the birth year) and all 15-digit numbers; ``stdnum.cn.uscc``
rejects valid codes whose first character is A, N or Y.  These become
:class:`~desk.domain.common.text.FieldWarning` s; wrong checksums and impossible dates stay
errors.

This module is pure Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError

from desk.domain.common.text import FieldError, FieldWarning

__all__ = [
    "check_credit_code",
    "check_id_number",
    "check_phone",
    "mask_id",
    "mask_phone",
    "normalize_phone",
    "uscc_check_char",
]

# --------------------------------------------------------------------------- phones

PHONE_MESSAGE = (
    "请输入正确的{label}：手机号码（11位，以1开头）或固定电话（如 010-12345678、0571-8888888）"
)

# Dashes and separators people type or paste between digit groups.
_DASHES = re.compile("[-\u2010-\u2015\u2212\u30fc\ufe58\ufe63\uff0d\u2500]")
_SPACES = re.compile(r"[\s\u200b-\u200f\u2060\ufeff]+")
_COUNTRY = re.compile(r"^(?:\+\s*86|0086)[-\s]*")
_EXTENSION = re.compile(r"^(?P<main>.+?)-?(?:转|分机|ext\.?|x|#)-?(?P<ext>\d{1,6})$", re.I)
_DASH_EXTENSION = re.compile(r"^(?P<main>0\d{2,3}-\d{7,8})-(?P<ext>\d{1,6})$")

_MOBILE = re.compile(r"1[3-9]\d{9}")
_SERVICE = re.compile(r"12345|95\d{3}|[48]00\d{7}")
_LOCAL = re.compile(r"[2-9]\d{6,7}")  # without area code: never starts with 0/1
_SUBSCRIBER = re.compile(r"[1-9]\d{6,7}")  # after an area code
_AREA = re.compile(r"0\d{2,3}")


def _prepare_phone(raw: str) -> tuple[str, bool]:
    """NFKC, unify dashes, drop spaces and brackets, strip +86/0086.

    Returns the string (digits, ``-`` and extension markers) and whether a country
    prefix was present.
    """
    text = unicodedata.normalize("NFKC", raw or "").strip()
    text = _DASHES.sub("-", text)
    text = _SPACES.sub("", text)
    # "(0571)88886666" → "0571-88886666"; "（010）" is already ASCII after NFKC.
    text = re.sub(r"^\((\d+)\)-?", r"\1-", text)
    m = _COUNTRY.match(text)
    if m:
        return text[m.end() :], True
    return text, False


def normalize_phone(raw: str) -> str:
    """Light normalisation for comparing/searching phone numbers.

    Full-width characters become ASCII, spaces and hyphens are removed and a
    ``+86``/``0086`` prefix is dropped.  Letters and extension markers are kept, so
    this does not validate; use :func:`check_phone` for that.
    """
    text, _ = _prepare_phone(raw)
    return text.replace("-", "")


def _split_landline(main: str, had_country: bool) -> tuple[str, str] | None:
    """Split a landline into (area code, local number); area may be ""."""
    if "-" in main:
        parts = main.split("-")
        if len(parts) == 2 and parts[0] and parts[1].isdigit():
            area, local = parts
            if had_country and area[:1] != "0":
                area = "0" + area
            if _AREA.fullmatch(area) and _SUBSCRIBER.fullmatch(local):
                return area, local
        if not all(p.isdigit() for p in parts):
            return None
        main = "".join(parts)  # "0571-8888-6666" and the like: re-split by rule below
    if not main.isdigit():
        return None
    if had_country and main[:1] != "0":
        main = "0" + main
    if main[:1] != "0":
        return ("", main) if _LOCAL.fullmatch(main) else None
    # In China 010 and 020–029 are the only three-digit area codes; all others have four.
    area_len = 3 if main.startswith(("010", "02")) else 4
    area, local = main[:area_len], main[area_len:]
    if _SUBSCRIBER.fullmatch(local):
        return area, local
    return None


def check_phone(
    raw: str | None,
    *,
    field: str = "phone",
    label: str = "联系电话",
    required: bool = False,
) -> str:
    """Validate a phone number and return its normalised display form.

    Accepted, with the returned form:

    * mobile ``1[3-9]`` + 9 digits → ``13812345678`` (``+86``/spaces/hyphens removed);
    * landline with area code → ``0571-88886666``, optional extension → ``…转123``
      (input may use ``-``, spaces, brackets, ``转``/``分机``/``ext``/``-`` for the extension);
    * local 7–8 digit number without area code (a hall's own switchboard) → ``88886666``;
    * service numbers ``12345``, ``95xxx`` → digits; 400/800 numbers → ``400-810-8888``.

    Empty input returns ``""`` unless ``required``.  Anything else raises FieldError.
    """
    text, had_country = _prepare_phone(raw or "")
    if not text:
        if required:
            raise FieldError(field, f"请填写{label}")
        return ""
    error = FieldError(field, PHONE_MESSAGE.format(label=label))

    ext = ""
    m = _EXTENSION.match(text) or _DASH_EXTENSION.match(text)
    if m:
        text, ext = m.group("main"), m.group("ext")
    if not re.fullmatch(r"[\d-]+", text) or text.startswith("-") or "--" in text:
        raise error
    digits = text.replace("-", "")

    if not had_country and _SERVICE.fullmatch(digits):
        if ext:
            raise error
        if len(digits) == 10:  # 400/800: conventional 3-3-4 grouping
            return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
        return digits
    if _MOBILE.fullmatch(digits):
        if ext:
            raise error
        return digits
    split = _split_landline(text, had_country)
    if split is None:
        raise error
    area, local = split
    result = f"{area}-{local}" if area else local
    return f"{result}转{ext}" if ext else result


# ---------------------------------------------------------------------- ID numbers

# Province-level codes of GB/T 2260, plus 83 (台湾居民居住证; 81/82 are also used by
# 港澳居民居住证).
_PROVINCES = frozenset(
    str(code)
    for code in (
        *(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37),
        *(41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83),
    )
)
_EARLIEST_BIRTH_YEAR = 1900


def _compact(raw: str | None) -> str:
    """NFKC, drop whitespace and hyphens, upper-case."""
    text = unicodedata.normalize("NFKC", raw or "")
    return _SPACES.sub("", _DASHES.sub("", text)).upper()


def _birth_date(yyyymmdd: str) -> datetime.date | None:
    """The birth date encoded in an ID number, or None if impossible."""
    try:
        date = datetime.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return None
    if date.year < _EARLIEST_BIRTH_YEAR or date > datetime.date.today():
        return None
    return date


def _area_known(number18: str) -> bool:
    """Whether stdnum's table knows the area code for the number's birth year."""
    try:
        ric.get_birth_place(number18)
    except (ValidationError, KeyError, ValueError):
        # stdnum 2.2 raises KeyError for a code under a known prefix without a county,
        # e.g. 659013; treat every failure as "not in the table".
        return False
    return True


def check_id_number(
    raw: str | None,
    *,
    field: str = "id_number",
    label: str = "身份证号码",
    required: bool = False,
) -> tuple[str, list[FieldWarning]]:
    """Validate a 居民身份证 number; return (normalised number, warnings).

    18 digits (last may be X/x, returned upper-case) with a correct checksum, a
    possible birth date (1900 … today) and a real province code are accepted.  An
    area code missing from stdnum's table gives the warning "地区码不在校验表中，请核对证件";
    a 15-digit first-generation number with a possible birth date gives
    "15位旧身份证号，请核对证件".  Everything else raises FieldError.
    """
    number = _compact(raw)
    if not number:
        if required:
            raise FieldError(field, f"请填写{label}")
        return "", []
    warnings: list[FieldWarning] = []
    if not re.fullmatch(r"\d+X?", number):
        raise FieldError(field, f"{label}只能由数字组成，最后一位可以是X")
    if len(number) == 15:
        if number.endswith("X"):
            raise FieldError(field, f"{label}只能由数字组成，最后一位可以是X")
        if _birth_date("19" + number[6:12]) is None:
            raise FieldError(field, f"{label}中的出生日期不正确，请核对")
        if number[:2] not in _PROVINCES:
            raise FieldError(field, f"{label}的地区码不正确，请核对")
        warnings.append(FieldWarning(field, "15位旧身份证号，请核对证件"))
        # Same layout as an 18-digit number (check digit irrelevant for the look-up).
        if not _area_known(number[:6] + "19" + number[6:] + "0"):
            warnings.append(FieldWarning(field, "地区码不在校验表中，请核对证件"))
        return number, warnings
    if len(number) != 18:
        raise FieldError(field, f"{label}应为18位（现有{len(number)}位）")
    if number[-1] != ric.calc_check_digit(number):
        raise FieldError(field, f"{label}校验位不正确，请核对是否输错")
    if _birth_date(number[6:14]) is None:
        raise FieldError(field, f"{label}中的出生日期不正确，请核对")
    if number[:2] not in _PROVINCES:
        raise FieldError(field, f"{label}的地区码不正确，请核对")
    if not _area_known(number):
        warnings.append(FieldWarning(field, "地区码不在校验表中，请核对证件"))
    return number, warnings


# --------------------------------------------------------------------- credit codes

_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
# Registration authorities allowed by GB 32100 that stdnum does not accept.
_USCC_EXTRA_AUTHORITIES = frozenset("ANY")


def uscc_check_char(code17: str) -> str:
    """GB 32100 check character for the first 17 characters of a credit code."""
    total = sum(
        _USCC_ALPHABET.index(c) * w for c, w in zip(code17[:17], _USCC_WEIGHTS, strict=True)
    )
    return _USCC_ALPHABET[(31 - total % 31) % 31]


def check_credit_code(
    raw: str | None,
    *,
    field: str = "credit_code",
    label: str = "统一社会信用代码",
    required: bool = False,
) -> tuple[str, list[FieldWarning]]:
    """Validate a 统一社会信用代码; return (normalised code, warnings).

    18 characters from ``0-9`` and ``ABCDEFGHJKLMNPQRTUWXY`` (no I, O, Z, S, V) with a
    correct GB 32100 check character.  Codes stdnum accepts give no warning; codes it
    refuses only because the registration authority (first character) is A, N or Y
    give a warning.  Everything else raises FieldError.
    """
    code = _compact(raw)
    if not code:
        if required:
            raise FieldError(field, f"请填写{label}")
        return "", []
    if len(code) != 18:
        raise FieldError(field, f"{label}应为18位（现有{len(code)}位）")
    if any(c not in _USCC_ALPHABET for c in code):
        raise FieldError(
            field, f"{label}含有无效字符（只能是数字和除 I、O、Z、S、V 以外的大写字母）"
        )
    if code[-1] != uscc_check_char(code):
        raise FieldError(field, f"{label}校验位不正确，请核对是否输错")
    if uscc.is_valid(code):
        return code, []
    if code[0] in _USCC_EXTRA_AUTHORITIES and code[1:8].isdigit():
        return code, [FieldWarning(field, f"登记管理部门代码“{code[0]}”不在校验表中，请核对证件")]
    raise FieldError(field, f"{label}格式不正确（第1–8位应为登记机关、类别和行政区划代码）")


# --------------------------------------------------------------------------- masks


def _mask_generic(value: str) -> str:
    """Keep the first 3 and last 2 characters (fewer for very short values)."""
    n = len(value)
    if n == 0:
        return ""
    if n <= 2:
        return "*" * n
    if n <= 6:
        return value[0] + "*" * (n - 2) + value[-1]
    return value[:3] + "*" * (n - 5) + value[-2:]


def mask_phone(phone: str) -> str:
    """Mask a phone number for display in lists and printouts.

    ``13812345678`` → ``138****5678``; ``0571-88886666`` → ``0571-****6666`` (an
    extension is kept: ``0571-****6666转123``); a local ``88886666`` → ``****6666``;
    anything else keeps its first 3 and last 2 characters; ``""`` → ``""``.
    """
    if not phone:
        return ""
    if _MOBILE.fullmatch(phone):
        return f"{phone[:3]}****{phone[-4:]}"
    m = re.fullmatch(r"(?:(?P<area>0\d{2,3})-)?(?P<local>\d{7,8})(?P<ext>转\d{1,6})?", phone)
    if m and (m.group("area") or _LOCAL.fullmatch(m.group("local"))):
        area = f"{m.group('area')}-" if m.group("area") else ""
        return f"{area}****{m.group('local')[-4:]}{m.group('ext') or ''}"
    return _mask_generic(phone)


def mask_id(id_number: str) -> str:
    """Mask an ID number keeping the first 6 and last 4: ``110101********1234``."""
    if len(id_number) >= 11:
        return id_number[:6] + "*" * (len(id_number) - 10) + id_number[-4:]
    return _mask_generic(id_number)
