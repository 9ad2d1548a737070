"""Two desks, one store: two processes save intakes, receipts and whereabouts at once.

Runs on the suite's store: the SQLite file, or PostgreSQL with DESK_TEST_DATABASE_URL.
The issue asks for 60 s; the default suite runs DESK_SOAK_SECONDS (20 s) so that this
test, the crash test and the hostile-input tests stay well inside their 2-minute budget
on a two-core machine; .ci/run soaks PostgreSQL for the full 60 s.
"""

from __future__ import annotations

import os
from collections import Counter

from sqlalchemy import select

from desk.db.models import WhereaboutsEntry
from tests.conftest import SmallHall
from tests.db.writer_support import (
    Output,
    assert_consistent,
    query,
    start_writer,
    stored,
    writer_args,
)

SOAK_SECONDS = float(os.environ.get("DESK_SOAK_SECONDS", "20"))


def test_two_desks_lose_nothing_and_never_show_an_error(small_hall: SmallHall, db_url: str) -> None:
    hall = small_hall.hall
    # People who hold no post, so that the A/B rule never refuses their changes.
    people = [small_hall.staff[n] for n in ("周春英", "解东", "钱主任")]
    hall.db.dispose()
    args = writer_args(small_hall, db_url)
    desks = [
        start_writer(*args, "loop", str(SOAK_SECONDS), ",".join(map(str, people))) for _ in range(2)
    ]
    outs, errs = [Output() for _ in desks], [Output() for _ in desks]
    threads = []
    for desk, out, err in zip(desks, outs, errs, strict=True):
        threads += [out.follow(desk.stdout), err.follow(desk.stderr)]
    try:
        codes = [desk.wait(timeout=SOAK_SECONDS + 90) for desk in desks]
    finally:
        for desk in desks:  # a hung desk must not outlive the test
            if desk.poll() is None:
                desk.kill()
    for t in threads:
        t.join(timeout=10)

    # 0 errors reaching the clerk: no exception at all, so no lock or conflict message.
    stderr = [line for err in errs for line in err.lines]
    assert codes == [0, 0], stderr[-20:]
    assert stderr == [], stderr[:5]
    per_desk = [out.confirmed() for out in outs]
    assert all(len(c) > 10 for c in per_desk), [len(c) for c in per_desk]
    assert not set(per_desk[0]) & set(per_desk[1])  # two different rows, never one id twice
    confirmed = {**per_desk[0], **per_desk[1]}
    assert_consistent(db_url, confirmed)
    intakes, _handovers = stored(db_url)
    assert set(intakes) == set(confirmed)  # nothing lost, nothing extra

    # Receipts: every confirmed case stored with the number it printed; no number twice.
    cases = {int(i): number for out in outs for i, number in out.confirmed_lines("case")}
    assert all(out.confirmed_lines("case") for out in outs)
    rows = dict(query(db_url, "SELECT id, receipt_seq FROM time_limit_cases"))
    assert set(rows) == set(cases)
    seqs = Counter(rows.values())
    assert max(seqs.values()) == 1 and sorted(seqs) == list(range(1, len(rows) + 1))
    for case_id, number in cases.items():
        assert f"第{rows[case_id]:04d}号" in number

    # Whereabouts: every confirmed change stored; each person has one open stretch, and
    # their history is a chain (each stretch ends where the next begins).
    changes = {int(e) for out in outs for e, _staff in out.confirmed_lines("where")}
    reopened = hall.db.__class__(db_url)
    with reopened.read() as s:
        entries = s.scalars(select(WhereaboutsEntry).order_by(WhereaboutsEntry.id)).all()
    reopened.dispose()
    assert changes <= {e.id for e in entries}
    for person in people:
        mine = [e for e in entries if e.staff_id == person]
        assert sum(e.ended_at is None for e in mine) == 1, person
        for earlier, later in zip(mine, mine[1:], strict=False):
            assert earlier.ended_at == later.started_at, (earlier.id, later.id)
    retried = [int(n) for out in outs for (n,) in out.confirmed_lines("retries")]
    print(
        f"{SOAK_SECONDS:.0f} s: {[len(c) for c in per_desk]} intakes per desk, "
        f"{len(rows)} receipts, {len(changes)} whereabouts changes, "
        f"{sum(retried)} transactions retried"
    )
