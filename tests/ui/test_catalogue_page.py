"""事项库 page: a director edits an item (materials table, new version), clerks only read."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

import openpyxl
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox

from desk.domain.common.codes import MatterKind
from desk.domain.seed.catalogue import install_demo_catalogue
from desk.excel.catalogue_book import export_catalogue
from desk.ui.catalogue.dialogs import ImportProblemsDialog, VersionsDialog, import_from
from desk.ui.catalogue.page import CataloguePage


def _page(qtbot, hall) -> CataloguePage:  # type: ignore[no-untyped-def]
    page = CataloguePage(hall)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    return page


def test_director_creates_an_item_with_materials_then_edits_it(
    qtbot, small_hall, leaders, type_text
) -> None:
    leaders.sign_in("director")
    hall = small_hall.hall
    page = _page(qtbot, hall)
    editor = page.editor
    ui = editor.ui
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_text(ui.name, "最低生活保障申请")
    type_text(ui.aliases, "低保申请")
    ui.department.setCurrentIndex(ui.department.findData(small_hall.dept["民政"]))
    ui.post.setCurrentIndex(ui.post.findData(small_hall.post["低保"]))
    ui.kind.setCurrentIndex(ui.kind.findData(MatterKind.PROMISED.value))
    ui.promisedDays.setValue(30)
    # Materials from the keyboard: Ins adds a row and starts editing its name.
    table = ui.materialTable
    for name in ("居民户口簿", "低保申请书"):
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Insert)
        [editor_widget] = [e for e in table.findChildren(QLineEdit) if e.isVisible()]
        type_text(editor_widget, name)
        qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
        # The delegate commits on the next event-loop turn.
        qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert table.rowCount() == 2
    # Reorder: the application form goes first (Ctrl+↑ on the second row).
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert table.item(0, 0).text() == "低保申请书"
    table.item(1, 1).setText("原件及复印件")
    table.item(1, 3).setText("视情况")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)

    [item] = hall.catalogue.items()
    assert item.name == "最低生活保障申请" and item.post_id == small_hall.post["低保"]
    assert item.kind is MatterKind.PROMISED and item.promised_days == 30
    content = hall.catalogue.detail(item.id).content
    assert [(m.name, m.form.label, m.required) for m in content.materials] == [
        ("低保申请书", "复印件", True),
        ("居民户口簿", "原件及复印件", False),
    ]
    assert page.model.rowCount() == 1 and page.current_id() == item.id
    assert "第1版" in ui.versionLabel.text()

    # Edit: a new version, the old one kept.
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    type_text(ui.changeNote, "申请书改为现场填写")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert hall.catalogue.get(item.id).version == 2
    assert [m.name for m in hall.catalogue.detail(item.id).content.materials] == ["居民户口簿"]
    assert len(hall.catalogue.detail(item.id, version=1).content.materials) == 2
    history = VersionsDialog(hall, item.id)
    qtbot.addWidget(history)
    assert history.model.rowCount() == 2
    assert "低保申请书" not in history.ui.versionText.toPlainText()  # newest shown first
    # Search by pinyin initials of the alias.
    qtbot.keyClicks(page.search, "dbsq")
    page.refresh()
    assert page.model.rowCount() == 1


def test_bad_input_is_shown_at_the_field_and_nothing_saved(
    qtbot, small_hall, leaders, type_text
) -> None:
    leaders.sign_in("director")
    hall = small_hall.hall
    page = _page(qtbot, hall)
    ui = page.editor.ui
    ui.department.setCurrentIndex(ui.department.findData(small_hall.dept["民政"]))
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.editor.errors.message("name") == "请填写事项名称"
    assert ui.nameError.isVisible()
    type_text(ui.name, "临时救助")
    ui.kind.setCurrentIndex(ui.kind.findData(MatterKind.PROMISED.value))
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert "承诺件须填写承诺时限" in page.editor.errors.message("promised_days")
    ui.promisedDays.setValue(10)
    type_text(ui.consultPhone, "12")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert "咨询电话" in page.editor.errors.message("consult_phone")
    ui.consultPhone.clear()
    # A material row with a note but no name: the table cell is pointed at.
    page.editor.add_row(ui.materialTable)
    ui.materialTable.item(0, 4).setText("有残疾的提供")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.materialError.isVisible() and "第1项材料的名称" in ui.materialError.text()
    assert ui.materialTable.currentRow() == 0
    assert hall.catalogue.items(include_inactive=True) == []


def test_clerks_read_the_catalogue_only(qtbot, small_hall, leaders) -> None:
    leaders.sign_in("director")
    install_demo_catalogue(small_hall.hall)
    leaders.sign_in("clerk")
    page = _page(qtbot, small_hall.hall)
    assert page.model.rowCount() >= 12
    assert not page.editor.ui.saveButton.isEnabled()
    assert not page.new_button.isEnabled() and not page.import_button.isEnabled()
    assert page.export_button.isEnabled()
    assert "需要值班领导或管理员权限" in page.readonly_label.text()


def test_import_problems_are_listed_and_nothing_imported(
    qtbot, qtmodeltester, small_hall, leaders, tmp_path: Path
) -> None:
    leaders.sign_in("director")
    hall = small_hall.hall
    install_demo_catalogue(hall)
    path = tmp_path / "事项库.xlsx"
    export_catalogue(hall, path)
    wb = openpyxl.load_workbook(path)
    wb["事项"]["B2"] = None
    wb["事项"]["G3"] = -1
    wb.save(path)
    before = [(i.id, i.version) for i in hall.catalogue.items()]
    page = _page(qtbot, hall)
    qtmodeltester.check(page.model)
    seen: list[list[str]] = []

    def read_problems() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportProblemsDialog)
        table = dialog.ui.problemTable
        seen.extend([table.item(r, c).text() for c in range(5)] for r in range(table.rowCount()))
        dialog.reject()

    QTimer.singleShot(0, read_problems)
    assert import_from(page, hall, path) is None
    assert seen[0][:4] == ["事项", "2", "B", "事项名称"]
    assert seen[1][:4] == ["事项", "3", "G", "承诺时限（工作日）"]
    assert [(i.id, i.version) for i in hall.catalogue.items()] == before

    # A clean file imports and says so.
    export_catalogue(hall, path)
    with patch.object(QMessageBox, "information") as told:
        result = import_from(page, hall, path)
    assert result is not None and result.unchanged == len(before)
    assert "未变化" in told.call_args.args[2]
