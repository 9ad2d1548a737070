"""Full-text index of the intake register (SQLite FTS5), for searching all dates at once.

Chinese has no spaces, so the text is indexed as overlapping two-character tokens
(desk.domain.intake.search builds them into ``intakes.search_grams``): ``张建国`` →
``张建 建国 国``. A query of two or more characters becomes a phrase of its bigrams, which
matches exactly where the query is a substring; one character is a prefix query. The
index is an FTS5 "external content" table over ``intakes``, kept in step by triggers;
both are created by migration 0002 (autogenerate cannot see them).
"""

from __future__ import annotations

from sqlalchemy import Connection

FTS_TABLE = "intakes_fts"


def is_fts_table(name: str) -> bool:
    """The index's own tables (the virtual table and FTS5's shadow tables)."""
    return name == FTS_TABLE or name.startswith(f"{FTS_TABLE}_")


def optimize(conn: Connection) -> None:
    """Merge the index's segments, dropping what deleted or rewritten rows left behind.

    Call after removing personal data (anonymisation): until segments merge, FTS5 keeps
    the old tokens in its b-tree pages.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
