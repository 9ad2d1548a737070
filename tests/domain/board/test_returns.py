"""back_times / first_back: the one rule for "when was this person first 在岗 again"."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desk.domain.board.returns import first_back
from desk.domain.common.codes import Status

T0 = datetime(2026, 11, 2, 8, 0)
STATUSES = [s.value for s in Status]


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[tuple[str, datetime, datetime | None]], datetime]:
    """A contiguous whereabouts history (the last stretch open) and a record's time."""
    n = draw(st.integers(0, 6))
    start = T0 + timedelta(hours=draw(st.integers(0, 10)))
    rows: list[tuple[str, datetime, datetime | None]] = []
    t = start
    for i in range(n):
        length = timedelta(hours=draw(st.integers(1, 30)))
        status = draw(st.sampled_from(STATUSES))
        end = None if i == n - 1 else t + length
        rows.append((status, t, end))
        t = t + length
    created = T0 + timedelta(hours=draw(st.integers(0, 120)))
    return rows, created


def brute_force(
    rows: list[tuple[str, datetime, datetime | None]], created: datetime
) -> datetime | None:
    """Walk forward hour by hour from the record: the first moment the board says 在岗."""

    def status_at(t: datetime) -> str:
        for status, started, ended in rows:
            if started <= t and (ended is None or t < ended):
                return status
        return Status.IN_POST.value  # no row: the board shows 在岗

    if status_at(created) == Status.IN_POST.value:
        return created
    later = [started for status, started, _ in rows if started > created and status == "in_post"]
    return min(later) if later else None


@given(histories())
def test_first_back_is_the_first_in_post_moment(case) -> None:  # type: ignore[no-untyped-def]
    rows, created = case
    assert first_back(rows, created) == brute_force(rows, created)


def test_absent_then_back() -> None:
    rows = [
        ("in_post", T0, T0 + timedelta(hours=1)),
        ("meeting", T0 + timedelta(hours=1), T0 + timedelta(hours=3)),
        ("in_post", T0 + timedelta(hours=3), None),
    ]
    assert first_back(rows, T0 + timedelta(hours=2)) == T0 + timedelta(hours=3)
    assert (
        first_back(rows[:2] + [("sick", T0 + timedelta(hours=3), None)], T0 + timedelta(hours=2))
        is None
    )
    assert first_back(rows, T0 - timedelta(hours=1)) == T0 - timedelta(hours=1)  # before any row
