"""A small sheet writer on openpyxl for ledgers that print as they are.

``LedgerWorkbook`` makes one workbook of printable tables: each sheet has a title row
("{hall} {ledger} {2026年11月}"), a note row, a bold filled header that is frozen,
filtered and repeated on every printed page, column widths fitted to Chinese text, real
Excel dates with Chinese number formats, thin borders, A4 landscape fitted to one page
wide and "第 n 页 共 m 页" in the footer. ``add_report`` writes a sheet of small titled
tables (the summary) with optional bar charts.

Speed: openpyxl runs in write-only mode and keeps everything except the cell data (styles,
print setup, defined names, charts); the rows are rendered to XML by
:class:`desk.excel.cells.RowRenderer` with styles registered once per column, and the
archive is deflated at level 1. ``save`` writes a temporary file beside the target,
fsyncs it and renames it over the target, so the target is never half-written.

Texts longer than Excel's 32,767-character cell limit are kept whole: the cell holds the
first part and the rest follows, in order, on the last sheet 续表 (sheet, cell, column,
piece number, text); joining the cell and its pieces gives the text back.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from desk.excel.cells import RowRenderer, display_width, row_height, wrapped_lines
from desk.excel.sheetwriter import RawSheetWriter
from desk.excel.styles import (
    FIXED_WIDTH,
    NORMAL,
    VOIDED,
    CellStyles,
)

FOOTER = "第 &P 页 共 &N 页"
OVERFLOW_SHEET = "续表"
# Height of a default row in cm (15 pt), to leave room under a table for its chart.
_ROW_CM = 0.53
# Column padding in character units.
_PADDING = 2.0


@dataclass(frozen=True)
class Column:
    """One column of a table: header, kind of value, and the widest it may grow."""

    header: str
    # text | center | int | number | percent | datetime | date | time
    kind: str = "text"
    max_width: int = 24


@dataclass(frozen=True)
class Section:
    """One titled table of a report sheet, with an optional bar chart of one column under it."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]
    # Index of the column to chart by the first column's labels (None: no chart).
    chart_column: int | None = None
    chart_title: str = ""
    # Start the section on a new printed page (keeps a table and its chart together).
    new_page: bool = False


@dataclass
class _Overflow:
    sheet: str
    cell: str
    header: str
    pieces: list[str] = field(default_factory=list)


def _column_widths(columns: Sequence[Column], rows: Sequence[Sequence[Any]]) -> list[float]:
    """Widths that fit the header and the widest value (values capped at max_width)."""
    widths: list[float] = []
    for i, col in enumerate(columns):
        header = max(display_width(part) for part in col.header.split("\n"))
        need = FIXED_WIDTH.get(col.kind, 0) if rows else 0
        if col.kind not in FIXED_WIDTH:
            # Each distinct value once, longest first; a text is at most twice its length
            # wide, so the scan stops as soon as no shorter value can be wider.
            values = {v if isinstance(v, str) else str(v) for v in set(map(itemgetter(i), rows))}
            for value in sorted(values, key=len, reverse=True):
                if 2 * len(value) <= need or need >= col.max_width:
                    break
                if len(value) > need or not value.isascii():
                    need = max(need, display_width(value))
            need = min(need, col.max_width)
        widths.append(max(header, need) + _PADDING)
    return widths


def _print_setup(ws: Worksheet, title_rows: str, landscape: bool = True) -> None:
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = 0.5
    ws.page_margins.bottom = 0.6
    ws.page_margins.header = 0.2
    ws.page_margins.footer = 0.25
    ws.oddFooter.center.text = FOOTER
    ws.oddFooter.center.size = 9
    if title_rows:
        ws.print_title_rows = title_rows


