"""`desk catalogue-export FILE`, `desk catalogue-import FILE` and `desk catalogue-sample FILE`.

Importing changes the 事项库 and needs a director or an admin: their name (--operator or
asked) and PIN (asked on the terminal, or read from standard input). A workbook with
any problem imports nothing; every problem is printed as 表/行/列：原因.
`catalogue-sample` rebuilds resources/sample_data/事项库示例.xlsx from the demo catalogue.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from desk.cli.command import Command

# The demo hall's clock when the sample workbook is generated (stable file content).
SAMPLE_AT = datetime(2026, 11, 16, 9, 0)


def _err(message: str) -> None:
    print(f"desk：{message}", file=sys.stderr)


def _ask(prompt: str, secret: bool = False) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt) if secret else input(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desk.bootstrap import open_hall
    from desk.paths import url_from_args

    return open_hall(url_from_args(args))


def _add_file(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="Excel 工作簿（.xlsx）")


def _add_import_args(p: argparse.ArgumentParser) -> None:
    _add_file(p)
    p.add_argument("--operator", metavar="姓名", help="授权导入的值班领导或管理员（其后询问PIN）")


def _run_export(args: argparse.Namespace) -> int:
    from desk.excel.catalogue_book import export_catalogue

    hall = _open(args)
    try:
        count = export_catalogue(hall, Path(args.file).expanduser())
    except OSError as exc:
        _err(f"无法写入文件：{exc}")
        return 1
    finally:
        hall.db.dispose()
    print(f"已导出 {count} 个事项到：{args.file}")
    return 0


def _sign_in(hall, name: str | None) -> bool:  # type: ignore[no-untyped-def]
    from desk.domain.common.errors import DomainError

    operators = hall.operators.accounts()
    if not operators:
        return True  # a hall being set up: nobody to ask yet
    name = name or _ask("值班领导或管理员姓名：")
    found = [op for op in operators if op.name == name]
    if not found:
        _err(f"找不到操作员“{name}”")
        return False
    try:
        hall.operators.sign_in(found[0].id, _ask("PIN：", secret=True))
    except DomainError as exc:
        _err(str(exc))
        return False
    return True


def _run_import(args: argparse.Namespace) -> int:
    from desk.domain.common.errors import DomainError
    from desk.excel.catalogue_book import CatalogueImportError, import_catalogue

    path = Path(args.file).expanduser()
    if not path.is_file():
        _err(f"参数错误：找不到文件“{path}”")
        return 2
    hall = _open(args)
    try:
        if not _sign_in(hall, args.operator):
            return 1
        result = import_catalogue(hall, path)
    except CatalogueImportError as exc:
        _err(str(exc))
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except DomainError as exc:
        _err(str(exc))
        return 1
    finally:
        hall.db.dispose()
    print(f"导入完成：{result}")
    return 0


def write_sample(path: Path) -> int:
    """The demo hall's catalogue as a workbook (a throwaway database; the demo's own clock)."""
    from desk.bootstrap import open_hall
    from desk.domain.common.clock import FixedClock
    from desk.domain.seed.build import create_demo_hall
    from desk.excel.catalogue_book import export_catalogue

    with tempfile.TemporaryDirectory() as tmp:
        hall = open_hall(f"sqlite:///{Path(tmp) / 'sample.sqlite3'}", clock=FixedClock(SAMPLE_AT))
        try:
            create_demo_hall(hall)
            return export_catalogue(hall, path, when=SAMPLE_AT)
        finally:
            hall.db.dispose()


def _run_sample(args: argparse.Namespace) -> int:
    count = write_sample(Path(args.file).expanduser())
    print(f"已生成示例事项库（{count} 个事项）：{args.file}")
    return 0


# The sub-commands this module adds (desk.cli lists the modules).
COMMANDS = (
    Command("catalogue-export", "把事项库导出为 Excel 工作簿", _add_file, _run_export),
    Command(
        "catalogue-import",
        "从 Excel 工作簿导入事项库（有问题则不导入）",
        _add_import_args,
        _run_import,
    ),
    Command("catalogue-sample", "由演示事项库生成示例工作簿", _add_file, _run_sample),
)
