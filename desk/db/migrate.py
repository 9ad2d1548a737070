"""Schema versioning: Alembic migrations applied from code at start-up.

A database stamped with a revision this program does not know was written by a newer
desk; it is refused untouched rather than "upgraded" into something broken.

Alembic costs ~0.2 s to import, so it is imported only when there is work for it: an
ordinary start finds the database already at the head revision (read from the migration
files directly) and never loads it.
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError

from desk.db.storage_errors import storage_error

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_ASSIGN = re.compile(r"^(revision|down_revision)\b[^=\n]*=\s*(.+)$", re.MULTILINE)


class SchemaTooNew(RuntimeError):
    """The database was written by a newer version of desk."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            f"数据库由更新版本的程序写入（结构版本 {revision}），本程序无法打开。"
            "请升级本程序，或选择其他数据库文件。文件未作任何改动。"
        )
        self.revision = revision


class DatabaseUnreadable(RuntimeError):
    """The file is not a readable SQLite database (corrupt, truncated, not a database)."""


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@lru_cache(maxsize=1)
def _file_head() -> str | None:
    """The single head revision named in the migration files, or None when unsure."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        values = dict(_ASSIGN.findall(path.read_text(encoding="utf-8")))
        if "revision" not in values:
            continue
        try:
            revision = ast.literal_eval(values["revision"].strip())
            down = ast.literal_eval(values.get("down_revision", "None").strip())
        except (ValueError, SyntaxError):
            return None
        revisions.add(revision)
        parents.update(down if isinstance(down, tuple | list) else [down] if down else [])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stamped_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_readable(engine: Engine) -> None:
    """Raise DatabaseUnreadable when the file cannot be read as a database."""
    try:
        with engine.connect() as conn:
            inspect(conn).get_table_names()
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA schema_version").scalar()
    except DatabaseError as exc:
        translated = storage_error(exc)
        if translated is not None and translated.unreachable:
            raise translated from exc  # a server that is down, not a damaged database
        raise DatabaseUnreadable(str(getattr(exc, "orig", exc))) from exc


def upgrade_to_head(engine: Engine) -> None:
    """Create or upgrade the schema; refuse a database from a newer program."""
    check_readable(engine)
    head = _file_head()
    if head is None or _stamped_revision(engine) != head:
        _upgrade_with_alembic(engine)


def _upgrade_with_alembic(engine: Engine) -> None:
    from alembic import command

    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise SchemaTooNew(current)
    if current != head_revision():
        cfg = alembic_config(str(engine.url))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
