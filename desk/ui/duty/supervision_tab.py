"""领导待办: the director's and duty leader's list, each item with its one action."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desk.domain.common.errors import DomainError
from desk.domain.duty.supervision import SupervisionItem
from desk.domain.hall import Hall
from desk.ui.appointments.record_dialogs import CloseRecordDialog
from desk.ui.duty.models import SupervisionModel
from desk.ui.layout import button_row, record_table
from desk.ui.table_model import RowRole, fit_columns


class SupervisionTab(QWidget):
    changed = Signal()
    # (what, id): "leave" request id, "designate" post id, "people" (no id), "log" (date)
    openRequested = Signal(str, object)

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hall = hall
        self.model = SupervisionModel(self)
        self.table = record_table(self.model)
        self.table.setObjectName("supervisionTable")
        self.table.setSortingEnabled(False)
        fit_columns(self.table, self.model)
        self.act_button = QPushButton("处理(&D)", self)
        self.act_button.setObjectName("supervisionAct")
        self.refresh_button = QPushButton("刷新(&R)", self)
        self.summary = QLabel(self)
        hint = QLabel(
            "请假待批、过去工作日未签字的值班记录、等待离岗人员办理的转交和回电、无人顶岗和未设B岗的岗位、"
            "未请假的离岗。选中一项按 Enter 或“处理”。",
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555")
        layout = QVBoxLayout(self)
        layout.addLayout(button_row([self.act_button, self.refresh_button, self.summary]))
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.act_button.clicked.connect(self.act)
        self.refresh_button.clicked.connect(self.refresh)
        # Enter or a double-click on an item (the view's "activated").
        self.table.activated.connect(lambda _i: self.act())
        self.refresh()

    def refresh(self) -> None:
        items = self.hall.supervision.items()
        self.model.set_rows(items)
        urgent = sum(1 for i in items if i.urgent)
        self.summary.setText(f"共 {len(items)} 项，需尽快处理 {urgent} 项" if items else "没有待办")

    def selected(self) -> SupervisionItem | None:
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def act(self) -> None:
        item = self.selected()
        if item is None or not item.action and item.kind != "no_b":
            return
        if item.kind == "leave":
            self.openRequested.emit("leave", item.record_id)
        elif item.kind == "log":
            self.openRequested.emit("log", item.day)
        elif item.kind == "uncovered":
            self.openRequested.emit("designate", item.record_id)
        elif item.kind == "no_b":
            self.openRequested.emit("people", None)
        elif item.kind == "away":
            self._hand_on(item)
        elif item.kind == "unrequested":
            self._attach(item)

    def _hand_on(self, item: SupervisionItem) -> None:
        if item.record_id is None:
            return
        box = QMessageBox(self)
        box.setWindowTitle("转交他人办理")
        box.setText(f"{escape(item.text)}<br><br>{escape(item.action)}？原经办人保留在记录中。")
        yes = box.addButton(item.action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton("取消", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not yes:
            return
        try:
            self.hall.escalation.escalate(item.record_kind, item.record_id)
        except DomainError as exc:
            QMessageBox.warning(self, "未能转交", str(exc))
            return
        self.refresh()
        self.changed.emit()

    def _attach(self, item: SupervisionItem) -> None:
        if item.record_id is None:
            return
        entry_id = item.record_id
        dialog = CloseRecordDialog(
            "补办请假单", escape(item.text), "请假事由(&R) *",
            lambda reason: self.hall.leave.attach(entry_id, reason=reason), self,
            ok_text="补办并批准", placeholder="如：突发急病，当日补交病假条",
        )  # fmt: skip
        if dialog.exec():
            self.refresh()
            self.changed.emit()
