"""办事登记 page: the intake register with filters, a detail pane, 更正 and 作废."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.db.storage_errors import StorageError
from desk.domain.common.codes import HandoverState, Outcome
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.domain.intake.views import IntakeDetail, IntakeFilter, IntakeRow
from desk.ui.background import run_query
from desk.ui.intake.detail_html import intake_html
from desk.ui.intake.models import IntakeTableModel
from desk.ui.intake.pickers import StaffChoice, StaffPicker
from desk.ui.intake.record_dialogs import ContactDialog, CorrectionDialog, ReasonDialog
from desk.ui.table_model import RowIdRole, fit_columns, sorting_proxy

# (label, days back from today for the start; None: all dates; -1: custom range)
PERIODS: list[tuple[str, int | None]] = [
    ("今天", 0),
    ("昨天至今", 1),
    ("近7天", 6),
    ("近30天", 29),
    ("近一年", 364),
    ("全部", None),
    ("自定义", -1),
]


class RegisterPage(QWidget):
    """The register: what was asked, by whom, and how it was placed; nothing is deleted."""

    # Someone asked to see the appointment made from an intake, etc.
    message = Signal(str)

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._asked = 0  # searches started; only the latest one's rows are shown
        self.hall = hall
        self.detail: IntakeDetail | None = None
        self.model = IntakeTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)
        self._build()
        self.refresh()

    # ---- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.period = QComboBox(self)
        for label, days in PERIODS:
            self.period.addItem(label, days)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.outcome = QComboBox(self)
        self.outcome.addItem("全部结果", None)
        for o in Outcome:
            self.outcome.addItem(o.label, o.value)
        self.post = QComboBox(self)
        self.post.addItem("全部岗位", None)
        for p in self.hall.staff.posts(include_inactive=True):
            self.post.addItem(p.name, p.id)
        self.staff_combo = QComboBox(self)
        self.staff_combo.setMinimumWidth(150)
        self.staff = StaffPicker(self.staff_combo)
        self.staff.set_choices(
            [StaffChoice(p.id, p.name, p.department) for p in self.hall.staff.staff()]
        )
        self.staff_combo.lineEdit().setPlaceholderText("人员（姓名或首字母）")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            "搜索：姓名、电话片段、单位、事项或拼音首字母（如 zjg、dbsq）"
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.overdue_only = QCheckBox("仅看转交超时", self)
        self.show_voided = QCheckBox("含已作废", self)
        self.show_voided.setChecked(True)
        self.count_label = QLabel(self)

        filters = QHBoxLayout()
        filters.addWidget(QLabel("日期", self))
        filters.addWidget(self.period)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("至", self))
        filters.addWidget(self.date_to)
        filters.addWidget(self.outcome)
        filters.addWidget(self.post)
        filters.addWidget(self.staff_combo)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.overdue_only)
        filters.addWidget(self.show_voided)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        fit_columns(self.table, self.model)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.correct_button = QPushButton("更正(&E)…", self)
        self.void_button = QPushButton("作废(&V)…", self)
        self.contact_button = QPushButton("联系记录(&L)…", self)
        self.close_button = QPushButton("转交办结(&B)", self)
        self.appointment_button = QPushButton("转为预约(&A)", self)
        # The appointment book is another feature's; without it the hand-off stays hidden.
        self.appointment_button.setVisible(hasattr(self.hall, "appointments"))
        buttons = QHBoxLayout()
        for b in (
            self.correct_button,
            self.void_button,
            self.contact_button,
            self.close_button,
            self.appointment_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.browser, 1)
        side_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 480])

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

        self.period.currentIndexChanged.connect(self._period_changed)
        for widget in (self.date_from, self.date_to):
            widget.dateChanged.connect(self._dates_edited)
        self.outcome.currentIndexChanged.connect(self.refresh)
        self.post.currentIndexChanged.connect(self.refresh)
        self.staff.chosen.connect(lambda _id: self.refresh())
        self.staff_combo.lineEdit().textEdited.connect(
            lambda t: self.refresh() if not t.strip() else None
        )
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.overdue_only.toggled.connect(self.refresh)
        self.show_voided.toggled.connect(self.refresh)
        self.correct_button.clicked.connect(self.correct)
        self.void_button.clicked.connect(self.void)
        self.contact_button.clicked.connect(self.contact)
        self.close_button.clicked.connect(self.close_handover)
        self.appointment_button.clicked.connect(self.to_appointment)
        self._period_changed()

    # ---- filters ---------------------------------------------------------------------------
    def _period_changed(self, *_args: object) -> None:
        days = self.period.currentData()
        custom = days == -1
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(custom or days is not None)
        if days is not None and days >= 0:
            today = self.hall.ctx.now().date()
            for edit, value in (
                (self.date_from, today - timedelta(days=days)),
                (self.date_to, today),
            ):
                edit.blockSignals(True)
                edit.setDate(QDate(value))
                edit.blockSignals(False)
        self.refresh()

    def _dates_edited(self, *_args: object) -> None:
        custom = self.period.findData(-1)
        if self.period.currentIndex() != custom:
            self.period.blockSignals(True)
            self.period.setCurrentIndex(custom)
            self.period.blockSignals(False)
        self.refresh()

    def filters(self) -> IntakeFilter:
        days = self.period.currentData()
        start: date | None = None
        end: date | None = None
        if days is not None:
            start = self.date_from.date().toPython()
            end = self.date_to.date().toPython()
        outcome = self.outcome.currentData()
        return IntakeFilter(
            date_from=start,
            date_to=end,
            outcome=Outcome.of(outcome) if outcome else None,
            post_id=self.post.currentData(),
            staff_id=self.staff.staff_id(),
            text=self.search.text(),
            include_voided=self.show_voided.isChecked(),
            overdue_only=self.overdue_only.isChecked(),
        )

    # ---- data ------------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        if not hasattr(self, "table"):
            return
        keep = self.detail.id if self.detail is not None else None
        f = self.filters()
        self._asked += 1
        asked = self._asked
        # A search over all dates may take a moment: off the GUI thread, typing goes on;
        # only the answer to the latest question is shown.
        run_query(
            self,
            lambda: self.hall.intakes.find(f),
            done=lambda rows: self._show(rows, f, keep) if asked == self._asked else None,
            waiting=lambda: self.count_label.setText("正在查找…") if asked == self._asked else None,
            failed=lambda exc: self._failed(exc) if asked == self._asked else None,
        )

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError | StorageError):
            raise exc
        self.count_label.setText(f"⚠ {exc}")

    def _show(self, rows: list[IntakeRow], f: IntakeFilter, keep: int | None) -> None:
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.handover_overdue)
        text = f"共 {len(rows)} 条"
        if len(rows) >= f.limit:
            text += f"（只显示最近 {f.limit} 条，请缩小日期范围或输入搜索条件）"
        if overdue:
            text += f"，其中转交超时 {overdue} 条"
        self.count_label.setText(text)
        # The model keeps the selection and the scroll across refreshes (records another desk
        # added are inserted as rows); select again only when the list was reloaded.
        if keep is not None and self.table.currentIndex().data(RowIdRole) != keep:
            if not self.select(keep):
                self.show_detail(None)
        elif keep is not None:
            self.show_detail(keep)  # the record itself may have changed

    def select(self, intake_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RowIdRole) == intake_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                self.show_detail(intake_id)
                return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_detail(current.data(RowIdRole) if current.isValid() else None)

    def show_detail(self, intake_id: int | None) -> None:
        self.detail = self.hall.intakes.get(intake_id) if intake_id is not None else None
        d = self.detail
        self.browser.setHtml(intake_html(d) if d is not None else "<p>选择左侧一条登记查看详情</p>")
        live = d is not None and not d.voided
        h = d.handover if d is not None else None
        self.correct_button.setEnabled(live)
        self.void_button.setEnabled(live)
        self.contact_button.setEnabled(
            h is not None and h.state in (HandoverState.PENDING, HandoverState.CONTACTED)
        )
        self.close_button.setEnabled(h is not None and h.state is HandoverState.CONTACTED)
        self.appointment_button.setEnabled(live)

    # ---- actions ---------------------------------------------------------------------------
    def correct(self) -> None:
        if self.detail is None:
            return
        dialog = CorrectionDialog(self.hall, self.detail, self)
        if dialog.exec() == CorrectionDialog.DialogCode.Accepted:
            self.message.emit(f"已更正 {dialog.changed} 项，更正记录已保存")
            self.refresh()

    def void(self) -> None:
        if self.detail is None:
            return
        intake_id = self.detail.id
        dialog = ReasonDialog(
            "作废登记",
            f"作废“{self.detail.visitor_name} {self.detail.matter}”？登记不会删除，"
            "作废原因、操作员和时间会被记录；未办结的转交一并作废。",
            "作废",
            lambda reason: self.hall.intakes.void(intake_id, reason),
            self,
        )
        if dialog.exec() == ReasonDialog.DialogCode.Accepted:
            self.message.emit("登记已作废")
            self.refresh()

    def contact(self) -> None:
        if self.detail is None or self.detail.handover is None:
            return
        if ContactDialog(self.hall, self.detail.handover, self).exec():
            self.message.emit("联系情况已登记")
            self.refresh()

    def close_handover(self) -> None:
        if self.detail is None or self.detail.handover is None:
            return
        try:
            self.hall.handovers.close(self.detail.handover.id)
        except DomainError as exc:
            self.message.emit(str(exc))
            return
        self.message.emit("转交已办结")
        self.refresh()

    def to_appointment(self) -> None:
        """One action: the intake becomes an appointment-book entry for the handler."""
        appointments = getattr(self.hall, "appointments", None)
        if self.detail is None or appointments is None:
            return
        try:
            appointments.create_from_intake(self.detail.id)
        except (DomainError, FieldError) as exc:
            self.message.emit(str(exc))
            return
        self.message.emit(f"已转为预约：{self.detail.visitor_name} {self.detail.matter}")
        self.refresh()
