"""Cell values as SpreadsheetML: safe text, Excel serial dates, display widths.

The ledgers write hundreds of thousands of cells, so the rows are rendered to XML text
here directly instead of through one openpyxl ``Cell`` object per value (≈ 30 µs each on
the hall's PCs). Only the sheet data is rendered this way; the rest of the workbook
(styles, print setup, defined names, charts) is openpyxl's (see :mod:`desk.excel.workbook`).

Safety rules for text (DOMAIN §10, issue 6):

* Text is always written as a string cell (``t="inlineStr"``), never as a formula, so a
  visitor called ``=1+1`` stays ``=1+1``. Text starting with ``= + - @`` also gets a
  style with ``quotePrefix`` so Excel keeps it text when the cell is edited.
* Characters XML cannot carry (C0 controls except tab and line feed) are removed;
  carriage returns become line feeds.
* Excel's cell limit is 32,767 characters (UTF-16 code units). A longer text is kept
  whole by splitting it: the cell holds the first part and the rest goes, in order, to
  the workbook's 续表 sheet (:func:`split_long_text`; see ``LedgerWorkbook``).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from decimal import Decimal

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter

__all__ = [
    "EXCEL_CELL_LIMIT",
    "FORMULA_PREFIXES",
    "display_width",
    "excel_serial",
    "safe_text",
    "split_long_text",
    "utf16_len",
    "row_height",
    "wrapped_lines",
]

#: The most characters (UTF-16 code units) Excel keeps in one cell.
EXCEL_CELL_LIMIT = 32767
#: Text beginning with one of these would be a formula if typed into Excel.
FORMULA_PREFIXES = ("=", "+", "-", "@")

#: Receives (row number, column index, continuation pieces) of a text cut at the limit.
OverflowSink = Callable[[int, int, list[str]], None]

#: Points per line of 10-pt text in a wrapped cell.
LINE_PT = 13.5

_NUMBERS: tuple[type, ...] = (int, float, Decimal)
_DATES: tuple[type, ...] = (datetime, date, time)
_EPOCH = datetime(1899, 12, 30)
_EPOCH_DATE = _EPOCH.date()


def safe_text(value: str) -> str:
    """The text without characters XML cannot hold; CR and CR LF become LF."""
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def utf16_len(text: str) -> int:
    """Length as Excel counts it: characters outside the BMP (emoji) count twice."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def split_long_text(text: str, limit: int = EXCEL_CELL_LIMIT) -> list[str]:
    """Cut text into pieces Excel accepts, never inside a character; joined they are the text."""
    if len(text) <= limit // 2 or utf16_len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    units = 0
    for i, ch in enumerate(text):
        size = 2 if ord(ch) > 0xFFFF else 1
        if units + size > limit:
            pieces.append(text[start:i])
            start, units = i, 0
        units += size
    pieces.append(text[start:])
    return pieces


def display_width(text: str) -> int:
    """Width in columns of the widest line: East-Asian wide/full-width characters count 2."""
    if "\n" in text:
        return max(display_width(line) for line in text.split("\n"))
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrapped_lines(text: str, width: float) -> int:
    """How many lines a wrapped cell of ``width`` columns needs for the text (at least 1)."""
    if "\n" not in text and (len(text) if text.isascii() else 2 * len(text)) <= width:
        return 1
    usable = max(width, 1.0)
    return sum(max(1, math.ceil(display_width(line) / usable)) for line in text.split("\n"))


def excel_serial(value: datetime | date | time) -> float | int:
    """Excel's 1900-system serial number of a local date/time (to the second)."""
    if isinstance(value, datetime):
        d = value - _EPOCH
        return d.days + (d.seconds + d.microseconds / 1e6) / 86400
    if isinstance(value, date):
        return (value - _EPOCH_DATE).days
    return (value.hour * 3600 + value.minute * 60 + value.second) / 86400


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def row_height(lines: int) -> float | None:
    """Row height in points for that many lines of 10-pt text (None: the default height).

    Excel fits rows with wrapped text itself, but LibreOffice (and so a PDF made from the
    workbook) keeps the default height and lets the text run over the next rows.
    Excel's maximum row height is 409 points.
    """
    return min(409.0, round(lines * LINE_PT + 3, 1)) if lines > 1 else None


