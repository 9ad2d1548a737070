"""管理 → 审计记录: who changed what and when, per record or per operator, with diffs.

Directors and admins only. `show_record_history(window, table, row_id)` opens it filtered
to one record, for any page that wants a "修改记录" button.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from desk.domain.admin.audit import AuditRow
from desk.domain.common.errors import DomainError
from desk.domain.hall import Hall
from desk.ui.field_errors import FieldErrors
from desk.ui.formats import datetime_text
from desk.ui.generated.ui_audit_dialog import Ui_AuditDialog
from desk.ui.table_model import Column, RowTableModel, sorting_proxy

COLUMNS: tuple[Column[AuditRow], ...] = (
    # Time sorts by the instant (and id for ties); numbers sort as numbers.
    Column(
        "时间",
        lambda r: datetime_text(r.at, seconds=True),
        sort=lambda r: f"{r.at:%Y%m%d%H%M%S}{r.id:012d}",
    ),
    Column("操作员", lambda r: r.operator),
    Column("动作", lambda r: r.action_label),
    Column("记录", lambda r: r.table_label),
    Column("编号", lambda r: r.row_id, sort=lambda r: int(r.row_id) if r.row_id.isdigit() else -1),
    Column("内容", lambda r: r.summary),
)


def detail_html(row: AuditRow) -> str:
    """The before/after table of one audit row, with Chinese field names."""
    head = (
        f"<p><b>{escape(row.action_label)}</b> {escape(row.table_label)}"
        f"{' 第' + escape(row.row_id) + '号' if row.row_id else ''}<br>"
        f"{datetime_text(row.at, seconds=True)}　操作员：{escape(row.operator)}</p>"
    )
    note = f"<p>{escape(row.note)}</p>" if row.note else ""
    if not row.changes:
        return head + note
    lines = "".join(
        f"<tr><td>{escape(c.label)}</td><td>{escape(c.before)}</td><td>{escape(c.after)}</td></tr>"
        for c in row.changes
    )
    before, after = ("", "内容") if row.action == "create" else ("修改前", "修改后")
    table = (
        "<table border='1' cellspacing='0' cellpadding='3'>"
        f"<tr><th>项目</th><th>{before}</th><th>{after}</th></tr>{lines}</table>"
    )
    return head + note + table


class AuditDialog(QDialog):
    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        self.hall = hall
        ui = self.ui
        ui.tableCombo.addItem("全部", None)
        for name, label in hall.audit.tables():
            ui.tableCombo.addItem(label, name)
        ui.operatorCombo.addItem("全部", None)
        for operator_id, name in hall.audit.operators():
            ui.operatorCombo.addItem(name, operator_id)
        today = hall.ctx.now().date()
        ui.fromDate.setDate(_qdate(today - timedelta(days=7)))
        ui.toDate.setDate(_qdate(today))
        self.model = RowTableModel(COLUMNS, parent=self)
        self.proxy = sorting_proxy(self.model, self)
        ui.entriesTable.setModel(self.proxy)
        ui.entriesTable.verticalHeader().hide()
        header = ui.entriesTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.body.setStretch(0, 3)  # the list wider than the detail
        ui.body.setStretch(1, 2)
        self.errors = FieldErrors(ui.generalError)
        ui.searchButton.clicked.connect(self.search)
        ui.rowEdit.returnPressed.connect(self.search)
        ui.entriesTable.selectionModel().currentRowChanged.connect(lambda *_: self._show())
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        self.resize(1100, 680)

    def for_record(self, table: str, row_id: str | int) -> None:
        """Show everything that happened to one record, whatever the dates."""
        index = self.ui.tableCombo.findData(table)
        if index < 0:
            self.ui.tableCombo.addItem(table, table)
            index = self.ui.tableCombo.count() - 1
        self.ui.tableCombo.setCurrentIndex(index)
        self.ui.rowEdit.setText(str(row_id))
        self.ui.fromDate.setDate(QDate(2000, 1, 1))
        self.search()

    def search(self) -> None:
        ui = self.ui
        self.errors.clear()
        try:
            rows = self.hall.audit.entries(
                table_name=ui.tableCombo.currentData(),
                row_id=ui.rowEdit.text().strip() or None,
                operator_id=ui.operatorCombo.currentData(),
                since=ui.fromDate.date().toPython(),
                until=ui.toDate.date().toPython(),
            )
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.model.set_rows(rows)
        self.proxy.sort(0, Qt.SortOrder.DescendingOrder)
        more = "（只显示最近的2000条，请缩小范围）" if len(rows) >= 2000 else ""
        ui.countLabel.setText(f"共 {len(rows)} 条{more}")
        if rows:
            ui.entriesTable.selectRow(0)
        else:
            ui.detailView.setHtml("<p>没有符合条件的记录。</p>")

    def _show(self) -> None:
        index = self.ui.entriesTable.currentIndex()
        row = self.model.row_at(self.proxy.mapToSource(index)) if index.isValid() else None
        self.ui.detailView.setHtml(detail_html(row) if row is not None else "")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def show_record_history(parent: QWidget, hall: Hall, table: str, row_id: str | int) -> None:
    dialog = AuditDialog(hall, parent)
    dialog.for_record(table, row_id)
    dialog.exec()
