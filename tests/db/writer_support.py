"""Running intake_writer.py processes and checking what they left (crash and two-desk tests)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from tests.conftest import SmallHall

WRITER = Path(__file__).with_name("intake_writer.py")
ROOT = Path(__file__).resolve().parents[2]


def writer_args(sh: SmallHall, db: Path | str) -> list[str]:
    """URL, the signed-in clerk, the post 民政救助 and its A (the handover recipient).

    db: the SQLite file, or any database URL."""
    return [
        db if isinstance(db, str) else f"sqlite:///{db}",
        str(sh.operator_id),
        str(sh.post["救助"]),
        str(sh.staff["曾小明"]),
    ]


def start_writer(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


@dataclass
class Output:
    """Lines a writer printed, collected by a background thread (the pipe never fills)."""

    lines: list[str] = field(default_factory=list)
    cond: threading.Condition = field(default_factory=threading.Condition)

    def follow(self, stream) -> threading.Thread:  # noqa: ANN001
        def run() -> None:
            for line in stream:
                with self.cond:
                    self.lines.append(line.strip())
                    self.cond.notify_all()

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        return thread

    def wait_for(self, prefix: str, start: int = 0, timeout: float = 30.0) -> tuple[str, int]:
        """The first line from index start on that begins with prefix, and the next index.

        The timeout is overall: a writer that keeps printing other lines does not extend it.
        """
        deadline = time.monotonic() + timeout
        with self.cond:
            i = start
            while True:
                while i < len(self.lines):
                    if self.lines[i].startswith(prefix):
                        return self.lines[i], i + 1
                    i += 1
                left = deadline - time.monotonic()
                if left <= 0 or not self.cond.wait(left):
                    raise TimeoutError(f"no line {prefix!r} after {timeout} s: {self.lines[-5:]}")

    def confirmed_lines(self, kind: str) -> list[list[str]]:
        """The fields of every ``<kind> <pid> …`` line (cases, whereabouts changes)."""
        with self.cond:
            return [line.split()[2:] for line in self.lines if line.startswith(f"{kind} ")]

    def confirmed(self) -> dict[int, int | None]:
        """intake id → handover id (None for an intake saved without handover)."""
        out: dict[int, int | None] = {}
        with self.cond:
            for line in self.lines:
                if line.startswith("ok "):
                    _ok, _pid, intake, handover = line.split()
                    out[int(intake)] = None if handover == "-" else int(handover)
        return out


def _url(db: Path | str) -> str:
    return db if isinstance(db, str) else f"sqlite:///{db}"


def query(db: Path | str, sql: str) -> list[tuple]:
    """Rows of one query, on a connection of its own (what is committed, nothing else)."""
    engine = create_engine(_url(db), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql)).all()]
    finally:
        engine.dispose()


def stored(db: Path | str) -> tuple[dict[int, str], dict[int, int]]:
    """(intake id → outcome, handover id → intake id) as committed in the store."""
    intakes = dict(query(db, "SELECT id, outcome FROM intakes"))
    handovers = dict(query(db, "SELECT id, intake_id FROM handovers"))
    return intakes, handovers


def integrity(db: Path | str) -> list[str]:
    """SQLite's integrity check of the file (a server checks its own pages)."""
    if not _url(db).startswith("sqlite"):
        return ["ok"]
    return [r[0] for r in query(db, "PRAGMA integrity_check")]


def assert_consistent(db: Path | str, confirmed: dict[int, int | None]) -> None:
    """Every confirmed save is there, as saved; no intake/handover half exists."""
    assert integrity(db) == ["ok"]
    intakes, handovers = stored(db)
    missing = sorted(set(confirmed) - set(intakes))
    assert not missing, f"confirmed intakes lost: {missing[:10]}"
    by_intake = {intake: h for h, intake in handovers.items()}
    for intake_id, handover_id in confirmed.items():
        assert by_intake.get(intake_id) == handover_id, intake_id
    for intake_id, outcome in intakes.items():
        # A 转交 intake always has its handover row, and only those have one.
        assert (outcome == "handover") == (intake_id in by_intake), intake_id
    assert set(by_intake) <= set(intakes)
