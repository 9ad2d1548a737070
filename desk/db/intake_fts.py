"""Full-text index of the intake register, for searching all dates at once.

Chinese has no spaces, so the text is indexed as overlapping two-character tokens
(desk.domain.intake.search builds them into ``intakes.search_grams``): ``张建国`` →
``张建 建国 国``. A query of two or more characters becomes a phrase of its bigrams, which
matches exactly where the query is a substring; one character is a prefix query.

* SQLite: an FTS5 "external content" table over ``intakes``, kept in step by triggers.
* PostgreSQL: the table ``intakes_fts(rowid, grams)`` holds each intake's bigrams as a
  ``tsvector`` with their positions (built by ``desk_search_grams`` straight from the
  tokens, never through a text parser, so a CJK bigram is one lexeme), GIN-indexed and
  kept in step by a PL/pgSQL trigger. A phrase is ``'张建' <-> '建国'``, a prefix
  ``'张':*`` — the same matches as FTS5.

Both are created by migration 0002 (autogenerate cannot see them).
"""

from __future__ import annotations

from sqlalchemy import Connection

FTS_TABLE = "intakes_fts"


def is_fts_table(name: str) -> bool:
    """The index's own tables (the virtual table and FTS5's shadow tables)."""
    return name == FTS_TABLE or name.startswith(f"{FTS_TABLE}_")


def create_pg_index(conn: Connection) -> None:
    """The PostgreSQL index table, its trigger, and the rows of the intakes already stored."""
    # Tokens are letters and digits only (desk.domain.intake.index.alnum): no quoting trouble.
    conn.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION desk_search_grams(grams text) RETURNS tsvector "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ "
        "SELECT coalesce(string_agg(quote_literal(tok) || ':' || least(ord, 16383), ' '), '')"
        "::tsvector FROM unnest(string_to_array(grams, ' ')) WITH ORDINALITY AS t(tok, ord) "
        "WHERE tok <> '' $$"
    )
    conn.exec_driver_sql(
        f"CREATE TABLE {FTS_TABLE} (rowid integer PRIMARY KEY, grams tsvector NOT NULL)"
    )
    conn.exec_driver_sql(f"CREATE INDEX {FTS_TABLE}_grams ON {FTS_TABLE} USING gin (grams)")
    conn.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION desk_index_intake() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        f"IF TG_OP = 'DELETE' THEN DELETE FROM {FTS_TABLE} WHERE rowid = OLD.id; RETURN OLD; "
        "END IF; "
        f"INSERT INTO {FTS_TABLE}(rowid, grams) "
        "VALUES (NEW.id, desk_search_grams(NEW.search_grams)) "
        "ON CONFLICT (rowid) DO UPDATE SET grams = EXCLUDED.grams; "
        "RETURN NEW; END $$"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER intakes_fts_ai AFTER INSERT ON intakes "
        "FOR EACH ROW EXECUTE FUNCTION desk_index_intake()"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER intakes_fts_au AFTER UPDATE OF search_grams ON intakes "
        "FOR EACH ROW EXECUTE FUNCTION desk_index_intake()"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER intakes_fts_ad AFTER DELETE ON intakes "
        "FOR EACH ROW EXECUTE FUNCTION desk_index_intake()"
    )
    conn.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, grams) "
        "SELECT id, desk_search_grams(search_grams) FROM intakes"
    )


def drop_pg_index(conn: Connection) -> None:
    for trigger in ("intakes_fts_ai", "intakes_fts_au", "intakes_fts_ad"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger} ON intakes")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS desk_index_intake()")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS desk_search_grams(text)")


def match_sql(dialect: str) -> str:
    """The WHERE clause that matches the index against the bound query ``:m``."""
    if dialect == "sqlite":
        return f"{FTS_TABLE} MATCH :m"
    return "grams @@ CAST(:m AS tsquery)"


def has_index(conn: Connection) -> bool:
    if conn.dialect.name == "sqlite":
        sql = f"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{FTS_TABLE}'"
    else:
        sql = f"SELECT to_regclass('{FTS_TABLE}') IS NOT NULL"
    return bool(conn.exec_driver_sql(sql).scalar())


def optimize(conn: Connection) -> None:
    """Drop what deleted or rewritten rows left behind in the index.

    Call after removing personal data (anonymisation): until FTS5 merges its segments it
    keeps the old tokens in its b-tree pages. (PostgreSQL reclaims the dead row versions
    of both tables at its next VACUUM, which cannot run inside a transaction: see
    desk.domain.admin.privacy.)
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
