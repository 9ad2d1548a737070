"""Append-only guards on ledgers and the audit trail; the intake full-text index.

Triggers and the FTS5 virtual table are schema that Alembic's autogenerate cannot see,
so they are written out here rather than derived from the models. On PostgreSQL the same
guards are PL/pgSQL triggers (desk.db.guards) and the index is a GIN-indexed tsvector
table over the same bigrams (desk.db.intake_fts). Deleting a ledger row
aborts (records are voided, never removed); audit rows keep who, when, what and which
record. The intake register's search index (two-character tokens of
intakes.search_grams, see desk.db.intake_fts) is an external-content FTS5 table kept in
step by triggers, so every write path updates it in the same transaction. A table added
by a later migration adds its own guard in that migration (a test checks every table).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 09:30:00
"""

from __future__ import annotations

from alembic import op

from desk.db import guards, intake_fts

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Every table at this revision except settings and calendar_days (configuration).
LEDGER_TABLES = (
    "departments",
    "staff",
    "operators",
    "posts",
    "audit_log",
    "coverage",
    "post_handover_notes",
    "roster_changes",
    "service_items",
    "whereabouts",
    "intakes",
    "service_item_versions",
    "appointments",
    "handovers",
    "intake_corrections",
    "refusal_records",
    "service_materials",
    "service_refusal_reasons",
    "time_limit_cases",
    "case_extensions",
    "notices",
    "receipt_materials",
)
SEARCH_TRIGGERS = {
    "intakes_fts_ai": "AFTER INSERT ON intakes BEGIN "
    "INSERT INTO intakes_fts(rowid, search_grams) VALUES (new.id, new.search_grams); END",
    "intakes_fts_au": "AFTER UPDATE OF search_grams ON intakes BEGIN "
    "INSERT INTO intakes_fts(intakes_fts, rowid, search_grams) "
    "VALUES ('delete', old.id, old.search_grams); "
    "INSERT INTO intakes_fts(rowid, search_grams) VALUES (new.id, new.search_grams); END",
    "intakes_fts_ad": "AFTER DELETE ON intakes BEGIN "
    "INSERT INTO intakes_fts(intakes_fts, rowid, search_grams) "
    "VALUES ('delete', old.id, old.search_grams); END",
}


def upgrade() -> None:
    conn = op.get_bind()
    for table in LEDGER_TABLES:
        guards.add_no_delete_guard(conn, table)
    # Anonymisation may redact before/after values; nothing else of an audit row changes.
    guards.add_audit_fixed(conn)
    if conn.dialect.name != "sqlite":
        intake_fts.create_pg_index(conn)
        return
    # prefix='1': one-character searches (a surname, a digit) read a prefix index.
    op.execute(
        "CREATE VIRTUAL TABLE intakes_fts USING fts5(search_grams, content='intakes', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='1')"
    )
    op.execute("INSERT INTO intakes_fts(intakes_fts) VALUES ('rebuild')")
    for name, body in SEARCH_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        intake_fts.drop_pg_index(conn)
    else:
        for name in SEARCH_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS intakes_fts")
    guards.drop_audit_fixed(conn)
    for table in LEDGER_TABLES:
        guards.drop_no_delete_guard(conn, table)
