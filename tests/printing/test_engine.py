"""The print engine lays HTML out on A4 pages with repeated table headers and page footers."""

from __future__ import annotations

from pathlib import Path

from desk.printing.engine import html_to_pdf
from desk.printing.templates import cn_date, cn_datetime


def test_long_table_flows_onto_more_pages_with_footer(qapp, tmp_path: Path, pdf_text) -> None:
    rows = "".join(f"<tr><td>{i}</td><td>材料第{i}项</td></tr>" for i in range(80))
    html = (
        "<h1>一次性告知单</h1><table border=1 width=100%>"
        f"<thead><tr><th>序号</th><th>材料名称</th></tr></thead>{rows}</table>"
    )
    pdf = tmp_path / "out.pdf"
    pages = html_to_pdf(html, pdf)
    text = pdf_text(pdf)
    assert pages >= 2
    assert "一次性告知单" in text
    assert "材料第79项" in text
    assert text.count("材料名称") == pages  # the header row repeats on every page
    assert f"第{pages}页/共{pages}页" in text.replace(" ", "")


def test_chinese_date_filters() -> None:
    from datetime import date, datetime

    assert cn_date(date(2026, 11, 6)) == "2026年11月6日"
    assert cn_datetime(datetime(2026, 11, 6, 9, 5)) == "2026年11月6日 09:05"
    assert cn_date(None) == ""
