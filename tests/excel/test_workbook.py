"""The sheet writer: safe cells, real dates, widths, print setup, atomic save."""

from __future__ import annotations

import os
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.excel.cells import (
    EXCEL_CELL_LIMIT,
    display_width,
    excel_serial,
    safe_text,
    split_long_text,
    utf16_len,
    wrapped_lines,
)
from desk.excel.styles import DATE_FORMAT, DATETIME_FORMAT, VOIDED
from desk.excel.workbook import FOOTER, OVERFLOW_SHEET, Column, LedgerWorkbook, Section

COLUMNS = (
    Column("编号", "int", 6),
    Column("时间", "datetime"),
    Column("日期", "date"),
    Column("姓名", "text", 10),
    Column("留言", "text", 20),
    Column("比例", "percent"),
)


def _book(tmp_path: Path, rows: list[tuple], **kw: object) -> openpyxl.Workbook:
    book = LedgerWorkbook()
    book.add_table("台账", "某中心 某台账 2026年11月", COLUMNS, rows, note="说明", **kw)  # type: ignore[arg-type]
    path = tmp_path / "t.xlsx"
    book.save(path)
    return openpyxl.load_workbook(path)


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    names = ["=1+1", "+86138", "-3", "@SUM(A1)", '=HYPERLINK("http://x")', "普通"]
    rows = [(i, None, None, name, "", None) for i, name in enumerate(names)]
    ws = _book(tmp_path, rows)["台账"]
    for i, name in enumerate(names):
        cell = ws.cell(4 + i, 4)
        assert cell.value == name
        assert cell.data_type == "s"
        assert cell.quotePrefix is (name[0] in "=+-@")


def test_illegal_xml_characters_are_removed(tmp_path: Path) -> None:
    rows = [(1, None, None, "张\x00三\x07", "a\x1bb\r\nc", None)]
    ws = _book(tmp_path, rows)["台账"]
    assert ws["D4"].value == "张三"
    assert ws["E4"].value == "ab\nc"


def test_xml_special_characters_and_spaces_survive(tmp_path: Path) -> None:
    rows = [(1, None, None, " <b>&amp; ", "line1\n  line2", None)]
    ws = _book(tmp_path, rows)["台账"]
    assert ws["D4"].value == " <b>&amp; "
    assert ws["E4"].value == "line1\n  line2"


def test_dates_are_real_dates_with_chinese_formats(tmp_path: Path) -> None:
    at = datetime(2026, 11, 16, 9, 5, 7)
    ws = _book(tmp_path, [(1, at, date(2026, 11, 30), "张三", "", 0.25)])["台账"]
    assert ws["B4"].value == at
    assert ws["B4"].is_date and ws["B4"].number_format == DATETIME_FORMAT
    assert ws["C4"].value == datetime(2026, 11, 30)
    assert ws["C4"].number_format == DATE_FORMAT
    assert ws["F4"].value == 0.25 and ws["F4"].number_format == "0.0%"
    assert ws["A4"].value == 1 and ws["A4"].data_type == "n"


def test_title_header_freeze_filter_and_print_setup(tmp_path: Path) -> None:
    rows = [(i, None, None, "张三", "", None) for i in range(5)]
    ws = _book(tmp_path, rows)["台账"]
    assert ws["A1"].value == "某中心 某台账 2026年11月"
    assert ws["A1"].font.b and ws["A1"].font.sz == 16
    assert "A1:F1" in {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[3]] == [c.header for c in COLUMNS]
    assert all(c.font.b and c.fill.fgColor.rgb.endswith("DDE6F0") for c in ws[3])
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == "A3:F8"
    assert ws.print_title_rows == "$1:$3"
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.oddFooter.center.text == FOOTER
    assert "&P" in FOOTER and "&N" in FOOTER


def test_voided_rows_are_grey(tmp_path: Path) -> None:
    rows = [(1, None, None, "张三", "", None), (2, None, None, "李四", "", None)]
    ws = _book(tmp_path, rows, variants=[0, VOIDED])["台账"]
    assert ws["D4"].font.color.rgb.endswith("000000")
    assert ws["D5"].font.color.rgb.endswith("8C8C8C")


def test_widths_fit_chinese_and_stop_at_the_cap(tmp_path: Path) -> None:
    rows = [(1, datetime(2026, 11, 1), None, "欧阳娜娜", "很" * 200, None)]
    ws = _book(tmp_path, rows)["台账"]
    assert ws.column_dimensions["D"].width >= display_width("欧阳娜娜")
    assert ws.column_dimensions["B"].width >= display_width("2026年11月16日 09:05")
    assert ws.column_dimensions["E"].width < 25  # capped; the text wraps instead
    assert ws.row_dimensions[4].height > 100  # 400 display columns of text, wrapped


