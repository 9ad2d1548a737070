"""Crash safety: a desk saving intakes is SIGKILLed at random moments, 50 times.

Every intake whose save was confirmed (the writer printed its id after save() returned)
must be in the file, no intake exists without its handover or the other way round, and
PRAGMA integrity_check returns ok. The writers are forked from one zygote process that
imported everything once, so 50 kills take seconds, not minutes.
"""

from __future__ import annotations

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
    try:
        for _ in range(KILLS):
            zygote.stdin.write("go\n")
            zygote.stdin.flush()
            line, seen = out.wait_for("pid ", seen)
            child = int(line.split()[1])
            _ready, seen = out.wait_for(f"ready {child}", seen)
            # Anywhere from mid-first-save to dozens of saves in.
            time.sleep(rng.uniform(0.0, 0.25))
            os.kill(child, signal.SIGKILL)
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
    elapsed = time.monotonic() - started
    assert not [e for e in errors.lines if e.startswith("error")], errors.lines[:5]
    confirmed = out.confirmed()
    assert len(confirmed) > KILLS  # the writers really wrote between the kills
    assert_consistent(db_path, confirmed)
    print(f"{KILLS} kills, {len(confirmed)} confirmed intakes, {elapsed:.1f} s")
