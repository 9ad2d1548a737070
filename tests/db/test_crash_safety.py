"""Crash safety: a desk saving intakes is SIGKILLed at random moments, 50 times.

Every intake whose save was confirmed (the writer printed its id after save() returned)
must be in the file, no intake exists without its handover or the other way round, and
PRAGMA integrity_check returns ok. The writers are forked from one zygote process that
imported everything once, so 50 kills take seconds, not minutes.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import time
from pathlib import Path

from tests.conftest import SmallHall
from tests.db.writer_support import Output, assert_consistent, start_writer, writer_args

KILLS = 50


def test_sigkill_at_random_moments_loses_no_confirmed_intake(
    small_hall: SmallHall, db_path: Path
) -> None:
    small_hall.hall.db.dispose()
    rng = random.Random(20261116)
    zygote = start_writer(*writer_args(small_hall, db_path), "fork")
    out = Output()
    out.follow(zygote.stdout)
    errors = Output()
    errors.follow(zygote.stderr)
    started = time.monotonic()
    seen = 0
    children: list[int] = []
    try:
        for _ in range(KILLS):
            zygote.stdin.write("go\n")
            zygote.stdin.flush()
            line, seen = out.wait_for("pid ", seen)
            child = int(line.split()[1])
            children.append(child)
            # The child may print before its parent prints "pid": search all lines. Once its
            # first save is confirmed it is in the write loop; the kill lands at a random
            # point of the following saves (mid-transaction, mid-commit, between saves).
            out.wait_for(f"ok {child} ")
            time.sleep(rng.uniform(0.0, 0.15))
            os.kill(child, signal.SIGKILL)
    finally:
        for child in children:  # never leave a writer running, whatever failed
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGKILL)
        zygote.stdin.close()
        zygote.wait(timeout=30)
    elapsed = time.monotonic() - started
    assert not [e for e in errors.lines if e.startswith("error")], errors.lines[:5]
    confirmed = out.confirmed()
    assert len(confirmed) >= KILLS  # every writer confirmed at least one save
    assert_consistent(db_path, confirmed)
    print(f"{KILLS} kills, {len(confirmed)} confirmed intakes, {elapsed:.1f} s")
