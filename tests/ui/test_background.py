"""The window never freezes on the store: work runs on the store's worker thread; after
200 ms the window shows it is waiting and the clerk can cancel (desk.ui.background)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import create_engine, select, text

from desk.bootstrap import open_hall
from desk.db import engine as engine_module
from desk.db.models import Department
from desk.domain.common.errors import StorageFailure
from desk.domain.hall import Hall
from desk.ui import background
from desk.ui.background import WaitingDialog, run_op
from tests.conftest import SmallHall


@pytest.fixture(autouse=True)
def real_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(background.SYNC_ENV, raising=False)


@pytest.fixture
def form(qtbot) -> QWidget:  # noqa: ANN001
    w = QWidget()
    layout = QVBoxLayout(w)
    w.edit = QLineEdit(w)  # type: ignore[attr-defined]
    layout.addWidget(w.edit)  # type: ignore[attr-defined]
    qtbot.addWidget(w)
    w.show()
    return w


def _waiting() -> WaitingDialog | None:
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, WaitingDialog) and w.isVisible()
        ),
        None,
    )


def test_work_runs_off_the_gui_thread_and_returns_on_it(form, qtbot) -> None:  # noqa: ANN001
    got: list[tuple[int, int]] = []
    run_op(
        form,
        lambda: threading.get_ident(),
        done=lambda worker: got.append((worker, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    worker, gui = got[0]
    assert worker != gui and gui == threading.main_thread().ident


def test_a_quick_save_shows_no_waiting_window(form, qtbot) -> None:  # noqa: ANN001
    done: list[object] = []
    run_op(form, lambda: 42, done=done.append)
    qtbot.waitUntil(lambda: done == [42], timeout=5000)
    qtbot.wait(background.WAIT_MS + 150)
    assert _waiting() is None


@pytest.fixture
def blocked(small_hall: SmallHall, monkeypatch) -> Iterator[Hall]:  # noqa: ANN001
    """A hall whose writes wait: another desk holds the lock on the departments."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(engine_module, "LOCK_TIMEOUT_MS", 100)
    hall = open_hall(small_hall.hall.db.url)
    holder: list[object] = []
    if hall.db.is_sqlite:
        other = sqlite3.connect(hall.db.sqlite_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        holder.append(other)
    else:
        engine = create_engine(hall.db.url)
        conn = engine.connect()
        conn.begin()
        conn.execute(text("LOCK TABLE departments IN EXCLUSIVE MODE"))
        holder += [conn, engine]
    yield hall
    if hall.db.is_sqlite:
        holder[0].execute("ROLLBACK")  # type: ignore[attr-defined]
        holder[0].close()  # type: ignore[attr-defined]
    else:
        holder[0].rollback()  # type: ignore[attr-defined]
        holder[0].close()  # type: ignore[attr-defined]
        holder[1].dispose()  # type: ignore[attr-defined]
    hall.db.dispose()


def test_a_slow_save_shows_waiting_after_200_ms_and_the_clerk_can_cancel(
    form,
    blocked: Hall,
    qtbot,  # noqa: ANN001
) -> None:
    form.edit.setText("张建国")
    outcome: list[object] = []
    started = time.monotonic()
    run_op(
        form,
        lambda: blocked.ctx.write(lambda s: s.add(Department(name="等待中的部门", phone=""))),
        done=lambda _r: outcome.append("saved"),
        failed=outcome.append,
    )
    # While it waits the form takes no keys (nothing typed is lost or half-applied).
    qtbot.keyClicks(form.edit, "xyz")
    assert form.edit.text() == "张建国"
    qtbot.waitUntil(lambda: _waiting() is not None, timeout=3000)
    assert time.monotonic() - started >= background.WAIT_MS / 1000
    dialog = _waiting()
    assert "取消" in dialog.cancel_button.text() and "请稍候" in dialog.label.text()
    qtbot.mouseClick(dialog.cancel_button, qtbot_button())
    qtbot.waitUntil(lambda: bool(outcome), timeout=10000)
    assert isinstance(outcome[0], StorageFailure) and "已取消" in str(outcome[0])
    assert _waiting() is None
    assert form.edit.text() == "张建国"  # the form keeps what was typed
    qtbot.keyClicks(form.edit, "!")
    assert form.edit.text() == "张建国!"  # and takes keys again
    with blocked.db.read() as s:
        assert s.scalar(select(Department.id).where(Department.name == "等待中的部门")) is None


def qtbot_button():  # noqa: ANN201
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_slow_search_keeps_the_page_taking_keys_and_shows_the_latest_answer(
    small_hall: SmallHall,
    qtbot,
    monkeypatch,  # noqa: ANN001
) -> None:
    """The register's search over all dates runs off the GUI thread: typing goes on,
    after 200 ms the count says it is looking, and only the newest search is shown."""
    from desk.ui.intake.register_page import RegisterPage

    hall = small_hall.hall
    from desk.domain.common.codes import Channel, Outcome
    from desk.domain.intake.views import IntakeDraft

    hall.intakes.save(
        IntakeDraft(
            channel=Channel.VISIT, visitor_name="张xx", matter="咨询", outcome=Outcome.HANDLED,
            result="已答复", post_id=small_hall.post["救助"],
        )
    )  # fmt: skip
    page = RegisterPage(hall)
    qtbot.addWidget(page)
    page.show()
    real = hall.intakes.find
    asked: list[str] = []

    def slow_find(f):  # noqa: ANN001, ANN202
        asked.append(f.text)
        if f.text == "张":
            time.sleep(0.6)  # the first, slow search
            return []
        return real(f)

    monkeypatch.setattr(hall.intakes, "find", slow_find)
    shown: list[int] = []
    show = page._show
    monkeypatch.setattr(page, "_show", lambda rows, *a: (shown.append(len(rows)), show(rows, *a)))
    page.search.setText("张")
    page.refresh()
    qtbot.waitUntil(lambda: page.count_label.text() == "正在查找…", timeout=3000)
    qtbot.keyClicks(page.search, "x")  # the page still takes keys
    assert page.search.text() == "张x"
    page.refresh()
    qtbot.waitUntil(lambda: page.count_label.text().startswith("共 1 条"), timeout=5000)
    qtbot.wait(700)  # the slow first answer ([]) arrives late, and is not shown
    assert "张" in asked and asked[-1] == "张x"
    assert page.count_label.text().startswith("共 1 条") and len(page.model.rows) == 1
    assert 0 not in shown  # the stale answer was never put on screen, not even briefly
