"""Cleaning of free text typed or pasted by a clerk, and the form-field error types.

Every free-text field goes through :func:`clean_text` before it is stored.  The
function removes what is invisible or dangerous (control characters, bidi
overrides, zero-width characters, lone surrogates, noncharacters), normalises to
NFC, unifies line breaks and trims.  It never shortens a value silently: a value
that is too long raises :class:`FieldError` so the form can tell the clerk.

Everything else (emoji, Arabic or Hebrew letters, text that looks like SQL or a
spreadsheet formula) is ordinary text and is kept exactly; storage uses bound
parameters and the exporters neutralise formulas.

This module is pure Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["TEXT_LIMITS", "FieldError", "FieldWarning", "clean_text"]


class FieldError(ValueError):
    """A bad value for one form field.

    ``field`` is the form's field key, ``message`` the Chinese text to show at the field.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"FieldError({self.field!r}, {self.message!r})"

    def __reduce__(self) -> tuple[type[FieldError], tuple[str, str]]:
        # ValueError pickles as cls(*args) with args == (message,); keep both fields.
        return (type(self), (self.field, self.message))


@dataclass(frozen=True)
class FieldWarning:
    """Something about one field's value that the clerk may accept after checking."""

    field: str
    message: str


#: Maximum lengths (in characters) of the kinds of free-text fields in the app.
TEXT_LIMITS: dict[str, int] = {
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

# Characters that become a line break: CR LF / CR / LF, vertical tab, form feed,
# NEL (U+0085) and the Unicode line/paragraph separators.
_LINE_BREAKS = re.compile("\r\n|[\r\n\v\f\x85\u2028\u2029]")

# Characters removed outright.  \n and \t never reach this pattern (handled first).
_REMOVED = re.compile(
    "["
    "\x00-\x08\x0e-\x1f"  # C0 controls (\t \n \v \f \r handled before)
    "\x7f-\x9f"  # DEL and C1 controls
    "\u00ad"  # soft hyphen (invisible)
    "\u061c"  # Arabic letter mark (bidi)
    "\u200b-\u200c\u200e-\u200f"  # zero-width space/non-joiner, LRM, RLM (ZWJ: see below)
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2060-\u2064"  # word joiner, invisible operators
    "\u2066-\u2069"  # bidi isolates
    "\u206a-\u206f"  # deprecated format characters
    "\ufeff"  # BOM / zero-width no-break space
    "\ufff9-\ufffb"  # interlinear annotation controls
    "\ud800-\udfff"  # lone surrogates
    "\ufdd0-\ufdef"  # noncharacters
    "\ufffe\uffff"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff"
    "\U0004fffe\U0004ffff\U0005fffe\U0005ffff\U0006fffe\U0006ffff"
    "\U0007fffe\U0007ffff\U0008fffe\U0008ffff\U0009fffe\U0009ffff"
    "\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff"
    "\U0010fffe\U0010ffff"
    "]"
)

_ZWJ = "\u200d"
_VS16 = "\ufe0f"


def _is_pictograph(ch: str) -> bool:
    """True for emoji-like symbols between which a zero-width joiner is meaningful."""
    return unicodedata.category(ch) in ("So", "Sk") or ch == _VS16


def _remove_invisible(value: str) -> str:
    """Drop dangerous/invisible characters; keep U+200D only inside emoji sequences."""
    value = _REMOVED.sub("", value)
    if _ZWJ not in value:
        return value
    out: list[str] = []
    for i, ch in enumerate(value):
        if ch == _ZWJ:
            prev_ok = bool(out) and _is_pictograph(out[-1])
            nxt = value[i + 1] if i + 1 < len(value) else ""
            if not (prev_ok and nxt and unicodedata.category(nxt) == "So"):
                continue
        out.append(ch)
    return "".join(out)


def clean_text(
    value: str | None,
    *,
    field: str,
    label: str,
    max_len: int,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """Return the cleaned value of one free-text field, or raise :class:`FieldError`.

    ``None`` becomes ``""``.  Control characters, bidi overrides/isolates, zero-width
    characters, the BOM, lone surrogates and noncharacters are removed (a zero-width
    joiner is kept only inside an emoji sequence such as 👨‍👩‍👧); line breaks are
    unified to ``\\n``; the text is NFC-normalised.  Single-line fields turn line
    breaks and tabs into spaces; multiline fields keep ``\\n`` and ``\\t``.  Leading
    and trailing whitespace (including the ideographic space U+3000) is trimmed.

    Raises ``FieldError(field, "请填写{label}")`` when ``required`` and the result is
    empty, and ``FieldError(field, "{label}不能超过{max_len}个字（现有{n}个字）")`` when
    it is longer than ``max_len`` characters.  Never truncates.
    """
    if value is None:
        text = ""
    else:
        text = _LINE_BREAKS.sub("\n", str(value))
        # Remove before normalising: removal could otherwise leave a non-NFC string
        # (e.g. "e" ZWSP U+0301), and the function would not be idempotent.
        text = _remove_invisible(text)
        text = unicodedata.normalize("NFC", text)
        if not multiline:
            text = text.replace("\n", " ").replace("\t", " ")
        text = text.strip()
    if required and not text:
        raise FieldError(field, f"请填写{label}")
    n = len(text)
    if n > max_len:
        raise FieldError(field, f"{label}不能超过{max_len}个字（现有{n}个字）")
    return text
