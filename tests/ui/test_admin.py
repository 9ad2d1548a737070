"""管理 menu and session lock in the window: guarded actions per role, operators, audit,
privacy clean-up, backups; the idle lock keeps open forms untouched."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desk.domain.common.codes import Channel, Outcome, Role
from desk.domain.intake.views import IntakeDraft, IntakeFilter
from desk.ui.admin import access
from desk.ui.admin.audit import COLUMNS, AuditDialog
from desk.ui.admin.backups import BackupsDialog
from desk.ui.admin.operators import OperatorEditDialog, OperatorsDialog, PinDialog
from desk.ui.admin.privacy import PrivacyDialog
from desk.ui.app import build_window
from desk.ui.lock import IdleLock
from desk.ui.main_window import MainWindow
from desk.ui.table_model import RowTableModel

TypeText = Callable[[QWidget, str], None]

# The offscreen platform cannot raise windows (the lock screen is raised on top); a real
# display can.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


@pytest.fixture
def full_window(qtbot: QtBot, leaders) -> Iterator[MainWindow]:
    """Every feature installed, as the clerk sees it."""
    w = build_window(leaders.hall, start_timers=False)
    qtbot.addWidget(w)
    yield w


@pytest.fixture
def window(qtbot: QtBot, leaders) -> Iterator[MainWindow]:
    """The window with the admin feature alone."""
    from desk.ui import admin

    w = build_window(leaders.hall, start_timers=False, installers=[admin.install])
    qtbot.addWidget(w)
    w.show()
    yield w


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def switch(window: MainWindow, leaders, who: str) -> None:
    leaders.sign_in(who)
    window.operatorChanged.emit()


def test_leader_actions_follow_the_role(full_window: MainWindow, leaders) -> None:
    guarded = ["operatorsAction", "auditAction", "privacyAction", "importCatalogue"]
    access.apply(full_window)
    assert [action(full_window, n).isEnabled() for n in guarded] == [False] * 4
    assert "需要值班领导或管理员权限" in action(full_window, "auditAction").toolTip()
    assert action(full_window, "backupsAction").isEnabled()  # anyone may take a backup
    switch(full_window, leaders, "director")
    assert [action(full_window, n).isEnabled() for n in guarded] == [False, True, True, True]
    switch(full_window, leaders, "admin")
    assert all(action(full_window, n).isEnabled() for n in guarded)
    switch(full_window, leaders, "clerk")
    assert not action(full_window, "importCatalogue").isEnabled()


def test_clerk_cannot_restore_from_the_backups_dialog(qtbot: QtBot, leaders) -> None:
    dialog = BackupsDialog(leaders.hall)
    qtbot.addWidget(dialog)
    assert not dialog.ui.restoreButton.isEnabled() and not dialog.ui.otherButton.isEnabled()
    assert "需要值班领导或管理员权限" in dialog.ui.restoreButton.toolTip()


def test_director_backs_up_and_restores_in_the_dialog(
    qtbot: QtBot, leaders, small_hall, monkeypatch: pytest.MonkeyPatch
) -> None:
    hall = leaders.hall
    leaders.sign_in("director")
    restored = []
    dialog = BackupsDialog(hall, restored.append)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.backupButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.backupsList.count() == 1
    assert "已备份" in dialog.ui.generalError.text()
    hall.staff.add_staff("备份后来的人", small_hall.dept["民政"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.ui.backupsList.setCurrentRow(0)
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert "已从" in dialog.ui.generalError.text()
    assert "备份后来的人" not in [p.name for p in hall.staff.staff()]
    assert restored and not restored[0].signed_out
    assert hall.audit.entries(action="restore")[0].operator == "钱主任"


class Form(QDialog):
    """Stands for any half-filled form (an intake dialog) open when the desk locks."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.name = QLineEdit(self)
        self.message = QPlainTextEdit(self)
        layout.addWidget(self.name)
        layout.addWidget(self.message)


def test_idle_lock_keeps_the_open_form_and_asks_the_pin(
    qtbot: QtBot, window: MainWindow, leaders, type_text: TypeText
) -> None:
    leaders.sign_in("director")
    now = [1000.0]
    lock = IdleLock(window, lambda: 10, monotonic=lambda: now[0])
    form = Form(window)
    qtbot.addWidget(form)
    form.show()
    type_text(form.name, "张建国")
    type_text(form.message, "家中失火，想申请临时救助")
    now[0] += 9 * 60
    lock.check()
    assert lock.screen is None  # not yet
    qtbot.keyClick(form.name, Qt.Key.Key_End)  # someone is at the desk
    now[0] += 9 * 60
    lock.check()
    assert lock.screen is None
    now[0] += 60 + 1
    lock.check()
    screen = lock.screen
    assert screen is not None and screen.isVisible()
    assert "钱主任" in screen.ui.operatorLabel.text()
    qtbot.keyClick(screen, Qt.Key.Key_Escape)  # Esc does not unlock
    assert screen.isVisible()
    qtbot.keyClicks(screen.ui.pinEdit, "0000")
    qtbot.keyClick(screen.ui.pinEdit, Qt.Key.Key_Return)
    assert screen.isVisible() and screen.errors.message("pin") == "PIN不正确"
    screen.ui.pinEdit.clear()
    qtbot.keyClicks(screen.ui.pinEdit, "2468")
    qtbot.keyClick(screen.ui.pinEdit, Qt.Key.Key_Return)
    assert lock.screen is None and not screen.isVisible()
    assert form.isVisible()
    assert form.name.text() == "张建国"
    assert form.message.toPlainText() == "家中失火，想申请临时救助"
    assert leaders.hall.operator_id == leaders.director


