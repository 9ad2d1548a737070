"""转交待办 page: every open handover, the overdue ones flagged, with 联系记录 and 办结."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.domain.common.codes import HandoverState
from desk.domain.common.errors import DomainError
from desk.domain.hall import Hall
from desk.domain.intake.views import HandoverView
from desk.ui.intake.models import HandoverTableModel
from desk.ui.intake.pickers import StaffChoice, StaffPicker
from desk.ui.intake.record_dialogs import ContactDialog
from desk.ui.table_model import RowIdRole, fit_columns, sorting_proxy

OPEN = (HandoverState.PENDING, HandoverState.CONTACTED)
# (label, states, overdue only)
VIEWS: list[tuple[str, tuple[HandoverState, ...], bool]] = [
    ("未办结", OPEN, False),
    ("待联系", (HandoverState.PENDING,), False),
    ("已超时", (HandoverState.PENDING,), True),
    ("已联系未办结", (HandoverState.CONTACTED,), False),
    ("已办结", (HandoverState.CLOSED,), False),
    ("全部", tuple(HandoverState), False),
]


def close_handover(hall: Hall, handover: HandoverView, parent: QWidget) -> str:
    """办结 one handover; returns the status-bar message (the refusal, if any)."""
    try:
        hall.handovers.close(handover.id)
    except DomainError as exc:
        return str(exc)
    return f"转交已办结：{handover.visitor_name} {handover.matter}"


class HandoversPage(QWidget):
    message = Signal(str)
    # The clerk wants the intake behind a handover: the register selects it.
    openIntake = Signal(int)

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hall = hall
        self.model = HandoverTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.view = QComboBox(self)
        for label, _states, _overdue in VIEWS:
            self.view.addItem(label)
        self.staff_combo = QComboBox(self)
        self.staff_combo.setMinimumWidth(160)
        self.staff = StaffPicker(self.staff_combo)
        self.staff.set_choices(
            [StaffChoice(p.id, p.name, p.department) for p in hall.staff.staff()]
        )
        self.staff_combo.lineEdit().setPlaceholderText("接收人（姓名或首字母）")
        self.summary = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        fit_columns(self.table, self.model)
        self.contact_button = QPushButton("联系记录(&L)…", self)
        self.close_button = QPushButton("办结(&B)", self)
        self.intake_button = QPushButton("查看登记(&D)", self)
        top = QHBoxLayout()
        top.addWidget(QLabel("显示", self))
        top.addWidget(self.view)
        top.addWidget(self.staff_combo)
        top.addStretch(1)
        top.addWidget(self.contact_button)
        top.addWidget(self.close_button)
        top.addWidget(self.intake_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.view.currentIndexChanged.connect(self.refresh)
        self.staff.chosen.connect(lambda _id: self.refresh())
        self.staff_combo.lineEdit().textEdited.connect(
            lambda t: self.refresh() if not t.strip() else None
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _i: self.contact())
        self.contact_button.clicked.connect(self.contact)
        self.close_button.clicked.connect(self.close_current)
        self.intake_button.clicked.connect(self._open_intake)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        _label, states, overdue = VIEWS[max(self.view.currentIndex(), 0)]
        rows = self.hall.handovers.find(
            staff_id=self.staff.staff_id(), states=states, overdue_only=overdue
        )
        self.model.set_rows(rows)
        pending, late = self.hall.handovers.counts()
        self.summary.setText(f"全中心待联系转交 {pending} 件，其中已超时 {late} 件")
        self._current_changed(self.table.currentIndex(), QModelIndex())

    def current(self) -> HandoverView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        wanted = index.data(RowIdRole)
        return next((h for h in self.model.rows if h.id == wanted), None)

    def select(self, handover_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RowIdRole) == handover_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        h = self.current()
        self.contact_button.setEnabled(h is not None and h.state in OPEN)
        self.close_button.setEnabled(h is not None and h.state is HandoverState.CONTACTED)
        self.intake_button.setEnabled(h is not None)

    def contact(self) -> None:
        h = self.current()
        if h is None or h.state not in OPEN:
            return
        if ContactDialog(self.hall, h, self).exec():
            self.message.emit(f"联系情况已登记：{h.visitor_name}")
            self.refresh()

    def close_current(self) -> None:
        h = self.current()
        if h is None:
            return
        self.message.emit(close_handover(self.hall, h, self))
        self.refresh()

    def _open_intake(self) -> None:
        h = self.current()
        if h is not None:
            self.openIntake.emit(h.intake_id)
