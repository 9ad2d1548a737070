"""值班安排: one month of the roster, filled by rule, set by hand, swapped."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desk.domain.common.errors import DomainError
from desk.domain.duty.roster import month_days
from desk.domain.duty.views import DutyDayView, DutyRule
from desk.domain.hall import Hall
from desk.ui.appointments.record_dialogs import CloseRecordDialog
from desk.ui.duty.dialogs import LeaderDialog, RuleDialog, SwapDialog
from desk.ui.duty.models import RosterModel
from desk.ui.layout import button_row, record_table
from desk.ui.table_model import RowIdRole, fit_columns


class RosterTab(QWidget):
    changed = Signal()
    openDay = Signal(object)  # date: show that day's log

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hall = hall
        today = hall.ctx.now().date()
        self.year, self.month = today.year, today.month
        self.prev_button = QPushButton("◀ 上月", self)
        self.month_label = QLabel(self)
        self.month_label.setObjectName("rosterMonth")
        self.next_button = QPushButton("下月 ▶", self)
        self.rule_button = QPushButton("按规则排班(&R)…", self)
        self.rule_button.setObjectName("fillRoster")
        self.leader_button = QPushButton("安排值班领导(&L)…", self)
        self.swap_button = QPushButton("调剂值班(&W)…", self)
        self.swap_button.setObjectName("swapDuty")
        self.void_swap_button = QPushButton("作废调剂…", self)
        self.model = RosterModel(lambda: self.hall.ctx.now().date(), self)
        self.table = record_table(self.model)
        self.table.setObjectName("rosterTable")
        self.table.setSortingEnabled(False)
        fit_columns(self.table, self.model)
        self.rule_label = QLabel(self)
        self.rule_label.setWordWrap(True)
        self.rule_label.setStyleSheet("color:#555")
        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row([self.prev_button, self.month_label, self.next_button, self.rule_button,
                        self.leader_button, self.swap_button, self.void_swap_button])
        )  # fmt: skip
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rule_label)
        self.prev_button.clicked.connect(lambda: self._move(-1))
        self.next_button.clicked.connect(lambda: self._move(1))
        self.rule_button.clicked.connect(self.fill)
        self.leader_button.clicked.connect(self.set_leader)
        self.swap_button.clicked.connect(self.swap)
        self.void_swap_button.clicked.connect(self.void_swap)
        self.table.activated.connect(lambda _i: self._open_selected())
        self.refresh()

    def _move(self, step: int) -> None:
        first = date(self.year, self.month, 1)
        target = first - timedelta(days=1) if step < 0 else first + timedelta(days=32)
        self.year, self.month = target.year, target.month
        self.refresh()

    def refresh(self) -> None:
        days = month_days(self.year, self.month)
        selected = self.selected()
        self.model.set_rows(self.hall.duty.roster(days[0], days[-1]), all_changed=True)
        self.month_label.setText(f"<b>{self.year}年{self.month}月</b>")
        self.month_label.setTextFormat(Qt.TextFormat.RichText)
        rule = self.hall.duty.rule()
        if rule is None or not rule.leaders:
            self.rule_label.setText(
                "尚未设置排班规则：点“按规则排班”按日期尾数或星期安排值班领导。"
            )
        else:
            names = {p.id: p.name for p in self.hall.staff.staff(include_inactive=True)}
            keys = sorted(rule.leaders, key=lambda k: (k == 0, k))
            text = "；".join(
                f"{DutyRule.key_label(rule.by, k)}："
                + "/".join(names.get(i, "") for i in rule.leaders[k])
                for k in keys
            )
            self.rule_label.setText(f"排班规则（领导值班监督安排）　{escape(text)}")
        if selected is not None:
            self.select(selected.day)

    def selected(self) -> DutyDayView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def select(self, day: date) -> None:
        for r in range(self.model.rowCount()):
            index = self.model.index(r, 0)
            if index.data(RowIdRole) == day.toordinal():
                self.table.setCurrentIndex(index)
                return

    def _need_day(self) -> DutyDayView | None:
        day = self.selected()
        if day is None:
            QMessageBox.information(self, "请先选择", "请先在列表中选择日期。")
        return day

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    def _open_selected(self) -> None:
        day = self.selected()
        if day is not None and day.day <= self.hall.ctx.now().date():
            self.openDay.emit(day.day)

    def fill(self) -> None:
        dialog = RuleDialog(self.hall, self.year, self.month, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done()

    def set_leader(self) -> None:
        day = self._need_day()
        if day is not None and LeaderDialog(self.hall, day, self).exec():
            self._done()

    def swap(self) -> None:
        day = self._need_day()
        if day is None:
            return
        if day.leader_id is None:
            QMessageBox.information(self, "无法调剂", "该日还没有安排值班领导，请直接安排。")
            return
        later = self.hall.duty.roster(day.day - timedelta(days=31), day.day + timedelta(days=31))
        if SwapDialog(self.hall, day, later, self).exec():
            self._done()

    def void_swap(self) -> None:
        day = self._need_day()
        if day is None:
            return
        swaps = [sw for sw in self.hall.duty.swaps(day.day, day.day) if not sw.voided]
        if not swaps:
            QMessageBox.information(self, "没有调剂", "该日没有可作废的值班调剂。")
            return
        sw = swaps[-1]
        dialog = CloseRecordDialog(
            "作废值班调剂", f"{escape(sw.from_name)} → {escape(sw.to_name)}：{escape(sw.reason)}",
            "作废原因(&R) *", lambda reason: self.hall.duty.void_swap(sw.id, reason), self,
            ok_text="作废",
        )  # fmt: skip
        if dialog.exec():
            self._done()

    def safe(self, fn) -> None:  # type: ignore[no-untyped-def]
        try:
            fn()
        except DomainError as exc:
            QMessageBox.warning(self, "未能保存", str(exc))