def test_lock_lets_another_operator_sign_in(
    qtbot: QtBot, window: MainWindow, leaders, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk.ui import sign_in

    def pick_admin(dialog: sign_in.SignInDialog) -> int:
        leaders.sign_in("admin")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(sign_in.SignInDialog, "exec", pick_admin)
    changed = []
    window.operatorChanged.connect(lambda: changed.append(1))
    screen = action(window, "lockAction")
    screen.trigger()
    lock = window.findChild(IdleLock)
    assert lock is not None and lock.screen is not None
    qtbot.mouseClick(lock.screen.ui.switchButton, Qt.MouseButton.LeftButton)
    assert lock.screen is None and changed
    assert "周春英" in window.operator_label.text()


def test_operators_dialog_adds_an_operator_with_a_pin(qtbot: QtBot, leaders) -> None:
    leaders.sign_in("admin")
    hall = leaders.hall
    page = OperatorsDialog(hall)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 3
    dialog = OperatorEditDialog(hall, page)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.staffCombo.setCurrentIndex(ui.staffCombo.findText("解东（社会保障所）"))
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(Role.DIRECTOR.value))
    qtbot.keyClicks(ui.pinEdit, "5791")
    qtbot.keyClicks(ui.pinAgainEdit, "5792")
    dialog.save()
    assert dialog.errors.message("pin_again") == "两次输入的PIN不一致"
    ui.pinAgainEdit.clear()
    qtbot.keyClicks(ui.pinAgainEdit, "5791")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    added = hall.operators.get(dialog.operator_id)
    assert (added.name, added.role, added.has_pin) == ("解东", Role.DIRECTOR, True)
    page.reload(added.id)
    assert page.selected().id == added.id
    assert page.ui.operatorsTable.model().index(3, 3).data() == "已设置"


def test_pin_dialogs(qtbot: QtBot, leaders) -> None:
    hall = leaders.hall
    leaders.sign_in("director")
    own = PinDialog(hall, hall.operators.current(), own=True)
    qtbot.addWidget(own)
    qtbot.keyClicks(own.ui.oldPinEdit, "1111")
    qtbot.keyClicks(own.ui.pinEdit, "8024")
    qtbot.keyClicks(own.ui.pinAgainEdit, "8024")
    own.save()
    assert own.errors.message("old_pin") == "PIN不正确"
    own.ui.oldPinEdit.clear()
    qtbot.keyClicks(own.ui.oldPinEdit, "2468")
    own.save()
    assert own.result() == QDialog.DialogCode.Accepted
    assert hall.operators.authenticate(leaders.director, "8024")


def test_operators_page_model(qtmodeltester, leaders) -> None:
    from desk.ui.admin.operators import COLUMNS

    model = RowTableModel(COLUMNS)
    model.set_rows(leaders.hall.operators.accounts())
    qtmodeltester.check(model)


def test_audit_dialog_shows_who_changed_what(qtbot: QtBot, leaders, small_hall) -> None:
    hall = leaders.hall
    leaders.sign_in("director")
    hall.staff.set_post_holders(
        small_hall.post["救助"], small_hall.staff["单丽"], small_hall.staff["曾小明"]
    )
    dialog = AuditDialog(hall)
    qtbot.addWidget(dialog)
    dialog.for_record("posts", small_hall.post["救助"])
    rows = dialog.model.rows
    assert [r.action_label for r in rows] == ["修改", "新建"] or [
        r.action_label for r in reversed(rows)
    ] == ["新建", "修改"]
    assert dialog.ui.entriesTable.currentIndex().row() == 0
    html = dialog.ui.detailView.toPlainText()
    assert "钱主任" in html and "A岗" in html and "修改前" in html
    assert dialog.proxy.index(0, COLUMNS.index(COLUMNS[2])).data() == "修改"


def test_audit_dialog_refuses_a_clerk(qtbot: QtBot, leaders) -> None:
    dialog = AuditDialog(leaders.hall)
    qtbot.addWidget(dialog)
    dialog.search()
    assert "查看审计记录" in dialog.ui.generalError.text()


def test_privacy_dialog_confirms_with_counts(
    qtbot: QtBot, leaders, small_hall, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    hall = leaders.hall
    clock.set(datetime(2021, 3, 1, 10, 0))
    hall.intakes.save(
        IntakeDraft(
            channel=Channel.PHONE, visitor_name="赵老汉", visitor_phone="13900001111",
            matter="咨询低保", outcome=Outcome.HANDLED, post_id=small_hall.post["低保"],
        )
    )  # fmt: skip
    clock.set(datetime(2026, 11, 16, 9, 0))
    leaders.sign_in("director")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog = PrivacyDialog(hall)
    qtbot.addWidget(dialog)
    assert "办事登记：1 条" in dialog.ui.countsLabel.text()
    assert "2023年11月16日" in dialog.ui.cutoffLabel.text()
    assert not dialog.ok.isEnabled()
    dialog.ui.yearsSpin.setValue(6)
    assert "没有到期" in dialog.ui.countsLabel.text()
    dialog.ui.yearsSpin.setValue(3)
    qtbot.mouseClick(dialog.ui.confirmCheck, Qt.MouseButton.LeftButton)
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [c.rows for c in dialog.result_counts if c.table == "intakes"] == [1]
    assert hall.intakes.find(IntakeFilter())[0].visitor_name == ""
