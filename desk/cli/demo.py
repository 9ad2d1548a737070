"""`desk demo --db FILE [--seed N]`: build the demo hall headless and say what it made.

For trying desk (and its export, its display) without a window: no display and no operator
are needed. It refuses, with exit code 1 and a Chinese message, a database that already has
people in it, so it can never mix the demo into a hall's real records.
"""

from __future__ import annotations

import argparse
import sys

from desk.cli.command import Command

EXIT_OK, EXIT_FAILED = 0, 1


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--seed",
        type=int,
        metavar="N",
        help="随机数种子（同一种子生成同样的演示数据；默认固定）",
    )


def run(args: argparse.Namespace) -> int:
    # Imports here: `desk --help` and the GUI start need none of them.
    from desk.bootstrap import open_hall
    from desk.db.migrate import DatabaseUnreadable, SchemaTooNew
    from desk.domain.common.errors import DomainError
    from desk.domain.seed import build
    from desk.paths import url_from_args

    url = url_from_args(args)
    try:
        hall = open_hall(url)
    except (SchemaTooNew, DatabaseUnreadable) as exc:
        print(f"desk demo：无法打开数据库：{exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        if not hall.is_empty():
            print(
                "desk demo：数据库中已有人员，不能再建立演示服务中心（请指定一个新的数据库文件）",
                file=sys.stderr,
            )
            return EXIT_FAILED
        seed = build.DEFAULT_SEED if args.seed is None else args.seed
        try:
            build.create_demo_hall(hall, seed=seed)
        except DomainError as exc:
            print(f"desk demo：{exc}", file=sys.stderr)
            return EXIT_FAILED
        made = "、".join(f"{label} {n}" for label, n in build.demo_summary(hall))
        print(f"已建立演示服务中心“{build.DEMO_HALL_NAME}”（种子 {seed}）：{made}")
        print(
            f"管理员 {build.DEMO_ADMIN}、中心主任 {build.DEMO_DIRECTOR} 的 PIN 为 {build.DEMO_PIN}"
        )
        return EXIT_OK
    finally:
        hall.db.dispose()


COMMANDS = (Command("demo", "建立演示服务中心（不打开窗口）", add_arguments, run),)
