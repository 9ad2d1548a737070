"""Command line: `desk` starts the window; sub-commands serve scheduled and admin use.

Each module of this package lists its sub-commands in a COMMANDS tuple; COMMAND_MODULES
below is the one place that says which modules there are (imported only when parsing, so
`desk` itself starts the window without loading them).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module

from desk.cli.command import Command

# The modules whose COMMANDS make up `desk <command>`, in the order --help lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "desk.cli.demo",
    "desk.cli.backup",
    "desk.cli.export",
    "desk.cli.leave",
    "desk.cli.catalogue",
)


def commands() -> dict[str, Command]:
    """Every sub-command by name."""
    found: dict[str, Command] = {}
    for module in COMMAND_MODULES:
        for command in import_module(module).COMMANDS:
            found[command.name] = command
    return found


class ChineseArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"desk：参数错误：{message}\n")


def build_parser(available: dict[str, Command] | None = None) -> argparse.ArgumentParser:
    available = commands() if available is None else available
    parser = ChineseArgumentParser(prog="desk", description="便民服务中心窗口前台程序")
    parser.add_argument("--db", metavar="PATH", help="SQLite 数据库文件（默认在用户数据目录）")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="数据库地址，多窗口共用 PostgreSQL 时如 postgresql+psycopg://desk@服务器/desk"
        "（也可用环境变量 DESK_DATABASE_URL）",
    )
    parser.add_argument("--demo", action="store_true", help="数据库为空时直接建立演示服务中心")
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for command in available.values():
        p = sub.add_parser(command.name, help=command.help_text)
        p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="SQLite 数据库文件")
        p.add_argument(
            "--database-url", metavar="URL", default=argparse.SUPPRESS, help="数据库地址"
        )
        command.add_arguments(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    available = commands()
    args = build_parser(available).parse_args(argv)
    if args.command:
        from desk.db.storage_errors import StorageError

        try:
            return available[args.command].run(args)
        except StorageError as exc:  # e.g. the hall's database server is not running
            from desk.paths import server_label, url_from_args

            message = str(exc)
            if exc.unreachable:
                message = (
                    f"无法连接数据库服务器（{server_label(url_from_args(args))}），未做任何改动。"
                    "请确认服务器已开机、数据库服务已启动、网络正常后再试。"
                )
            print(f"desk：{message}", file=sys.stderr)
            return 1
    from desk.ui.app import run_gui

    return run_gui(args)
