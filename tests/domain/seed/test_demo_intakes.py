"""The demo hall's intakes: weeks of first contacts across channels, outcomes and handovers."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

import pytest

from desk.bootstrap import open_hall
from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import Channel, HandoverState, Outcome
from desk.domain.intake.views import IntakeFilter
from desk.domain.seed import build as demo

START = datetime(2026, 11, 16, 11, 0)  # a Monday late morning


@pytest.fixture(scope="module")
def demo_hall(tmp_path_factory):  # type: ignore[no-untyped-def]
    hall = open_hall(f"sqlite:///{tmp_path_factory.mktemp('demo')}/demo.sqlite3", FixedClock(START))
    demo.create_demo_hall(hall, parts=demo.PARTS[:2])  # the catalogue, then the intakes
    yield hall
    hall.db.dispose()


def test_built_after_the_catalogue() -> None:
    labels = [part.label for part in demo.PARTS]
    assert labels.index("事项库") < labels.index("办事登记与转交")


def test_weeks_of_intakes_across_channels_and_outcomes(demo_hall) -> None:  # type: ignore[no-untyped-def]
    rows = demo_hall.intakes.find(IntakeFilter())
    assert 120 <= len(rows) <= 300
    days = {r.created_at.date() for r in rows}
    assert len(days) >= 20 and (max(days) - min(days)).days >= 25
    assert set(Counter(r.channel for r in rows)) == set(Channel)
    assert set(Counter(r.outcome for r in rows)) == set(Outcome)
    assert all(r.first_contact for r in rows)
    assert demo_hall.intakes.find()  # the register does not open empty today
    catalogue = {i.name for i in demo_hall.catalogue.items()}
    assert sum(r.matter in catalogue for r in rows) > len(rows) / 2


def test_handovers_pending_overdue_contacted_closed(demo_hall) -> None:  # type: ignore[no-untyped-def]
    handovers = demo_hall.handovers.find(states=tuple(HandoverState))
    states = Counter(h.state for h in handovers)
    assert states[HandoverState.PENDING] >= 3
    assert states[HandoverState.CONTACTED] >= 1
    assert states[HandoverState.CLOSED] >= 5
    assert states[HandoverState.VOIDED] == 1
    assert any(h.overdue for h in handovers)
    assert any(not h.overdue for h in handovers if h.state is HandoverState.PENDING)
    badges = {r.name: r.badges for r in demo_hall.board.rows()}
    assert any(b.get("handovers_overdue") for b in badges.values())
    # 卫健 has neither A nor B in today: its walk-in went to the department head.
    head = next(d.head_name for d in demo_hall.staff.departments() if d.name == "卫生健康办")
    assert badges[head].get("handovers", 0) >= 1


def test_not_handed_over_corrected_and_voided(demo_hall) -> None:  # type: ignore[no-untyped-def]
    rows = demo_hall.intakes.find(IntakeFilter())
    corrected = [r for r in rows if r.edit_count]
    voided = [r for r in rows if r.voided]
    assert len(corrected) == 1 and len(voided) == 1
    detail = demo_hall.intakes.get(corrected[0].id)
    assert detail.corrections[0].reason == "回访时核实，电话记错两位"
    assert demo_hall.intakes.get(voided[0].id).void_reason == "同一来访人重复登记"
    reasons = [demo_hall.intakes.get(r.id).no_handover_reason for r in demo_hall.intakes.find()]
    assert "来电人表示谢婷返岗后自己再打电话来" in reasons
