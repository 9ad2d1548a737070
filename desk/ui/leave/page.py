"""请销假 page: the leave book (filters, list, detail, actions) and the 指定顶岗 list."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.board.designations import DesignationView
from desk.domain.common.codes import LeaveState
from desk.domain.common.errors import DomainError
from desk.domain.hall import Hall
from desk.domain.leave.views import LeaveFilter, LeaveView
from desk.ui.appointments.record_dialogs import CloseRecordDialog
from desk.ui.formats import datetime_text
from desk.ui.layout import button_row, filter_row, record_table
from desk.ui.leave.models import DesignationModel, LeaveModel
from desk.ui.table_model import RowIdRole, fit_columns, sorting_proxy

OPEN = (LeaveState.PENDING, LeaveState.APPROVED)
STATES: list[tuple[str, tuple[LeaveState, ...]]] = [
    ("待批和已批准", OPEN),
    ("待批", (LeaveState.PENDING,)),
    ("已批准", (LeaveState.APPROVED,)),
    ("已销假", (LeaveState.CLOSED,)),
    ("已驳回", (LeaveState.REJECTED,)),
    ("已撤销", (LeaveState.WITHDRAWN,)),
    ("全部", ()),
]
PERIODS = ["全部日期", "本周", "下周", "本月", "近三个月"]


def period_range(label: str, today: date) -> tuple[date | None, date | None]:
    monday = today - timedelta(days=today.weekday())
    if label == "本周":
        return monday, monday + timedelta(days=6)
    if label == "下周":
        return monday + timedelta(days=7), monday + timedelta(days=13)
    if label == "本月":
        nxt = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
        return today.replace(day=1), nxt - timedelta(days=1)
    if label == "近三个月":
        return today - timedelta(days=92), today + timedelta(days=31)
    return None, None


def detail_html(v: LeaveView) -> str:
    def line(label: str, value: object) -> str:
        text = escape(str(value)).replace("\n", "<br>")
        return f"<tr><td style='color:#555'>{label}</td><td>{text}</td></tr>" if value else ""

    decided = f"{datetime_text(v.decided_at)} {v.approver}" if v.decided_at else ""
    rows = [
        line("状态", v.state_label),
        line("请假人", f"{v.staff}（{v.department}）"),
        line("岗位", v.posts),
        line("假别", v.kind_label),
        line("时间", f"{v.period_text}，{v.days_text}"),
        line("事由", v.reason),
        line("联系电话", v.contact_phone),
        line("顶岗安排", v.cover_text),
        line("工作交接", v.handover_note),
        line("未交接原因", v.no_handover_reason),
        line("填写", f"{datetime_text(v.created_at)} {v.created_by}"),
        line("审批", decided),
        line("审批意见", v.decision_note),
        line("同时离岗原因", v.override_reason),
        line("上去向牌", datetime_text(v.applied_at)),
        line("销假", f"{datetime_text(v.closed_at)} {v.close_note}" if v.closed_at else ""),
        line("撤销原因", v.withdraw_reason),
    ]
    return f"<h3>{escape(v.number)}</h3><table cellspacing=4>{''.join(rows)}</table>"


class LeavePage(QWidget):
    """The leave book; every action works on the selected request."""

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leavePage")
        self.hall = hall
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._book_tab(), "请假单(&1)")
        self.tabs.addTab(self._cover_tab(), "指定顶岗(&2)")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self.refresh()

    # ---- building ----------------------------------------------------------------------
    def _book_tab(self) -> QWidget:
        tab = QWidget(self)
        self.model = LeaveModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.state_combo = QComboBox()
        for label, _states in STATES:
            self.state_combo.addItem(label)
        self.period_combo = QComboBox()
        self.period_combo.addItems(PERIODS)
        self.staff_combo = QComboBox()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("姓名或事由")
        self.search_edit.setClearButtonEnabled(True)
        self.counts_label = QLabel()
        filters = filter_row(
            [("状态", self.state_combo), ("日期", self.period_combo), ("人员", self.staff_combo),
             ("查找", self.search_edit)],
            self.counts_label,
        )  # fmt: skip
        self.new_button = QPushButton("新建请假(&N)…")
        self.new_button.setObjectName("newLeave")
        self.decide_button = QPushButton("审批(&A)…")
        self.decide_button.setObjectName("decideLeave")
        self.withdraw_button = QPushButton("撤销(&W)…")
        self.close_button = QPushButton("销假(&X)")
        self.print_button = QPushButton("打印请假单(&P)…")
        self.week_button = QPushButton("导出本周统计(&E)…")
        self.week_button.setObjectName("exportLeaveWeek")
        buttons = button_row(
            [self.new_button, self.decide_button, self.withdraw_button, self.close_button,
             self.print_button, self.week_button]
        )  # fmt: skip
        self.table = record_table(self.proxy)
        self.table.setObjectName("leaveTable")
        fit_columns(self.table, self.model)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest first
        self.detail = QLabel()
        self.detail.setObjectName("leaveDetail")
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumWidth(280)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([1000, 320])
        self.rules_label = QLabel(
            "同岗位A、B岗不得同时请假；值班领导当日原则上不请假（先调剂值班）。批准后到开始时间"
            "自动更改去向牌，在去向牌上“回岗”即为销假。"
        )
        self.rules_label.setWordWrap(True)
        self.rules_label.setStyleSheet("color:#555")
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        layout.addWidget(self.rules_label)
        for combo in (self.state_combo, self.period_combo, self.staff_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search_edit.textChanged.connect(lambda _t: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        # Enter or a double-click on a request (the view's "activated").
        self.table.activated.connect(lambda _i: self.decide())
        self.new_button.clicked.connect(self.new_request)
        self.decide_button.clicked.connect(self.decide)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.close_button.clicked.connect(self.close_now)
        self.print_button.clicked.connect(self.print_slip)
        self.week_button.clicked.connect(self.export_week)
        QShortcut(QKeySequence("Ctrl+N"), tab, self.new_request)
        QShortcut(QKeySequence("Ctrl+P"), tab, self.print_slip)
        return tab

    def _cover_tab(self) -> QWidget:
        tab = QWidget(self)
        self.cover_model = DesignationModel(self)
        self.cover_table = record_table(self.cover_model)
        self.cover_table.setSortingEnabled(False)
        fit_columns(self.cover_table, self.cover_model)
        self.designate_button = QPushButton("指定顶岗(&D)…")
        self.designate_button.setObjectName("designate")
        self.end_cover_button = QPushButton("提前结束(&F)")
        self.void_cover_button = QPushButton("作废(&V)…")
        hint = QLabel(
            "A、B岗均不在岗时由中心主任（或值班领导）指定熟悉业务的人员顶岗；期间新登记的事项转给其办理。"
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555")
        layout = QVBoxLayout(tab)
        layout.addLayout(
            button_row([self.designate_button, self.end_cover_button, self.void_cover_button])
        )
        layout.addWidget(self.cover_table, 1)
        layout.addWidget(hint)
        self.designate_button.clicked.connect(lambda: self.designate())
        self.end_cover_button.clicked.connect(self.end_cover)
        self.void_cover_button.clicked.connect(self.void_cover)
        return tab

    # ---- loading -----------------------------------------------------------------------
    def _fill_staff(self) -> None:
        combo = self.staff_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("全部人员", None)
        for p in self.hall.staff.staff():
            combo.addItem(p.name, p.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def refresh(self) -> None:
        if self.staff_combo.count() == 0:
            self._fill_staff()
        selected = self.selected_id()
        first, last = period_range(self.period_combo.currentText(), self.hall.ctx.now().date())
        states = STATES[self.state_combo.currentIndex()][1]
        rows = self.hall.leave.find(
            LeaveFilter(
                states=states, staff_id=self.staff_combo.currentData(), first=first, last=last,
                text=self.search_edit.text(),
            )
        )  # fmt: skip
        self.model.set_rows(rows)
        pending = sum(1 for r in rows if r.state is LeaveState.PENDING)
        on_leave = sum(1 for r in rows if r.on_leave_now)
        self.counts_label.setText(f"共 {len(rows)} 条　待批 {pending}　休假中 {on_leave}")
        if selected is not None:
            self.select(selected)
        self.cover_model.set_rows(
            self.hall.board.designations(since=self.hall.ctx.now() - timedelta(days=60))
        )
        self._show_detail()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(RowIdRole) if index.isValid() else None

    def selected(self) -> LeaveView | None:
        wanted = self.selected_id()
        return next((r for r in self.model.rows if r.id == wanted), None)

    def select(self, request_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(RowIdRole) == request_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def open_request(self, request_id: int) -> None:
        """Show one request whatever the filters were (from the director's list)."""
        self.tabs.setCurrentIndex(0)
        if not self.select(request_id):
            self.state_combo.setCurrentIndex(len(STATES) - 1)
            self.period_combo.setCurrentIndex(0)
            self.staff_combo.setCurrentIndex(0)
            self.search_edit.clear()
            self.refresh()
            self.select(request_id)
        self.table.setFocus()

    def _show_detail(self) -> None:
        v = self.selected()
        self.detail.setText(
            detail_html(v) if v else "<span style='color:#666'>选择一条请假单</span>"
        )
        pending = bool(v and v.state is LeaveState.PENDING)
        started = bool(v and v.state is LeaveState.APPROVED and v.applied_at)
        self.decide_button.setEnabled(pending)
        self.withdraw_button.setEnabled(bool(v and v.open and not v.applied_at))
        self.close_button.setEnabled(started)
        self.print_button.setEnabled(v is not None)

    # ---- actions -----------------------------------------------------------------------
    def new_request(self, staff_id: int | None = None) -> None:
        from desk.ui.leave.request_dialog import LeaveDialog

        dialog = LeaveDialog(self.hall, self, staff_id)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.request_id is not None:
            self.state_combo.setCurrentIndex(0)
            self.refresh()
            self.select(dialog.request_id)

    def decide(self) -> None:
        from desk.ui.leave.decision_dialog import LeaveDecisionDialog

        v = self.selected()
        if v is None or v.state is not LeaveState.PENDING:
            return
        if LeaveDecisionDialog(self.hall, v, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def withdraw(self) -> None:
        v = self.selected()
        if v is None:
            return
        dialog = CloseRecordDialog(
            "撤销请假", f"<b>{escape(v.number)}</b> {escape(v.staff)} {escape(v.period_text)}",
            "撤销原因(&R) *", lambda reason: self.hall.leave.withdraw(v.id, reason), self,
            ok_text="撤销请假",
        )  # fmt: skip
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def close_now(self) -> None:
        v = self.selected()
        if v is None:
            return
        try:
            self.hall.leave.close_now(v.id)
        except DomainError as exc:
            QMessageBox.warning(self, "未能销假", str(exc))
            return
        self.refresh()

    def print_slip(self) -> None:
        from desk.printing.leave import preview_leave_slip

        v = self.selected()
        if v is not None:
            preview_leave_slip(self.hall, v.id, self).exec()

    def export_week(self) -> None:
        from desk.excel.leave_week import default_week_filename, write_week

        stats = self.hall.leave.week(self.hall.ctx.now().date())
        name, _filter = QFileDialog.getSaveFileName(
            self, "导出请假周统计", str(Path.home() / default_week_filename(stats)),
            "Excel 工作簿 (*.xlsx)",
        )  # fmt: skip
        if not name:
            return
        try:
            write_week(stats, name)
        except OSError as exc:
            QMessageBox.warning(self, "导出失败", f"写入文件失败：{exc}\n请换一个文件夹再试。")
            return
        QMessageBox.information(
            self,
            "已导出",
            f"已导出{stats.label}请假周统计：\n{name}\n（已批准{len(stats.lines)}条）",
        )

    # ---- 指定顶岗 ------------------------------------------------------------------------
    def designate(self, post_id: int | None = None) -> bool:
        from desk.ui.leave.designate_dialog import DesignateDialog

        self.tabs.setCurrentIndex(1)
        if DesignateDialog(self.hall, self, post_id).exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            return True
        return False

    def _selected_cover(self) -> DesignationView | None:
        index = self.cover_table.currentIndex()
        return self.cover_model.row_at(index) if index.isValid() else None

    def end_cover(self) -> None:
        d = self._selected_cover()
        if d is None:
            return
        try:
            self.hall.board.end_designation(d.id)
        except DomainError as exc:
            QMessageBox.warning(self, "未能结束", str(exc))
            return
        self.refresh()

    def void_cover(self) -> None:
        d = self._selected_cover()
        if d is None:
            return
        dialog = CloseRecordDialog(
            "作废指定顶岗", f"{escape(d.post)}：{escape(d.staff)}", "作废原因(&R) *",
            lambda reason: self.hall.board.void_designation(d.id, reason), self, ok_text="作废",
        )  # fmt: skip
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    # ---- refreshing only what is looked at ---------------------------------------------
    def data_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: object) -> None:  # noqa: N802
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]
