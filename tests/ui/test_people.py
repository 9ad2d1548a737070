"""人员与岗位: adding and editing staff, the A/B roster 备案, deactivation, roles."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from desk.ui.people.dialogs import PostDialog, RosterDialog, StaffDialog
from desk.ui.people.page import PeoplePage
from tests.ui.modal import when_dialog


@pytest.fixture
def page(qtbot, small_hall, leaders) -> PeoplePage:
    leaders.sign_in("admin")
    widget = PeoplePage(small_hall.hall)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def column(tab, col: int) -> list[str]:
    return [tab.proxy.index(r, col).data() for r in range(tab.proxy.rowCount())]


def test_models_pass_qtmodeltester(qtmodeltester, page) -> None:
    for tab in (page.staff_tab, page.dept_tab, page.post_tab, page.roster_tab):
        qtmodeltester.check(tab.model)


def test_add_staff_with_a_field_error_first(qtbot, page, small_hall, type_text) -> None:
    def fill(dialog: StaffDialog) -> None:
        type_text(dialog.ui.nameEdit, "新同事")
        dialog.ui.departmentEdit.setCurrentIndex(dialog.ui.departmentEdit.findText("社会保障所"))
        qtbot.keyClicks(dialog.ui.phoneEdit, "12")
        dialog._save()
        assert dialog.isVisible() and "电话" in dialog.errors.message("phone")
        dialog.ui.phoneEdit.clear()
        qtbot.keyClicks(dialog.ui.phoneEdit, "13912345678")
        type_text(dialog.ui.dutiesEdit, "就业登记")
        dialog._save()

    seen = when_dialog(StaffDialog, fill)
    page.add_staff()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    person = next(p for p in small_hall.hall.staff.staff() if p.name == "新同事")
    assert (person.department, person.phone, person.duties) == (
        "社会保障所", "13912345678", "就业登记",
    )  # fmt: skip
    assert "新同事" in column(page.staff_tab, 0)


def test_roster_change_is_recorded_and_listed(qtbot, page, small_hall) -> None:
    hall = small_hall.hall
    page.tabs.setCurrentWidget(page.post_tab)
    page.post_tab.select(small_hall.post["医保"])

    def change(dialog: RosterDialog) -> None:
        b = dialog.ui.bEdit
        b.setCurrentIndex(b.findData(small_hall.staff["解东"]))
        dialog.ui.dateEdit.setDate(QDate(2026, 11, 18))
        qtbot.keyClicks(dialog.ui.noteEdit, "wqt diao gang")
        dialog._save()

    seen = when_dialog(RosterDialog, change)
    page.change_roster()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    latest = hall.staff.roster_changes(small_hall.post["医保"])[0]
    assert (latest.old_b, latest.new_b, latest.effective_date, latest.operator) == (
        "王前台", "解东", date(2026, 11, 18), "周春英",
    )  # fmt: skip
    assert column(page.roster_tab, 4)[0] == "王前台 → 解东"
    assert "解东" in column(page.post_tab, 4)


def test_unchanged_roster_is_refused_at_the_field(qtbot, page, small_hall) -> None:
    page.post_tab.select(small_hall.post["医保"])

    def same(dialog: RosterDialog) -> None:
        dialog._save()
        assert "没有变化" in dialog.errors.message("a")
        dialog.reject()

    when_dialog(RosterDialog, same)
    page.change_roster()


def test_new_post_needs_two_different_holders(qtbot, page, small_hall, type_text) -> None:
    def fill(dialog: PostDialog) -> None:
        type_text(dialog.ui.nameEdit, "残联")
        ui = dialog.ui
        ui.aEdit.setCurrentIndex(ui.aEdit.findData(small_hall.staff["单丽"]))
        ui.bEdit.setCurrentIndex(ui.bEdit.findData(small_hall.staff["单丽"]))
        dialog._save()
        assert "不能是同一人" in dialog.errors.message("b")
        ui.bEdit.setCurrentIndex(ui.bEdit.findData(small_hall.staff["周春英"]))
        dialog._save()

    seen = when_dialog(PostDialog, fill)
    page.add_post()
    assert seen[0].result() == QDialog.DialogCode.Accepted
    post = next(p for p in small_hall.hall.staff.posts() if p.name == "残联")
    assert (post.a_name, post.b_name) == ("单丽", "周春英")


def test_deactivated_staff_hidden_until_asked(qtbot, page, small_hall, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    page.staff_tab.select(small_hall.staff["钱主任"])
    page.toggle_staff()
    assert "钱主任" not in column(page.staff_tab, 0)
    page.staff_tab.show_inactive.setChecked(True)
    names = column(page.staff_tab, 0)
    assert "钱主任" in names
    assert column(page.staff_tab, 5)[names.index("钱主任")] == "已停用"
    assert small_hall.hall.board.history(small_hall.staff["钱主任"])  # history kept


def test_a_clerk_sees_the_buttons_disabled(qtbot, page, leaders) -> None:
    leaders.sign_in("clerk")
    page.apply_role()
    assert not any(action.isEnabled() for action in page.guarded)
    assert "值班领导或管理员" in page.guarded[0].toolTip()
    leaders.sign_in("director")
    page.apply_role()
    assert all(action.isEnabled() for action in page.guarded)


def test_search_by_pinyin_initials(qtbot, page) -> None:
    page.staff_tab.search.setText("sl")
    assert column(page.staff_tab, 0) == ["单丽"]
