"""What the register searches: the derived search columns of an intake and query terms.

Two derived columns, both folded (NFKC, case-folded) so that ``ＺＸＭ`` finds ``zxm``:

* ``search_text`` — ``name|initials|alternatives|phone digits|unit|matter|matter
  initials``, searched with one ``LIKE`` per word within a date range;
* ``search_grams`` — the same fields as overlapping two-character tokens (``张建国`` →
  ``张建 建国 国``) for the full-text index over all dates (desk.db.intake_fts).

A phone fragment, a name, ``zxm`` for 曾小明 (surname readings from desk.domain.common.pinyin)
or ``dbsq`` for 低保申请 all hit the same columns. Pure Python: no Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata

from desk.db.models import Intake
from desk.domain.common.pinyin import initials, search_key

SEARCH_TEXT_MAX = 400
_PHONEISH = re.compile(r"^[\d\-+()（）]+$")
_NON_DIGITS = re.compile(r"\D")


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _fields(name: str, phone: str, unit: str, matter: str, name_key: str | None) -> list[str]:
    if name_key is None:
        name_key = search_key(name, is_name=True) if name else ""
    return [
        name_key,
        _NON_DIGITS.sub("", phone),
        fold(unit),
        fold(matter),
        initials(matter) if matter else "",
    ]


def search_text(
    name: str, phone: str, unit: str, matter: str, *, name_key: str | None = None
) -> str:
    """The LIKE column (``name_key``: a precomputed pinyin.search_key of the name)."""
    return "|".join(_fields(name, phone, unit, matter, name_key))[:SEARCH_TEXT_MAX]


def alnum(text: str) -> str:
    """Letters and digits only (CJK included): what the full-text index sees."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def search_grams(
    name: str, phone: str, unit: str, matter: str, *, name_key: str | None = None
) -> str:
    """The full-text column: each field's overlapping bigrams, the last character alone."""
    parts = "|".join(_fields(name, phone, unit, matter, name_key)).split("|")
    tokens: list[str] = []
    for part in dict.fromkeys(parts):  # alternatives often repeat the primary initials
        chars = alnum(part)
        tokens.extend(chars[i : i + 2] for i in range(len(chars)))
    return " ".join(tokens)


def index_intake(intake: Intake) -> None:
    """Fill the derived search columns from the intake's own fields."""
    name = intake.visitor_name or ""
    key = search_key(name, is_name=True) if name else ""
    phone, unit, matter = intake.visitor_phone or "", intake.visitor_unit or "", intake.matter or ""
    intake.visitor_initials = initials(name, is_name=True)[:60] if name else ""
    intake.search_text = search_text(name, phone, unit, matter, name_key=key)
    intake.search_grams = search_grams(name, phone, unit, matter, name_key=key)


def search_terms(query: str) -> list[str]:
    """Words of a free-text query, folded; phone-like words reduced to their digits."""
    terms = []
    for word in fold(query).split():
        if _PHONEISH.match(word):
            word = _NON_DIGITS.sub("", word)
        if word:
            terms.append(word)
    return terms


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_query(terms: list[str], dialect: str = "sqlite") -> str | None:
    """The index query for the words (all must occur); None: nothing can match.

    Two or more characters: the phrase of their bigrams, which matches exactly where the
    word is a substring of a field. One character: the prefix query of the bigrams
    starting with it. Punctuation is ignored (the index holds letters and digits only).
    SQLite gets an FTS5 MATCH expression, PostgreSQL a tsquery (desk.db.intake_fts).
    """
    parts = []
    for term in terms:
        chars = alnum(term)
        if not chars:
            return None
        grams = [chars[i : i + 2] for i in range(max(len(chars) - 1, 1))]
        if dialect == "sqlite":
            parts.append(f'"{chars}"*' if len(chars) == 1 else '"' + " ".join(grams) + '"')
        else:
            # Lexemes are letters and digits, so quoting needs no escapes.
            parts.append(
                f"'{chars}':*" if len(chars) == 1 else " <-> ".join(f"'{g}'" for g in grams)
            )
    if not parts:
        return None
    return (" AND " if dialect == "sqlite" else " & ").join(
        p if dialect == "sqlite" or len(parts) == 1 else f"({p})" for p in parts
    )
