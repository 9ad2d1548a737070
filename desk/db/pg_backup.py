"""Backups of a PostgreSQL store: pg_dump when the client tools are there, else desk's own.

* ``.pgdump``: ``pg_dump --format=custom``, restored with ``pg_restore --clean
  --single-transaction`` (all or nothing). Used when pg_dump/pg_restore are installed and
  as new as the server (Debian: ``postgresql-client``).
* ``.sqlite3``: desk's logical export — every table copied, from one consistent snapshot,
  into a desk SQLite database built by the same migrations. ``desk restore`` reads it
  back into PostgreSQL in one transaction (and a single desk could even open it).

Either file is checked before anything is touched: a readable archive or an intact
database, of a schema revision this program knows. No Qt and no domain imports here.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, create_engine, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from desk.db.backup import BackupError, check_backup
from desk.db.base import Base
from desk.db.intake_fts import FTS_TABLE
from desk.db.migrate import known_revisions, upgrade_to_head

DUMP_SUFFIX = ".pgdump"
EXPORT_SUFFIX = ".sqlite3"
_CHUNK = 5000
TOOL_TIMEOUT_S = 3600


def _tool(name: str) -> Path | None:
    """pg_dump / pg_restore on PATH, else the newest Debian cluster's copy."""
    found = shutil.which(name)
    if found:
        return Path(found)
    candidates = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    return candidates[-1] if candidates else None


def have_tools() -> bool:
    return _tool("pg_dump") is not None and _tool("pg_restore") is not None


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """A libpq connection URI without the password, and the environment that carries it."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, env=env, capture_output=True, text=True, timeout=TOOL_TIMEOUT_S, check=False
    )


def dump(url: str, dest: Path) -> Path:
    """pg_dump in custom format to dest (written as dest.part, renamed when complete).

    Raises BackupError when the tools are missing or refuse (e.g. older than the server);
    the caller then falls back to the logical export.
    """
    pg_dump = _tool("pg_dump")
    if pg_dump is None:
        raise BackupError("未安装 pg_dump")
    conninfo, env = _libpq(url)
    part = dest.with_name(dest.name + ".part")
    _prepare(dest)
    done = _run([str(pg_dump), "--format=custom", "--no-owner", f"--file={part}", conninfo], env)
    if done.returncode != 0:
        part.unlink(missing_ok=True)
        raise BackupError(f"pg_dump 未完成：{done.stderr.strip()[:300]}")
    os.replace(part, dest)
    return dest


def _prepare(dest: Path) -> None:
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            f"无法写入备份文件夹“{dest.parent}”（{exc}）。请检查该文件夹是否存在、是否有写入权限；"
            "也可以在“设置”中换一个备份文件夹。数据库本身未受影响。"
        ) from exc


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def export(engine: Engine, dest: Path) -> Path:
    """Copy every table, as of one snapshot, into a new desk SQLite database at dest."""
    _prepare(dest)
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    target = create_engine(f"sqlite:///{part}", poolclass=NullPool)
    try:
        upgrade_to_head(target)
        source = engine.connect().execution_options(isolation_level="REPEATABLE READ")
        with source, source.begin(), target.begin() as out:
            _copy_rows(source, out)
        target.dispose()
        conn = sqlite3.connect(part)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
        if ok != "ok":
            raise BackupError(f"导出的备份检查未通过（{ok}），没有生成备份。")
        os.replace(part, dest)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise BackupError(f"无法写入备份文件“{dest}”（{exc}），没有生成备份。") from exc
    finally:
        target.dispose()
    return dest


def _copy_rows(source: Connection, out: Connection) -> None:
    for table in _tables():
        result = source.execution_options(yield_per=_CHUNK).execute(select(table))
        for chunk in result.mappings().partitions():
            out.execute(insert(table), [dict(r) for r in chunk])


# ---- checking --------------------------------------------------------------------------

_COPY_ROW = re.compile(r"^COPY public\.alembic_version .*?;\n(?P<rev>[^\n\\]+)\n", re.MULTILINE)


def check(path: Path) -> str:
    """The schema revision inside a backup file; BackupError when it cannot be restored."""
    if not path.is_file():
        raise BackupError(f"找不到备份文件“{path}”。")
    if path.suffix != DUMP_SUFFIX:
        return check_backup(path)
    pg_restore = _tool("pg_restore")
    if pg_restore is None:
        raise BackupError(
            f"“{path.name}”是 pg_dump 备份，恢复需要 PostgreSQL 客户端工具（pg_restore）。"
            "请安装 postgresql-client 后再恢复。现有数据未改动。"
        )
    listed = _run([str(pg_restore), "--list", str(path)], dict(os.environ))
    if listed.returncode != 0:
        raise BackupError(
            f"“{path.name}”不是完好的备份文件（{listed.stderr.strip()[:200]}），未恢复，"
            "现有数据未改动。"
        )
    if "TABLE DATA public audit_log" not in listed.stdout:
        raise BackupError(f"“{path.name}”不是本程序的数据库备份，未恢复，现有数据未改动。")
    data = _run(
        [str(pg_restore), "--data-only", "--table=alembic_version", "--file=-", str(path)],
        dict(os.environ),
    )
    found = _COPY_ROW.search(data.stdout)
    revision = found.group("rev").strip() if found else ""
    if not revision:
        raise BackupError(f"“{path.name}”中没有结构版本，不是本程序的数据库备份，未恢复。")
    if revision not in known_revisions():
        raise BackupError(
            f"“{path.name}”由更新版本的程序写入（结构版本 {revision}），本程序无法使用。"
            "请升级程序后再恢复。现有数据未改动。"
        )
    return revision


# ---- restoring -------------------------------------------------------------------------


def restore(engine: Engine, url: str, backup: Path) -> None:
    """Replace everything in the PostgreSQL database with the backup, in one transaction.

    The caller has checked the file and taken a safety backup; on any failure the
    transaction rolls back and the database is as it was.
    """
    if backup.suffix == DUMP_SUFFIX:
        _restore_dump(url, backup)
    else:
        _restore_export(engine, backup)
    upgrade_to_head(engine)


def _restore_dump(url: str, backup: Path) -> None:
    pg_restore = _tool("pg_restore")
    assert pg_restore is not None  # check() said so
    conninfo, env = _libpq(url)
    done = _run(
        [
            str(pg_restore),
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--exit-on-error",
            "--no-owner",
            "--no-privileges",
            f"--dbname={conninfo}",
            str(backup),
        ],
        env,
    )
    if done.returncode != 0:
        raise BackupError(
            f"恢复失败（{done.stderr.strip()[:300]}），现有数据库未改动，可稍后再试。"
        )


def _restore_export(engine: Engine, backup: Path) -> None:
    """Rows of a desk SQLite backup into PostgreSQL, the guards off for this one transaction."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="desk-restore-") as folder:
        # A copy brought to this program's schema first: an older backup gains the columns
        # and tables (counters seeded from its numbers) that later revisions added.
        copy = Path(folder) / backup.name
        shutil.copyfile(backup, copy)
        source_engine = create_engine(f"sqlite:///{copy}", poolclass=NullPool)
        try:
            upgrade_to_head(source_engine)
            with source_engine.connect() as source, engine.begin() as conn:
                _replace_rows(source, conn)
        finally:
            source_engine.dispose()


