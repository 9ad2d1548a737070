"""Small dialogs of the 事项库 page: version history, import problems, Excel import/export."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from desk.domain.catalogue.views import ItemVersionView, VersionSummary
from desk.domain.common.errors import DomainError
from desk.domain.hall import Hall
from desk.excel.catalogue_book import (
    CatalogueImportError,
    ImportProblem,
    ImportResult,
    export_catalogue,
    import_catalogue,
)
from desk.ui.generated.ui_catalogue_problems_dialog import Ui_ImportProblemsDialog
from desk.ui.generated.ui_catalogue_versions_dialog import Ui_VersionsDialog
from desk.ui.table_model import Column, RowIdRole, RowTableModel


def version_html(v: ItemVersionView) -> str:
    """A version's whole content, for reading (history, comparison by eye)."""
    c = v.content

    def para(title: str, text: str) -> str:
        lines = "<br>".join(escape(t) for t in text.splitlines() if t.strip()) or "—"
        return f"<p><b>{title}</b><br>{lines}</p>"

    rows = "".join(
        f"<tr><td>{n}</td><td>{escape(m.name)}</td><td>{m.form.label}</td><td>{m.copies}</td>"
        f"<td>{m.requirement_label}</td><td>{escape(m.note)}</td></tr>"
        for n, m in enumerate(c.materials, start=1)
    )
    reasons = "".join(
        f"<li>{escape(r.reason)}（依据：{escape(r.basis) or '—'}）</li>" for r in c.refusal_reasons
    )
    return (
        f"<h3>{escape(c.name)}（第{v.version}版）</h3>"
        f"<p>{escape(c.code)}　{escape(v.department)}　{escape(v.post)}　{c.kind.label}　"
        f"{escape(v.time_limit_text)}　{'启用' if c.active else '停用'}</p>"
        + para("设定依据", c.legal_basis)
        + para("申请条件", c.conditions)
        + para("办理程序", c.procedure)
        + para("收费标准", c.fees)
        + para("前置审批", c.prerequisites)
        + "<p><b>申请材料</b></p><table border=1 cellspacing=0 cellpadding=3>"
        "<tr><th>序号</th><th>材料名称</th><th>原件/复印件</th><th>份数</th><th>要求</th>"
        f"<th>备注</th></tr>{rows}</table>"
        + (f"<p><b>不予受理情形</b></p><ul>{reasons}</ul>" if reasons else "")
    )


VERSION_COLUMNS: tuple[Column[VersionSummary], ...] = (
    Column("版本", lambda v: f"第{v.version}版", sort=lambda v: v.version),
    Column("保存时间", lambda v: v.created_at),
    Column("操作员", lambda v: v.operator),
    Column("事项名称", lambda v: v.name),
    Column("材料数", lambda v: v.materials),
    Column("修订说明", lambda v: v.change_note, stretch=True),
)


class VersionModel(RowTableModel[VersionSummary]):
    """Versions of one item; RowIdRole gives the version number (what detail() takes)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(VERSION_COLUMNS, row_id=lambda v: v.version, parent=parent)


class VersionsDialog(QDialog):
    """版本历史: every saved version of an item, newest first, each readable in full."""

    def __init__(self, hall: Hall, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hall = hall
        self.item_id = item_id
        self.ui = Ui_VersionsDialog()
        self.ui.setupUi(self)
        self.resize(860, 640)
        self.model = VersionModel(self)
        self.model.set_rows(hall.catalogue.versions(item_id))
        view = self.ui.versionTable
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().currentRowChanged.connect(self._show)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.itemLabel.setText(
            f"{hall.catalogue.get(item_id).name}：共{self.model.rowCount()}个版本"
        )
        if self.model.rowCount():
            view.setCurrentIndex(self.model.index(0, 0))
        view.setFocus()

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        version = current.data(RowIdRole) if current.isValid() else None
        if version is None:
            self.ui.versionText.clear()
            return
        self.ui.versionText.setHtml(version_html(self.hall.catalogue.detail(self.item_id, version)))


class ImportProblemsDialog(QDialog):
    """Every problem of a refused import, by sheet, row and column."""

    def __init__(self, problems: list[ImportProblem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportProblemsDialog()
        self.ui.setupUi(self)
        self.resize(900, 520)
        self.ui.summaryLabel.setText(
            f"文件中有 {len(problems)} 处问题，<b>没有导入任何内容</b>。"
            "请在 Excel 中按下表改正后重新导入。"
        )
        table = self.ui.problemTable
        table.setRowCount(len(problems))
        for row, p in enumerate(problems):
            for col, value in enumerate((p.sheet, str(p.row), p.column, p.header, p.message)):
                table.setItem(row, col, QTableWidgetItem(value))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        self.ui.buttons.rejected.connect(self.reject)
        table.setFocus()


def export_to(parent: QWidget, hall: Hall, path: str | Path) -> int | None:
    """Export and tell the clerk; returns the number of items (None on failure)."""
    try:
        count = export_catalogue(hall, path)
    except OSError as exc:
        QMessageBox.warning(parent, "导出事项库", f"无法写入文件：{exc}\n请换一个文件夹再试。")
        return None
    QMessageBox.information(parent, "导出事项库", f"已导出 {count} 个事项到：\n{path}")
    return count


def import_from(parent: QWidget, hall: Hall, path: str | Path) -> ImportResult | None:
    """Import; on problems show the list (nothing is imported)."""
    try:
        result = import_catalogue(hall, path)
    except CatalogueImportError as exc:
        ImportProblemsDialog(exc.problems, parent).exec()
        return None
    except DomainError as exc:
        QMessageBox.warning(parent, "导入事项库", str(exc))
        return None
    QMessageBox.information(parent, "导入事项库", f"导入完成：{result}。")
    return result


def ask_export(parent: QWidget, hall: Hall) -> None:
    default = str(Path.home() / "事项库.xlsx")
    name, _ = QFileDialog.getSaveFileName(parent, "导出事项库", default, "Excel 工作簿 (*.xlsx)")
    if name:
        export_to(parent, hall, name if name.endswith(".xlsx") else f"{name}.xlsx")


def ask_import(parent: QWidget, hall: Hall) -> None:
    name, _ = QFileDialog.getOpenFileName(
        parent, "导入事项库", str(Path.home()), "Excel 工作簿 (*.xlsx)"
    )
    if name:
        import_from(parent, hall, name)
