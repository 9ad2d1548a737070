"""Backup files of the SQLite store: taking, listing, rotating, checking and restoring them.

Snapshots use SQLite's online backup API, so a copy taken while desks are writing is a
consistent database, never a torn file. A backup is written under a temporary name and
renamed when complete: a crash mid-backup leaves no half file that looks like a backup.
Restoring copies the backup into the live file through the same API (other desks'
connections see the restored data instead of keeping a deleted file open); only a file
too damaged to open is moved aside and replaced.

No Qt and no domain imports here; desk.domain.admin.backup adds settings, roles and audit.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desk.db.migrate import known_revisions

SUFFIX = ".sqlite3"
# Tags of the files rotation may remove; safety copies and exported files are kept.
ROTATED_TAGS = frozenset({"daily", "exit", "manual"})
# .pgdump: a PostgreSQL store's pg_dump archive (desk.db.pg_backup).
_NAME = re.compile(r"^(?P<stem>.+)-(?P<ts>\d{8}-\d{6})-(?P<tag>[a-z-]+)\.(sqlite3|pgdump)$")


class BackupError(RuntimeError):
    """A backup or restore could not be done; str(exc) is a Chinese message with what to do."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    tag: str
    size: int

    @property
    def label(self) -> str:
        kinds = {
            "daily": "每日自动",
            "exit": "退出时自动",
            "manual": "手动",
            "before-restore": "恢复前的安全副本",
        }
        return f"{self.taken_at:%Y-%m-%d %H:%M:%S} {kinds.get(self.tag, self.tag)}"


def backup_name(db_path: Path | str, taken_at: datetime, tag: str, suffix: str = SUFFIX) -> str:
    """``<stem>-<yyyymmdd-hhmmss>-<tag><suffix>``; stem: the file's, or a server database's name."""
    stem = db_path.stem if isinstance(db_path, Path) else db_path
    return f"{stem}-{taken_at:%Y%m%d-%H%M%S}-{tag}{suffix}"


def _folder_error(folder: Path, exc: BaseException) -> BackupError:
    return BackupError(
        f"无法写入备份文件夹“{folder}”（{exc}）。请检查该文件夹是否存在、是否有写入权限、"
        "是否被其他程序占用或磁盘已满；也可以在“设置”中换一个备份文件夹。数据库本身未受影响。"
    )


def snapshot(db_path: Path, dest: Path) -> Path:
    """Copy the live database at db_path to dest (checked, then renamed into place)."""
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _folder_error(dest.parent, exc) from exc
    part = dest.with_name(dest.name + ".part")
    try:
        src = sqlite3.connect(db_path)
        try:
            dst = sqlite3.connect(part)
            try:
                src.backup(dst)
                # A self-contained single file: no -wal/-shm beside it when it is opened.
                dst.execute("PRAGMA journal_mode = DELETE")
                ok = dst.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        if ok != "ok":
            raise BackupError(f"数据库检查未通过（{ok}），没有生成备份。请联系管理员。")
        os.replace(part, dest)
    except sqlite3.DatabaseError as exc:
        part.unlink(missing_ok=True)
        text = str(exc).lower()
        if "unable to open" in text or "disk" in text or "readonly" in text:
            raise _folder_error(dest.parent, exc) from exc
        raise BackupError(f"数据库无法读取（{exc}），没有生成备份。") from exc
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise _folder_error(dest.parent, exc) from exc
    return dest


def list_backups(folder: Path, stem: str | None = None) -> list[BackupFile]:
    """Backup files in folder (of the database named stem, if given), oldest first."""
    out: list[BackupFile] = []
    if not folder.is_dir():
        return out
    for path in folder.iterdir():
        m = _NAME.match(path.name)
        if not m or (stem is not None and m.group("stem") != stem):
            continue
        try:
            taken = datetime.strptime(m.group("ts"), "%Y%m%d-%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        out.append(BackupFile(path, taken, m.group("tag"), size))
    return sorted(out, key=lambda b: (b.taken_at, b.path.name))


def plan_rotation(
    backups: list[BackupFile], keep_daily: int, keep_monthly: int
) -> tuple[list[BackupFile], list[BackupFile]]:
    """Split rotated backups into (keep, remove).

    Like restic's --keep-daily/--keep-monthly: for the last keep_daily days that have a
    backup, the newest of each day is kept; for the last keep_monthly months that have
    one, the newest of each month is kept. Safety copies are never removed.
    """
    rotated = sorted(
        (b for b in backups if b.tag in ROTATED_TAGS), key=lambda b: b.taken_at, reverse=True
    )
    keep: dict[Path, BackupFile] = {}
    for limit, bucket in ((keep_daily, "%Y-%m-%d"), (keep_monthly, "%Y-%m")):
        seen: set[str] = set()
        for b in rotated:
            key = b.taken_at.strftime(bucket)
            if key in seen:
                continue
            if len(seen) >= limit:
                break
            seen.add(key)
            keep[b.path] = b
    kept = [b for b in backups if b.tag not in ROTATED_TAGS or b.path in keep]
    removed = [b for b in rotated if b.path not in keep]
    return kept, removed


def check_backup(path: Path) -> str:
    """Refuse a file that is not an intact desk database this program can open.

    Returns its schema revision. Runs PRAGMA integrity_check on the file itself.
    """
    if not path.is_file():
        raise BackupError(f"找不到备份文件“{path}”。")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            f"“{path.name}”不是完好的数据库文件（{exc}），未恢复，现有数据未改动。"
        ) from exc
    if result != ["ok"]:
        raise BackupError(
            f"“{path.name}”已损坏（完整性检查：{'；'.join(result[:3])}），未恢复，现有数据未改动。"
            "请选择更早的备份。"
        )
    if revision is None or "audit_log" not in tables:
        raise BackupError(f"“{path.name}”不是本程序的数据库，未恢复，现有数据未改动。")
    if revision[0] not in known_revisions():
        raise BackupError(
            f"“{path.name}”由更新版本的程序写入（结构版本 {revision[0]}），本程序无法使用。"
            "请升级程序后再恢复。现有数据未改动。"
        )
    return str(revision[0])


def _readable(db_path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def _set_aside(db_path: Path, dest: Path) -> Path:
    """Move a damaged database (and its WAL files) aside, keeping every byte."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    for extra in ("-wal", "-shm", "-journal"):
        side = db_path.with_name(db_path.name + extra)
        if side.exists():
            shutil.move(side, dest.with_name(dest.name + extra))
    shutil.move(db_path, dest)
    return dest


def restore(db_path: Path, backup: Path, safety_dest: Path) -> Path:
    """Replace the database at db_path with the backup; return the safety copy's path.

    The backup is checked first (integrity, schema revision known to this program); on
    refusal nothing is touched. The current database is saved to safety_dest before
    anything is overwritten.
    """
    check_backup(backup)
    if db_path.exists() and _readable(db_path):
        snapshot(db_path, safety_dest)
        src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(db_path, timeout=30)
            try:
                src.backup(dst)
            finally:
                dst.close()
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"恢复失败（{exc}），现有数据库未改动，可稍后再试。") from exc
        finally:
            src.close()
        return safety_dest
    # Unreadable or missing: nothing to copy through SQLite; keep the old bytes aside.
    try:
        if db_path.exists():
            _set_aside(db_path, safety_dest)
        db_path.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(db_path)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except (OSError, sqlite3.DatabaseError) as exc:
        raise BackupError(f"恢复失败（{exc}）。损坏的原文件已另存为“{safety_dest}”。") from exc
    return safety_dest
