"""`desk leave-week`: the weekly leave statistics workbook, and a clear refusal of bad dates."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from desk.cli import main
from desk.excel.leave_week import SHEET_LINES, SHEET_SUMMARY


def test_leave_week_writes_the_weeks_approved_leave(
    month_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "周报.xlsx"
    assert (
        main(["leave-week", "--week", "2026-11-18", "--out", str(out), "--db", str(month_db)]) == 0
    )
    said = capsys.readouterr().out
    assert "已导出2026年11月16日至11月22日请假周统计" in said
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [SHEET_SUMMARY, SHEET_LINES]
    rows = [r for r in book[SHEET_LINES].iter_rows(min_row=4, values_only=True) if r[0]]
    with sqlite3.connect(month_db) as con:
        expected = con.execute(
            "SELECT count(*) FROM leave_requests WHERE state IN ('approved', 'closed') "
            "AND starts_at < '2026-11-23' AND ends_at > '2026-11-16' "
            "AND (closed_at IS NULL OR closed_at > '2026-11-16')"
        ).fetchone()[0]
    con.close()
    assert len(rows) == expected > 0
    assert all(str(r[0]).startswith("请假〔2026〕") for r in rows)


def test_a_malformed_week_is_refused_with_exit_code_2(
    month_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.xlsx"
    assert (
        main(["leave-week", "--week", "2026-11-31", "--out", str(out), "--db", str(month_db)]) == 2
    )
    err = capsys.readouterr().err
    assert "日期“2026-11-31”格式不对" in err and "Traceback" not in err
    assert not out.exists()
