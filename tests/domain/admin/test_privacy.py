"""Privacy: masks, director-only unmasked exports (audited), anonymising old visitor data."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select, text

from desk.db.models import AuditEntry, Handover, Intake, IntakeCorrection
from desk.domain.admin.privacy import export_value, mask_for_display, mask_name
from desk.domain.appointments.views import AppointmentDraft
from desk.domain.common.codes import Channel, Outcome, Status
from desk.domain.common.errors import PermissionDenied
from desk.domain.intake.views import HandoverDraft, IntakeDraft

OLD_PHONE = "13912345678"
OLD_ID = "11010519491231002X"


@pytest.mark.parametrize(
    ("value", "kind", "masked"),
    [
        ("13812345678", "phone", "138****5678"),
        ("0571-88886666", "phone", "0571-****6666"),
        ("11010519491231002X", "id", "110105********002X"),
        ("曾小明", "name", "曾*明"),
        ("张三", "name", "张*"),
        ("欧阳娜娜", "name", "欧**娜"),
        ("城东街道幸福村3组12号", "address", "城东街道幸福****"),
        ("", "phone", ""),
    ],
)
def test_masks(value: str, kind: str, masked: str) -> None:
    assert mask_for_display(value, kind) == masked
    assert export_value(value, kind, unmasked=False) == masked
    assert export_value(value, kind, unmasked=True) == value


def test_mask_name_of_one_character() -> None:
    assert mask_name("李") == "李"


def test_unmasked_export_needs_a_leader_and_is_audited(leaders) -> None:
    privacy = leaders.hall.privacy
    with pytest.raises(PermissionDenied, match="导出未遮蔽的个人信息"):
        privacy.authorise_unmasked_export("办事登记台账 2026年11月", 12)
    leaders.sign_in("director")
    privacy.authorise_unmasked_export("办事登记台账 2026年11月", 12, "/tmp/台账.xlsx")
    row = leaders.hall.audit.entries(action="export_unmasked")[0]
    assert row.operator == "钱主任" and "12行" in row.note and "/tmp/台账.xlsx" in row.note


def _old_records(sh, clock) -> int:
    """An intake with handover, a correction and an appointment, four years ago."""
    hall = sh.hall
    clock.set(datetime(2022, 11, 10, 9, 0))
    hall.board.set_status(sh.staff["曾小明"], Status.MEETING, place="县里")
    saved = hall.intakes.save(
        IntakeDraft(
            channel=Channel.VISIT,
            visitor_name="张建国",
            visitor_phone=OLD_PHONE,
            visitor_unit="城东村委会",
            visitor_id_number=OLD_ID,
            visitor_address="城东街道幸福村3组12号",
            matter="临时救助申请",
            message="请回电",
            outcome=Outcome.HANDOVER,
            post_id=sh.post["救助"],
        ),
        HandoverDraft(
            to_id=sh.staff["曾小明"],
            visitor_name="张建国",
            visitor_phone=OLD_PHONE,
            matter="临时救助申请",
        ),
    )
    hall.intakes.correct(saved.intake_id, {"visitor_name": "张建围"}, "录错字")
    hall.appointments.create(
        AppointmentDraft(
            handler_id=sh.staff["仇红"],
            visitor_name="李四",
            visitor_phone="13700001111",
            matter="医保报销",
            visitor_address="城西社区",
        )
    )
    hall.board.set_status(sh.staff["曾小明"], Status.IN_POST)
    return saved.intake_id


def test_anonymise_old_visitor_data(leaders, small_hall, clock) -> None:
    hall = leaders.hall
    old_id = _old_records(small_hall, clock)
    clock.set(datetime(2026, 11, 16, 9, 0))
    recent = hall.intakes.save(
        IntakeDraft(
            channel=Channel.PHONE,
            visitor_name="王新",
            visitor_phone="13600002222",
            matter="咨询",
            outcome=Outcome.HANDLED,
            post_id=small_hall.post["医保"],
        )
    )
    preview = {c.table: c.rows for c in hall.privacy.preview()}
    assert preview["intakes"] == 1 and preview["handovers"] == 1
    assert preview["appointments"] == 1
    with pytest.raises(PermissionDenied, match="隐私清理"):
        hall.privacy.anonymise()

    leaders.sign_in("director")
    counts = {c.table: c.rows for c in hall.privacy.anonymise()}

    assert counts == preview
    with hall.db.read() as s:
        old = s.get(Intake, old_id)
        assert (old.visitor_name, old.visitor_phone, old.visitor_id_number) == ("", "", "")
        assert old.visitor_address == "" and old.visitor_initials == ""
        assert old.matter == "临时救助申请" and old.visitor_unit == "城东村委会"  # record stays
        handover = s.scalar(select(Handover).where(Handover.intake_id == old_id))
        assert (handover.visitor_name, handover.visitor_phone) == ("", "")
        fixes = s.scalars(select(IntakeCorrection)).all()
        assert [(f.field, f.old_value, f.new_value) for f in fixes] == [("visitor_name", "", "")]
        fresh = s.get(Intake, recent.intake_id)
        assert fresh.visitor_name == "王新" and fresh.visitor_phone == "13600002222"
        # Nothing of the old visitor survives anywhere in the audit trail.
        trail = " ".join(
            f"{e.before_json} {e.after_json} {e.note}" for e in s.scalars(select(AuditEntry))
        )
    # Derived search columns too: name bigrams, phone digits.
    secrets = (
        "张建国",
        "张建围",
        "张建",
        "建国",
        OLD_PHONE,
        OLD_ID,
        "幸福村",
        "李四",
        "13700001111",
    )
    for secret in secrets:
        assert secret not in trail
    assert "王新" in trail  # recent records keep their trail
    event = hall.audit.entries(action="anonymise", table_name="")[0]
    assert event.operator == "钱主任" and "办事登记1条" in event.note
    assert hall.privacy.preview()[0].rows == 0  # done: nothing left to clean
    assert hall.intakes.find() and all(r.visitor_name != "张建国" for r in hall.intakes.find())


def test_anonymise_respects_the_setting(leaders, small_hall, clock) -> None:
    _old_records(small_hall, clock)
    clock.set(datetime(2026, 11, 16, 9, 0))
    hall = leaders.hall
    leaders.sign_in("director")
    hall.settings.set("privacy.anonymise_after_years", 5)
    assert all(c.rows == 0 for c in hall.privacy.preview())
    with hall.db.engine.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM intakes WHERE visitor_name != ''"))
        assert before.scalar() == 1


@pytest.mark.sqlite
def test_anonymised_values_are_gone_from_the_file_itself(leaders, small_hall, clock) -> None:
    """Not only the rows: no copy stays in free pages or in the full-text index."""
    hall = leaders.hall
    _old_records(small_hall, clock)
    clock.set(datetime(2026, 11, 16, 9, 0))
    leaders.sign_in("director")
    hall.privacy.anonymise()
    with hall.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    hall.db.dispose()
    data = hall.backups.db_path().read_bytes()
    for secret in ("张建国", OLD_PHONE, OLD_ID, "幸福村"):
        assert secret.encode() not in data, secret
