"""The demo hall's appointment book and cases: every state the screens should show."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desk.bootstrap import open_hall
from desk.domain.appointments.views import AppointmentFilter
from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import AppointmentState, CaseState, MatterKind
from desk.domain.hall import Hall

demo = pytest.importorskip("desk.domain.seed.build")


@pytest.fixture(scope="module")
def demo_hall(tmp_path_factory: pytest.TempPathFactory) -> Hall:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    hall = open_hall(f"sqlite:///{path}", clock=FixedClock(datetime(2026, 11, 18, 10, 30)))
    demo.create_demo_hall(hall)
    return hall


def test_demo_appointments_cover_every_state(demo_hall: Hall) -> None:
    entries = demo_hall.appointments.find(AppointmentFilter())
    states = {v.state for v in entries}
    assert states == set(AppointmentState)
    assert any(v.waiting_for_return for v in entries)  # handler out: deadline not started
    assert any(v.due_today for v in entries)
    assert any(v.overdue for v in entries)
    assert len(demo_hall.appointments.booked(datetime(2026, 11, 16).date(),
                                             datetime(2026, 11, 22).date())) >= 2  # fmt: skip


def test_demo_cases_cover_late_extended_overdue_and_reported(demo_hall: Hall) -> None:
    cases = demo_hall.cases.find()
    assert any(c.state is CaseState.COMPLETED and c.late for c in cases)
    assert any(c.state is CaseState.COMPLETED and not c.late for c in cases)
    assert any(c.extended and c.is_open for c in cases)
    assert any(c.overdue for c in cases)
    assert any(c.due_today for c in cases)
    assert any(c.kind is MatterKind.REPORTED for c in cases)
    numbers = [c.number for c in sorted(cases, key=lambda c: c.accepted_at)]
    assert numbers == sorted(numbers)  # receipt numbers run with the dates
    kinds = {r.kind for r in demo_hall.overdue.items()}
    assert {"callback", "case"} <= kinds
