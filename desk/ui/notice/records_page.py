"""告知记录 page: every notice given (reprint identically, void) and the 否定报备 register."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.domain.common.codes import NoticeKind
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.domain.notices.views import NoticeView, RefusalView
from desk.printing.notice import TITLES, render_refusal_record
from desk.printing.preview import PrintPreview
from desk.ui.notice.preview import show_notice
from desk.ui.notice.refusal_dialog import LeaderOpinionDialog
from desk.ui.notice.rows import NoticeModel, RefusalModel
from desk.ui.table_model import RowIdRole, RowTableModel, sorting_proxy

PERIODS: list[tuple[str, int | None]] = [("今天", 0), ("近7天", 6), ("近30天", 29), ("全部", None)]


def _table(model: RowTableModel[Any], parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = sorting_proxy(model, parent)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


def _selected_id(view: QTableView) -> int | None:
    index = view.currentIndex()
    return int(index.data(RowIdRole)) if index.isValid() else None


class RecordsPage(QWidget):
    """Two tabs: 告知记录 and 否定报备登记."""

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hall = hall
        self.notice_model = NoticeModel(self)
        self.refusal_model = RefusalModel(lambda: self.hall.ctx.now().date(), self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self.refresh()

    # ---- layout --------------------------------------------------------------------
    def _build(self) -> None:
        self.period = QComboBox(self)
        for label, days in PERIODS:
            self.period.addItem(label, days)
        self.period.setCurrentIndex(2)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("办事人、电话、事项或编号")
        self.search.setClearButtonEnabled(True)
        self.period.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        filters = QHBoxLayout()
        period_label = QLabel("期间(&Q)", self)
        period_label.setBuddy(self.period)
        search_label = QLabel("查找(&F)", self)
        search_label.setBuddy(self.search)
        for w in (period_label, self.period, search_label, self.search):
            filters.addWidget(w)

        self.notices, self.notice_proxy = _table(self.notice_model, self)
        self.notice_text = QTextBrowser(self)
        self.notices.selectionModel().currentRowChanged.connect(self._show_notice)
        self.notices.doubleClicked.connect(lambda _i: self.reprint())
        self.reprint_button = QPushButton("重新打印(&P)", self)
        self.void_notice_button = QPushButton("作废(&V)…", self)
        self.reprint_button.clicked.connect(self.reprint)
        self.void_notice_button.clicked.connect(self.void_notice)
        notice_split = QSplitter(Qt.Orientation.Vertical, self)
        notice_split.addWidget(self.notices)
        notice_split.addWidget(self.notice_text)
        notice_split.setSizes([420, 200])
        notice_tab = QWidget(self)
        layout = QVBoxLayout(notice_tab)
        layout.addWidget(notice_split)
        layout.addLayout(_buttons(self.reprint_button, self.void_notice_button))

        self.refusals, self.refusal_proxy = _table(self.refusal_model, self)
        self.refusal_text = QTextBrowser(self)
        self.refusals.selectionModel().currentRowChanged.connect(self._show_refusal)
        self.opinion_button = QPushButton("填写领导意见(&L)…", self)
        self.print_record_button = QPushButton("打印否定报备登记表(&R)", self)
        self.void_refusal_button = QPushButton("作废(&V)…", self)
        self.opinion_button.clicked.connect(self.leader_opinion)
        self.print_record_button.clicked.connect(self.print_record)
        self.void_refusal_button.clicked.connect(self.void_refusal)
        refusal_split = QSplitter(Qt.Orientation.Vertical, self)
        refusal_split.addWidget(self.refusals)
        refusal_split.addWidget(self.refusal_text)
        refusal_split.setSizes([420, 200])
        refusal_tab = QWidget(self)
        layout = QVBoxLayout(refusal_tab)
        layout.addWidget(refusal_split)
        layout.addLayout(
            _buttons(self.opinion_button, self.print_record_button, self.void_refusal_button)
        )

        self.tabs = QTabWidget(self)
        self.tabs.addTab(notice_tab, "告知记录")
        self.tabs.addTab(refusal_tab, "否定报备登记")
        main = QVBoxLayout(self)
        main.addLayout(filters)
        main.addWidget(self.tabs)

    # ---- data ------------------------------------------------------------------------
    def _range(self) -> tuple[datetime | None, datetime | None]:
        days = self.period.currentData()
        if days is None:
            return None, None
        today = self.hall.ctx.now().date()
        start = datetime.combine(today - timedelta(days=int(days)), time())
        return start, datetime.combine(today + timedelta(days=1), time())

    def refresh(self) -> None:
        start, end = self._range()
        text = self.search.text().strip()
        self.notice_model.set_rows(self.hall.notices.find(start=start, end=end, query=text))
        refusals = self.hall.refusals.find(start=start, end=end)
        if text:
            refusals = [
                r
                for r in refusals
                if text in f"{r.number}{r.applicant_name}{r.applicant_phone}{r.matter}"
            ]
        self.refusal_model.set_rows(refusals, all_changed=True)  # lateness moves with today
        # The same records keep their selection: show what is selected now.
        self._show_notice(self.notices.currentIndex(), QModelIndex())
        self._show_refusal(self.refusals.currentIndex(), QModelIndex())

    def _notice(self) -> NoticeView | None:
        notice_id = _selected_id(self.notices)
        return self.hall.notices.get(notice_id) if notice_id is not None else None

    def _refusal(self) -> RefusalView | None:
        refusal_id = _selected_id(self.refusals)
        return self.hall.refusals.get(refusal_id) if refusal_id is not None else None

    def _show_notice(self, current: QModelIndex, _previous: QModelIndex) -> None:
        notice = self._notice() if current.isValid() else None
        if notice is None:
            self.notice_text.clear()
        elif notice.printed:
            self.notice_text.setHtml(notice.html)
        else:
            self.notice_text.setPlainText(f"（电话告知，未打印）\n\n{notice.spoken_text}")

    def _show_refusal(self, current: QModelIndex, _previous: QModelIndex) -> None:
        refusal = self._refusal() if current.isValid() else None
        hall_name = str(self.hall.settings.get("hall.name"))
        if refusal is None:
            self.refusal_text.clear()
        else:
            self.refusal_text.setHtml(render_refusal_record(refusal, hall_name))

    # ---- actions ---------------------------------------------------------------------
    def reprint(self) -> None:
        """Print the archived HTML again (identical to the first print)."""
        notice = self._notice()
        if notice is None:
            return
        try:
            notice = self.hall.notices.reprint(notice.id)
        except DomainError as exc:
            QMessageBox.information(self, "重新打印", str(exc))
            return
        show_notice(self, notice, TITLES.get(notice.kind, "一次性告知单"))
        self.refresh()

    def void_notice(self) -> None:
        notice = self._notice()
        if notice is None:
            return
        reason = self._ask_reason(f"作废 {notice.number}")
        if reason is None:
            return
        try:
            self.hall.notices.void(notice.id, reason)
        except (FieldError, DomainError) as exc:
            QMessageBox.warning(self, "作废", str(exc))
        self.refresh()

    def leader_opinion(self) -> None:
        refusal = self._refusal()
        if refusal is None or refusal.voided_at is not None:
            return
        if LeaderOpinionDialog(self.hall, refusal, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def print_record(self) -> PrintPreview | None:
        refusal = self._refusal()
        if refusal is None:
            return None
        html = render_refusal_record(refusal, str(self.hall.settings.get("hall.name")))
        preview = PrintPreview(html, f"否定报备登记表 {refusal.number}", self, refusal.number)
        preview.exec()
        return preview

    def void_refusal(self) -> None:
        refusal = self._refusal()
        if refusal is None:
            return
        reason = self._ask_reason(f"作废 {refusal.number}")
        if reason is None:
            return
        try:
            self.hall.refusals.void(refusal.id, reason)
        except (FieldError, DomainError) as exc:
            QMessageBox.warning(self, "作废", str(exc))
        self.refresh()

    def _ask_reason(self, title: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, "作废原因（必填）：")
        return text if ok and text.strip() else None

    def show_kind(self, kind: NoticeKind | None) -> None:
        """Open the tab for a kind of record (refusals for NoticeKind.REFUSAL)."""
        self.tabs.setCurrentIndex(1 if kind is NoticeKind.REFUSAL else 0)


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row
