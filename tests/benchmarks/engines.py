"""Benchmark: the same hall on SQLite and on PostgreSQL, side by side in one run.

    .venv/bin/python tests/benchmarks/engines.py [--intakes 300000] [--runs 15]
        [--database-url postgresql+psycopg://USER@HOST:PORT/EMPTY_DB]

Without --database-url a throw-away PostgreSQL server is started with .ci/pg-server (as
CI does) and stopped at the end. Each engine gets the same hall: 300 staff, 100 posts,
three years of whereabouts (tests/benchmarks/board.py) and 300,000 intakes over two years
(tests/benchmarks/intake.py), bulk-inserted; then, through the real services:

* board refresh: BoardService.rows() alone, and BoardPage.refresh() with its repaint
  after another desk changed one person's status;
* saving an intake with a handover (IntakeService.save: validation, one transaction,
  audit, search index);
* register searches over all dates: phone fragments, names, pinyin initials.

It prints one table: median milliseconds per engine (targets: refresh ≤ 50, save ≤ 50,
search ≤ 100).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, text  # noqa: E402

from desk.bootstrap import open_hall  # noqa: E402
from desk.db.models import Intake  # noqa: E402
from desk.domain.common.clock import FixedClock  # noqa: E402
from desk.domain.common.codes import Channel, Outcome, Status  # noqa: E402
from desk.domain.common.pinyin import initials  # noqa: E402
from desk.domain.hall import Hall  # noqa: E402
from desk.domain.intake.views import HandoverDraft, IntakeDraft, IntakeFilter  # noqa: E402
from tests.benchmarks import board as board_bench  # noqa: E402
from tests.benchmarks import intake as intake_bench  # noqa: E402
from tests.benchmarks.intake import NOW, cell  # noqa: E402

ITEM_NAMES = [name for name, _kind, _days in intake_bench.ITEMS]
TARGETS = {"board": 50.0, "save": 50.0, "search": 100.0}


def build(url: str, intakes: int) -> float:
    """The benchmark hall at url; returns the seconds it took."""
    t = time.perf_counter()
    board_bench.build(url, NOW)
    hall = open_hall(url, clock=FixedClock(NOW))
    staff = list(range(1, board_bench.STAFF + 1))
    posts = list(range(1, board_bench.POSTS + 1))
    intake_bench.bulk_insert(hall, intakes, staff, posts, ITEM_NAMES)
    if hall.db.is_postgres:
        # Rows came with explicit ids: move each id sequence past them, then refresh the
        # planner's statistics as autovacuum would after such a load.
        with hall.db.engine.begin() as conn:
            for table in ("departments", "staff", "posts", "operators", "whereabouts",
                          "coverage", "intakes", "handovers"):  # fmt: skip
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"coalesce(max(id), 1)) FROM {table}"
                    )
                )
        with hall.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.exec_driver_sql("VACUUM ANALYZE")
    hall.db.dispose()
    return time.perf_counter() - t


def median_ms(fn, runs: int) -> float:  # noqa: ANN001
    fn()  # warm-up
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def searches(hall: Hall) -> list[tuple[str, IntakeFilter]]:
    with hall.db.read() as s:
        sample = s.get(Intake, 150_000) or s.scalars(select(Intake).limit(1)).one()
        two = s.scalars(
            select(Intake.visitor_name).where(func.length(Intake.visitor_name) == 2).limit(1)
        ).one()
    phone = sample.visitor_phone.replace("-", "")[-7:]
    return [
        (f"搜索 电话片段（少见）{phone}", IntakeFilter(text=phone)),
        ("搜索 电话片段（常见）5678", IntakeFilter(text="5678")),
        (f"搜索 姓名 {sample.visitor_name}", IntakeFilter(text=sample.visitor_name)),
        (f"搜索 姓名（两字）{two}", IntakeFilter(text=two)),
        ("搜索 姓名（常见）王", IntakeFilter(text="王")),
        (
            f"搜索 拼音首字母 {initials(sample.visitor_name, is_name=True)}",
            IntakeFilter(text=initials(sample.visitor_name, is_name=True)),
        ),
        ("搜索 事项首字母 dbsq", IntakeFilter(text="dbsq")),
    ]


def measure(url: str, runs: int) -> dict[str, tuple[str, float]]:
    """{key: (label, median ms)} of every measure on the store at url."""
    out: dict[str, tuple[str, float]] = {}
    refresh = board_bench.time_refresh(url, runs)
    out["board_rows"] = ("去向牌 rows() 查询（300人）", statistics.median(refresh["query"]) * 1000)
    out["board_one"] = (
        "去向牌刷新：另一窗口改了一人",
        statistics.median(refresh["one"]) * 1000,
    )
    hall = open_hall(url, clock=FixedClock(NOW))
    hall.ctx.operator_id = 1  # the benchmark clerk (board.py's operator)
    for label, f in searches(hall):
        found = len(hall.intakes.find(f))
        out[label] = (f"{label}（{found}条）", median_ms(lambda f=f: hall.intakes.find(f), runs))
    counter = iter(range(10**6))
    post = 1

    def save() -> None:
        k = next(counter)
        hall.intakes.save(
            IntakeDraft(
                channel=Channel.VISIT, visitor_name="张建国", visitor_phone=f"138{k:08d}",
                visitor_unit="城东村委会", matter="临时救助申请", message="家中失火",
                outcome=Outcome.HANDOVER, post_id=post,
            ),
            HandoverDraft(42, "张建国", f"138{k:08d}", "城东村委会", "临时救助申请"),
        )  # fmt: skip

    out["save"] = ("保存登记＋转交（IntakeService.save）", median_ms(save, runs * 2))
    hall.board.set_status(3, Status.MEETING)
    hall.db.dispose()
    return out


def target(key: str) -> float:
    if key.startswith("board"):
        return TARGETS["board"]
    return TARGETS["save"] if key == "save" else TARGETS["search"]


def start_server(folder: Path) -> str:
    base = subprocess.run(
        [str(ROOT / ".ci" / "pg-server"), "start", str(folder)],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    subprocess.run(
        ["psql", f"{base.replace('+psycopg', '')}/postgres", "-qc", "CREATE DATABASE bench"],
        check=True,
    )
    return f"{base}/bench"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--intakes", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--database-url", help="an empty PostgreSQL database to build in")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="desk-engines-bench-"))
    server = Path(tempfile.mkdtemp(prefix="desk-engines-bench-pg-"))  # the server user owns it
    pg_url = args.database_url or start_server(server)
    try:
        stores = {"SQLite": f"sqlite:///{folder / 'bench.sqlite3'}", "PostgreSQL": pg_url}
        built = {name: build(url, args.intakes) for name, url in stores.items()}
        results = {name: measure(url, args.runs) for name, url in stores.items()}
    finally:
        if not args.database_url:
            subprocess.run([str(ROOT / ".ci" / "pg-server"), "stop", str(server)], check=False)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"\n同一服务中心在两种数据库上：{board_bench.STAFF} 名工作人员，{args.intakes:,} 条登记；"
        f"建库 SQLite {built['SQLite']:.0f} 秒、PostgreSQL {built['PostgreSQL']:.0f} 秒；"
        f"负载 {load}（{datetime.now():%Y-%m-%d %H:%M}）"
    )
    widths = (44, 12, 14, 9)
    heads = ("操作（中位数，毫秒）", "SQLite", "PostgreSQL", "目标")
    print(" ".join(cell(h, w, i > 0) for i, (h, w) in enumerate(zip(heads, widths, strict=True))))
    ok = True
    for key, (label, lite) in results["SQLite"].items():
        pg = results["PostgreSQL"][key][1]
        goal = target(key)
        ok &= max(lite, pg) <= goal
        values = (label, f"{lite:.1f}", f"{pg:.1f}", f"≤ {goal:.0f}")
        print(
            " ".join(cell(v, w, i > 0) for i, (v, w) in enumerate(zip(values, widths, strict=True)))
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
