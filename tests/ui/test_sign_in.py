"""Who is at the desk: first run (demo or blank), the sign-in dialog, switching operator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from desk.domain.common.codes import Role
from desk.domain.seed import build as demo
from desk.domain.seed import people
from desk.ui import first_run, sign_in
from desk.ui.first_run import BlankStartDialog, FirstRunDialog, ensure_ready
from desk.ui.sign_in import SignInDialog
from tests.ui.modal import when_dialog


@pytest.fixture(autouse=True)
def machine_settings(tmp_path, monkeypatch):
    """This machine's QSettings in a temporary file, not the developer's own."""
    store = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(sign_in, "machine_settings", lambda: store)
    monkeypatch.delenv(first_run.AUTO_OPERATOR_ENV, raising=False)
    return store


def visible_names(dialog: SignInDialog) -> list[str]:
    return [dialog.proxy.index(r, 0).data().split("　")[0] for r in range(dialog.proxy.rowCount())]


def test_type_initials_and_enter(qtbot, small_hall, leaders) -> None:
    hall = small_hall.hall
    hall.ctx.operator_id = None
    dialog = SignInDialog(hall)
    qtbot.addWidget(dialog)
    dialog.show()
    assert visible_names(dialog) == ["王前台", "钱主任", "周春英"]
    qtbot.keyClicks(dialog.ui.filterEdit, "wqt")
    assert visible_names(dialog) == ["王前台"]
    assert not dialog.ui.pinEdit.isEnabled()  # a clerk without PIN
    qtbot.keyClick(dialog.ui.filterEdit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert hall.operator_id == leaders.clerk
    # The next start preselects the same person.
    again = SignInDialog(hall)
    qtbot.addWidget(again)
    assert again.selected().id == leaders.clerk


def test_a_leader_types_the_pin(qtbot, small_hall, leaders) -> None:
    hall = small_hall.hall
    dialog = SignInDialog(hall)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.filterEdit, "qzr")
    assert dialog.selected().id == leaders.director
    assert dialog.ui.pinEdit.isEnabled()
    dialog.sign_in()
    assert dialog.errors.message("pin") == "请输入PIN或密码"
    qtbot.keyClicks(dialog.ui.pinEdit, "9999")
    dialog.sign_in()
    assert dialog.errors.message("pin") == "PIN不正确"
    assert hall.operator_id == leaders.clerk  # unchanged
    dialog.ui.pinEdit.clear()
    qtbot.keyClicks(dialog.ui.pinEdit, "2468")
    qtbot.keyClick(dialog.ui.pinEdit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert hall.operators.current().role is Role.DIRECTOR


def test_switch_operator_from_the_main_window(qtbot, small_hall, leaders) -> None:
    from desk.ui.app import build_window

    window = build_window(small_hall.hall, start_timers=False)
    qtbot.addWidget(window)
    assert "王前台" in window.operator_label.text()
    action = window.findChild(type(window.actions()[0]), "switchOperator")
    assert action.shortcut().toString() == "Ctrl+L"

    def choose(dialog: SignInDialog) -> None:
        qtbot.keyClicks(dialog.ui.filterEdit, "zcy")
        qtbot.keyClicks(dialog.ui.pinEdit, "1357")
        dialog.sign_in()

    when_dialog(SignInDialog, choose)
    action.trigger()
    assert "周春英（管理员）" in window.operator_label.text()

    def cancel(dialog: SignInDialog) -> None:
        dialog.reject()

    when_dialog(SignInDialog, cancel)
    window.operator_label.setFocus()
    qtbot.mouseClick(window.operator_label, Qt.MouseButton.LeftButton)  # the status bar label
    assert small_hall.hall.operator_id == leaders.admin  # cancelling keeps who was there


def test_demo_flag_builds_the_demo_and_signs_in_its_admin(qtbot, hall) -> None:
    assert ensure_ready(hall, demo=True)
    assert hall.operators.current().name == demo.DEMO_ADMIN
    assert len(hall.board.rows()) == len(people.STAFF)


def test_blank_start_makes_the_first_admin(qtbot, hall, type_text) -> None:
    def choose_blank(dialog: FirstRunDialog) -> None:
        when_dialog(BlankStartDialog, fill)
        dialog.ui.blankButton.click()

    def fill(dialog: BlankStartDialog) -> None:
        ui = dialog.ui
        type_text(ui.hallNameEdit, "东湖街道便民服务中心")
        type_text(ui.departmentEdit, "综合办")
        type_text(ui.nameEdit, "李明")
        qtbot.keyClicks(ui.pinEdit, "1234")
        qtbot.keyClicks(ui.pinAgainEdit, "1234")
        dialog.save()
        assert "过于简单" in dialog.errors.message("pin")
        ui.pinEdit.clear()
        ui.pinAgainEdit.clear()
        qtbot.keyClicks(ui.pinEdit, "7391")
        qtbot.keyClicks(ui.pinAgainEdit, "7390")
        dialog.save()
        assert dialog.errors.message("pin_again") == "两次输入的PIN不一致"
        ui.pinAgainEdit.clear()
        qtbot.keyClicks(ui.pinAgainEdit, "7391")
        dialog.save()

    when_dialog(FirstRunDialog, choose_blank)
    assert ensure_ready(hall, demo=False)
    me = hall.operators.current()
    assert (me.name, me.role, me.department) == ("李明", Role.ADMIN, "综合办")
    assert hall.settings.get("hall.name") == "东湖街道便民服务中心"


def test_quitting_the_first_run_dialog_quits(qtbot, hall) -> None:
    when_dialog(FirstRunDialog, lambda dialog: dialog.reject())
    assert not ensure_ready(hall, demo=False)
    assert hall.is_empty()


def test_auto_operator_from_the_environment(qtbot, small_hall, leaders, monkeypatch) -> None:
    hall = small_hall.hall
    hall.ctx.operator_id = None
    monkeypatch.setenv(first_run.AUTO_OPERATOR_ENV, "周春英")
    monkeypatch.setenv(first_run.AUTO_PIN_ENV, "1357")
    assert ensure_ready(hall, demo=False)
    assert hall.operator_id == leaders.admin
