"""The demo hall has the promised size and shape, and builds its other parts in order."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from desk.bootstrap import open_hall
from desk.db.models import CoverageInterval, WhereaboutsEntry
from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import Role
from desk.domain.common.errors import DomainError
from desk.domain.seed import build as demo

# The conftest's clock: a Monday morning in an ordinary working week.
START = datetime(2026, 11, 16, 9, 0)


@pytest.fixture(scope="module")
def demo_hall(tmp_path_factory):
    calls: list[str] = []
    parts = [
        demo.DemoPart(
            "first", lambda h, _seed: calls.append(f"first:{h.operators.current().name}")
        ),
        demo.DemoPart("second", lambda h, _seed: calls.append("second")),
    ]
    hall = open_hall(f"sqlite:///{tmp_path_factory.mktemp('demo')}/demo.sqlite3", FixedClock(START))
    demo.create_demo_hall(hall, parts=parts)
    yield hall, calls
    hall.db.dispose()


def test_sizes(demo_hall) -> None:
    hall, _ = demo_hall
    departments = hall.staff.departments()
    staff = hall.staff.staff()
    posts = hall.staff.posts()
    assert len(departments) >= 4
    assert 22 <= len(staff) <= 30
    assert len(posts) >= 6
    assert all(p.a_id and p.b_id and p.a_id != p.b_id for p in posts)
    assert all(d.head_name for d in departments)
    assert [p.name for p in staff if p.is_director] == [demo.DEMO_DIRECTOR]
    for wanted in ("民政救助", "劳动保障", "医疗保险", "人口计生/卫健", "土规农综", "残联"):
        assert wanted in {p.name for p in posts}
    assert hall.settings.get("hall.name") == demo.DEMO_HALL_NAME


def test_operators_and_roles(demo_hall) -> None:
    hall, _ = demo_hall
    roles = {op.name: op.role for op in hall.operators.accounts()}
    assert roles[demo.DEMO_ADMIN] is Role.ADMIN
    assert roles[demo.DEMO_DIRECTOR] is Role.DIRECTOR
    assert [n for n, r in roles.items() if r is Role.CLERK] == list(demo.DEMO_CLERKS)
    assert hall.operator_id is None  # the demo leaves signing in to the sign-in dialog


def test_board_scene_now(demo_hall) -> None:
    hall, _ = demo_hall
    rows = hall.board.rows()
    absent = [r for r in rows if r.status.is_absent]
    assert 4 <= len(absent) <= 10
    assert all(r.place for r in absent)
    assert [r.name for r in rows if r.return_overdue] == ["邓志远"]
    assert any("：" in r.covering_text and "无人顶岗" not in r.covering_text for r in absent)
    uncovered = [p for r in rows for p in r.uncovered_posts]
    assert [p.post for p in uncovered] == ["人口计生/卫健"]
    assert uncovered[0].fallback == "部门负责人蒋慧"
    assert any(r.badges.get("post_notes") for r in rows)  # a handover note waits for a B


def test_weeks_of_history(demo_hall) -> None:
    hall, _ = demo_hall
    with hall.db.read() as s:
        count = s.scalar(select(func.count()).select_from(WhereaboutsEntry))
        first = s.scalar(select(func.min(WhereaboutsEntry.started_at)))
        overrides = s.scalars(
            select(WhereaboutsEntry.override_reason).where(WhereaboutsEntry.override_reason != "")
        ).all()
        intervals = s.scalar(select(func.count()).select_from(CoverageInterval))
    assert count >= 150
    assert START - first >= timedelta(days=35)
    assert len(overrides) == 1 and "主任同意" in overrides[0]
    assert intervals >= 30
    assert any(r.note and "B岗" in r.note for r in hall.staff.roster_changes())
    someone = hall.staff.staff()[8].id
    assert hall.board.where_was(someone, START - timedelta(days=20)) is not None


def test_parts_run_in_order_as_admin(demo_hall) -> None:
    _, calls = demo_hall
    assert calls == [f"first:{demo.DEMO_ADMIN}", "second"]


def test_refuses_a_hall_that_has_people(small_hall) -> None:
    with pytest.raises(DomainError):
        demo.create_demo_hall(small_hall.hall)
