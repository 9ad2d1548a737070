"""0002 → 0006: existing whereabouts, handovers and appointments keep their rows, gain the new
columns empty, and the rebuilt whereabouts table is still guarded against deletes."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command

from desk.bootstrap import open_hall
from desk.db.engine import Database
from desk.db.migrate import alembic_config, current_revision, head_revision


def test_upgrade_from_0002_keeps_rows_and_the_delete_guard(db_path) -> None:
    url = f"sqlite:///{db_path}"
    db = Database(url)
    cfg = alembic_config(url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    db.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO departments (name, phone, location, sort_order, active) "
            "VALUES ('民政办', '', '', 0, 1)"
        )
        conn.execute(
            "INSERT INTO staff (name, department_id, title, phone, duties, is_director, active, "
            "sort_order, created_at) VALUES ('周春英', 1, '', '', '', 0, 1, 0, "
            "'2026-11-16 09:00:00')"
        )
        conn.execute(
            "INSERT INTO whereabouts (staff_id, status, status_text, place, contact_phone, "
            "started_at, override_reason, recorded_at) VALUES (1, 'sick', '', '', '', "
            "'2026-11-16 09:00:00', '', '2026-11-16 09:00:00')"
        )
    conn.close()
    hall = open_hall(url)
    try:
        assert current_revision(hall.db.engine) == head_revision()
        [entry] = hall.board.history(1)
        assert entry.leave_request_id is None and entry.no_handover_reason == ""
        assert entry.leave_text == "未请假"  # 病假 with no request
    finally:
        hall.db.dispose()
    with sqlite3.connect(db_path) as conn:
        with pytest.raises(sqlite3.IntegrityError, match="只能作废"):
            conn.execute("DELETE FROM whereabouts")
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
        for table in ("duty_roster", "duty_logs", "leave_requests", "designated_cover"):
            assert f"desk_no_delete_{table}" in triggers
    conn.close()
