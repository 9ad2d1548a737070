"""Append-only guards on ledgers and the audit trail; the intake full-text index.

Triggers and the FTS5 virtual table are schema that Alembic's autogenerate cannot see,
so they are written out here rather than derived from the models. Deleting a ledger row
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
AUDIT_IDENTITY = ("id", "at", "operator_id", "action", "table_name", "row_id")
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
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in LEDGER_TABLES:
        op.execute(
            f"CREATE TRIGGER desk_no_delete_{table} BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} 中的记录不能删除，只能作废'); END"
        )
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in AUDIT_IDENTITY)
    # Anonymisation may redact before/after values; nothing else of an audit row changes.
    op.execute(
        "CREATE TRIGGER desk_audit_fixed BEFORE UPDATE ON audit_log "
        f"WHEN {changed} BEGIN SELECT RAISE(ABORT, '审计记录不能修改'); END"
    )
    # prefix='1': one-character searches (a surname, a digit) read a prefix index.
    op.execute(
        "CREATE VIRTUAL TABLE intakes_fts USING fts5(search_grams, content='intakes', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='1')"
    )
    op.execute("INSERT INTO intakes_fts(intakes_fts) VALUES ('rebuild')")
    for name, body in SEARCH_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in SEARCH_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS intakes_fts")
    op.execute("DROP TRIGGER IF EXISTS desk_audit_fixed")
    for table in LEDGER_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS desk_no_delete_{table}")
