"""The same hall on either engine: `desk demo` + `desk export` give the same workbook:
the same sheets with the same titles and headers and the same number of rows."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desk.cli import main

pytestmark = pytest.mark.postgres


def _months() -> list[str]:
    today = date.today()
    last = date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)
    return [f"{last:%Y-%m}", f"{today:%Y-%m}"]


# The two exports run a moment apart: the time each was made is not part of the records.
_EXPORTED_AT = re.compile(r"导出时间：[^；]*")


def _cell(value: object) -> object:
    return _EXPORTED_AT.sub("导出时间：…", value) if isinstance(value, str) else value


def _sheets(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path, read_only=True)
    return {
        ws.title: [tuple(_cell(v) for v in row) for row in ws.iter_rows(values_only=True)]
        for ws in book.worksheets
    }


def test_demo_and_export_give_the_same_sheets_and_rows_on_both_engines(
    empty_db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stores = {
        "sqlite": ["--db", str(tmp_path / "demo.sqlite3")],
        "postgresql": ["--database-url", empty_db_url],
    }
    books: dict[str, dict[str, dict[str, list[tuple]]]] = {}
    for engine, where in stores.items():
        assert main(["demo", *where]) == 0, capsys.readouterr().err
        books[engine] = {}
        for month in _months():
            out = tmp_path / f"{engine}-{month}.xlsx"
            assert main(["export", "--month", month, "--out", str(out), *where]) == 0
            books[engine][month] = _sheets(out)
    for month in _months():
        lite, pg = books["sqlite"][month], books["postgresql"][month]
        assert list(lite) == list(pg)
        assert {name: len(rows) for name, rows in lite.items()} == {
            name: len(rows) for name, rows in pg.items()
        }
        assert sum(len(rows) for rows in pg.values()) > 2 * len(pg)  # not just headers
        for name in lite:
            # Title and column headers alike; the records themselves carry times the demo
            # takes from the clock as it is built, a moment apart on the two engines.
            assert lite[name][:3] == pg[name][:3], name
