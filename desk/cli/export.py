"""`desk export --month 2026-11 [--out FILE] [--db PATH]`: the monthly workbook, unattended.

For scheduled use: exit code 0 on success, 2 for bad arguments (a malformed month), 1 when
the export fails; the reason is printed in Chinese on stderr. The workbook is written to a
temporary file beside the target and renamed over it, so the target is never half-written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desk.cli.command import Command

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--month",
        metavar="YYYY-MM",
        help="导出哪个月（如 2026-11）；不写则导出上个月",
    )
    p.add_argument(
        "--out",
        metavar="FILE",
        help="输出的 .xlsx 文件或文件夹（默认当前文件夹，文件名含中心名称和月份）",
    )


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"desk export：{message}", file=sys.stderr)
    return code


def _target(out: str | None, default_name: str) -> Path:
    if not out:
        return Path.cwd() / default_name
    path = Path(out).expanduser()
    if path.is_dir():
        return path / default_name
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def run(args: argparse.Namespace) -> int:
    # Imports here: `desk --help` and the GUI start need none of them.
    from desk.bootstrap import open_hall
    from desk.db.migrate import DatabaseUnreadable, SchemaTooNew
    from desk.domain.common.text import FieldError
    from desk.domain.ledgers.rows import Month
    from desk.excel.ledgers import default_filename, export_month, failure_message
    from desk.paths import url_from_args

    try:
        month = Month.parse(args.month) if args.month else None
    except FieldError as exc:
        return _fail(f"{exc}", EXIT_USAGE)
    db_path = getattr(args, "db", None)
    if db_path and not Path(db_path).expanduser().is_file():
        return _fail(f"找不到数据库文件：{db_path}", EXIT_USAGE)
    try:
        hall = open_hall(url_from_args(args))
    except (SchemaTooNew, DatabaseUnreadable) as exc:
        return _fail(f"无法打开数据库：{exc}")
    target = Path(args.out or ".")
    try:
        if month is None:
            month = Month.of(hall.ctx.now().date()).previous()
        target = _target(args.out, default_filename(str(hall.settings.get("hall.name")), month))
        if not target.parent.is_dir():
            return _fail(f"输出文件夹不存在：{target.parent}")
        result = export_month(hall.ledgers, month, target)
    except Exception as exc:  # noqa: BLE001 — a scheduled job needs a message, not a traceback
        return _fail(failure_message(exc, target))
    finally:
        hall.db.dispose()
    counts = "，".join(f"{name} {n} 条" for name, n in result.rows.items())
    print(f"已导出{month.label}月度台账：{result.path}（{counts}）")
    return EXIT_OK


# The sub-commands this module adds (desk.cli lists the modules).
COMMANDS = (Command("export", "导出月度台账（Excel）", add_arguments, run),)
