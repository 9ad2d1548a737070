"""Clear failure: a damaged database opens the recovery dialog (never a traceback), a full
disk keeps the clerk's form open with a Chinese message, unexpected errors are logged."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desk.domain.common.codes import MatterKind
from desk.domain.common.errors import StorageFailure
from desk.ui.app import open_store
from desk.ui.excepthook import make_hook
from desk.ui.recovery import RecoveryDialog

TypeText = Callable[[QWidget, str], None]

# The offscreen platform cannot raise windows or grab the keyboard; a real display can.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def damage(db_path: Path) -> None:
    data = bytearray(db_path.read_bytes())
    data[:16] = b"\x00" * 16  # the "SQLite format 3" header is gone
    db_path.write_bytes(bytes(data))


@pytest.fixture
def damaged(leaders, db_path: Path) -> Path:
    """A hall with a backup, whose database file then loses its header."""
    leaders.hall.backups.take("daily")
    leaders.hall.db.dispose()
    damage(db_path)
    return db_path


def answer(fn: Callable[[RecoveryDialog], None]) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog), dialog
        fn(dialog)

    QTimer.singleShot(0, run)


def test_damaged_database_opens_the_recovery_dialog_and_restores_the_latest_backup(
    qtbot: QtBot, damaged: Path
) -> None:
    seen: dict[str, object] = {}

    def restore(dialog: RecoveryDialog) -> None:
        ui = dialog.ui
        seen["text"] = ui.explainLabel.text()
        seen["backups"] = ui.backupsList.count()
        seen["leaders"] = [ui.leaderCombo.itemText(i) for i in range(ui.leaderCombo.count())]
        qtbot.mouseClick(ui.restoreButton, Qt.MouseButton.LeftButton)  # no PIN yet
        seen["no_pin"] = dialog.errors.message("pin")
        qtbot.keyClicks(ui.pinEdit, "9999")
        qtbot.keyClick(ui.pinEdit, Qt.Key.Key_Return)
        seen["wrong_pin"] = dialog.errors.message("pin")
        ui.pinEdit.clear()
        qtbot.keyClicks(ui.pinEdit, "2468")
        qtbot.mouseClick(ui.restoreButton, Qt.MouseButton.LeftButton)

    answer(restore)
    hall = open_store(f"sqlite:///{damaged}")

    assert hall is not None
    assert "数据库文件无法打开" in str(seen["text"]) and "Traceback" not in str(seen["text"])
    assert seen["backups"] == 1
    assert seen["leaders"] == ["钱主任（值班领导/中心主任）", "周春英（管理员）"]
    assert seen["no_pin"] == "请值班领导或管理员输入PIN"
    assert seen["wrong_pin"] == "PIN不正确"
    assert [p.name for p in hall.staff.staff()][:2] == ["周春英", "曾小明"]
    assert list((damaged.parent / "backups").glob("desk-*-damaged.sqlite3"))
    with hall.db.read() as s:
        from sqlalchemy import select

        from desk.db.models import AuditEntry

        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last.action == "restore" and "数据库无法打开" in last.note
    hall.db.dispose()


def test_quitting_the_recovery_dialog_touches_nothing(qtbot: QtBot, damaged: Path) -> None:
    before = damaged.read_bytes()
    answer(lambda d: qtbot.mouseClick(d.ui.quitButton, Qt.MouseButton.LeftButton))
    assert open_store(f"sqlite:///{damaged}") is None
    assert damaged.read_bytes() == before


def test_recovery_without_backups_says_where_it_looked(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database at all" * 100)
    seen: list[str] = []

    def look(dialog: RecoveryDialog) -> None:
        seen.append(dialog.ui.generalError.text())
        seen.append(str(dialog.ui.restoreButton.isEnabled()))
        dialog.reject()

    answer(look)
    assert open_store(f"sqlite:///{broken}") is None
    assert "没有找到本数据库的备份" in seen[0] and seen[1] == "False"


@pytest.fixture
def sh(small_hall):
    """The small hall with a catalogue, as the intake dialog tests use it."""
    from tests.domain.intake.intake_support import as_director

    cat, dept, post = small_hall.hall.catalogue, small_hall.dept, small_hall.post
    as_director(
        small_hall,
        lambda: cat.add_item("医保报销", dept["社保"], post["医保"], MatterKind.INSTANT, 0),
    )
    return small_hall


def test_full_disk_keeps_the_intake_form_open_with_its_content(
    qtbot: QtBot, sh, type_text: TypeText
) -> None:
    from tests.ui.test_intake_dialog import fill_visitor, open_dialog

    dialog = open_dialog(qtbot, sh)
    fill_visitor(qtbot, dialog, type_text, "ybbx")
    type_text(dialog.ui.messageEdit, "请尽快回电")
    db = sh.hall.db
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _full(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    dialog.ui.messageEdit.setPlainText("请尽快回电" + "，" * 1990)  # needs a new page
    dialog.submit()

    assert dialog.isVisible()
    assert "磁盘空间已满" in dialog.ui.formError.text()
    assert dialog.ui.nameEdit.text() == "张建国" and dialog.ui.matterEdit.text() == "医保报销"
    assert dialog.ui.messageEdit.toPlainText().startswith("请尽快回电")
    event.remove(db.engine, "connect", _full)
    db.engine.dispose()
    dialog.submit()  # space again: the same content saves
    assert not dialog.isVisible()
    assert sh.hall.intakes.find()[0].visitor_name == "张建国"


def test_unexpected_errors_are_logged_and_explained(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    log = tmp_path / "logs" / "desk-errors.log"
    hook = make_hook(log)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        hook(*sys.exc_info())
    try:
        raise StorageFailure("磁盘空间已满，本次内容未保存。")
    except StorageFailure:
        hook(*sys.exc_info())
    assert "程序遇到意外错误" in shown[0] and str(log) in shown[0]
    assert "Traceback" not in shown[0]
    assert shown[1].startswith("磁盘空间已满")
    text = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom" in text and "StorageFailure" in text
