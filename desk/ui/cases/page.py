"""限时办结 page: accepted matters with promised dates, progress actions, extensions, slips."""

from __future__ import annotations

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
    QVBoxLayout,
    QWidget,
)

from desk.domain.cases.views import OPEN_CASE_STATES, CaseFilter, CaseView
from desk.domain.common.codes import CaseState, MatterKind
from desk.domain.common.errors import DomainError
from desk.domain.hall import Hall
from desk.ui.appointments.page import PERIODS, period_range
from desk.ui.appointments.record_dialogs import CloseRecordDialog
from desk.ui.cases.dialog import print_slips
from desk.ui.cases.extension_dialog import ExtensionDialog
from desk.ui.cases.model import CaseModel, left_text
from desk.ui.formats import date_text, datetime_text
from desk.ui.layout import button_row, filter_row, record_table
from desk.ui.table_model import RowIdRole, fit_columns, sorting_proxy

# (label, filter fields)
VIEWS: list[tuple[str, dict[str, object]]] = [
    ("在办", {"states": OPEN_CASE_STATES}),
    ("已超期", {"overdue_only": True}),
    ("已办结", {"states": (CaseState.COMPLETED,)}),
    ("超期办结", {"states": (CaseState.COMPLETED,), "late_only": True}),
    ("已退回", {"states": (CaseState.RETURNED,)}),
    ("全部", {}),
]


def case_detail_html(c: CaseView) -> str:
    def line(label: str, value: object) -> str:
        return (
            f"<tr><td style='color:#555'>{label}</td><td>{escape(str(value))}</td></tr>"
            if value
            else ""
        )

    rows = [
        line("状态", c.state_label),
        line("申请人", f"{c.visitor} {c.visitor_phone}"),
        line("事项", c.matter),
        line("类型/时限", f"{c.kind.label}，{c.limit_text}"),
        line("受理", f"{datetime_text(c.accepted_at)} {c.accepted_by}"),
        line("承诺办结", date_text(c.promised_date) + ("（暂定）" if c.provisional else "")),
        line("剩余", left_text(c)),
        line("经办人", c.handler),
        line("岗位", c.post),
        line("开始办理", datetime_text(c.started_at)),
        line("办结", f"{datetime_text(c.completed_at)} {c.completed_by}" if c.completed_at else ""),
        line("办理结果", c.result),
        line("退回原因", c.return_reason),
        line("备注", c.notes),
        line("作废原因", c.void_reason),
    ]
    ext = "".join(
        f"<li>{date_text(e.created_at)} 由{date_text(e.old_date)}延至{date_text(e.new_date)}"
        f"（{e.extra_days}{'日' if c.kind is MatterKind.REPORTED else '个工作日'}）："
        f"{escape(e.reason)}；审批：{escape(e.approver)}；"
        f"{e.told_how.label if e.told_how else ''}"
        f"{datetime_text(e.told_at)}</li>"
        for e in c.extensions
    )
    mats = "".join(
        f"<li>{escape(m.name)}（{escape(m.form)} {m.copies}份×{m.pages}页）</li>"
        for m in c.materials
    )
    html = f"<h3>{escape(c.number)}</h3><table cellspacing=4>{''.join(rows)}</table>"
    if ext:
        html += f"<p><b>延期记录</b></p><ul>{ext}</ul>"
    if mats:
        html += f"<p><b>收取材料</b>（共{c.total_pages}页）</p><ul>{mats}</ul>"
    return html


