"""值班 and 请销假: duty roster, swaps and logs; leave requests; 指定顶岗; reassignments

New record tables get the no-delete guard of 0002. ``whereabouts`` gains the 请假单 it
follows (NULL: 未请假) and the reason no 交接 note was left; adding its foreign key makes
SQLite rebuild the table, which drops its guard trigger, so the guard is created again.
Handovers and appointments gain ``assigned_at`` (reassigned from a person who is away).

Revision ID: 0006
Revises: 0002
Create Date: 2026-12-04 21:10:37
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk.db import guards

revision = "0006"
down_revision = "0002"
branch_labels = None
depends_on = None

NEW_TABLES = (
    "duty_roster",
    "duty_swaps",
    "duty_logs",
    "leave_requests",
    "designated_cover",
    "reassignments",
)


def _guard(table: str) -> None:
    # SQLite's RAISE trigger or PostgreSQL's PL/pgSQL one (desk.db.guards).
    guards.add_no_delete_guard(op.get_bind(), table)


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    op.create_table(
        "duty_logs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("leader_id", sa.Integer(), nullable=True),
        sa.Column("attendance_ok", sa.Boolean(), nullable=True),
        sa.Column("attendance_note", sa.Text(), nullable=False),
        sa.Column("badges_ok", sa.Boolean(), nullable=True),
        sa.Column("badges_note", sa.Text(), nullable=False),
        sa.Column("manner_ok", sa.Boolean(), nullable=True),
        sa.Column("manner_note", sa.Text(), nullable=False),
        sa.Column("environment_ok", sa.Boolean(), nullable=True),
        sa.Column("environment_note", sa.Text(), nullable=False),
        sa.Column("safety_ok", sa.Boolean(), nullable=True),
        sa.Column("safety_note", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("signed_by", sa.Integer(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("voided_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["leader_id"], ["staff.id"], name=op.f("fk_duty_logs_leader_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_duty_logs_operator_id_operators")
        ),
        sa.ForeignKeyConstraint(
            ["signed_by"], ["staff.id"], name=op.f("fk_duty_logs_signed_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["voided_by"], ["operators.id"], name=op.f("fk_duty_logs_voided_by_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duty_logs")),
    )
    with op.batch_alter_table("duty_logs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_duty_logs_day"), ["day"], unique=False)

    op.create_table(
        "duty_roster",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("leader_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["leader_id"], ["staff.id"], name=op.f("fk_duty_roster_leader_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_duty_roster_operator_id_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duty_roster")),
        sa.UniqueConstraint("day", name=op.f("uq_duty_roster_day")),
    )
    with op.batch_alter_table("duty_roster", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_duty_roster_leader_id"), ["leader_id"], unique=False)

    op.create_table(
        "duty_swaps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("from_id", sa.Integer(), nullable=False),
        sa.Column("to_id", sa.Integer(), nullable=False),
        sa.Column("return_day", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("handover", sa.Text(), nullable=False),
        sa.Column("reported", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("voided_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["from_id"], ["staff.id"], name=op.f("fk_duty_swaps_from_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_duty_swaps_operator_id_operators")
        ),
        sa.ForeignKeyConstraint(["to_id"], ["staff.id"], name=op.f("fk_duty_swaps_to_id_staff")),
        sa.ForeignKeyConstraint(
            ["voided_by"], ["operators.id"], name=op.f("fk_duty_swaps_voided_by_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duty_swaps")),
    )
    with op.batch_alter_table("duty_swaps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_duty_swaps_day"), ["day"], unique=False)

    op.create_table(
        "leave_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("kind_text", sa.String(length=50), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("start_part", sa.String(length=10), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("end_part", sa.String(length=10), nullable=False),
        sa.Column("days", sa.Float(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("contact_phone", sa.String(length=40), nullable=False),
        sa.Column("cover", sa.String(length=20), nullable=False),
        sa.Column("cover_id", sa.Integer(), nullable=True),
        sa.Column("handover_note", sa.Text(), nullable=False),
        sa.Column("no_handover_reason", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("after_the_fact", sa.Boolean(), nullable=False),
        sa.Column("approver_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("close_note", sa.Text(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("withdrawn_by", sa.Integer(), nullable=True),
        sa.Column("withdraw_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approver_id"], ["staff.id"], name=op.f("fk_leave_requests_approver_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["operators.id"], name=op.f("fk_leave_requests_closed_by_operators")
        ),
        sa.ForeignKeyConstraint(
            ["cover_id"], ["staff.id"], name=op.f("fk_leave_requests_cover_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["operators.id"], name=op.f("fk_leave_requests_created_by_operators")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["operators.id"], name=op.f("fk_leave_requests_decided_by_operators")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_leave_requests_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["withdrawn_by"],
            ["operators.id"],
            name=op.f("fk_leave_requests_withdrawn_by_operators"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leave_requests")),
        sa.UniqueConstraint("year", "seq", name="uq_leave_requests_number"),
    )
    with op.batch_alter_table("leave_requests", schema=None) as batch_op:
        batch_op.create_index(
            "ix_leave_requests_staff_starts", ["staff_id", "starts_at"], unique=False
        )
        batch_op.create_index(
            "ix_leave_requests_state_starts", ["state", "starts_at"], unique=False
        )

    op.create_table(
        "reassignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("from_id", sa.Integer(), nullable=False),
        sa.Column("to_id", sa.Integer(), nullable=False),
        sa.Column("to_role", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("waiting_since", sa.DateTime(), nullable=False),
        sa.Column("reassigned_at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["from_id"], ["staff.id"], name=op.f("fk_reassignments_from_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_reassignments_operator_id_operators")
        ),
        sa.ForeignKeyConstraint(["to_id"], ["staff.id"], name=op.f("fk_reassignments_to_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reassignments")),
    )
    with op.batch_alter_table("reassignments", schema=None) as batch_op:
        batch_op.create_index("ix_reassignments_record", ["kind", "record_id"], unique=False)

    op.create_table(
        "designated_cover",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("leave_request_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("voided_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["leave_request_id"],
            ["leave_requests.id"],
            name=op.f("fk_designated_cover_leave_request_id_leave_requests"),
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operators.id"],
            name=op.f("fk_designated_cover_operator_id_operators"),
        ),
        sa.ForeignKeyConstraint(
            ["post_id"], ["posts.id"], name=op.f("fk_designated_cover_post_id_posts")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_designated_cover_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["voided_by"], ["operators.id"], name=op.f("fk_designated_cover_voided_by_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_designated_cover")),
    )
    with op.batch_alter_table("designated_cover", schema=None) as batch_op:
        batch_op.create_index("ix_designated_cover_post", ["post_id", "starts_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_designated_cover_staff_id"), ["staff_id"], unique=False
        )

    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assigned_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assigned_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("whereabouts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("leave_request_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("no_handover_reason", sa.Text(), nullable=False, server_default="")
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_whereabouts_leave_request_id_leave_requests"),
            "leave_requests",
            ["leave_request_id"],
            ["id"],
        )
    for table in NEW_TABLES:
        _guard(table)
    if _sqlite():
        _guard("whereabouts")  # SQLite's rebuild above dropped it (PostgreSQL altered in place)


def downgrade() -> None:
    for table in NEW_TABLES:
        guards.drop_no_delete_guard(op.get_bind(), table)
    with op.batch_alter_table("whereabouts", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_whereabouts_leave_request_id_leave_requests"), type_="foreignkey"
        )
        batch_op.drop_column("no_handover_reason")
        batch_op.drop_column("leave_request_id")

    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.drop_column("assigned_at")

    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_column("assigned_at")

    with op.batch_alter_table("designated_cover", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_designated_cover_staff_id"))
        batch_op.drop_index("ix_designated_cover_post")

    op.drop_table("designated_cover")
    with op.batch_alter_table("reassignments", schema=None) as batch_op:
        batch_op.drop_index("ix_reassignments_record")

    op.drop_table("reassignments")
    with op.batch_alter_table("leave_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_leave_requests_state_starts")
        batch_op.drop_index("ix_leave_requests_staff_starts")

    op.drop_table("leave_requests")
    with op.batch_alter_table("duty_swaps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_duty_swaps_day"))

    op.drop_table("duty_swaps")
    with op.batch_alter_table("duty_roster", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_duty_roster_leader_id"))

    op.drop_table("duty_roster")
    with op.batch_alter_table("duty_logs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_duty_logs_day"))

    op.drop_table("duty_logs")
    if _sqlite():
        op.execute("DROP TRIGGER IF EXISTS desk_no_delete_whereabouts")
        _guard("whereabouts")
