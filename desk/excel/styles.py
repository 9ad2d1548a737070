"""Cell formats of the ledgers: fonts, borders, fills and Chinese number formats.

Each distinct format is registered once in the workbook (``CellStyles.get`` returns its
id); the rows then refer to the id, so no cell carries its own style objects.
"""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

DATETIME_FORMAT = 'yyyy"年"m"月"d"日" hh:mm'
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
TIME_FORMAT = "hh:mm"
PERCENT_FORMAT = "0.0%"

#: Width (in Excel character units) a value of each kind needs, before padding.
FIXED_WIDTH = {"datetime": 20, "date": 14, "time": 5, "percent": 6, "number": 6}
_FORMATS = {
    "datetime": DATETIME_FORMAT,
    "date": DATE_FORMAT,
    "time": TIME_FORMAT,
    "percent": PERCENT_FORMAT,
    "int": "0",
    "number": "0.0",
}
_ALIGN = {
    "datetime": "center",
    "date": "center",
    "time": "center",
    "int": "right",
    "number": "right",
    "percent": "right",
    "center": "center",
    "text": "left",
}
_FONT = "宋体"
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
#: Row variants: 0 an ordinary row, 1 a voided one (grey text).
NORMAL, VOIDED = 0, 1
_VARIANT_COLOURS = ("000000", "8C8C8C")


class CellStyles:
    """Cell-format ids registered once in the workbook and reused for every cell."""

    class _Probe:
        def __init__(self, wb: Workbook) -> None:
            self.parent = wb

    def __init__(self, wb: Workbook) -> None:
        self.wb = wb
        self._cache: dict[tuple[Any, ...], int] = {}

    def get(
        self,
        *,
        kind: str = "text",
        variant: int = NORMAL,
        bold: bool = False,
        size: float = 10,
        fill: bool = False,
        border: bool = True,
        quote: bool = False,
        align: str | None = None,
    ) -> int:
        key = (kind, variant, bold, size, fill, border, quote, align)
        if key not in self._cache:
            cell = Cell(self._Probe(self.wb))  # type: ignore[arg-type]
            cell.font = Font(name=_FONT, size=size, bold=bold, color=_VARIANT_COLOURS[variant])
            if fill:
                cell.fill = _HEADER_FILL
            if border:
                cell.border = _BORDER
            cell.alignment = Alignment(
                horizontal=align or _ALIGN.get(kind, "left"), vertical="center", wrap_text=True
            )
            if kind in _FORMATS:
                cell.number_format = _FORMATS[kind]
            if quote:
                cell.quotePrefix = True
            self._cache[key] = cell.style_id
        return self._cache[key]
