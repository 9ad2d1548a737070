"""Numbers come from locked counter rows: two desks at once never get the same one."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from desk.db import numbering
from desk.db.engine import Database
from desk.db.models import Counter, WhereaboutsEntry
from desk.domain.common.codes import Status


def test_numbers_count_per_series_and_year(hall) -> None:
    take = lambda series, year: hall.db.write(  # noqa: E731
        lambda s: numbering.next_number(s, series, year)
    )
    assert [take("refusal", 2026) for _ in range(3)] == [1, 2, 3]
    assert take("refusal", 2027) == 1
    assert take("receipt", 2026) == 1
    assert take(numbering.notice_series("full"), 2026) == 1


def test_a_rolled_back_save_gives_its_number_back(hall) -> None:
    def fails(s):  # noqa: ANN001, ANN202
        numbering.next_number(s, "refusal", 2026)
        raise ValueError("表单校验失败")

    with pytest.raises(ValueError):
        hall.db.write(fails)
    assert hall.db.write(lambda s: numbering.next_number(s, "refusal", 2026)) == 1


def test_two_desks_taking_numbers_at_once_get_each_number_once(hall) -> None:
    desks = [Database(hall.db.url) for _ in range(2)]
    got: list[list[int]] = [[], []]

    def run(i: int) -> None:
        for _ in range(40):
            got[i].append(desks[i].write(lambda s: numbering.next_number(s, "receipt", 2026)))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for d in desks:
        d.dispose()
    assert sorted(got[0] + got[1]) == list(range(1, 81))
    with hall.db.read() as s:
        assert s.scalar(select(Counter.value).where(Counter.series == "receipt")) == 80


def test_the_database_refuses_a_second_open_whereabouts_row(small_hall) -> None:
    """Whatever goes around the domain: one open stretch per person (a partial index)."""
    hall = small_hall.hall
    person = small_hall.staff["仇红"]
    hall.board.set_status(person, Status.MEETING, place="区里开会")
    row = {"s": person, "t": "2026-11-16 09:30:00"}
    insert = text(
        "INSERT INTO whereabouts (staff_id, status, status_text, place, contact_phone, "
        "started_at, operator_id, override_reason, recorded_at, row_version) "
        "VALUES (:s, 'sick', '', '', '', :t, NULL, '', :t, 1)"
    )
    with hall.db.engine.begin() as conn, pytest.raises(IntegrityError):
        conn.execute(insert, row)
    with hall.db.read() as s:
        open_rows = s.scalars(
            select(WhereaboutsEntry).where(
                WhereaboutsEntry.staff_id == person, WhereaboutsEntry.ended_at.is_(None)
            )
        ).all()
    assert len(open_rows) == 1


def test_deleting_a_counter_row_is_refused(hall) -> None:
    hall.db.write(lambda s: numbering.next_number(s, "refusal", 2026))
    with hall.db.engine.begin() as conn, pytest.raises(IntegrityError, match="不能删除"):
        conn.execute(text("DELETE FROM counters"))
