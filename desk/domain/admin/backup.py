"""Backups as the hall uses them: where they go, when they are taken, who may restore.

The file mechanics are in desk.db.backup; this service adds the settings (folder and
how many to keep), the clock (file names and "first start of the day"), the director
check for restores and the audit row that records them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desk.db import backup as files
from desk.db.audit_hook import record_event
from desk.db.backup import BackupError, BackupFile
from desk.db.engine import Database, sqlite_url
from desk.db.migrate import upgrade_to_head
from desk.db.models import Operator
from desk.domain.admin.settings import SettingsService
from desk.domain.common.codes import Role
from desk.domain.common.context import Context
from desk.domain.common.errors import DomainError, PermissionDenied
from desk.domain.common.text import FieldError
from desk.domain.people.permissions import Permission, denial_message, require
from desk.domain.people.pins import verify_pin

__all__ = [
    "BackupError",
    "BackupFile",
    "BackupService",
    "Leader",
    "RestoreResult",
    "leaders_in",
    "recover_database",
]


@dataclass(frozen=True)
class RestoreResult:
    backup: Path
    safety_copy: Path
    revision: str
    # The operator who restored does not exist in the restored data: sign in again.
    signed_out: bool


class BackupService:
    def __init__(self, ctx: Context, settings: SettingsService) -> None:
        self.ctx = ctx
        self.settings = settings

    def db_path(self) -> Path:
        path = self.ctx.db.sqlite_path
        if path is None:
            raise DomainError("只有本机 SQLite 数据库文件可以由本程序备份和恢复。")
        return path

    def folder(self) -> Path:
        """The backups folder: the setting, or "backups" beside the database file."""
        configured = str(self.settings.get("backup.folder") or "").strip()
        return Path(configured).expanduser() if configured else self.db_path().parent / "backups"

    def files(self) -> list[BackupFile]:
        """This database's backups, newest first."""
        return list(reversed(files.list_backups(self.folder(), self.db_path().stem)))

    def latest(self) -> BackupFile | None:
        found = self.files()
        return found[0] if found else None

    def take(self, tag: str = "manual", out: Path | None = None) -> Path:
        """Snapshot now: into the backups folder (rotated) or to `out` (kept as it is)."""
        db_path = self.db_path()
        if out is not None:
            return files.snapshot(db_path, out)
        dest = self.folder() / files.backup_name(db_path, self.ctx.now(), tag)
        files.snapshot(db_path, dest)
        self.rotate()
        return dest

    def daily(self) -> Path | None:
        """At start-up (and hourly): back up unless today's backup exists already."""
        today = self.ctx.now().date()
        if any(b.taken_at.date() == today for b in self.files()):
            return None
        return self.take("daily")

    def on_exit(self) -> Path:
        return self.take("exit")

    def rotate(self) -> list[Path]:
        """Remove old automatic backups beyond backup.keep_daily / backup.keep_monthly."""
        _kept, removed = files.plan_rotation(
            files.list_backups(self.folder(), self.db_path().stem),
            int(self.settings.get("backup.keep_daily")),
            int(self.settings.get("backup.keep_monthly")),
        )
        gone = []
        for b in removed:
            try:
                b.path.unlink()
                gone.append(b.path)
            except OSError:
                continue  # a locked file stays until the next rotation
        return gone

    def restore(self, backup: Path) -> RestoreResult:
        """Replace the database with a backup (director or admin); the old one is kept.

        Refused without any change when the backup fails PRAGMA integrity_check or was
        written by a newer program. The restore itself is written to the restored
        database's audit trail.
        """
        require(self.ctx, Permission.RESTORE)
        db_path = self.db_path()
        revision = files.check_backup(backup)
        who = self._operator_name()
        safety = self.folder() / files.backup_name(db_path, self.ctx.now(), "before-restore")
        self.ctx.db.engine.dispose()
        files.restore(db_path, backup, safety)
        self.ctx.db.engine.dispose()
        upgrade_to_head(self.ctx.db.engine)
        self.settings.reload()
        signed_out = not self._operator_exists()
        if signed_out:
            self.ctx.operator_id = None
        note = (
            f"由{who or '（未登录）'}从备份“{backup.name}”恢复；恢复前的数据库另存为“{safety.name}”"
        )

        def work(s: Session) -> None:
            record_event(
                s,
                "restore",
                note=note,
                after={"backup": str(backup), "safety_copy": str(safety), "revision": revision},
            )

        self.ctx.write(work)
        return RestoreResult(backup, safety, revision, signed_out)

    def _operator_name(self) -> str:
        from desk.db.models import Staff

        if self.ctx.operator_id is None:
            return ""
        with self.ctx.db.read() as s:
            op = s.get(Operator, self.ctx.operator_id)
            person = s.get(Staff, op.staff_id) if op else None
            return person.name if person else ""

    def _operator_exists(self) -> bool:
        if self.ctx.operator_id is None:
            return False
        with self.ctx.db.read() as s:
            op = s.get(Operator, self.ctx.operator_id)
            return op is not None and op.active


@dataclass(frozen=True)
class Leader:
    """A director or admin as recorded in a backup file (who may authorise its restore)."""

    operator_id: int
    name: str
    role: Role
    pin_hash: str


def leaders_in(backup: Path) -> list[Leader]:
    """Active directors and admins with a PIN in a backup (read without opening it for writing)."""
    files.check_backup(backup)
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT o.id, s.name, o.role, o.pin_hash FROM operators o "
            "JOIN staff s ON s.id = o.staff_id "
            "WHERE o.active AND o.role IN (?, ?) AND o.pin_hash != '' ORDER BY o.id",
            (Role.DIRECTOR.value, Role.ADMIN.value),
        ).fetchall()
    finally:
        conn.close()
    return [Leader(i, name, Role.of(role), pin_hash) for i, name, role, pin_hash in rows]


def recover_database(
    db_path: Path,
    backup: Path,
    *,
    operator_id: int | None,
    pin: str | None,
    now: datetime,
    folder: Path | None = None,
) -> RestoreResult:
    """Restore over a database that cannot be opened (so its own operators cannot be asked).

    The director or admin authorises with their PIN as recorded in the backup: after
    the restore those are the hall's operators. A backup without any leader (a hall
    still being set up) needs no PIN. The damaged file is moved aside, never deleted.
    """
    leaders = leaders_in(backup)
    if leaders:
        leader = next((x for x in leaders if x.operator_id == operator_id), None)
        if leader is None:
            raise PermissionDenied(denial_message(Permission.RESTORE))
        if not pin or not verify_pin(leader.pin_hash, pin):
            raise FieldError("pin", "PIN不正确")
    folder = folder or db_path.parent / "backups"
    revision = files.check_backup(backup)
    safety = folder / files.backup_name(db_path, now, "damaged")
    files.restore(db_path, backup, safety)
    db = Database(sqlite_url(db_path))
    try:
        upgrade_to_head(db.engine)
        note = f"数据库无法打开，从备份“{backup.name}”恢复；原文件另存为“{safety.name}”"

        def work(s: Session) -> None:
            record_event(s, "restore", note=note, after={"backup": str(backup)})

        db.write(work, operator_id=operator_id if leaders else None, now=now)
    finally:
        db.dispose()
    return RestoreResult(backup, safety, revision, signed_out=True)
