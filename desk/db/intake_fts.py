"""Full-text index of the intake register (SQLite FTS5), for searching all dates at once.

Chinese has no spaces, so the text is indexed as overlapping two-character tokens
(desk.domain.intake_search builds them into ``intakes.search_grams``): ``张建国`` →
``张建 建国 国``. A query of two or more characters becomes a phrase of its bigrams, which
matches exactly where the query is a substring; one character is a prefix query. The
index is an FTS5 "external content" table over ``intakes``, kept in step by triggers, so
every write path (the ORM, Core bulk inserts, the privacy clean-up) updates it in the
same transaction.

Like the append-only guards (desk.db.audit_hook.install_guards), it is created at every
start rather than in the Alembic migration: autogenerate does not see virtual tables or
triggers, and the single initial migration is regenerated from the models. A database
that gains the index after it already has intakes gets it built from them once.
"""

from __future__ import annotations

from sqlalchemy import Connection

FTS_TABLE = "intakes_fts"

# prefix='1': one-character searches (a surname, a digit) read a prefix index instead of
# merging every bigram that starts with the character.
_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(search_grams, content='intakes', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='1')"
)
_TRIGGERS = (
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ai AFTER INSERT ON intakes BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, search_grams) VALUES (new.id, new.search_grams); END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_au AFTER UPDATE OF search_grams ON intakes BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_grams) "
    "VALUES ('delete', old.id, old.search_grams); "
    f"INSERT INTO {FTS_TABLE}(rowid, search_grams) VALUES (new.id, new.search_grams); END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ad AFTER DELETE ON intakes BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_grams) "
    "VALUES ('delete', old.id, old.search_grams); END",
)


def is_fts_table(name: str) -> bool:
    """The index's own tables (the virtual table and FTS5's shadow tables)."""
    return name == FTS_TABLE or name.startswith(f"{FTS_TABLE}_")


def install_intake_search(conn: Connection) -> None:
    """Create the index and its triggers if missing (SQLite with FTS5 only; idempotent)."""
    if conn.dialect.name != "sqlite":
        return
    tables = dict(
        conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type='table'").all()
    )
    if "intakes" not in tables:
        return
    if tables.get(FTS_TABLE) != _CREATE:
        # Missing, or made by an earlier build with other options: (re)build from intakes.
        if FTS_TABLE in tables:
            conn.exec_driver_sql(f"DROP TABLE {FTS_TABLE}")
        conn.exec_driver_sql(_CREATE)
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    for stmt in _TRIGGERS:
        conn.exec_driver_sql(stmt)


def optimize(conn: Connection) -> None:
    """Merge the index's segments, dropping what deleted or rewritten rows left behind.

    Call after removing personal data (anonymisation): until segments merge, FTS5 keeps
    the old tokens in its b-tree pages.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