class RowRenderer:
    """Renders rows of Python values into ``<row>`` XML for one table layout.

    ``styles[variant][col]`` is the style id of a value cell; ``quoted[variant][col]`` the
    id of the same style with quotePrefix (for text that looks like a formula). Variant 0
    is the normal row; others are marks such as a voided row. ``wrap[col]`` is the width
    (in display columns) a text of that column wraps at, None for no wrapping: the row
    gets the height its tallest cell needs. Text longer than Excel's cell limit is cut
    and the continuation handed to ``overflow(row, col, pieces)``.
    """

    def __init__(
        self,
        n_columns: int,
        styles: Sequence[Sequence[int]],
        quoted: Sequence[Sequence[int]],
        overflow: OverflowSink,
        wrap: Sequence[float | None] | None = None,
    ) -> None:
        self.letters = [get_column_letter(i + 1) for i in range(n_columns)]
        self.styles = styles
        self.quoted = quoted
        self.overflow = overflow
        self.wrap = list(wrap) if wrap is not None else [None] * n_columns
        # '<c r="B' per column: a cell is this + the row number + its cached tail.
        self._heads = [f'<c r="{letter}' for letter in self.letters]
        # Per variant and column: text → the cell's tail XML. Values repeat (channels,
        # names, posts, matters): each is rendered once per sheet. One-line texts only;
        # those that wrap onto several lines are kept with their line count in _tall.
        self._texts: list[list[dict[str, str]]] = [[{} for _ in range(n_columns)] for _ in styles]
        self._tall: list[list[dict[str, tuple[str, int]]]] = [
            [{} for _ in range(n_columns)] for _ in styles
        ]

    def row(
        self, row_no: int, values: Sequence[object], variant: int = 0, height: float | None = None
    ) -> str:
        r = str(row_no)
        styles = self.styles[variant]
        heads, texts = self._heads, self._texts[variant]
        parts: list[str] = []
        append = parts.append
        lines = 1
        for col, value in enumerate(values):
            kind = type(value)
            if kind is str:
                if not value:
                    continue
                tail = texts[col].get(value)  # type: ignore[arg-type]
                if tail is None:
                    tail, n = self._text(value, row_no, col, variant)  # type: ignore[arg-type]
                    if not tail:
                        continue
                    if n > lines:
                        lines = n
                append(heads[col] + r + tail)
            elif value is None:
                continue
            elif kind is bool:
                append(f'{heads[col]}{r}" s="{styles[col]}" t="b"><v>{int(value)}</v></c>')
            elif kind in _NUMBERS:
                append(f'{heads[col]}{r}" s="{styles[col]}"><v>{value}</v></c>')
            elif kind in _DATES:
                serial = excel_serial(value)  # type: ignore[arg-type]
                append(f'{heads[col]}{r}" s="{styles[col]}"><v>{serial}</v></c>')
            else:
                tail, n = self._text(str(value), row_no, col, variant)
                if tail:
                    lines = max(lines, n)
                    append(heads[col] + r + tail)
        if height is None and lines > 1:
            height = row_height(lines)
        start = f'<row r="{r}" ht="{height}" customHeight="1">' if height else f'<row r="{r}">'
        return start + "".join(parts) + "</row>"

    def _text(self, value: str, row_no: int, col: int, variant: int) -> tuple[str, int]:
        """The tail XML of a text cell and its wrapped line count; ("", 1) for no text."""
        tall = self._tall[variant][col].get(value)
        if tall is not None:
            return tall
        text = safe_text(value)
        if len(text) > EXCEL_CELL_LIMIT // 2:
            pieces = split_long_text(text)
            if len(pieces) > 1:
                self.overflow(row_no, col, pieces[1:])
                text = pieces[0]
        if not text:
            return "", 1
        width = self.wrap[col]
        lines = 1
        if width is not None and (
            "\n" in text or (len(text) if text.isascii() else 2 * len(text)) > width
        ):
            lines = wrapped_lines(text, width)
        space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
        styles = self.quoted if text.startswith(FORMULA_PREFIXES) else self.styles
        tail = (
            f'" s="{styles[variant][col]}" t="inlineStr"><is><t{space}>{_escape(text)}</t></is></c>'
        )
        # A cut text must report its overflow at every occurrence; long texts rarely repeat.
        if len(value) <= 512:
            if lines > 1:
                self._tall[variant][col][value] = (tail, lines)
            else:
                self._texts[variant][col][value] = tail
        return tail, lines
