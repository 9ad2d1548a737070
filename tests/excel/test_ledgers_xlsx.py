"""The monthly workbook of the demo hall, read back with openpyxl and checked against SQL.

Counts are made here with plain SQL on the database, independently of the ledger queries.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from desk.domain.common.errors import PermissionDenied
from desk.domain.hall import Hall
from desk.excel.ledgers import (
    APPOINTMENT_FIELDS,
    CASE_FIELDS,
    COVERAGE_FIELDS,
    DUTY_FIELDS,
    HANDOVER_FIELDS,
    INTAKE_FIELDS,
    LEAVE_FIELDS,
    NOTICE_FIELDS,
    SHEETS,
    WHEREABOUTS_FIELDS,
    export_month,
)
from tests.excel.month_data import EXPORT_AT, FORMULA_NAMES, LONG_MESSAGE, MONTH, MonthData

START, END = "2026-11-01 00:00:00", "2026-12-01 00:00:00"


def in_month(col: str = "created_at") -> str:
    return f"{col} >= '{START}' AND {col} < '{END}'"


IN_MONTH = in_month()
OVERLAPS = f"started_at < '{END}' AND (ended_at IS NULL OR ended_at > '{START}')"


@pytest.fixture
def sql(month_db: Path) -> Iterator[sqlite3.Connection]:
    con = sqlite3.connect(month_db)
    yield con
    con.close()


def count(con: sqlite3.Connection, query: str) -> int:
    return int(con.execute(query).fetchone()[0])


@pytest.fixture
def book(month_hall: Hall, tmp_path: Path) -> openpyxl.Workbook:
    path = tmp_path / "台账.xlsx"
    export_month(month_hall.ledgers, MONTH, path)
    return openpyxl.load_workbook(path)


def data_rows(ws: Worksheet) -> list[tuple]:
    return [r for r in ws.iter_rows(min_row=4, values_only=True) if any(v is not None for v in r)]


def column(ws: Worksheet, header: str) -> list:
    headers = [c.value for c in ws[3]]
    i = headers.index(header)
    return [r[i] for r in data_rows(ws)]


def summary_value(ws: Worksheet, label: str, col: int = 1) -> object:
    for row in ws.iter_rows(values_only=True):
        if row[0] == label:
            return row[col]
    raise KeyError(label)


def test_every_sheet_is_there_with_title_and_headers(book: openpyxl.Workbook) -> None:
    assert book.sheetnames == list(SHEETS)
    expected = {
        "办事登记台账": INTAKE_FIELDS, "转交台账": HANDOVER_FIELDS,
        "预约登记台账": APPOINTMENT_FIELDS, "限时办结台账": CASE_FIELDS,
        "一次性告知台账": NOTICE_FIELDS, "去向记录": WHEREABOUTS_FIELDS,
        "AB岗顶岗记录": COVERAGE_FIELDS, "值班记录": DUTY_FIELDS, "请假台账": LEAVE_FIELDS,
    }  # fmt: skip
    for name, columns in expected.items():
        ws = book[name]
        assert ws["A1"].value == f"青石街道便民服务中心 {name} 2026年11月"
        assert [c.value for c in ws[3]] == [f.column.header for f in columns]
        assert ws.print_title_rows == "$1:$3"
        assert ws.freeze_panes == "A4"
    assert book["汇总"]["A1"].value == "青石街道便民服务中心 月度台账汇总 2026年11月"


def test_row_counts_equal_the_database(
    book: openpyxl.Workbook, sql: sqlite3.Connection, month: MonthData
) -> None:
    expected = {
        "办事登记台账": f"SELECT count(*) FROM intakes WHERE {IN_MONTH}",
        "转交台账": f"SELECT count(*) FROM handovers WHERE {IN_MONTH}",
        "预约登记台账": f"SELECT count(*) FROM appointments WHERE {IN_MONTH}",
        "限时办结台账": f"SELECT count(*) FROM time_limit_cases WHERE {in_month('accepted_at')}",
        "一次性告知台账": f"SELECT count(*) FROM notices WHERE {IN_MONTH}",
        "去向记录": f"SELECT count(*) FROM whereabouts WHERE status != 'in_post' AND {OVERLAPS}",
        "AB岗顶岗记录": f"SELECT count(*) FROM coverage WHERE {OVERLAPS}",
        "值班记录": "SELECT count(*) FROM duty_logs "
        "WHERE day >= '2026-11-01' AND day < '2026-12-01'",
        "请假台账": f"SELECT count(*) FROM leave_requests WHERE {IN_MONTH}",
    }
    for name, query in expected.items():
        n = count(sql, query)
        assert len(data_rows(book[name])) == n, name
        assert n > 0, f"the month data should exercise {name}"
    # The records a second before and at the month's bounds are left out.
    ids = column(book["办事登记台账"], "登记号")
    assert month.outside_intakes and not set(month.outside_intakes) & set(ids)


def test_dates_are_real_dates(book: openpyxl.Workbook) -> None:
    for name, header in [
        ("办事登记台账", "登记时间"), ("转交台账", "转交时间"), ("预约登记台账", "登记时间"),
        ("限时办结台账", "受理时间"), ("一次性告知台账", "告知时间"), ("去向记录", "离岗时间"),
        ("AB岗顶岗记录", "开始时间"),
    ]:  # fmt: skip
        values = column(book[name], header)
        assert values and all(isinstance(v, datetime) for v in values), name
        assert all(v.year >= 2026 for v in values)
    times = column(book["办事登记台账"], "登记时间")
    assert all(datetime(2026, 11, 1) <= t < datetime(2026, 12, 1) for t in times)
    assert times == sorted(times)
    ws = book["办事登记台账"]
    assert ws["B4"].number_format == 'yyyy"年"m"月"d"日" hh:mm'
    assert isinstance(column(book["限时办结台账"], "承诺办结日期")[0], datetime)


def test_summary_figures_equal_independent_counts(
    book: openpyxl.Workbook, sql: sqlite3.Connection
) -> None:
    ws = book["汇总"]
    valid = f"{IN_MONTH} AND voided_at IS NULL"
    assert summary_value(ws, "办事登记总数") == count(
        sql, f"SELECT count(*) FROM intakes WHERE {IN_MONTH}"
    )
    assert summary_value(ws, "其中有效登记") == count(
        sql, f"SELECT count(*) FROM intakes WHERE {valid}"
    )
    assert summary_value(ws, "其中已作废") == count(
        sql, f"SELECT count(*) FROM intakes WHERE {IN_MONTH} AND voided_at IS NOT NULL"
    )
    assert summary_value(ws, "有效登记中已更正") == count(
        sql, f"SELECT count(*) FROM intakes WHERE {valid} AND edit_count > 0"
    )
    labels = {"handled": "当场办理", "notice": "一次性告知", "handover": "转交",
              "referred": "引导至其他部门", "outside": "非本机关职责"}  # fmt: skip
    for code, n in sql.execute(f"SELECT outcome, count(*) FROM intakes WHERE {valid} GROUP BY 1"):
        assert summary_value(ws, labels[code]) == n
    posts = sql.execute(
        f"SELECT p.name, count(*) FROM intakes i JOIN posts p ON p.id = i.post_id "
        f"WHERE {in_month('i.created_at')} AND i.voided_at IS NULL GROUP BY p.name"
    ).fetchall()
    assert posts
    for post, n in posts:
        assert summary_value(ws, post) == n
    handovers = count(
        sql,
        f"SELECT count(*) FROM handovers h JOIN intakes i ON i.id = h.intake_id "
        f"WHERE {in_month('h.created_at')} AND h.state != 'voided' AND i.voided_at IS NULL",
    )
    assert summary_value(ws, "转交记录") == handovers
    assert summary_value(ws, "转交后联系办事人") == handovers
    cases = f"{in_month('accepted_at')} AND voided_at IS NULL"
    assert summary_value(ws, "限时办结件") == count(
        sql, f"SELECT count(*) FROM time_limit_cases WHERE {cases}"
    )
    on_time = count(
        sql,
        f"SELECT count(*) FROM time_limit_cases WHERE {cases} "
        "AND completed_at IS NOT NULL AND NOT late",
    )
    overdue = count(
        sql,
        f"SELECT count(*) FROM time_limit_cases WHERE {cases} AND completed_at IS NULL "
        f"AND state IN ('accepted', 'in_progress') AND promised_date < '{EXPORT_AT.date()}'",
    )
    assert summary_value(ws, "限时办结", 2) == on_time
    assert summary_value(ws, "限时办结", 4) == overdue
    assert summary_value(ws, "一次性告知记录") == count(
        sql, f"SELECT count(*) FROM notices WHERE {IN_MONTH} AND voided_at IS NULL"
    )
    assert summary_value(ws, "离岗记录") == count(
        sql, f"SELECT count(*) FROM whereabouts WHERE status != 'in_post' AND {OVERLAPS}"
    )
    assert summary_value(ws, "其中无人顶岗") == count(
        sql, f"SELECT count(*) FROM coverage WHERE {OVERLAPS} AND covering_id IS NULL"
    )
    assert len(ws._charts) == 2


def test_deadline_summary_matches_the_ledger_rows(book: openpyxl.Workbook) -> None:
    ws = book["汇总"]
    for label, sheet in [("转交后联系办事人", "转交台账"), ("预约回复", "预约登记台账"),
                         ("限时办结", "限时办结台账")]:  # fmt: skip
        marks = column(book[sheet], "时限情况")
        assert summary_value(ws, label, 2) == marks.count("按时")
        assert summary_value(ws, label, 3) == marks.count("逾期办理")
        assert summary_value(ws, label, 4) == marks.count("已逾期未办")
        decided = sum(marks.count(x) for x in ("按时", "逾期办理", "已逾期未办"))
        rate = summary_value(ws, label, 7)
        assert rate == "—" if not decided else rate == pytest.approx(marks.count("按时") / decided)


def test_formula_text_control_characters_and_long_text(
    book: openpyxl.Workbook, month: MonthData
) -> None:
    ws = book["办事登记台账"]
    ids = column(ws, "登记号")
    names = column(ws, "办事人姓名")
    for iid, expected in zip(month.formula_intakes, FORMULA_NAMES, strict=True):
        row = 4 + ids.index(iid)
        cell = ws.cell(row, 5)
        assert cell.value == expected and cell.data_type == "s"
    assert "=1+1" in names
    units = dict(zip(ids, column(ws, "办事人单位"), strict=True))
    assert units[month.control_intake] == "控制字符"
    messages = dict(zip(ids, column(ws, "留言"), strict=True))
    assert messages[month.long_intake] == LONG_MESSAGE
    assert len(LONG_MESSAGE) == 10_000


def test_voided_and_corrected_rows_are_marked(
    book: openpyxl.Workbook, month: MonthData, sql: sqlite3.Connection
) -> None:
    ws = book["办事登记台账"]
    ids = column(ws, "登记号")
    states = dict(zip(ids, column(ws, "状态"), strict=True))
    assert states[month.voided_intake] == "已作废：重复登记"
    assert states[month.corrected_intake] == "已更正"
    row = 4 + ids.index(month.voided_intake)
    assert ws.cell(row, 5).font.color.rgb.endswith("8C8C8C")
    units = dict(zip(ids, column(ws, "办事人单位"), strict=True))
    assert units[month.corrected_intake] == "更正后的单位"
    assert sum(s.startswith("已作废") for s in states.values()) == count(
        sql, f"SELECT count(*) FROM intakes WHERE {IN_MONTH} AND voided_at IS NOT NULL"
    )


def test_phones_are_masked_by_default(book: openpyxl.Workbook) -> None:
    for name in ("办事登记台账", "转交台账", "预约登记台账", "限时办结台账", "一次性告知台账"):
        phones = [p for p in column(book[name], "联系电话") if p]
        assert phones, name
        assert all("****" in p for p in phones), name
        assert not any(re.search(r"\d{11}", p) for p in phones)


def test_unmasked_export_needs_a_director_and_is_audited(
    month_hall: Hall, tmp_path: Path, sql: sqlite3.Connection
) -> None:
    with pytest.raises(PermissionDenied):
        export_month(month_hall.ledgers, MONTH, tmp_path / "x.xlsx", unmasked=True)
    assert not (tmp_path / "x.xlsx").exists()
    director = month_hall.operators.find_by_name("林建华")
    month_hall.operators.sign_in(director.id, "2468")
    export_month(month_hall.ledgers, MONTH, tmp_path / "x.xlsx", unmasked=True)
    phones = column(openpyxl.load_workbook(tmp_path / "x.xlsx")["办事登记台账"], "联系电话")
    assert any(re.fullmatch(r"139\d{8}", p or "") for p in phones)
    sql.execute("PRAGMA wal_checkpoint")
    rows = sql.execute(
        "SELECT operator_id, note FROM audit_log WHERE action = 'export_unmasked'"
    ).fetchall()
    assert len(rows) == 1
    operator_id, note = rows[0]
    assert operator_id == director.id
    assert note.startswith("导出未遮蔽的个人信息：2026年11月月度台账，")
    assert str(tmp_path / "x.xlsx") in note


def test_progress_reaches_the_end(month_hall: Hall, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    result = export_month(
        month_hall.ledgers, MONTH, tmp_path / "p.xlsx", progress=lambda *a: seen.append(a)
    )
    assert seen[-1] == (seen[-1][1], seen[-1][1], "导出完成")
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    assert result.rows["办事登记台账"] == len(month_hall.ledgers.intakes(MONTH))


def test_an_empty_month_still_has_every_sheet(month_hall: Hall, tmp_path: Path) -> None:
    from desk.domain.ledgers.rows import Month

    export_month(month_hall.ledgers, Month(2025, 1), tmp_path / "e.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "e.xlsx")
    assert wb.sheetnames == list(SHEETS)
    assert data_rows(wb["办事登记台账"]) == []
    assert wb["办事登记台账"]["A2"].value.startswith("本月无记录")


def test_duty_and_leave_sheets_show_the_logs_and_requests(
    book: openpyxl.Workbook, sql: sqlite3.Connection
) -> None:
    duty = book["值班记录"]
    days = column(duty, "日期")
    assert days == sorted(days) and all(isinstance(d, datetime) for d in days)
    signed = count(
        sql,
        "SELECT count(*) FROM duty_logs WHERE signed_at IS NOT NULL AND voided_at IS NULL "
        "AND day >= '2026-11-01' AND day < '2026-12-01'",
    )
    assert column(duty, "状态").count("已签字") == signed
    assert "本月至今应填写" in str(duty["A2"].value)
    leave = book["请假台账"]
    numbers = column(leave, "请假单号")
    assert numbers and all(re.fullmatch(r"请假〔2026〕第\d{4}号", n) for n in numbers)
    assert set(column(leave, "假别")) <= {
        "公休/年休",
        "病假",
        "事假",
        "婚假",
        "产假",
        "培训",
        "出差",
        "开会",
    } | {None}