def _replace_rows(source: Connection, conn: Connection) -> None:
    tables = _tables()
    names = ", ".join(t.name for t in tables)
    for t in tables:
        # Only this transaction's tables; other desks wait for its ACCESS EXCLUSIVE locks.
        conn.exec_driver_sql(f"ALTER TABLE {t.name} DISABLE TRIGGER USER")
    conn.exec_driver_sql(f"TRUNCATE {names}, {FTS_TABLE}")
    late: list[tuple[Table, str]] = []  # keys to the other table of a cycle (head_id → staff)
    for t in tables:
        cyclic = [fk.parent.name for fk in t.foreign_keys if fk.use_alter]
        late += [(t, c) for c in cyclic]
        result = source.execution_options(yield_per=_CHUNK).execute(select(t))
        for chunk in result.mappings().partitions():
            rows = [dict(r) | {c: None for c in cyclic} for r in chunk]
            conn.execute(insert(t), rows)
    for t, column in late:
        pk = next(iter(t.primary_key.columns))
        pairs = source.execute(select(pk, t.c[column]).where(t.c[column].is_not(None))).all()
        for key, value in pairs:
            conn.execute(t.update().where(pk == key).values({column: value}))
    conn.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, grams) "
        "SELECT id, desk_search_grams(search_grams) FROM intakes"
    )
    for t in tables:
        if "id" in t.c and t.c.id.autoincrement in (True, "auto"):
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{t.name}', 'id'), "
                    f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {t.name}"
                )
            )
        conn.exec_driver_sql(f"ALTER TABLE {t.name} ENABLE TRIGGER USER")
    revision = source.execute(text("SELECT version_num FROM alembic_version")).scalar()
    conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
