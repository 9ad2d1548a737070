"""Schema versioning: Alembic migrations applied from code at start-up.

A database stamped with a revision this program does not know was written by a newer
desk; it is refused untouched rather than "upgraded" into something broken.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DatabaseError

from desk.db.audit_hook import install_guards
from desk.db.intake_fts import install_intake_search

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


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
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_readable(engine: Engine) -> None:
    """Raise DatabaseUnreadable when the file cannot be read as a database."""
    try:
        with engine.connect() as conn:
            inspect(conn).get_table_names()
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA schema_version").scalar()
    except DatabaseError as exc:
        raise DatabaseUnreadable(str(getattr(exc, "orig", exc))) from exc


def upgrade_to_head(engine: Engine) -> None:
    """Create or upgrade the schema; refuse a database from a newer program."""
    check_readable(engine)
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise SchemaTooNew(current)
    if current != head_revision():
        cfg = alembic_config(str(engine.url))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    with engine.begin() as conn:
        install_guards(conn)
        install_intake_search(conn)
