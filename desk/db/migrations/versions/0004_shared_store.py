"""Several desks on one store: numbering counters, one-open-row indexes, row versions.

* ``counters``: the last number of each yearly series, seeded from the numbers already
  issued (desk.db.numbering takes the next one under a row lock instead of max()+1).
* Partial unique indexes: one open whereabouts stretch per person, one open 顶岗 stretch
  per post, one live case per intake. Rows that already break them (two desks saving at
  once before this revision) are repaired first: an older open stretch is closed when the
  newer one began; a second live case of one intake is voided with a reason.
* ``row_version`` on the records two desks may edit at once (desk.db.base.Versioned).
* PostgreSQL: the departments.head_id foreign key 0001 could not create there.

Works on SQLite and PostgreSQL alike.

Revision ID: 0004
Revises: 0006
Create Date: 2026-12-04 21:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk.db import guards

revision = "0004"
down_revision = "0006"
branch_labels = None
depends_on = None

VERSIONED_TABLES = (
    "departments",
    "staff",
    "posts",
    "service_items",
    "whereabouts",
    "intakes",
    "handovers",
    "appointments",
    "time_limit_cases",
    "refusal_records",
)
LIVE_CASE = "voided_at IS NULL AND state <> 'returned'"


def _close_older_open_rows(table: str, key: str) -> None:
    """Of several open rows with one key, close each older one when the next one began."""
    later = (
        f"FROM {table} AS later WHERE later.{key} = {table}.{key} AND later.ended_at IS NULL "
        f"AND (later.started_at > {table}.started_at "
        f"OR (later.started_at = {table}.started_at AND later.id > {table}.id))"
    )
    op.execute(
        f"UPDATE {table} SET ended_at = (SELECT min(later.started_at) {later}) "
        f"WHERE ended_at IS NULL AND EXISTS (SELECT 1 {later})"
    )


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        # 0001 declared departments.head_id → staff with use_alter (the two tables refer to
        # each other); create_table leaves such a key out, so PostgreSQL never got it.
        keys = {fk["name"] for fk in sa.inspect(conn).get_foreign_keys("departments")}
        if "fk_departments_head_id_staff" not in keys:
            op.create_foreign_key(
                "fk_departments_head_id_staff", "departments", "staff", ["head_id"], ["id"]
            )
    op.create_table(
        "counters",
        sa.Column("series", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series", "year", name=op.f("pk_counters")),
    )
    op.execute(
        "INSERT INTO counters (series, year, value) "
        "SELECT 'notice.' || kind, year, max(seq) FROM notices GROUP BY kind, year"
    )
    op.execute(
        "INSERT INTO counters (series, year, value) "
        "SELECT 'refusal', year, max(seq) FROM refusal_records GROUP BY year"
    )
    op.execute(
        "INSERT INTO counters (series, year, value) "
        "SELECT 'receipt', receipt_year, max(receipt_seq) FROM time_limit_cases "
        "GROUP BY receipt_year"
    )
    op.execute(
        "INSERT INTO counters (series, year, value) "
        "SELECT 'leave', year, max(seq) FROM leave_requests GROUP BY year"
    )
    # Removing a counter row would hand out its numbers a second time.
    guards.add_no_delete_guard(conn, "counters")

    _close_older_open_rows("whereabouts", "staff_id")
    _close_older_open_rows("coverage", "post_id")
    op.execute(
        "UPDATE time_limit_cases SET voided_at = accepted_at, "
        "void_reason = '同一登记重复受理（升级数据库时发现），保留最早受理的一件' "
        f"WHERE {LIVE_CASE} AND EXISTS (SELECT 1 FROM time_limit_cases AS first "
        "WHERE first.intake_id = time_limit_cases.intake_id AND first.id < time_limit_cases.id "
        f"AND first.voided_at IS NULL AND first.state <> 'returned')"
    )
    where_open = sa.text("ended_at IS NULL")
    op.create_index(
        "uq_whereabouts_open_staff",
        "whereabouts",
        ["staff_id"],
        unique=True,
        sqlite_where=where_open,
        postgresql_where=where_open,
    )
    op.create_index(
        "uq_coverage_open_post",
        "coverage",
        ["post_id"],
        unique=True,
        sqlite_where=where_open,
        postgresql_where=where_open,
    )
    live = sa.text(LIVE_CASE)
    op.create_index(
        "uq_time_limit_cases_live_intake",
        "time_limit_cases",
        ["intake_id"],
        unique=True,
        sqlite_where=live,
        postgresql_where=live,
    )
    for table in VERSIONED_TABLES:
        op.add_column(
            table,
            sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        )


def downgrade() -> None:
    conn = op.get_bind()
    for table in VERSIONED_TABLES:
        # Plain ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35): a batch copy would drop the
        # table's triggers (guards, search index) with the old table.
        op.drop_column(table, "row_version")
    op.drop_index("uq_time_limit_cases_live_intake", table_name="time_limit_cases")
    op.drop_index("uq_coverage_open_post", table_name="coverage")
    op.drop_index("uq_whereabouts_open_staff", table_name="whereabouts")
    guards.drop_no_delete_guard(conn, "counters")
    op.drop_table("counters")
