"""台账 → 导出月度台账…: the dialog runs the export on a pool thread and reports back."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.domain.hall import Hall
from desk.domain.ledgers.rows import Month
from desk.excel import ledgers as ledgers_xlsx
from desk.excel.ledgers import SHEETS
from desk.ui.export.dialog import ExportDialog, default_month

pytestmark = pytest.mark.gui

DEFAULT_NAME = "青石街道便民服务中心_月度台账_2026-11.xlsx"


def make_dialog(
    qtbot: QtBot, hall: Hall, folder: Path, *, can_unmask: bool = False
) -> ExportDialog:
    dialog = ExportDialog(
        hall.ledgers,
        hall_name="青石街道便民服务中心",
        today=date(2026, 11, 30),
        can_unmask=can_unmask,
        folder=folder,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_export_runs_off_the_gui_thread_with_progress(
    qtbot: QtBot, month_hall: Hall, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, month_hall, tmp_path)
    assert dialog.month() == Month(2026, 11)
    assert dialog.ui.pathEdit.text() == str(tmp_path / DEFAULT_NAME)
    assert not dialog.ui.unmaskedCheck.isEnabled()
    assert "需要值班领导或管理员权限" in dialog.ui.unmaskedHint.text()
    assert dialog.ui.openFolderButton.isHidden()

    threads: list[threading.Thread] = []
    real = ledgers_xlsx.write_workbook

    def spy(*args: object, **kw: object) -> dict[str, int]:
        threads.append(threading.current_thread())
        return real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(ledgers_xlsx, "write_workbook", spy)
    values: list[int] = []
    dialog.ui.progressBar.valueChanged.connect(values.append)
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as done:
        qtbot.keyClick(dialog.ui.exportButton, " ")
        assert dialog.running
        assert not dialog.ui.exportButton.isEnabled() and not dialog.ui.closeButton.isEnabled()
    assert done.args == [str(tmp_path / DEFAULT_NAME)]
    assert threads and threads[0] is not threading.main_thread()
    bar = dialog.ui.progressBar
    assert bar.maximum() > 10 and bar.value() == bar.maximum()
    assert len(set(values)) > 5 and values == sorted(values)
    assert openpyxl.load_workbook(tmp_path / DEFAULT_NAME).sheetnames == list(SHEETS)
    assert (
        "已导出" in dialog.ui.statusLabel.text() and "办事登记台账" in dialog.ui.statusLabel.text()
    )
    assert dialog.ui.exportButton.isEnabled() and not dialog.running

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert dialog.ui.openFolderButton.isVisible()
    qtbot.keyClick(dialog.ui.openFolderButton, " ")
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]


def test_month_change_follows_in_the_file_name(
    qtbot: QtBot, month_hall: Hall, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, month_hall, tmp_path)
    dialog.ui.monthEdit.setFocus()
    qtbot.wait(10)  # the month section is selected after focus-in
    qtbot.keyClick(dialog.ui.monthEdit, Qt.Key.Key_Down)  # one month back
    assert dialog.month() == Month(2026, 10)
    assert dialog.ui.pathEdit.text().endswith("_2026-10.xlsx")
    dialog.ui.pathEdit.setText(str(tmp_path / "自定义.xlsx"))
    dialog.ui.monthEdit.setDate(dialog.ui.monthEdit.date().addMonths(1))
    assert dialog.ui.pathEdit.text() == str(tmp_path / "自定义.xlsx")


def test_bad_paths_are_shown_at_the_field(qtbot: QtBot, month_hall: Hall, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, month_hall, tmp_path)
    dialog.ui.pathEdit.clear()
    qtbot.keyClick(dialog.ui.exportButton, " ")
    assert dialog.errors.message("path") == "请选择保存位置"
    assert dialog.ui.pathError.text() == "请选择保存位置" and not dialog.running
    dialog.ui.pathEdit.setText(str(tmp_path / "没有的文件夹" / "a.xlsx"))
    qtbot.keyClick(dialog.ui.exportButton, " ")
    assert dialog.errors.message("path").startswith("文件夹不存在")
    assert not dialog.running


def test_a_failed_export_is_reported_and_leaves_no_file(
    qtbot: QtBot, month_hall: Hall, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, month_hall, tmp_path)

    def full(*_a: object, **_kw: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("openpyxl.writer.excel.ExcelWriter.write_data", full)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert "写入文件失败" in dialog.ui.statusLabel.text()
    assert "b91c1c" in dialog.ui.statusLabel.styleSheet()
    assert dialog.ui.openFolderButton.isHidden()
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".tmp")]


def test_unmasked_export_for_a_director(qtbot: QtBot, month_hall: Hall, tmp_path: Path) -> None:
    director = month_hall.operators.find_by_name("林建华")
    month_hall.operators.sign_in(director.id, "2468")
    dialog = make_dialog(qtbot, month_hall, tmp_path, can_unmask=True)
    assert dialog.ui.unmaskedCheck.isEnabled()
    dialog.ui.unmaskedCheck.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.start()
    phones = [c.value for c in openpyxl.load_workbook(tmp_path / DEFAULT_NAME)["办事登记台账"]["F"]]
    assert any(isinstance(p, str) and p.isdigit() and len(p) == 11 for p in phones)


def test_closing_waits_for_the_export(qtbot: QtBot, month_hall: Hall, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, month_hall, tmp_path)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.start()
        dialog.reject()  # Esc while running: refused with a note
        assert dialog.isVisible()
        assert "请稍候" in dialog.ui.statusLabel.text()
    dialog.reject()
    assert not dialog.isVisible()


def test_default_month() -> None:
    assert default_month(date(2026, 12, 3)) == Month(2026, 11)
    assert default_month(date(2026, 1, 10)) == Month(2025, 12)
    assert default_month(date(2026, 11, 28)) == Month(2026, 11)


def test_menu_action_opens_the_dialog(qtbot: QtBot, month_hall: Hall) -> None:
    from desk.ui.app import build_window

    window = build_window(month_hall, start_timers=False)
    qtbot.addWidget(window)
    action = window.findChild(type(window.menus["ledger"].actions()[0]), "exportLedgersAction")
    assert action is not None and action in window.menus["ledger"].actions()
    assert action.shortcut() == QKeySequence("Ctrl+E")
    action.trigger()
    dialog = window.findChild(ExportDialog)
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert QApplication.activeWindow() in (dialog, window, None)
    action.trigger()  # a second time: the same dialog comes to the front
    assert window.findChildren(ExportDialog) == [dialog]
    dialog.close()
