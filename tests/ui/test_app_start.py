"""The real start-up path: `python -m desk --db FILE` opens, signs in and shows the board."""

from __future__ import annotations

import os
import subprocess
import sys

from desk.bootstrap import open_hall
from desk.domain.common.codes import Role


def test_desk_starts_and_shows_the_board(tmp_path) -> None:
    path = tmp_path / "start.sqlite3"
    hall = open_hall(f"sqlite:///{path}")
    dept = hall.staff.add_department("综合办")
    clerk = hall.staff.add_staff("王晓燕", dept)
    hall.operators.add(clerk, Role.CLERK)
    hall.db.dispose()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        DESK_AUTO_OPERATOR="王晓燕",
        DESK_BENCH_EXIT_AFTER_SHOWN="1",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "desk", "--db", str(path)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert any(line.startswith("DESK_SHOWN ") for line in proc.stdout.splitlines())
    assert "Traceback" not in proc.stderr


def test_a_bad_argument_is_refused_in_chinese() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "desk", "--no-such-option"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2
    assert "参数错误" in proc.stderr
