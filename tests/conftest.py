"""Shared fixtures: an offscreen Qt platform, a fixed clock, a hall on a temporary database."""

from __future__ import annotations

import os
import sys

# Before any Qt import: tests run with no display (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DESK_NO_BACKGROUND_TIMERS", "")
# Store work of the widgets runs inline (desk.ui.background); tests/ui/test_background.py
# switches it off to test the real worker thread.
os.environ.setdefault("DESK_SYNC_OPS", "1")

from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import pytest  # noqa: E402

from desk.bootstrap import open_hall  # noqa: E402
from desk.domain.common.clock import FixedClock  # noqa: E402
from desk.domain.common.codes import Role  # noqa: E402
from desk.domain.hall import Hall  # noqa: E402
from tests.stores import ON_POSTGRES, Store, make_store  # noqa: E402

if TYPE_CHECKING:
    from tests.excel.month_data import MonthData

# A Monday morning in an ordinary working week.
START = datetime(2026, 11, 16, 9, 0)


# Fixtures that hand a test the SQLite file itself: such tests check SQLite's own behaviour
# (its WAL, its file on disk) and are skipped when the suite runs on PostgreSQL.
SQLITE_FILE_FIXTURES = frozenset({"db_path", "month_db"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    sqlite_only = pytest.mark.skip(reason="checks the SQLite file itself")
    postgres_only = pytest.mark.skip(reason="needs DESK_TEST_DATABASE_URL (PostgreSQL)")
    for item in items:
        if "/tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)
        fixtures = set(getattr(item, "fixturenames", ()))
        if ON_POSTGRES and (fixtures & SQLITE_FILE_FIXTURES or item.get_closest_marker("sqlite")):
            item.add_marker(sqlite_only)
        if not ON_POSTGRES and item.get_closest_marker("postgres"):
            item.add_marker(postgres_only)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The SQLite file of this test (tests asking for it are skipped on PostgreSQL)."""
    return tmp_path / "desk.sqlite3"


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Where this run's databases are made: SQLite files or a PostgreSQL server."""
    made = make_store(tmp_path_factory.mktemp("template"))
    yield made
    made.finish()


@pytest.fixture
def db_url(store: Store, tmp_path: Path) -> str:
    """An empty database at head, of this test alone (on SQLite: the file at db_path)."""
    return store.migrated(tmp_path)


@pytest.fixture
def empty_db_url(store: Store, tmp_path: Path) -> Iterator[str]:
    """A database with no schema at all (a new hall's first start)."""
    url = store.empty(tmp_path, "empty.sqlite3")
    yield url
    store.drop(url)


@pytest.fixture
def hall(db_url: str, clock: FixedClock) -> Iterator[Hall]:
    h = open_hall(db_url, clock=clock)
    yield h
    h.db.dispose()


@dataclass
class SmallHall:
    """Two departments, three posts with A/B holders, a head, a director and a clerk."""

    hall: Hall
    dept: dict[str, int]
    staff: dict[str, int]
    post: dict[str, int]
    operator_id: int


@pytest.fixture
def small_hall(hall: Hall) -> SmallHall:
    st = hall.staff
    dept = {
        "民政": st.add_department("民政办", phone="0571-88880001"),
        "社保": st.add_department("社会保障所", phone="0571-88880002"),
    }
    people = {}
    for name, d, title, director in [
        ("周春英", "民政", "主任", False),
        ("曾小明", "民政", "", False),
        ("单丽", "民政", "", False),
        ("解东", "社保", "所长", False),
        ("仇红", "社保", "", False),
        ("王前台", "社保", "", False),
        ("钱主任", "民政", "中心主任", True),
    ]:
        people[name] = st.add_staff(
            name, dept[d], title=title, phone="13800000000", is_director=director
        )
    st.update_department(
        dept["民政"], name="民政办", phone="0571-88880001", head_id=people["周春英"]
    )
    st.update_department(
        dept["社保"], name="社会保障所", phone="0571-88880002", head_id=people["解东"]
    )
    post = {
        "救助": st.add_post(
            "民政救助", dept["民政"], window_no="3", a_id=people["曾小明"], b_id=people["单丽"]
        ),
        "低保": st.add_post(
            "低保审核", dept["民政"], window_no="4", a_id=people["单丽"], b_id=people["曾小明"]
        ),
        "医保": st.add_post(
            "医疗保险", dept["社保"], window_no="6", a_id=people["仇红"], b_id=people["王前台"]
        ),
    }
    op = hall.operators.add(people["王前台"], Role.CLERK)
    hall.operators.sign_in(op)
    return SmallHall(hall, dept, people, post, op)


@pytest.fixture
def type_text() -> Callable[..., None]:
    """Type any text, Chinese included, into a widget the way an input method commits it.

    qtbot.keyClicks aborts the process on non-ASCII characters (see MACHINE.md).
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    def _type(widget, text: str) -> None:  # type: ignore[no-untyped-def]
        for ch in text:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )

    return _type


@pytest.fixture
def pdf_text() -> Callable[[Path], str]:
    """The text of a PDF as poppler reads it, NFKC-normalised (full-width forms folded)."""
    import subprocess
    import unicodedata

    def _read(path: Path) -> str:
        out = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
        ).stdout
        return unicodedata.normalize("NFKC", out)

    return _read


@dataclass
class Leaders:
    """A director and an admin (with PINs) added to the small hall; the clerk stays signed in."""

    hall: Hall
    clerk: int
    director: int
    admin: int
    director_pin: str = "2468"
    admin_pin: str = "1357"

    def sign_in(self, who: str) -> None:
        """Sign in as "clerk", "director" or "admin"."""
        pin = {"director": self.director_pin, "admin": self.admin_pin}.get(who)
        self.hall.operators.sign_in(getattr(self, who), pin)


@pytest.fixture
def leaders(small_hall: SmallHall) -> Leaders:
    ops = small_hall.hall.operators
    director = ops.add(small_hall.staff["钱主任"], Role.DIRECTOR, pin="2468")
    admin = ops.add(small_hall.staff["周春英"], Role.ADMIN, pin="1357")
    return Leaders(small_hall.hall, small_hall.operator_id, director, admin)


# ---- a month of demo-hall records (ledgers, export, the command line) -------------------


@pytest.fixture(scope="session")
def month_template(store: Store, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, MonthData]:
    """The database of the demo hall with a November of records (built once)."""
    from tests.excel.month_data import build_month

    found: list[MonthData] = []

    def build(url: str) -> None:
        clock = FixedClock(START)
        hall = open_hall(url, clock=clock)
        found.append(build_month(hall, clock))
        hall.db.dispose()  # SQLite: checkpoints the WAL into the file

    url = store.built(tmp_path_factory.mktemp("month"), build)
    return url, found[0]


@pytest.fixture
def month_url(store: Store, month_template: tuple[str, MonthData], tmp_path: Path) -> Iterator[str]:
    """A private copy of the month database."""
    url = store.copy(month_template[0], tmp_path)
    yield url
    store.drop(url)


@pytest.fixture
def month_db(month_url: str) -> Path:
    """The month's SQLite file (tests asking for it are skipped on PostgreSQL)."""
    from sqlalchemy.engine import make_url

    return Path(str(make_url(month_url).database))


@pytest.fixture
def month_args(month_url: str) -> list[str]:
    """The command-line options that open the month's database, on either engine."""
    if ON_POSTGRES:
        return ["--database-url", month_url]
    from sqlalchemy.engine import make_url

    return ["--db", str(make_url(month_url).database)]


@pytest.fixture
def month(month_template: tuple[str, MonthData]) -> MonthData:
    return month_template[1]


@pytest.fixture
def month_hall(month_url: str) -> Iterator[Hall]:
    """The month's hall at export time, with the demo clerk signed in."""
    from tests.excel.month_data import EXPORT_AT

    h = open_hall(month_url, clock=FixedClock(EXPORT_AT))
    op = h.operators.find_by_name("王晓燕")
    h.operators.sign_in(op.id)
    yield h
    h.db.dispose()


# ---- Qt only where a test needs it ---------------------------------------------------------


def pytest_runtest_setup(item: pytest.Item) -> None:
    """PySide6 6.12.0's emit() takes a reference from True each time (desk.ui.qt_fixes);
    without a reserve the process aborts at exit after a few thousand emits. Guarded only
    when a collected test has loaded Qt, so the domain suite runs in a Qt-free process."""
    if "PySide6.QtCore" in sys.modules:
        from desk.ui.qt_fixes import guard_bool_refcount

        guard_bool_refcount()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """With DESK_EXPECT_NO_QT set (.ci/run's domain pass) the run fails if anything loaded Qt."""
    if os.environ.get("DESK_EXPECT_NO_QT") and any(m.startswith("PySide6") for m in sys.modules):
        print("\nDESK_EXPECT_NO_QT: PySide6 was imported during a run that must stay Qt-free")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
