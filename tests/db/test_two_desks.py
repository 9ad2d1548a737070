"""Two desks, one file: two processes save intakes into the same database at once.

The issue asks for 60 s; the default suite runs DESK_SOAK_SECONDS (20 s) so that this
test, the crash test and the hostile-input tests stay well inside their 2-minute budget
on a two-core machine. Run the full soak with DESK_SOAK_SECONDS=60.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import SmallHall
from tests.db.writer_support import Output, assert_consistent, start_writer, stored, writer_args

SOAK_SECONDS = float(os.environ.get("DESK_SOAK_SECONDS", "20"))


def test_two_desks_lose_nothing_and_never_see_a_lock_error(
    small_hall: SmallHall, db_path: Path
) -> None:
    small_hall.hall.db.dispose()
    args = writer_args(small_hall, db_path)
    desks = [start_writer(*args, "loop", str(SOAK_SECONDS)) for _ in range(2)]
    outs, errs = [Output() for _ in desks], [Output() for _ in desks]
    threads = []
    for desk, out, err in zip(desks, outs, errs, strict=True):
        threads += [out.follow(desk.stdout), err.follow(desk.stderr)]
    try:
        codes = [desk.wait(timeout=SOAK_SECONDS + 60) for desk in desks]
    finally:
        for desk in desks:  # a hung desk must not outlive the test
            if desk.poll() is None:
                desk.kill()
    for t in threads:
        t.join(timeout=10)

    stderr = [line for err in errs for line in err.lines]
    assert not [line for line in stderr if "locked" in line.lower()], stderr[:5]
    assert codes == [0, 0], stderr[-20:]
    per_desk = [out.confirmed() for out in outs]
    assert all(len(c) > 10 for c in per_desk), [len(c) for c in per_desk]
    assert not set(per_desk[0]) & set(per_desk[1])  # two different rows, never one id twice
    confirmed = {**per_desk[0], **per_desk[1]}
    assert_consistent(db_path, confirmed)
    intakes, _handovers = stored(db_path)
    assert set(intakes) == set(confirmed)  # nothing lost, nothing extra
    print(f"{SOAK_SECONDS:.0f} s: {[len(c) for c in per_desk]} intakes per desk")
