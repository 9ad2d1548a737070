"""Command line: `desk` starts the window; sub-commands serve scheduled and admin use.

Sub-commands register themselves in COMMANDS (name → (help, add_arguments, run)), so
each feature keeps its own command next to its code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import import_module

AddArgs = Callable[[argparse.ArgumentParser], None]
Run = Callable[[argparse.Namespace], int]

# Modules that define sub-commands via register(); imported only when parsing.
COMMAND_MODULES: list[str] = ["desk.cli.backup", "desk.cli.export", "desk.cli.catalogue"]

COMMANDS: dict[str, tuple[str, AddArgs, Run]] = {}


def register(name: str, help_text: str, add_arguments: AddArgs, run: Run) -> None:
    COMMANDS[name] = (help_text, add_arguments, run)


class ChineseArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"desk：参数错误：{message}\n")


def build_parser() -> argparse.ArgumentParser:
    for module in COMMAND_MODULES:
        import_module(module)
    parser = ChineseArgumentParser(prog="desk", description="便民服务中心窗口前台程序")
    parser.add_argument("--db", metavar="PATH", help="SQLite 数据库文件（默认在用户数据目录）")
    parser.add_argument("--demo", action="store_true", help="数据库为空时直接建立演示服务中心")
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for name, (help_text, add_arguments, _run) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="SQLite 数据库文件")
        add_arguments(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command:
        return COMMANDS[args.command][2](args)
    from desk.ui.app import run_gui

    return run_gui(args)