def test_a_10000_character_text_comes_back_whole(tmp_path: Path) -> None:
    text = "留言" * 4_000 + "x" * 2_000
    assert len(text) == 10_000
    ws = _book(tmp_path, [(1, None, None, "张三", text, None)])["台账"]
    assert ws["E4"].value == text


def test_text_over_the_excel_limit_continues_on_the_overflow_sheet(tmp_path: Path) -> None:
    text = "".join(chr(0x4E00 + i % 500) for i in range(70_000)) + "😀" * 10
    wb = _book(tmp_path, [(1, None, None, "张三", text, None)])
    assert wb.sheetnames[-1] == OVERFLOW_SHEET
    first = wb["台账"]["E4"].value
    assert utf16_len(first) <= EXCEL_CELL_LIMIT
    pieces = [
        r for r in wb[OVERFLOW_SHEET].iter_rows(min_row=4, values_only=True) if r[0] is not None
    ]
    assert [(p[0], p[1], p[2], p[3]) for p in pieces] == [
        ("台账", "E4", "留言", 1), ("台账", "E4", "留言", 2),
    ]  # fmt: skip
    assert first + "".join(p[4] for p in pieces) == text


def test_report_sections_and_chart(tmp_path: Path) -> None:
    book = LedgerWorkbook()
    sections = [
        Section("一、概况", (Column("项目"), Column("数量", "int")), [("登记", 3), ("转交", 1)]),
        Section(
            "二、按方式",
            (Column("方式"), Column("件数", "int"), Column("占比", "percent")),
            [("当场办理", 2, 2 / 3), ("转交", 1, 1 / 3)],
            chart_column=1,
            new_page=True,
        ),
    ]
    book.add_report("汇总", "某中心 汇总 2026年11月", "说明", sections)
    path = tmp_path / "r.xlsx"
    book.save(path)
    ws = openpyxl.load_workbook(path)["汇总"]
    values = [r for r in ws.iter_rows(values_only=True)]
    assert ("登记", 3, None) in values
    assert ("当场办理", 2, pytest.approx(2 / 3)) in values
    assert len(ws._charts) == 1
    assert ws.row_breaks.count == 1
    assert ws.page_setup.orientation == "portrait"


def test_save_replaces_atomically_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "book.xlsx"
    target.write_bytes(b"old")
    book = LedgerWorkbook()
    book.add_table("台账", "标题", COLUMNS, [(1, None, None, "张三", "", None)])
    book.save(target)
    assert openpyxl.load_workbook(target)["台账"]["D4"].value == "张三"
    assert os.listdir(tmp_path) == ["book.xlsx"]


def test_failed_save_keeps_the_old_file_and_removes_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "book.xlsx"
    target.write_bytes(b"old")
    book = LedgerWorkbook()
    book.add_table("台账", "标题", COLUMNS, [(1, None, None, "张三", "", None)])

    def broken(_self: object) -> None:
        raise OSError("磁盘已满")

    monkeypatch.setattr("openpyxl.writer.excel.ExcelWriter.write_data", broken)
    with pytest.raises(OSError):
        book.save(target)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["book.xlsx"]


# ---- the cell helpers ---------------------------------------------------------------


def test_display_width_counts_wide_characters_twice() -> None:
    assert display_width("abc") == 3
    assert display_width("张三") == 4
    assert display_width("（0571）") == 8
    assert display_width("短\n更长的一行") == 10


def test_wrapped_lines() -> None:
    assert wrapped_lines("短", 10) == 1
    assert wrapped_lines("一二三四五六七八九十", 10) == 2
    assert wrapped_lines("a\nb\nc", 10) == 3


def test_excel_serial_numbers() -> None:
    assert excel_serial(date(1900, 3, 1)) == 61
    assert excel_serial(datetime(2026, 11, 16, 12, 0)) == excel_serial(date(2026, 11, 16)) + 0.5
    assert excel_serial(time(6, 0)) == 0.25


def test_safe_text() -> None:
    assert safe_text("a\x00b\x1fc\td") == "abc\td"
    assert safe_text("a\r\nb\rc") == "a\nb\nc"


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=300), st.integers(min_value=2, max_value=40))
def test_split_long_text_keeps_everything(text: str, limit: int) -> None:
    pieces = split_long_text(text, limit)
    assert "".join(pieces) == text
    assert all(utf16_len(p) <= limit for p in pieces)