class LedgerWorkbook:
    """One workbook of printable ledger sheets, written sheet by sheet."""

    def __init__(self) -> None:
        self.wb = Workbook(write_only=True)
        self.styles = CellStyles(self.wb)
        self._writers: list[RawSheetWriter] = []
        self._overflow: list[_Overflow] = []

    # ---- rows that are not data ----------------------------------------------------
    def _title_rows(self, heading: str, note: str, n_cols: int, ws: Worksheet) -> list[str]:
        last = get_column_letter(max(n_cols, 1))
        title = self.styles.get(bold=True, size=16, border=False, align="center")
        small = self.styles.get(size=9, border=False, align="left")
        ws.merged_cells.add(f"A1:{last}1")
        ws.merged_cells.add(f"A2:{last}2")
        renderer = RowRenderer(n_cols, [[title] * n_cols], [[title] * n_cols], _no_overflow)
        row1 = renderer.row(1, [heading], height=30)
        renderer = RowRenderer(n_cols, [[small] * n_cols], [[small] * n_cols], _no_overflow)
        dims = ws.column_dimensions
        total = sum(dims[get_column_letter(i + 1)].width or 8 for i in range(n_cols))
        # The note is in a smaller font: about 1.2 of its characters fit in one column unit.
        lines = wrapped_lines(note, total * 1.2)
        return [row1, renderer.row(2, [note], height=round(lines * 11.5 + 3, 1))]

    def _header_row(self, row_no: int, columns: Sequence[Column]) -> str:
        ids = [self.styles.get(kind="center", bold=True, fill=True)] * len(columns)
        lines = max(c.header.count("\n") + 1 for c in columns)
        return RowRenderer(len(columns), [ids], [ids], _no_overflow).row(
            row_no, [c.header for c in columns], height=row_height(lines)
        )

    def _body_renderer(
        self, sheet: str, columns: Sequence[Column], widths: Sequence[float]
    ) -> RowRenderer:
        variants = (NORMAL, VOIDED)
        styles = [[self.styles.get(kind=c.kind, variant=v) for c in columns] for v in variants]
        quoted = [
            [self.styles.get(kind=c.kind, variant=v, quote=True) for c in columns] for v in variants
        ]

        def overflow(row_no: int, col: int, pieces: list[str]) -> None:
            cell = f"{get_column_letter(col + 1)}{row_no}"
            self._overflow.append(_Overflow(sheet, cell, columns[col].header, pieces))

        # A column unit is 7 px (a digit of the default font); a CJK character of a 10-pt
        # font is 13 px, i.e. display width 2 ≈ 1.86 units; less 5 px of cell margins.
        wrap = [
            w * 1.07 - 0.8 if c.kind in ("text", "center") else None
            for c, w in zip(columns, widths[: len(columns)], strict=True)
        ]
        return RowRenderer(len(columns), styles, quoted, overflow, wrap)

    def _finish(self, ws: Worksheet, rows_xml: Iterable[str]) -> None:
        writer = RawSheetWriter(ws, rows_xml)
        self._writers.append(writer)
        ws._writer = writer  # the write-only sheet streams through our writer
        writer.write_top()
        ws.close()

    # ---- sheets --------------------------------------------------------------------
    def add_table(
        self,
        name: str,
        heading: str,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Any]],
        *,
        variants: Sequence[int] | None = None,
        note: str = "",
    ) -> None:
        """A ledger sheet: title, note, header (row 3), then one row per record."""
        ws = self.wb.create_sheet(name)
        n = len(columns)
        widths = _column_widths(columns, rows)
        for i, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        last = get_column_letter(n)
        ws.freeze_panes = "A4"
        ws.auto_filter.ref = f"A3:{last}{3 + len(rows)}"
        _print_setup(ws, "1:3")
        head = self._title_rows(heading, note, n, ws)
        head.append(self._header_row(3, columns))
        body = self._body_renderer(name, columns, widths)
        # Rendered lazily while the sheet file is written: no list of all rows' XML.
        if variants is None:
            variants = [NORMAL] * len(rows)
        data = (
            body.row(i, values, variant)
            for i, (values, variant) in enumerate(zip(rows, variants, strict=True), 4)
        )
        self._finish(ws, itertools.chain(head, data))

    def add_report(self, name: str, heading: str, note: str, sections: Sequence[Section]) -> None:
        """A sheet of small titled tables, one under another, each chart under its table."""
        ws = self.wb.create_sheet(name)
        n = max(len(s.columns) for s in sections)
        widths = [0.0] * n
        for s in sections:
            for i, w in enumerate(_column_widths(s.columns, s.rows)):
                widths[i] = max(widths[i], w)
        for i, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        _print_setup(ws, "1:2", landscape=False)
        chunks = self._title_rows(heading, note, n, ws)
        heading_style = self.styles.get(bold=True, size=11, border=False)
        row_no = 3
        for s in sections:
            if s.new_page:
                ws.row_breaks.append(Break(id=row_no))
            row_no += 1
            ws.merged_cells.add(f"A{row_no}:{get_column_letter(n)}{row_no}")
            ids = [[heading_style] * n]
            chunks.append(RowRenderer(n, ids, ids, _no_overflow).row(row_no, [s.title]))
            row_no += 1
            header_row = row_no
            chunks.append(self._header_row(row_no, s.columns))
            body = self._body_renderer(name, s.columns, widths)
            for values in s.rows:
                row_no += 1
                chunks.append(body.row(row_no, values))
            if s.chart_column is not None and s.rows:
                # Below its table, in rows left empty for it: prints within the page width.
                height = self._bar_chart(ws, s, header_row, row_no, f"A{row_no + 2}")
                row_no += math.ceil(height / _ROW_CM) + 2
            row_no += 1
        self._finish(ws, chunks)

    @staticmethod
    def _bar_chart(ws: Worksheet, s: Section, header_row: int, last_row: int, anchor: str) -> float:
        """Add a horizontal bar chart of one column; returns its height in cm."""
        chart = BarChart()
        chart.type = "bar"  # horizontal bars: long Chinese labels stay readable
        chart.style = 10
        chart.title = s.chart_title or s.title
        chart.legend = None
        col = (s.chart_column or 0) + 1
        data = Reference(ws, min_col=col, min_row=header_row, max_row=last_row)
        cats = Reference(ws, min_col=1, min_row=header_row + 1, max_row=last_row)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(cats)
        chart.x_axis.scaling.orientation = "maxMin"  # first row on top, as in the table
        chart.y_axis.majorGridlines = None
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.height = min(12.0, max(5.0, 0.6 * (last_row - header_row) + 2.5))
        chart.width = 16.0
        ws.add_chart(chart, anchor)
        return float(chart.height)

    def _add_overflow_sheet(self) -> None:
        columns = [
            Column("工作表", "center", 12),
            Column("单元格", "center", 8),
            Column("列名", "center", 10),
            Column("段号", "int", 4),
            Column("续接内容", "text", 80),
        ]
        rows = [
            (o.sheet, o.cell, o.header, n, piece)
            for o in self._overflow
            for n, piece in enumerate(o.pieces, 1)
        ]
        self.add_table(
            OVERFLOW_SHEET,
            "超长内容续表",
            columns,
            rows,
            note=(
                "单元格内容超过 Excel 单格 32767 字的上限时，单元格内为前段，"
                "余下各段按段号接在此表。"
            ),
        )

    # ---- saving --------------------------------------------------------------------
    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the workbook to path atomically: a temp file beside it, fsync, rename."""
        target = Path(path)
        if self._overflow:
            self._add_overflow_sheet()
            self._overflow = []
        fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                with ZipFile(fh, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=1) as archive:
                    ExcelWriter(self.wb, archive).save()
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        finally:
            self.discard()
        _fsync_dir(target.parent)
        return target

    def discard(self) -> None:
        """Remove the sheets' temporary files (after saving, or when giving up)."""
        for writer in self._writers:
            writer.remove_file()
        self._writers = []


def _no_overflow(_row: int, _col: int, _pieces: list[str]) -> None:
    raise ValueError("标题和表头不能超过 32767 字")


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform (Windows).
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
