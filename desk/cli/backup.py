"""`desk backup [--out FILE]` and `desk restore FILE [--operator 姓名]`.

On a PostgreSQL store a backup is a pg_dump archive (.pgdump) when the client tools are
installed, else desk's own export (.sqlite3); restore reads either.

A restore needs a director or an admin: their name (--operator or asked) and PIN (asked
on the terminal, or read from standard input when it is not a terminal). Without them
nothing is restored.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from desk.cli.command import Command


def _err(message: str) -> None:
    print(f"desk：{message}", file=sys.stderr)


def _ask(prompt: str, secret: bool = False) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt) if secret else input(prompt)
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def _db_url(args: argparse.Namespace) -> str:
    from desk.paths import url_from_args

    return url_from_args(args)


def _add_backup_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", metavar="FILE", help="备份到此文件（默认：备份文件夹，自动轮换）")


def _run_backup(args: argparse.Namespace) -> int:
    from desk.bootstrap import open_hall
    from desk.db.backup import BackupError
    from desk.db.migrate import DatabaseUnreadable, SchemaTooNew
    from desk.domain.common.errors import DomainError

    try:
        hall = open_hall(_db_url(args))
    except (DatabaseUnreadable, SchemaTooNew) as exc:
        _err(f"无法打开数据库：{exc}")
        return 1
    try:
        path = hall.backups.take("manual", Path(args.out) if args.out else None)
    except (BackupError, DomainError) as exc:
        _err(str(exc))
        return 1
    finally:
        hall.db.dispose()
    print(f"已备份到：{path}")
    return 0


def _add_restore_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="要恢复的备份文件")
    p.add_argument("--operator", metavar="姓名", help="授权恢复的值班领导或管理员（其后询问PIN）")


def _run_restore(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from desk.bootstrap import open_hall
    from desk.db.backup import BackupError
    from desk.db.migrate import DatabaseUnreadable, SchemaTooNew
    from desk.domain.common.errors import DomainError

    backup = Path(args.file).expanduser()
    if not backup.is_file():
        _err(f"参数错误：找不到备份文件“{backup}”")
        return 2
    url = _db_url(args)
    if make_url(url).get_backend_name() not in ("sqlite", "postgresql"):
        _err("只有 SQLite 数据库文件或 PostgreSQL 数据库可以由本程序恢复。")
        return 2
    name = (args.operator or _ask("授权人（值班领导或管理员）姓名：")).strip()
    if not name:
        _err("需要值班领导或管理员授权：请用 --operator 指定姓名，并输入PIN。")
        return 1
    try:
        hall = open_hall(url)
    except SchemaTooNew as exc:
        _err(str(exc))
        return 1
    except DatabaseUnreadable:
        if make_url(url).get_backend_name() != "sqlite":
            _err("无法读取数据库服务器上的数据库，未恢复。请联系管理员检查数据库服务器。")
            return 1
        return _restore_unreadable(url, backup, name)
    try:
        op = hall.operators.find_by_name(name)
        pin = _ask(f"{op.name}的PIN：", secret=True)
        hall.operators.sign_in(op.id, pin)
        result = hall.backups.restore(backup)
    except (BackupError, DomainError, ValueError) as exc:
        _err(f"未恢复：{exc}")
        return 1
    finally:
        hall.db.dispose()
    print(f"已从“{result.backup}”恢复。恢复前的数据库已另存为：{result.safety_copy}")
    return 0


def _restore_unreadable(url: str, backup: Path, name: str) -> int:
    """The current file cannot be opened: authorise against the backup's own leaders."""
    from sqlalchemy.engine import make_url

    from desk.db.backup import BackupError
    from desk.domain.admin.backup import leaders_in, recover_database
    from desk.domain.common.clock import SystemClock
    from desk.domain.common.errors import DomainError

    db_path = Path(str(make_url(url).database))
    try:
        leaders = leaders_in(backup)
        leader = next((x for x in leaders if x.name == name), None)
        if leaders and leader is None:
            _err(f"未恢复：备份中没有名为“{name}”的值班领导或管理员。")
            return 1
        pin = _ask(f"{name}的PIN：", secret=True) if leader else None
        result = recover_database(
            db_path,
            backup,
            operator_id=leader.operator_id if leader else None,
            pin=pin,
            now=SystemClock().now(),
        )
    except (BackupError, DomainError, ValueError) as exc:
        _err(f"未恢复：{exc}")
        return 1
    print(f"已从“{result.backup}”恢复。无法打开的原文件已另存为：{result.safety_copy}")
    return 0


# The sub-commands this module adds (desk.cli lists the modules).
COMMANDS = (
    Command(
        "backup",
        "备份数据库（SQLite 在线备份；PostgreSQL 用 pg_dump 或本程序自己的导出）",
        _add_backup_args,
        _run_backup,
    ),
    Command(
        "restore", "从备份恢复数据库（需值班领导或管理员授权）", _add_restore_args, _run_restore
    ),
)
