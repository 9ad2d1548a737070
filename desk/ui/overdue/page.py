"""逾期一览 page: everything due today or overdue, one list, most urgent first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.domain.hall import Hall
from desk.domain.overdue.service import KIND_CALLBACK, KIND_CASE, KIND_HANDOVER, OverdueRow
from desk.ui.overdue.model import OverdueModel, RecordKeyRole
from desk.ui.table_model import fit_columns, sorting_proxy

HELP = (
    "转交：责任人返岗后须在时限内联系来访人；预约回电：经办人须在回电时限内联系来访人；"
    "承诺办结：受理时承诺的办结日期。双击一行打开该记录。"
)


class OverduePage(QWidget):
    """The list and its staff / post filters; ``openRecord(kind, id)`` on double-click."""

    openRecord = Signal(str, int)

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hall = hall
        self.model = OverdueModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.staff_combo = QComboBox()
        self.post_combo = QComboBox()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem("全部类别", None)
        for kind, label in (
            (KIND_HANDOVER, "转交待联系"),
            (KIND_CALLBACK, "预约回电"),
            (KIND_CASE, "承诺办结"),
        ):
            self.kind_combo.addItem(label, kind)
        self.refresh_button = QPushButton("刷新(&R)")
        self.summary = QLabel()
        bar = QHBoxLayout()
        for text, w in (
            ("责任人", self.staff_combo),
            ("岗位", self.post_combo),
            ("类别", self.kind_combo),
        ):
            bar.addWidget(QLabel(text))
            bar.addWidget(w)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(False)  # the domain's urgency order is the point
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        fit_columns(self.table, self.model)
        hint = QLabel(HELP)
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self._fill_filters()
        for combo in (self.staff_combo, self.post_combo, self.kind_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.table.doubleClicked.connect(lambda index: self._open(index.data(RecordKeyRole)))
        for key in ("Return", "Enter"):
            QShortcut(QKeySequence(key), self.table, self.open_current)
        self.refresh()

    def _fill_filters(self) -> None:
        for combo, first, items in (
            (self.staff_combo, "全部人员", [(p.id, p.name) for p in self.hall.staff.staff()]),
            (self.post_combo, "全部岗位", [(p.id, p.name) for p in self.hall.staff.posts()]),
        ):
            combo.blockSignals(True)
            current = combo.currentData()
            combo.clear()
            combo.addItem(first, None)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        # Items fall due as the day turns: coming back to the page shows today's list.
        self.refresh()
        super().showEvent(event)

    def rows(self) -> list[OverdueRow]:
        return list(self.model.rows)

    def refresh(self) -> None:
        rows = self.hall.overdue.items(
            staff_id=self.staff_combo.currentData(), post_id=self.post_combo.currentData()
        )
        kind = self.kind_combo.currentData()
        if kind is not None:
            rows = [r for r in rows if r.kind == kind]
        self.model.set_rows(rows)
        late = sum(1 for r in rows if r.overdue)
        text = f"共 {len(rows)} 项"
        if late:
            text += f"，<span style='color:#b91c1c;font-weight:bold'>逾期 {late} 项</span>"
        if rows and not late:
            text += "，均为今日到期"
        self.summary.setText(text if rows else "没有今日到期或逾期的事项")

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open(index.data(RecordKeyRole))

    def _open(self, key: object) -> None:
        if isinstance(key, tuple) and len(key) == 2:
            kind, record_id = key
            self.openRecord.emit(str(kind), int(record_id))
