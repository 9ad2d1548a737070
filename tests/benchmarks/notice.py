"""Benchmark: printing a 一次性告知单 for an item with 40 materials to PDF.

Run:  .venv/bin/python tests/benchmarks/notice.py [--runs 10] [--materials 40] [--keep DIR]

Builds a hall with one item of N materials (half ticked), then measures

* issue + render + layout + write: ``hall.notices.issue`` (numbering, Jinja2 render, the
  archive row) followed by ``html_to_pdf`` — what the clerk's 打印 costs up to the PDF;
* layout + write only: ``html_to_pdf`` of the archived HTML (a reprint);
* the template render alone;

each cold (the first call in the process: Jinja2 import, font database, first layout)
and warm (median of the following runs). Target: ≤ 1 s for issue + render + PDF.
Prints a table.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_SECONDS = 1.0


def _build(path: Path, materials: int):  # type: ignore[no-untyped-def]
    from desk.bootstrap import open_hall
    from desk.domain.catalogue.views import ItemContent, MaterialSpec
    from desk.domain.common.clock import FixedClock
    from desk.domain.common.codes import MaterialForm, MatterKind, Role

    hall = open_hall(f"sqlite:///{path}", clock=FixedClock(datetime(2026, 11, 16, 9, 0)))
    hall.settings.set("hall.name", "青石街道便民服务中心")
    dept = hall.staff.add_department("民政办", phone="0571-87654303")
    clerk = hall.staff.add_staff("王晓燕", dept)
    post = hall.staff.add_post("民政救助", dept, window_no="3", a_id=clerk)
    forms = list(MaterialForm)
    item = hall.catalogue.add_item(
        content=ItemContent(
            name="农村宅基地和建房（规划许可）申请",
            post_id=post,
            kind=MatterKind.JOINT,
            promised_days=20,
            legal_basis="《中华人民共和国土地管理法》第六十二条；\n《中华人民共和国城乡规划法》第四十一条。",
            conditions="1. 本村集体经济组织成员；\n2. 一户一宅；\n3. 符合国土空间规划。",
            procedure="\n".join(f"{i}. 第{i}步：审查与公示" for i in range(1, 6)),
            fees="不收费",
            consult_phone="0571-87654308",
            materials=tuple(
                MaterialSpec(
                    f"第{i}项申请材料（示例：家庭成员身份证明及相关证明文件）",
                    forms[i % 3],
                    1 + i % 2,
                    i % 4 != 0,
                    "视情况提供" if i % 4 == 0 else "",
                )
                for i in range(1, materials + 1)
            ),
        )
    )
    op = hall.operators.add(clerk, Role.CLERK)
    hall.operators.sign_in(op)
    return hall, item


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--materials", type=int, default=40)
    parser.add_argument("--keep", type=Path, help="keep the PDFs in this folder")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="desk-notice-bench-"))
    out = args.keep or work
    out.mkdir(parents=True, exist_ok=True)
    hall, item_id = _build(work / "bench.sqlite3", args.materials)

    from desk.domain.common.codes import NoticeKind
    from desk.domain.notices.service import NoticeRequest
    from desk.printing.engine import html_to_pdf
    from desk.printing.notice import render_notice

    detail = hall.catalogue.detail(item_id)
    had = frozenset(m.id for m in detail.content.materials[::2] if m.id is not None)
    request = NoticeRequest(NoticeKind.NOTICE, item_id, had, "张三", "", "13812345678")

    full: list[float] = []
    layout: list[float] = []
    render: list[float] = []
    pages = 0
    for run in range(args.runs + 1):
        t0 = time.perf_counter()
        notice = hall.notices.issue(request, render_notice)
        pages = html_to_pdf(notice.html, out / f"notice-{run}.pdf")
        full.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        html_to_pdf(notice.html, out / f"reprint-{run}.pdf")
        layout.append(time.perf_counter() - t0)
        before = len(render)

        def timed(draft):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            html = render_notice(draft)
            render.append(time.perf_counter() - start)
            return html

        hall.notices.issue(request, timed)
        assert len(render) == before + 1

    rows = [
        ("issue + render + PDF", full),
        ("PDF only (reprint)", layout),
        ("template render", render),
    ]
    print(f"一次性告知单, {args.materials} materials, {pages} pages, {args.runs} warm runs")
    print(f"{'step':<24}{'cold (s)':>10}{'warm median (s)':>18}{'warm max (s)':>14}")
    for name, values in rows:
        warm = values[1:]
        print(f"{name:<24}{values[0]:>10.3f}{statistics.median(warm):>18.3f}{max(warm):>14.3f}")
    worst = max(full[0], statistics.median(full[1:]))
    verdict = "OK" if worst <= TARGET_SECONDS else "TOO SLOW"
    print(f"target ≤ {TARGET_SECONDS:.1f} s for issue + render + PDF: {verdict}")
    if args.keep:
        print(f"PDFs in {out}")
    hall.db.dispose()
    del app
    return 0 if worst <= TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
