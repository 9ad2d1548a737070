"""Backups as the hall uses them: where they go, when they are taken, who may restore.

The file mechanics are in desk.db.backup (SQLite) and desk.db.pg_backup (PostgreSQL:
pg_dump, or desk's own export when the client tools are missing); this service adds the
settings (folder and how many to keep), the clock (file names and "first start of the
day"), the director check for restores and the audit row that records them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from desk.db import backup as files
from desk.db import pg_backup
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

    @property
    def on_server(self) -> bool:
        """The store is a PostgreSQL server (shared by several desks), not a file."""
        return self.ctx.db.is_postgres

    def db_path(self) -> Path:
        path = self.ctx.db.sqlite_path
        if path is None:
            raise DomainError(
                "只有本机 SQLite 数据库文件或 PostgreSQL 数据库可以由本程序备份和恢复。"
            )
        return path

    def stem(self) -> str:
        """What names this store's backup files: the file's stem or the database's name."""
        if self.on_server:
            return str(make_url(self.ctx.db.url).database or "desk")
        return self.db_path().stem

    def folder(self) -> Path:
        """The backups folder: the setting, else "backups" beside the database file (or,
        for a server, in this desk's data folder)."""
        configured = str(self.settings.get("backup.folder") or "").strip()
        if configured:
            return Path(configured).expanduser()
        if self.on_server:
            from desk.paths import data_dir

            return data_dir() / "backups"
        return self.db_path().parent / "backups"

    def files(self) -> list[BackupFile]:
        """This database's backups, newest first."""
        return list(reversed(files.list_backups(self.folder(), self.stem())))

    def latest(self) -> BackupFile | None:
        found = self.files()
        return found[0] if found else None

    def take(self, tag: str = "manual", out: Path | None = None) -> Path:
        """Snapshot now: into the backups folder (rotated) or to `out` (kept as it is)."""
        if self.on_server:
            taken = self._take_from_server(tag, out)
        elif out is not None:
            return files.snapshot(self.db_path(), out)
        else:
            taken = files.snapshot(
                self.db_path(),
                self._new_file(tag, files.SUFFIX),
            )
        if out is None:
            self.rotate()
        return taken

    def _take_from_server(self, tag: str, out: Path | None) -> Path:
        """pg_dump when it is installed and works with this server, else desk's own export.

        `out` ending in .sqlite3 asks for the export; anything else for pg_dump first.
        """
        db = self.ctx.db
        want_dump = pg_backup.have_tools() and (out is None or out.suffix != ".sqlite3")
        if want_dump:
            dest = out or self._new_file(tag, pg_backup.DUMP_SUFFIX)
            try:
                return pg_backup.dump(db.url, dest)
            except BackupError:
                pass  # e.g. pg_dump older than the server: desk's own export still works
        dest = self._new_file(tag, files.SUFFIX)
        if out is not None:
            dest = out if out.suffix == ".sqlite3" else out.with_name(out.name + ".sqlite3")
        return pg_backup.export(db.engine, dest)

    def _new_file(self, tag: str, suffix: str) -> Path:
        """A backup path in the folder that no earlier backup has (a second taken within
        the same second, e.g. two restores in a row, moves on a second: never overwrite)."""
        at = self.ctx.now()
        while True:
            path = self.folder() / files.backup_name(self.stem(), at, tag, suffix)
            if not path.exists():
                return path
            at += timedelta(seconds=1)

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
            files.list_backups(self.folder(), self.stem()),
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
        who = self._operator_name()
        if self.on_server:
            revision = pg_backup.check(backup)
            safety = self._take_from_server("before-restore", None)
            pg_backup.restore(self.ctx.db.engine, self.ctx.db.url, backup)
            self.ctx.db.engine.dispose()
        else:
            db_path = self.db_path()
            revision = files.check_backup(backup)
            safety = self._new_file("before-restore", files.SUFFIX)
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
