"""A desk that saves intakes in a loop, for the crash-safety and two-desk tests.

Not collected by pytest (no test_ prefix). It opens the real store and saves through the
real IntakeService; after each save returns it prints ``ok <pid> <intake id> <handover
id or ->`` and flushes, so the test knows exactly which saves were confirmed.

    intake_writer.py URL OPERATOR_ID POST_ID TO_STAFF_ID loop SECONDS [STAFF_IDS]
        write for SECONDS, then exit 0 (two desks on one store). With STAFF_IDS
        (comma-separated) every third intake is also accepted as a case (a receipt
        number: ``case <pid> <case id> <receipt number>``) and one of those people changes
        whereabouts (``where <pid> <entry id> <staff id>``): the desks race for the same
        numbers and the same people's open whereabouts rows.
    intake_writer.py URL OPERATOR_ID POST_ID TO_STAFF_ID fork
        a zygote: imports everything once, then for each "go" line on stdin forks a
        child that writes until it is killed, and prints ``pid <child pid>``; the child
        prints ``ready <pid>`` once the store is open (the test SIGKILLs the children)

Any exception in a writer is printed to stderr as ``error <pid> <text>`` with exit 1.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
import traceback
from datetime import datetime, timedelta

from desk.bootstrap import open_hall
from desk.domain.cases.views import CaseDraft
from desk.domain.common.codes import Channel, MatterKind, Outcome, Status
from desk.domain.intake.views import HandoverDraft, IntakeDraft

# The fixtures' Monday morning, moving on in real time: working-day rules stay inside the
# years chinese-calendar knows, whatever the machine's date.
START = datetime(2026, 11, 16, 9, 0)


class SteppingClock:
    def __init__(self) -> None:
        self.t0 = time.monotonic()

    def now(self) -> datetime:
        return START + timedelta(seconds=int(time.monotonic() - self.t0))


def say(line: str) -> None:
    """One line in one write(2): a writer killed mid-print must not leave half a line
    that the next process's output would run into (print() may split text and newline)."""
    os.write(1, f"{line}\n".encode())


def write(
    url: str,
    operator_id: int,
    post_id: int,
    to_id: int,
    seconds: float | None,
    people: list[int] | None = None,
) -> int:
    pid = os.getpid()
    try:
        hall = open_hall(url, clock=SteppingClock())
        hall.operators.sign_in(operator_id)
        say(f"ready {pid}")
        deadline = None if seconds is None else time.monotonic() + seconds
        i = 0
        while deadline is None or time.monotonic() < deadline:
            i += 1
            handover = i % 2 == 0
            name = f"来访人{pid}-{i}"
            draft = IntakeDraft(
                channel=Channel.VISIT,
                visitor_name=name,
                visitor_phone="13812345678",
                matter=f"事项{i}",
                message="留言" * (i % 7),
                outcome=Outcome.HANDOVER if handover else Outcome.HANDLED,
                post_id=post_id,
            )
            hand = (
                HandoverDraft(
                    to_id=to_id, visitor_name=name, visitor_phone="13812345678", matter=f"事项{i}"
                )
                if handover
                else None
            )
            saved = hall.intakes.save(draft, hand)
            say(f"ok {pid} {saved.intake_id} {saved.handover_id or '-'}")
            if people and i % 3 == 1:
                case_id = hall.cases.open_case(
                    CaseDraft(saved.intake_id, MatterKind.PROMISED, limit_days=5)
                )
                say(f"case {pid} {case_id} {hall.cases.get(case_id).number}")
                person = people[(i // 3) % len(people)]
                status = Status.MEETING if (i // 3) % 2 == 0 else Status.IN_POST
                change = hall.board.set_status(person, status, place="区里开会" * status.is_absent)
                say(f"where {pid} {change.entry_id} {person}")
        say(f"retries {pid} {hall.db.retries}")
        hall.db.dispose()
        return 0
    except Exception as exc:  # noqa: BLE001 - report anything to the test, then fail
        print(f"error {pid} {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        traceback.print_exc()
        return 1


def zygote(url: str, operator_id: int, post_id: int, to_id: int) -> int:
    # pypinyin loads lazily on the first save (~0.3 s): load it once here, before forking.
    from desk.domain.common.pinyin import search_key

    search_key("预热", is_name=True)
    children: list[int] = []
    for line in sys.stdin:
        # Reap children killed earlier so they do not linger as zombies.
        while True:
            try:
                done, _status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if done == 0:
                break
        if line.strip() != "go":
            break
        child = os.fork()
        if child == 0:
            os._exit(write(url, operator_id, post_id, to_id, None))
        children.append(child)
        say(f"pid {child}")
    # stdin closed: the test is over (or gone); no writer may outlive it.
    for child in children:
        with contextlib.suppress(ProcessLookupError):
            os.kill(child, signal.SIGKILL)
    return 0


def main(argv: list[str]) -> int:
    url, operator_id, post_id, to_id, mode = argv[:5]
    ids = int(operator_id), int(post_id), int(to_id)
    if mode == "fork":
        return zygote(url, *ids)
    people = [int(x) for x in argv[6].split(",")] if len(argv) > 6 else None
    return write(url, *ids, float(argv[5]), people)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
