"""PostgreSQL backups: pg_dump archives and desk's own export, both restored exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from desk.db import pg_backup
from desk.db.backup import BackupError
from desk.domain.common.codes import Status
from desk.domain.common.errors import PermissionDenied
from desk.domain.intake.views import IntakeFilter
from tests.conftest import Leaders, SmallHall

pytestmark = pytest.mark.postgres


def dump(engine: Engine, skip: tuple[str, ...] = ("audit_log", "intakes_fts")) -> dict:
    """Every row of every table (ordered by all columns), to compare databases exactly."""
    with engine.connect() as conn:
        found = inspect(conn)
        out = {}
        for t in sorted(set(found.get_table_names()) - set(skip)):
            columns = ", ".join(c["name"] for c in found.get_columns(t))
            out[t] = conn.execute(text(f"SELECT {columns} FROM {t} ORDER BY {columns}")).all()
        return out


def audit_rows(engine: Engine) -> list:
    with engine.connect() as conn:
        return conn.execute(text("SELECT * FROM audit_log ORDER BY id")).all()


@pytest.fixture
def backed_up(leaders: Leaders, small_hall: SmallHall, tmp_path: Path) -> Leaders:
    """The small hall with an intake, its backups folder in the test's folder."""
    leaders.sign_in("director")
    leaders.hall.settings.set("backup.folder", str(tmp_path / "backups"))
    from desk.domain.common.codes import Channel, Outcome
    from desk.domain.intake.views import IntakeDraft

    leaders.hall.intakes.save(
        IntakeDraft(
            channel=Channel.VISIT, visitor_name="张建国", visitor_phone="13800001234",
            matter="低保申请", first_contact_id=small_hall.staff["王前台"],
            post_id=small_hall.post["救助"],
            outcome=Outcome.HANDLED, result="已当场办理",
        )
    )  # fmt: skip
    return leaders


def _change(leaders: Leaders, small_hall: SmallHall, clock) -> None:  # noqa: ANN001
    clock.advance(hours=1)
    leaders.hall.board.set_status(small_hall.staff["解东"], Status.TRIP, place="省厅")
    leaders.hall.staff.add_staff("新同事", small_hall.dept["社保"])


@pytest.mark.parametrize("kind", ["pg_dump", "export"])
def test_backup_change_restore_brings_back_the_exact_rows(
    backed_up: Leaders,
    small_hall: SmallHall,
    clock,
    monkeypatch,
    kind: str,  # noqa: ANN001
) -> None:
    hall = backed_up.hall
    if kind == "export":  # a desk without the PostgreSQL client tools
        monkeypatch.setattr(pg_backup, "_tool", lambda name: None)
    engine = hall.db.engine
    earlier, earlier_audit = dump(engine), audit_rows(engine)
    backup = hall.backups.take("manual")
    assert backup.suffix == (".pgdump" if kind == "pg_dump" else ".sqlite3")
    assert [b.path for b in hall.backups.files()] == [backup]
    _change(backed_up, small_hall, clock)
    assert dump(engine) != earlier

    result = hall.backups.restore(backup)

    assert dump(engine) == earlier
    after = audit_rows(engine)
    assert after[: len(earlier_audit)] == earlier_audit
    assert after[-1].action == "restore" and "钱主任" in after[-1].note
    assert result.safety_copy.exists() and result.safety_copy != backup
    assert [p.name for p in hall.staff.staff()].count("新同事") == 0
    # The search index came back with the rows, and new rows get fresh ids.
    assert [r.visitor_name for r in hall.intakes.find(IntakeFilter(text="建国"))] == ["张建国"]
    hall.staff.add_staff("恢复后的同事", small_hall.dept["社保"])
    # The safety copy holds the data as it was just before the restore.
    hall.backups.restore(result.safety_copy)
    assert "新同事" in [p.name for p in hall.staff.staff()]


def test_the_daily_backup_works_on_a_server(backed_up: Leaders) -> None:
    """No more "cannot back up" warning at every start: the first start of a day backs up."""
    hall = backed_up.hall
    first = hall.backups.daily()
    assert first is not None and first.exists()
    assert hall.backups.daily() is None  # once a day


def test_a_damaged_archive_is_refused_and_changes_nothing(backed_up: Leaders) -> None:
    hall = backed_up.hall
    backup = hall.backups.take("manual")
    data = bytearray(backup.read_bytes())
    data[: len(data) // 2] = b"\0" * (len(data) // 2)
    backup.write_bytes(bytes(data))
    before = dump(hall.db.engine)
    with pytest.raises(BackupError, match="未恢复"):
        hall.backups.restore(backup)
    assert dump(hall.db.engine) == before


def test_a_backup_from_a_newer_program_is_refused(backed_up: Leaders, monkeypatch) -> None:  # noqa: ANN001
    import sqlite3

    hall = backed_up.hall
    monkeypatch.setattr(pg_backup, "_tool", lambda name: None)
    backup = hall.backups.take("manual")
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
    conn.close()
    before = dump(hall.db.engine)
    with pytest.raises(BackupError, match="更新版本"):
        hall.backups.restore(backup)
    assert dump(hall.db.engine) == before


def test_a_clerk_cannot_restore(backed_up: Leaders) -> None:
    backup = backed_up.hall.backups.take("manual")
    backed_up.sign_in("clerk")
    with pytest.raises(PermissionDenied):
        backed_up.hall.backups.restore(backup)
