"""`desk leave-week [--week YYYY-MM-DD] [--out FILE] [--db PATH]`: the weekly leave statistics.

The rule book wants approved leave counted every week and reported to the 街道 leader
(每周统计一次并上报). Without ``--week`` the last full week is written. Exit code 0 on
success, 2 for a malformed date, 1 when the export fails; reasons in Chinese on stderr.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

from desk.cli.command import Command

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--week", metavar="YYYY-MM-DD", help="统计哪一周（该周任一天）；不写则为上周")
    p.add_argument("--out", metavar="FILE", help="输出的 .xlsx 文件或文件夹（默认当前文件夹）")


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"desk leave-week：{message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    from desk.bootstrap import open_hall
    from desk.db.migrate import DatabaseUnreadable, SchemaTooNew
    from desk.excel.leave_week import default_week_filename, write_week
    from desk.excel.ledgers import failure_message
    from desk.paths import resolve_db_url

    day = None
    if args.week:
        try:
            day = date.fromisoformat(args.week.strip())
        except ValueError:
            return _fail(f"日期“{args.week}”格式不对，应写作“年-月-日”，如 2026-11-16", EXIT_USAGE)
    db_path = getattr(args, "db", None)
    if db_path and not Path(db_path).expanduser().is_file():
        return _fail(f"找不到数据库文件：{db_path}", EXIT_USAGE)
    try:
        hall = open_hall(resolve_db_url(db_path))
    except (SchemaTooNew, DatabaseUnreadable) as exc:
        return _fail(f"无法打开数据库：{exc}")
    target = Path(args.out or ".")
    try:
        stats = hall.leave.week(day or hall.ctx.now().date() - timedelta(days=7))
        name = default_week_filename(stats)
        if not args.out:
            target = Path.cwd() / name
        elif target.is_dir():
            target = target / name
        elif target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        if not target.parent.is_dir():
            return _fail(f"输出文件夹不存在：{target.parent}")
        write_week(stats, target)
    except Exception as exc:  # noqa: BLE001 — a scheduled job needs a message, not a traceback
        return _fail(failure_message(exc, target))
    finally:
        hall.db.dispose()
    print(
        f"已导出{stats.label}请假周统计：{target}（已批准{len(stats.lines)}条，"
        f"{stats.total_days:g}天；待批{stats.pending}条）"
    )
    return EXIT_OK


COMMANDS = (Command("leave-week", "导出请假每周统计（Excel）", add_arguments, run),)
