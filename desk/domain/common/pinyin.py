"""Search by Chinese characters or pinyin initials (``dbsq`` finds 低保申请).

Used by the service catalogue and by staff/visitor name pickers.  Readings come from
pypinyin with its phrase dictionary (the whole string is converted at once, so
polyphonic characters in common words read correctly: 会计 → kj, 银行 → yh).  For
person names the surname at the start uses its surname reading from a small table
(曾 z, 单 s, 解 x, 仇 q, 区 o …), which pypinyin gets wrong on its own; pypinyin's
global dictionaries are never modified.

pypinyin costs about 340 ms to import, so it is imported lazily inside the
functions; results are memoised per text.

This module is pure Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["COMPOUND_SURNAMES", "SURNAMES", "all_initials", "initials", "matches", "search_key"]

#: Maximum number of alternative initial strings produced for one text.
MAX_ALTERNATIVES = 16

#: Single-character surnames whose surname reading pypinyin may get wrong (or which are
#: read two ways as surnames).  Values: initials, the usual surname reading first.
SURNAMES: dict[str, tuple[str, ...]] = {
    "曾": ("z",), "单": ("s",), "解": ("x",), "仇": ("q",), "区": ("o",),
    "查": ("z",), "朴": ("p",), "盖": ("g",), "乐": ("y", "l"), "缪": ("m",),
    "柏": ("b",), "覃": ("q", "t"), "翟": ("z", "d"), "员": ("y",), "种": ("c",),
    "隗": ("w",), "那": ("n",), "费": ("f", "b"), "秘": ("b",), "宓": ("f",),
    "燕": ("y",), "葛": ("g",), "纪": ("j",), "任": ("r",), "沈": ("s",),
    "石": ("s",), "华": ("h",), "黑": ("h",), "尉": ("w", "y"), "牟": ("m",),
    "召": ("s",), "能": ("n",), "句": ("g",), "阚": ("k",), "繁": ("p",),
    "眭": ("s",), "逄": ("p",), "冼": ("x",), "洗": ("x",), "折": ("s",),
    "褚": ("c",), "郇": ("h",), "訾": ("z",), "莘": ("s",), "车": ("c",),
    "贲": ("b",), "啜": ("c",), "粘": ("n",), "舍": ("s",), "过": ("g",),
    "佴": ("n",), "角": ("j",), "薄": ("b",), "卜": ("b",), "重": ("c",),
    "曲": ("q",), "藏": ("z",), "长": ("c",), "殷": ("y",), "都": ("d",),
    "便": ("p",), "陆": ("l",), "六": ("l",), "谌": ("c", "s"), "颉": ("x", "j"),
    "乜": ("n",), "朝": ("c", "z"), "蔚": ("y", "w"), "率": ("s",), "贾": ("j",),
    "盛": ("s", "c"), "宿": ("s",), "令": ("l",), "隽": ("j",), "冯": ("f",),
    "於": ("y",), "祭": ("z",), "房": ("f",), "行": ("x",), "相": ("x",),
    "鲜": ("x",),
}  # fmt: skip

#: Two-character surnames whose reading differs from the first character's own
#: surname reading or from pypinyin's.  Values: one initial per character.
COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "尉迟": ("yc",), "万俟": ("mq",), "长孙": ("zs",), "澹台": ("tt",),
    "子车": ("zj",), "乐正": ("yz",), "令狐": ("lh",),
}  # fmt: skip

# Han characters as pypinyin sees them (its RE_HANS ranges).
_HAN = re.compile(
    "[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0002a6df\U0002a700-\U0002ebef\U00030000-\U0003134f]+"
)

# One position of an initials string: its possible letters, the primary one first.
_Slot = tuple[str, ...]


def _han_slots(run: str) -> list[_Slot]:
    """Initials of a run of Han characters, with heteronym alternatives per character."""
    from pypinyin import Style, lazy_pinyin, pinyin  # lazy: ~340 ms import

    primary = lazy_pinyin(run, style=Style.FIRST_LETTER, errors="ignore")
    options = pinyin(run, style=Style.FIRST_LETTER, heteronym=True, errors="ignore")
    if len(options) != len(primary):  # defensive: never expected
        return [(p,) for p in primary]
    slots: list[_Slot] = []
    for first, alts in zip(primary, options, strict=True):
        letters = [first.lower()] + [a.lower() for a in alts]
        slots.append(tuple(dict.fromkeys(x for x in letters if x)))
    return [s for s in slots if s]


def _other_slots(chunk: str) -> list[_Slot]:
    """Non-Han text: letters and digits kept (NFKC, lower-case), everything else dropped."""
    kept = unicodedata.normalize("NFKC", chunk).lower()
    return [(ch,) for ch in kept if ch.isalnum() and not _HAN.fullmatch(ch)]


def _text_slots(text: str) -> list[_Slot]:
    """Slots for ordinary text: Han runs through pypinyin, other characters kept/dropped."""
    slots: list[_Slot] = []
    pos = 0
    for m in _HAN.finditer(text):
        slots.extend(_other_slots(text[pos : m.start()]))
        slots.extend(_han_slots(m.group()))
        pos = m.end()
    slots.extend(_other_slots(text[pos:]))
    return slots


def _parses(text: str, is_name: bool) -> list[list[_Slot]]:
    """Possible slot sequences; the first one gives the primary initials.

    For a name starting with a known surname there are up to two parses: the
    two-character (compound) surname, then the single-character surname.
    """
    text = text.strip()
    if not is_name:
        return [_text_slots(text)]
    parses: list[list[_Slot]] = []
    compound = COMPOUND_SURNAMES.get(text[:2])
    if compound:
        parses.append([compound, *_text_slots(text[2:])])
    single = SURNAMES.get(text[:1])
    if single:
        parses.append([single, *_text_slots(text[1:])])
    if not parses:
        parses.append(_text_slots(text))
    return parses


@lru_cache(maxsize=8192)
def initials(text: str, *, is_name: bool = False) -> str:
    """Lower-case pinyin initials of ``text`` (``低保申请`` → ``dbsq``).

    Han characters give the first letter of their reading (chosen by pypinyin with its
    phrase dictionary); other letters and digits are kept, lower-cased; everything
    else is dropped.  With ``is_name=True`` a leading surname uses its surname reading
    (``曾小明`` → ``zxm``, ``单田芳`` → ``stf``, ``尉迟恭`` → ``ycg``).
    """
    return "".join(slot[0] for slot in _parses(text, is_name)[0])


def _combinations(parses: Iterable[list[_Slot]], cap: int) -> list[str]:
    """Initial strings from all parses, primary first, at most ``cap`` of them."""
    found: dict[str, None] = {}
    for slots in parses:
        for combo in itertools.product(*slots):
            found.setdefault("".join(combo))
            if len(found) >= cap:
                return list(found)
    return list(found)


@lru_cache(maxsize=8192)
def _all_initials(text: str, is_name: bool) -> tuple[str, ...]:
    return tuple(_combinations(_parses(text, is_name), MAX_ALTERNATIVES))


def all_initials(text: str, *, is_name: bool = False) -> set[str]:
    """The primary initials plus alternatives for polyphonic characters.

    At most :data:`MAX_ALTERNATIVES` strings.  Characters read through a pypinyin
    phrase have one reading only; for a name the alternatives also cover the
    alternative surname readings (乐 y/l, 覃 q/t …) and, for a compound surname, the
    single-character parse.
    """
    return set(_all_initials(text, is_name))


@lru_cache(maxsize=8192)
def search_key(text: str, *, is_name: bool = False) -> str:
    """``"text|initials|alt1|alt2"`` in lower case, to store or cache for substring filters.

    The text part is NFKC-normalised and case-folded; the primary initials come first,
    then the alternatives in a stable order.
    """
    alts = _all_initials(text, is_name)
    return "|".join([_fold(text), *alts])


def _fold(text: str) -> str:
    """Case- and width-insensitive form used for comparisons (ＡＢＣ → abc)."""
    return unicodedata.normalize("NFKC", text).casefold()


def _is_initials_query(query: str) -> bool:
    return query.isascii() and query.isalnum()


def matches(
    query: str,
    text: str,
    *,
    is_name: bool = False,
    initials_cache: str | None = None,
) -> bool:
    """Whether ``query`` finds ``text``.

    True if the trimmed query is a substring of the text (ignoring case and full-width
    forms), or (for an
    ASCII letters/digits query, spaces ignored) a substring of its initials or any
    alternative.  An empty query matches everything.  ``initials_cache`` may be a
    stored :func:`search_key` (or plain initials) to avoid computing it again.
    """
    q = _fold(query).strip()
    if not q:
        return True
    if q in _fold(text):
        return True
    compact = "".join(q.split())
    if not _is_initials_query(compact):
        return False
    key = (
        initials_cache.casefold()
        if initials_cache is not None
        else search_key(text, is_name=is_name)
    )
    return compact in key
