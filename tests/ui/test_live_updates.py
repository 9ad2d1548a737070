"""Live across desks: two main windows on one store; what one saves, the other shows.

Each window has its own Hall (its own connections, like two PCs); only the change feed
(desk.ui.live: LISTEN/NOTIFY on PostgreSQL, data_version on SQLite) tells the second
window — its board timer is off. Runs on the suite's store, so .ci/run's PostgreSQL pass
is the acceptance test "a whereabouts change in one appears in the other within 2 s".
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from desk.bootstrap import open_hall
from desk.domain.appointments.views import AppointmentDraft
from desk.domain.common.clock import FixedClock
from desk.domain.common.codes import Channel, Outcome, Role, Status
from desk.domain.hall import Hall
from desk.domain.intake.views import HandoverDraft, IntakeDraft
from desk.ui.app import build_window
from desk.ui.main_window import MainWindow
from tests.conftest import START, SmallHall

LIVE_MS = 2000


@pytest.fixture
def desks(small_hall: SmallHall, qtbot) -> Iterator[tuple[MainWindow, MainWindow]]:  # noqa: ANN001
    """Window A on the small hall's own Hall, window B on a second Hall (another clerk)."""
    a_hall = small_hall.hall
    clerk = a_hall.operators.add(small_hall.staff["周春英"], Role.CLERK)
    b_hall: Hall = open_hall(a_hall.db.url, clock=FixedClock(START))
    b_hall.operators.sign_in(clerk)
    windows = []
    for hall in (a_hall, b_hall):
        w = build_window(hall, start_timers=False, live_updates=True)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        windows.append(w)
    # Both feeds listening before anything is written.
    qtbot.waitUntil(lambda: all(_feed_ready(w) for w in windows), timeout=10000)
    yield windows[0], windows[1]
    for w in windows:
        w.close()
    b_hall.db.dispose()


def _feed_ready(window: MainWindow) -> bool:
    from desk.ui.live import LiveUpdates

    live = window.findChild(LiveUpdates)
    return live is not None and live.feed.connected


def _board(window: MainWindow):  # noqa: ANN202
    return window.pages["board"]


def _status_on(window: MainWindow, staff_id: int) -> Status | None:
    row = next((r for r in _board(window).model.rows() if r.staff_id == staff_id), None)
    return row.status if row else None


def test_a_whereabouts_change_shows_on_the_other_desk_within_2_s(
    desks,
    small_hall: SmallHall,
    qtbot,  # noqa: ANN001
) -> None:
    a, b = desks
    person = small_hall.staff["解东"]
    watching = small_hall.staff["仇红"]
    board_b = _board(b)
    board_b.refresh()
    assert board_b.select_staff(watching)
    scroll = board_b.view.verticalScrollBar().value()

    board_a = _board(a)
    board_a.refresh()
    row = next(r for r in board_a.model.rows() if r.staff_id == person)
    started = time.monotonic()
    board_a.actions.set_quick(row, Status.MEETING)  # the clerk at desk A, two clicks
    assert _status_on(a, person) is Status.MEETING

    qtbot.waitUntil(lambda: _status_on(b, person) is Status.MEETING, timeout=LIVE_MS)
    elapsed = time.monotonic() - started
    assert elapsed < LIVE_MS / 1000
    # Desk B's clerk keeps their place: the same person selected, the same scroll.
    assert board_b.current_row().staff_id == watching
    assert board_b.view.verticalScrollBar().value() == scroll


def test_new_records_from_another_desk_show_in_the_lists(
    desks,
    small_hall: SmallHall,
    qtbot,  # noqa: ANN001
) -> None:
    """A handover and an appointment made at desk A appear at desk B without a refresh."""
    a, b = desks
    hall_a = a.hall
    register_b = b.pages["intakes"]
    register_b.refresh()
    appointments_b = b.pages["appointments"]
    appointments_b.refresh()
    before = appointments_b.model.rowCount()

    saved = hall_a.intakes.save(
        IntakeDraft(
            channel=Channel.VISIT, visitor_name="张建国", visitor_phone="13800001234",
            matter="低保申请", outcome=Outcome.HANDOVER, post_id=small_hall.post["救助"],
        ),
        HandoverDraft(small_hall.staff["曾小明"], "张建国", "13800001234", "", "低保申请"),
    )  # fmt: skip
    hall_a.appointments.create(
        AppointmentDraft(
            handler_id=small_hall.staff["单丽"], visitor_name="李梅",
            visitor_phone="13900002222", matter="咨询医保",
        )
    )  # fmt: skip

    def register_shows() -> bool:
        return any(r.id == saved.intake_id for r in register_b.model.rows)

    qtbot.waitUntil(register_shows, timeout=LIVE_MS)
    qtbot.waitUntil(lambda: appointments_b.model.rowCount() == before + 1, timeout=LIVE_MS)
    # The board's badge for the recipient of the handover moved too.
    board_b = _board(b)
    qtbot.waitUntil(
        lambda: any(
            r.staff_id == small_hall.staff["曾小明"] and r.badges for r in board_b.model.rows()
        ),
        timeout=LIVE_MS,
    )