class CasesPage(QWidget):
    """List, filters, detail and the progress actions on the selected case."""

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hall = hall
        self.model = CaseModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.view_combo = QComboBox()
        for label, _f in VIEWS:
            self.view_combo.addItem(label)
        self.period_combo = QComboBox()
        self.period_combo.addItems(PERIODS)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem("全部类型", None)
        for kind in MatterKind:
            self.kind_combo.addItem(kind.label, kind)
        self.handler_combo = QComboBox()
        self.handler_combo.addItem("全部", None)
        for p in hall.staff.staff():
            self.handler_combo.addItem(p.name, p.id)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("姓名、电话、单位或事项")
        self.search_edit.setClearButtonEnabled(True)
        self.counts_label = QLabel()
        filters = filter_row(
            [
                ("查看", self.view_combo),
                ("受理日期", self.period_combo),
                ("类型", self.kind_combo),
                ("经办人", self.handler_combo),
                ("查找", self.search_edit),
            ],
            self.counts_label,
        )
        self.start_button = QPushButton("开始办理(&S)")
        self.complete_button = QPushButton("办结(&W)")
        self.return_button = QPushButton("退回(&T)")
        self.extend_button = QPushButton("延期(&Y)…")
        self.receipt_button = QPushButton("打印收件回执(&P)")
        self.card_button = QPushButton("打印监督卡(&K)")
        self.void_button = QPushButton("作废")
        actions = button_row(
            (
                self.start_button,
                self.complete_button,
                self.return_button,
                self.extend_button,
                self.receipt_button,
                self.card_button,
                self.void_button,
            )
        )
        self.table = record_table(self.proxy)
        fit_columns(self.table, self.model)
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
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(split, 1)
        for combo in (self.view_combo, self.period_combo, self.kind_combo, self.handler_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search_edit.textChanged.connect(lambda _t: self.refresh())
        self.start_button.clicked.connect(self.start_selected)
        self.complete_button.clicked.connect(self.complete_selected)
        self.return_button.clicked.connect(self.return_selected)
        self.extend_button.clicked.connect(self.extend_selected)
        self.receipt_button.clicked.connect(lambda: self._print(receipt=True))
        self.card_button.clicked.connect(lambda: self._print(card=True))
        self.void_button.clicked.connect(self.void_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        self.table.doubleClicked.connect(lambda _i: self.complete_selected())
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self._print(receipt=True))
        self.refresh()

    # ---- data -------------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        _label, fields = VIEWS[self.view_combo.currentIndex()]
        first, last = period_range(self.period_combo.currentText(), self.hall.ctx.now().date())
        return CaseFilter(
            date_from=first,
            date_to=last,
            kind=MatterKind.of(kind) if (kind := self.kind_combo.currentData()) else None,
            handler_id=self.handler_combo.currentData(),
            text=self.search_edit.text(),
            **fields,  # type: ignore[arg-type]
        )

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.set_rows(self.hall.cases.find(self.current_filter()))
        open_cases, overdue = self.hall.cases.counts()
        text = f"在办 {open_cases} 件"
        if overdue:
            text += f"，<span style='color:#b91c1c'>超期 {overdue} 件</span>"
        self.counts_label.setText(text)
        # The model keeps the selection (and the scroll) across refreshes; select again only
        # when the selected case is gone or the list was reloaded under another filter.
        lost = selected is None or self.selected_id() != selected
        if lost and (selected is None or not self.select(selected)) and self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_detail()

    def select(self, case_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(RowIdRole) == case_id:
                self.table.setCurrentIndex(index)
                self.table.selectRow(r)
                return True
        return False

    def open_case(self, case_id: int) -> None:
        """Show the case (whatever the filters) with its detail."""
        if not self.select(case_id):
            self.view_combo.setCurrentIndex(len(VIEWS) - 1)
            self.period_combo.setCurrentIndex(0)
            self.kind_combo.setCurrentIndex(0)
            self.handler_combo.setCurrentIndex(0)
            self.search_edit.clear()
            self.select(case_id)
        self.table.setFocus()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(RowIdRole) if index.isValid() else None

    def selected(self) -> CaseView | None:
        case_id = self.selected_id()
        return self.hall.cases.get(case_id) if case_id is not None else None

    def _show_detail(self) -> None:
        c = self.selected()
        self.detail.setText(
            case_detail_html(c) if c else "<p style='color:#888'>选择一件查看详情</p>"
        )
        live = c is not None and c.is_open
        self.start_button.setEnabled(live and c.state is CaseState.ACCEPTED)  # type: ignore[union-attr]
        for b in (self.complete_button, self.return_button, self.extend_button):
            b.setEnabled(live)
        for b in (self.receipt_button, self.card_button):
            b.setEnabled(c is not None and not c.voided)
        self.void_button.setEnabled(c is not None and not c.voided)

    # ---- actions ----------------------------------------------------------------------
    def _run(self, fn, *args) -> bool:  # type: ignore[no-untyped-def]
        try:
            fn(*args)
        except DomainError as exc:
            self.detail.setText(f"<p style='color:#b91c1c'>{escape(str(exc))}</p>")
            return False
        self.refresh()
        return True

    def start_selected(self) -> None:
        c = self.selected()
        if c is not None and c.state is CaseState.ACCEPTED:
            self._run(self.hall.cases.start, c.id)

    def _close(self, title: str, prompt: str, action, ok_text: str, placeholder: str = "") -> None:  # type: ignore[no-untyped-def]
        c = self.selected()
        if c is None:
            return
        summary = f"<b>{escape(c.number)}</b> {escape(c.visitor)}：{escape(c.matter)}"
        dialog = CloseRecordDialog(
            title, summary, prompt, lambda text: action(c.id, text), self,
            ok_text=ok_text, placeholder=placeholder,
        )  # fmt: skip
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def complete_selected(self) -> None:
        c = self.selected()
        if c is None or not c.is_open:
            return
        late = "（已超过承诺日期，将记为超期办结）" if c.overdue else ""
        self._close(
            f"办结{late}",
            "办理结果(&R)（可不填）",
            self.hall.cases.complete,
            "办结",
            "如：已审批通过，通知申请人领取",
        )

    def return_selected(self) -> None:
        self._close(
            "退回",
            "退回原因(&R) *",
            self.hall.cases.return_case,
            "退回",
            "如：材料不齐全，已出具补正材料通知书",
        )

    def void_selected(self) -> None:
        self._close("作废", "作废原因(&R) *（误登记、重复受理等）", self.hall.cases.void, "作废")

    def extend_selected(self) -> None:
        c = self.selected()
        if c is None or not c.is_open:
            return
        if ExtensionDialog(self.hall, c, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _print(self, *, receipt: bool = False, card: bool = False) -> None:
        c = self.selected()
        if c is not None and not c.voided:
            print_slips(self, self.hall, c.id, receipt=receipt, card=card)
