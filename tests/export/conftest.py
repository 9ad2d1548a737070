"""A month of demo-hall records, built once per session and copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.bootstrap import open_hall
from desk.domain.clock import FixedClock
from desk.domain.hall import Hall
from tests.conftest import START
from tests.export.month_data import EXPORT_AT, MonthData, build_month


@pytest.fixture(scope="session")
def month_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, MonthData]:
    """The database file of the demo hall with a November of records (built once)."""
    path = tmp_path_factory.mktemp("month") / "month.sqlite3"
    clock = FixedClock(START)
    hall = open_hall(f"sqlite:///{path}", clock=clock)
    data = build_month(hall, clock)
    hall.db.dispose()  # checkpoints the WAL into the file
    return path, data


@pytest.fixture
def month_db(month_template: tuple[Path, MonthData], tmp_path: Path) -> Path:
    """A private copy of the month database."""
    target = tmp_path / "desk.sqlite3"
    shutil.copyfile(month_template[0], target)
    return target


@pytest.fixture
def month(month_template: tuple[Path, MonthData]) -> MonthData:
    return month_template[1]


@pytest.fixture
def month_hall(month_db: Path) -> Iterator[Hall]:
    """The month's hall at export time, with the demo clerk signed in."""
    h = open_hall(f"sqlite:///{month_db}", clock=FixedClock(EXPORT_AT))
    op = h.operators.find_by_name("王晓燕")
    h.operators.sign_in(op.id)
    yield h
    h.db.dispose()
