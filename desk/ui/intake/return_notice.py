"""返岗提醒: when someone returns to 在岗, a prominent, non-blocking notice lists what waits.

The list comes from desk.domain.board.waiting (handovers here; other kinds such as appointments
awaiting a callback register their own providers there). Each row's buttons, and how the
title counts its kind, come from the window's router by kind: the intake feature adds the
handovers', the appointment feature its own, each at install time, without touching this file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desk.domain.board.waiting import WaitingItem
from desk.ui.intake.models import WaitingModel
from desk.ui.router import WaitingAction
from desk.ui.table_model import fit_columns

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow


def title_text(name: str, items: list[WaitingItem], phrases: Mapping[str, str]) -> str:
    """ "周春英 已返岗，有 2 件转交待联系、1 条预约待回电" (`phrases` by kind, else 件 + label)."""
    counts = Counter(i.kind for i in items)
    parts = [
        f"{n} {phrases.get(kind, '件' + next(i.kind_label for i in items if i.kind == kind))}"
        for kind, n in counts.items()
    ]
    return f"{name} 已返岗，有 " + "、".join(parts)


class ReturnNotice(QDialog):
    """Modeless and on top: the clerk sees it at once but can keep working."""

    def __init__(self, window: MainWindow, staff_id: int) -> None:
        super().__init__(window)
        self.window_ = window
        self.staff_id = staff_id
        self.setWindowTitle("返岗提醒")
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setModal(False)
        self.resize(780, 320)
        self.title = QLabel(self)
        self.title.setStyleSheet(
            "font-size:16pt;font-weight:bold;color:#7a4b00;background:#fff4d6;"
            "border:1px solid #f0c36d;border-radius:4px;padding:8px;"
        )
        self.title.setWordWrap(True)
        self.model = WaitingModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        fit_columns(self.table, self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.status = QLabel(self)
        self.buttons = QHBoxLayout()
        self.action_buttons: list[QPushButton] = []
        close = QPushButton("关闭", self)
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addLayout(self.buttons)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.items: list[WaitingItem] = []
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_actions())
        self.refresh()

    def refresh(self) -> None:
        hall = self.window_.hall
        self.items = hall.waiting.for_staff(self.staff_id)
        name = hall.staff.get_staff(self.staff_id).name
        self.title.setText(
            title_text(name, self.items, self.window_.router.waiting_phrases())
            if self.items
            else f"{name} 已返岗，待办已处理完"
        )
        self.model.set_rows(self.items)
        if self.items and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._show_actions()

    def current(self) -> WaitingItem | None:
        row = self.table.currentIndex().row()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_actions(self) -> None:
        for button in self.action_buttons:
            self.buttons.removeWidget(button)
            button.deleteLater()
        self.action_buttons = []
        item = self.current()
        if item is None:
            return
        for action in self.window_.router.waiting_actions(item.kind):
            button = QPushButton(action.text, self)
            button.clicked.connect(lambda _c=False, a=action, rid=item.record_id: self._run(a, rid))
            self.buttons.addWidget(button)
            self.action_buttons.append(button)

    def _run(self, action: WaitingAction, record_id: int) -> None:
        message = action.run(self, record_id)
        if message:
            self.status.setText(message)
            self.window_.statusBar().showMessage(message, 8000)
        self.refresh()


def show_return_notice(
    window: MainWindow, staff_id: int, notices: dict[int, ReturnNotice]
) -> ReturnNotice | None:
    """Show (or refresh) the notice for a returning person who has something waiting."""
    if not window.hall.waiting.for_staff(staff_id):
        return None
    notice = notices.get(staff_id)
    if notice is None:
        notice = ReturnNotice(window, staff_id)
        notice.finished.connect(lambda _r: notices.pop(staff_id, None))
        notices[staff_id] = notice
    else:
        notice.refresh()
    handover_ids = [i.record_id for i in notice.items if i.kind == "handover"]
    window.hall.handovers.mark_notified(handover_ids)
    notice.show()
    notice.raise_()
    notice.activateWindow()
    return notice
