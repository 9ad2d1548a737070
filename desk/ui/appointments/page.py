"""预约登记 page: the appointment book (list, filters, detail, actions) and its day/week views."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.appointments.views import AppointmentFilter, AppointmentView
from desk.domain.common.codes import AppointmentState
from desk.domain.hall import Hall
from desk.ui.appointments.dialog import AppointmentDialog
from desk.ui.appointments.model import AppointmentModel
from desk.ui.appointments.record_dialogs import CloseRecordDialog, ContactDialog, summary_html
from desk.ui.appointments.schedule import ScheduleView
from desk.ui.formats import date_text, datetime_text
from desk.ui.layout import button_row, filter_row, record_table
from desk.ui.table_model import RowIdRole, fit_columns, sorting_proxy

OPEN = (AppointmentState.PENDING, AppointmentState.CONTACTED)

# (label, states, overdue only)
STATE_FILTERS: list[tuple[str, tuple[AppointmentState, ...], bool]] = [
    ("未办结", OPEN, False),
    ("待回电", (AppointmentState.PENDING,), False),
    ("逾期未回电", (AppointmentState.PENDING,), True),
    ("已联系", (AppointmentState.CONTACTED,), False),
    ("已办结", (AppointmentState.DONE,), False),
    ("已取消", (AppointmentState.CANCELLED,), False),
    ("全部", (), False),
]
PERIODS = ["全部日期", "今天", "本周", "本月", "近三个月"]


def period_range(label: str, today: date) -> tuple[date | None, date | None]:
    if label == "今天":
        return today, today
    if label == "本周":
        return today - timedelta(days=today.weekday()), today
    if label == "本月":
        return today.replace(day=1), today
    if label == "近三个月":
        return today - timedelta(days=92), today
    return None, None


def away_text(v: AppointmentView) -> str:
    """The handler is away: how long, and whether the entry may go to B (领导待办)."""
    if not v.awaiting_callback or v.wait is None or not v.wait.flagged:
        return ""
    hint = "，可在“值班 → 领导待办”中转给B岗或负责人" if v.may_hand_on else ""
    return f"{v.wait.reason}{hint}"


def detail_html(v: AppointmentView) -> str:
    """Everything about one entry for the detail pane."""

    def line(label: str, value: object) -> str:
        return (
            f"<tr><td style='color:#555'>{label}</td><td>{escape(str(value))}</td></tr>"
            if value
            else ""
        )

    due = ""
    if v.callback_due is not None:
        due = date_text(v.callback_due) + ("（已逾期）" if v.overdue else "")
    elif v.awaiting_callback:
        due = "经办人尚未返岗，返岗后起算"
    since = datetime_text(v.callback_from)
    rows = [
        line("状态", v.state_label),
        line("来访人", v.visitor),
        line("地址", v.visitor_address),
        line("事项", v.matter),
        line("经办人", v.handler_name),
        line("约定时间", v.slot_text),
        line("来源", v.source.label + (f"（第{v.intake_id}号登记）" if v.intake_id else "")),
        line("登记", f"{datetime_text(v.created_at)} {v.created_by}"),
        line("回电时限", f"{v.callback_days}个工作日" + (f"，自{since}起" if since else "")),
        line("回电期限", due),
        line("离岗提醒", away_text(v)),
        line("留言", v.message),
        line("回电", f"{datetime_text(v.contacted_at)} {v.contacted_by}" if v.contacted_at else ""),
        line("联系情况", v.contact_note),
        line("办结", datetime_text(v.completed_at)),
        line("办理结果", v.result if v.result != v.contact_note else ""),
        line("取消原因", v.cancel_reason),
        line("作废原因", v.void_reason),
    ]
    return f"<h3>预约第{v.id}号</h3><table cellspacing=4>{''.join(rows)}</table>"


class AppointmentPage(QWidget):
    """The book and its schedule; every action works on the selected entry."""

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hall = hall
        self.model = AppointmentModel(self)
        self.proxy = sorting_proxy(self.model, self)
        # Filters
        self.state_combo = QComboBox()
        for label, _states, _overdue in STATE_FILTERS:
            self.state_combo.addItem(label)
        self.period_combo = QComboBox()
        self.period_combo.addItems(PERIODS)
        self.handler_combo = QComboBox()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("姓名、电话、单位或事项")
        self.search_edit.setClearButtonEnabled(True)
        self.counts_label = QLabel()
        filters = filter_row(
            [
                ("状态", self.state_combo),
                ("登记日期", self.period_combo),
                ("经办人", self.handler_combo),
                ("查找", self.search_edit),
            ],
            self.counts_label,
        )
        # Actions
        self.new_button = QPushButton("新建预约(&N)")
        self.edit_button = QPushButton("修改(&E)")
        self.contact_button = QPushButton("登记回电(&H)")
        self.complete_button = QPushButton("办结(&W)")
        self.cancel_button = QPushButton("取消预约(&Q)")
        self.void_button = QPushButton("作废")
        actions = button_row(
            (
                self.new_button,
                self.edit_button,
                self.contact_button,
                self.complete_button,
                self.cancel_button,
                self.void_button,
            )
        )
        # List + detail
        self.table = record_table(self.proxy)
        self.table.setAlternatingRowColors(True)
        fit_columns(self.table, self.model)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumWidth(260)
        self.detail.setStyleSheet("background:#fafafa;padding:8px;")
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([1000, 250])
        book = QWidget()
        book_layout = QVBoxLayout(book)
        book_layout.setContentsMargins(0, 0, 0, 0)
        book_layout.addLayout(filters)
        book_layout.addLayout(actions)
        book_layout.addWidget(split, 1)
        self.schedule = ScheduleView(hall)
        self.tabs = QTabWidget()
        self.tabs.addTab(book, "预约簿")
        self.tabs.addTab(self.schedule, "日程（日/周）")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        # Wiring
        self._fill_handlers()
        for combo in (self.state_combo, self.period_combo, self.handler_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search_edit.textChanged.connect(lambda _t: self.refresh())
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.edit_selected)
        self.contact_button.clicked.connect(self.contact_selected)
        self.complete_button.clicked.connect(self.complete_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.void_button.clicked.connect(self.void_selected)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        self.schedule.openEntry.connect(self.open_entry)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_schedule())
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_entry)
        QShortcut(QKeySequence("F2"), self, self.edit_selected)
        for key in ("Return", "Enter"):
            QShortcut(QKeySequence(key), self.table, self.open_selected)
        self.refresh()

    # ---- data -------------------------------------------------------------------------
    def _fill_handlers(self) -> None:
        self.handler_combo.blockSignals(True)
        self.handler_combo.clear()
        self.handler_combo.addItem("全部", None)
        for p in self.hall.staff.staff():
            self.handler_combo.addItem(p.name, p.id)
        self.handler_combo.blockSignals(False)

    def current_filter(self) -> AppointmentFilter:
        _label, states, overdue = STATE_FILTERS[self.state_combo.currentIndex()]
        first, last = period_range(self.period_combo.currentText(), self.hall.ctx.now().date())
        return AppointmentFilter(
            date_from=first,
            date_to=last,
            handler_id=self.handler_combo.currentData(),
            states=states,
            text=self.search_edit.text(),
            overdue_only=overdue,
        )

    def refresh(self) -> None:
        selected = self.selected_id()
        rows = self.hall.appointments.find(self.current_filter())
        self.model.set_rows(rows)
        waiting, overdue = self.hall.appointments.counts()
        text = f"待回电 {waiting} 条"
        if overdue:
            text += f"，<span style='color:#b91c1c'>逾期 {overdue} 条</span>"
        self.counts_label.setText(text)
        # The model keeps the selection (and the scroll) across refreshes; select again only
        # when the selected entry is gone or the list was reloaded under another filter.
        lost = selected is None or self.selected_id() != selected
        if lost and (selected is None or not self.select(selected)) and self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_detail()
        self._refresh_schedule()

    def _refresh_schedule(self) -> None:
        if self.tabs.currentWidget() is self.schedule:
            self.schedule.refresh()

    def select(self, entry_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(RowIdRole) == entry_id:
                self.table.setCurrentIndex(index)
                self.table.selectRow(r)
                return True
        return False

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(RowIdRole) if index.isValid() else None

    def selected(self) -> AppointmentView | None:
        entry_id = self.selected_id()
        return self.hall.appointments.get(entry_id) if entry_id is not None else None

    def _show_detail(self) -> None:
        v = self.selected()
        self.detail.setText(
            detail_html(v) if v else "<p style='color:#888'>选择一条预约查看详情</p>"
        )
        open_ = v is not None and v.state in OPEN and not v.voided
        self.edit_button.setEnabled(open_)
        self.contact_button.setEnabled(
            bool(v and v.state is AppointmentState.PENDING and not v.voided)
        )
        self.complete_button.setEnabled(open_)
        self.cancel_button.setEnabled(open_)
        self.void_button.setEnabled(v is not None and not v.voided)

    # ---- actions ----------------------------------------------------------------------
    def new_entry(self) -> int | None:
        dialog = AppointmentDialog(self.hall, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.refresh()
        if dialog.saved_id is not None:
            self.tabs.setCurrentIndex(0)
            if not self.select(dialog.saved_id):
                self.state_combo.setCurrentIndex(len(STATE_FILTERS) - 1)
                self.select(dialog.saved_id)
        return dialog.saved_id

    def open_entry(self, entry_id: int) -> None:
        """Show the entry in the book (switching filters if needed) and open what fits."""
        self.tabs.setCurrentIndex(0)
        if not self.select(entry_id):
            self.state_combo.setCurrentIndex(len(STATE_FILTERS) - 1)
            self.period_combo.setCurrentIndex(0)
            self.handler_combo.setCurrentIndex(0)
            self.search_edit.clear()
            self.select(entry_id)
        self.open_selected()

    def open_selected(self) -> None:
        v = self.selected()
        if v is None:
            return
        if v.state is AppointmentState.PENDING and not v.voided:
            self.contact_selected()
        elif v.state in OPEN and not v.voided:
            self.edit_selected()

    def edit_selected(self) -> None:
        v = self.selected()
        if v is None or v.state not in OPEN or v.voided:
            return
        if AppointmentDialog(self.hall, self, entry=v).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def contact_selected(self) -> None:
        v = self.selected()
        if v is None or v.state is not AppointmentState.PENDING or v.voided:
            return
        if ContactDialog(self.hall, v, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _close(self, title: str, prompt: str, action, ok_text: str) -> None:  # type: ignore[no-untyped-def]
        v = self.selected()
        if v is None:
            return
        dialog = CloseRecordDialog(
            title, summary_html(v), prompt, lambda text: action(v.id, text), self, ok_text=ok_text
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def complete_selected(self) -> None:
        self._close("办结预约", "办理结果(&R) *", self.hall.appointments.complete, "办结")

    def cancel_selected(self) -> None:
        self._close("取消预约", "取消原因(&R) *", self.hall.appointments.cancel, "取消预约")

    def void_selected(self) -> None:
        self._close(
            "作废预约", "作废原因(&R) *（误登记、重复登记等）", self.hall.appointments.void, "作废"
        )
