"""The item editor of the 事项库 page: every field of a version, materials and refusal reasons.

It only turns widgets into an ItemContent and back; saving (a new version) is
CatalogueService.save_content, and its FieldErrors come back to the field or table cell
(desk.ui.field_errors).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk.domain.catalogue.service import CatalogueService
from desk.domain.catalogue.views import (
    ItemContent,
    ItemVersionView,
    MaterialSpec,
    RefusalReasonSpec,
)
from desk.domain.common.codes import MaterialForm, MatterKind
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.people.staff import DepartmentView, PostView
from desk.ui.field_errors import FieldErrors
from desk.ui.formats import datetime_text
from desk.ui.generated.ui_catalogue_editor import Ui_CatalogueEditor

FORMS = [f.label for f in MaterialForm]
REQUIREMENTS = ["必需", "视情况"]
Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A cell edited with a fixed list (原件/复印件, 必需/视情况)."""

    def __init__(self, choices: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, _o: QStyleOptionViewItem, _i: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.addItems(self.choices)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findText(str(index.data() or ""))))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class CopiesDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, _o: QStyleOptionViewItem, _i: Index) -> QWidget:  # noqa: N802
        spin = QSpinBox(parent)
        spin.setRange(1, 99)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        text = str(index.data() or "1")
        editor.setValue(int(text) if text.isdigit() else 1)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        assert isinstance(editor, QSpinBox)
        model.setData(index, str(editor.value()))


def _setup_table(table: QTableWidget, stretch: int) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


class CatalogueEditor(QWidget):
    """Edits one item; `save()` stores a new version and emits `saved(item_id)`."""

    saved = Signal(int)

    def __init__(self, catalogue: CatalogueService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.item_id: int | None = None
        self.based_on: int | None = None
        self.posts: list[PostView] = []
        self.ui = Ui_CatalogueEditor()
        self.ui.setupUi(self)
        ui = self.ui
        for kind in MatterKind:
            ui.kind.addItem(kind.label, kind.value)
        ui.materialTable.setItemDelegateForColumn(1, ChoiceDelegate(FORMS, self))
        ui.materialTable.setItemDelegateForColumn(2, CopiesDelegate(self))
        ui.materialTable.setItemDelegateForColumn(3, ChoiceDelegate(REQUIREMENTS, self))
        _setup_table(ui.materialTable, 4)
        _setup_table(ui.reasonTable, 1)
        ui.materialTable.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Interactive
        )
        ui.materialTable.setColumnWidth(0, 260)
        ui.reasonTable.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Interactive
        )
        ui.reasonTable.setColumnWidth(0, 260)
        ui.department.currentIndexChanged.connect(self._department_changed)
        for table, prefix in ((ui.materialTable, "material"), (ui.reasonTable, "reason")):
            getattr(ui, f"{prefix}Add").clicked.connect(lambda _c=False, t=table: self.add_row(t))
            getattr(ui, f"{prefix}Remove").clicked.connect(
                lambda _c=False, t=table: self.remove_row(t)
            )
            getattr(ui, f"{prefix}Up").clicked.connect(lambda _c=False, t=table: self.move(t, -1))
            getattr(ui, f"{prefix}Down").clicked.connect(lambda _c=False, t=table: self.move(t, 1))
            table.installEventFilter(self)
        save = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ui.saveButton.clicked.connect(self.save)
        self.errors = FieldErrors(ui.errorLabel)
        for key, widget, label in (
            ("name", ui.name, ui.nameError),
            ("code", ui.code, ui.codeError),
            ("department_id", ui.department, ui.departmentError),
            ("post_id", ui.post, ui.postError),
            ("promised_days", ui.promisedDays, ui.promisedError),
            ("callback_days", ui.callbackDays, None),
            ("kind", ui.kind, None),
            ("consult_phone", ui.consultPhone, ui.consultError),
            ("complaint_phone", ui.complaintPhone, ui.complaintError),
            ("aliases", ui.aliases, None),
            ("location", ui.location, None),
            ("hours", ui.hours, None),
            ("legal_basis", ui.legalBasis, None),
            ("conditions", ui.conditions, None),
            ("procedure", ui.procedure, None),
            ("fees", ui.fees, None),
            ("prerequisites", ui.prerequisites, None),
            ("change_note", ui.changeNote, None),
            # materials[2].name and the like: the table is marked, _select_cell picks the cell.
            ("materials", ui.materialTable, ui.materialError),
            ("refusal_reasons", ui.reasonTable, ui.reasonError),
        ):
            self.errors.add(key, widget, label)
        self.load(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Table keys: Ins adds a row, Del removes it, Ctrl+↑/↓ move it (when not editing)."""
        if (
            isinstance(watched, QTableWidget)
            and event.type() == QEvent.Type.KeyPress
            and watched.state() != QAbstractItemView.State.EditingState
        ):
            key = event.key()  # type: ignore[attr-defined]
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Insert:
                self.add_row(watched)
                return True
            if key == Qt.Key.Key_Delete:
                self.remove_row(watched)
                return True
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move(watched, -1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    # ---- choices ---------------------------------------------------------------------
    def set_places(self, departments: list[DepartmentView], posts: list[PostView]) -> None:
        """The departments and posts an item can belong to."""
        self.posts = posts
        combo = self.ui.department
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("（请选择）", None)
        for d in departments:
            combo.addItem(d.name, d.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        self._department_changed()

    def _department_changed(self, _index: int = 0) -> None:
        dept = self.ui.department.currentData()
        combo = self.ui.post
        current = combo.currentData()
        combo.clear()
        combo.addItem("（不指定岗位）", None)
        for p in self.posts:
            if p.department_id == dept:
                label = f"{p.name}（{p.window_no}号窗口）" if p.window_no else p.name
                combo.addItem(label, p.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    # ---- widgets ⇄ content ----------------------------------------------------------
    def load(self, version: ItemVersionView | None) -> None:
        """Show a version (None: an empty new item)."""
        self.errors.clear()
        self.item_id = version.item_id if version else None
        # The version this editor changes: saving refuses if another desk saved a newer one.
        self.based_on = version.version if version else None
        c = version.content if version else ItemContent(name="")
        ui = self.ui
        if version is None:
            ui.versionLabel.setText("新建事项：填写后按“保存为新版本”。")
        else:
            ui.versionLabel.setText(
                f"第{version.version}版　{datetime_text(version.created_at)}　"
                f"{version.operator or '—'}　{version.change_note}"
            )
        ui.name.setText(c.name)
        ui.code.setText(c.code)
        ui.aliases.setText(c.aliases)
        dept = version.content.department_id if version else None
        ui.department.setCurrentIndex(max(0, ui.department.findData(dept)))
        self._department_changed()
        ui.post.setCurrentIndex(max(0, ui.post.findData(c.post_id)))
        ui.kind.setCurrentIndex(max(0, ui.kind.findData(c.kind.value)))
        ui.promisedDays.setValue(c.promised_days)
        ui.callbackDays.setValue(-1 if c.callback_days is None else c.callback_days)
        ui.active.setChecked(c.active)
        ui.consultPhone.setText(c.consult_phone)
        ui.complaintPhone.setText(c.complaint_phone)
        ui.location.setText(c.location)
        ui.hours.setText(c.hours)
        ui.legalBasis.setPlainText(c.legal_basis)
        ui.conditions.setPlainText(c.conditions)
        ui.procedure.setPlainText(c.procedure)
        ui.fees.setPlainText(c.fees)
        ui.prerequisites.setPlainText(c.prerequisites)
        ui.changeNote.clear()
        for line in (ui.name, ui.code, ui.aliases, ui.location, ui.hours):
            line.setCursorPosition(0)  # long texts show their beginning
        table = ui.materialTable
        table.setRowCount(0)
        for m in c.materials:
            self._append(table, [m.name, m.form.label, str(m.copies), m.requirement_label, m.note])
        table = ui.reasonTable
        table.setRowCount(0)
        for r in c.refusal_reasons:
            self._append(table, [r.reason, r.basis])

    def content(self) -> ItemContent:
        ui = self.ui
        materials = []
        for row in range(ui.materialTable.rowCount()):
            values = [_cell(ui.materialTable, row, col) for col in range(5)]
            if not any(v.strip() for v in values[:1] + values[4:]):
                continue  # a row added and left empty
            form = next((f for f in MaterialForm if f.label == values[1]), MaterialForm.COPY)
            copies = int(values[2]) if values[2].isdigit() else 0
            materials.append(
                MaterialSpec(values[0], form, copies, values[3] != "视情况", values[4])
            )
        reasons = []
        for row in range(ui.reasonTable.rowCount()):
            reason, basis = _cell(ui.reasonTable, row, 0), _cell(ui.reasonTable, row, 1)
            if reason.strip() or basis.strip():
                reasons.append(RefusalReasonSpec(reason, basis))
        callback = ui.callbackDays.value()
        return ItemContent(
            name=ui.name.text(),
            department_id=ui.department.currentData(),
            post_id=ui.post.currentData(),
            kind=MatterKind.of(ui.kind.currentData()),
            promised_days=ui.promisedDays.value(),
            code=ui.code.text(),
            aliases=ui.aliases.text(),
            callback_days=None if callback < 0 else callback,
            active=ui.active.isChecked(),
            legal_basis=ui.legalBasis.toPlainText(),
            conditions=ui.conditions.toPlainText(),
            procedure=ui.procedure.toPlainText(),
            fees=ui.fees.toPlainText(),
            prerequisites=ui.prerequisites.toPlainText(),
            location=ui.location.text(),
            hours=ui.hours.text(),
            consult_phone=ui.consultPhone.text(),
            complaint_phone=ui.complaintPhone.text(),
            materials=tuple(materials),
            refusal_reasons=tuple(reasons),
        )

    # ---- tables ------------------------------------------------------------------------
    @staticmethod
    def _append(table: QTableWidget, values: list[str]) -> int:
        row = table.rowCount()
        table.insertRow(row)
        for col, value in enumerate(values):
            table.setItem(row, col, QTableWidgetItem(value))
        return row

    def add_row(self, table: QTableWidget) -> None:
        """A new row after the current one, ready to type its name."""
        defaults = ["", "复印件", "1", "必需", ""] if table is self.ui.materialTable else ["", ""]
        row = table.currentRow() + 1 if table.currentRow() >= 0 else table.rowCount()
        table.insertRow(row)
        for col, value in enumerate(defaults):
            table.setItem(row, col, QTableWidgetItem(value))
        table.setCurrentCell(row, 0)
        table.setFocus()
        table.editItem(table.item(row, 0))

    def remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            table.setCurrentCell(min(row, table.rowCount() - 1), 0)

    def move(self, table: QTableWidget, step: int) -> None:
        """Reorder: the row changes place with its neighbour (order = order on the notice)."""
        row = table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < table.rowCount():
            return
        for col in range(table.columnCount()):
            a, b = table.takeItem(row, col), table.takeItem(target, col)
            table.setItem(row, col, b)
            table.setItem(target, col, a)
        table.setCurrentCell(target, table.currentColumn())

    def _select_cell(self, err: FieldError) -> None:
        """A materials[i].x / refusal_reasons[i].x error also selects its cell."""
        for prefix, table, columns in (
            ("materials", self.ui.materialTable, {"name": 0, "form": 1, "copies": 2, "note": 4}),
            ("refusal_reasons", self.ui.reasonTable, {"reason": 0, "basis": 1}),
        ):
            if err.field.startswith(f"{prefix}["):
                index = int(err.field[err.field.index("[") + 1 : err.field.index("]")])
                column = columns.get(err.field.rsplit(".", 1)[-1], 0)
                table.setCurrentCell(self._visible_row(table, index), column)

    def _visible_row(self, table: QTableWidget, index: int) -> int:
        """Table row of the index-th non-empty row (empty rows are skipped when saving)."""
        seen = -1
        for row in range(table.rowCount()):
            if any(_cell(table, row, c).strip() for c in (0, table.columnCount() - 1)):
                seen += 1
                if seen == index:
                    return row
        return max(0, min(index, table.rowCount() - 1))

    # ---- save --------------------------------------------------------------------------
    def save(self) -> int | None:
        """Save a new version; returns the item id, or None when a field was refused."""
        self.errors.clear()
        try:
            item_id = self.catalogue.save_content(
                self.content(), self.item_id, self.ui.changeNote.text(), based_on=self.based_on
            )
        except FieldError as err:
            self.errors.show(err.field, err.message)
            self._select_cell(err)
            return None
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return None
        self.item_id = item_id
        self.load(self.catalogue.detail(item_id))
        self.saved.emit(item_id)
        return item_id

    def set_editable(self, editable: bool, why: str = "") -> None:
        """Read-only for clerks (catalogue edits need a director or admin)."""
        self.ui.saveButton.setEnabled(editable)
        self.ui.saveButton.setToolTip("" if editable else why)
        for table in (self.ui.materialTable, self.ui.reasonTable):
            if editable:
                table.setEditTriggers(
                    QAbstractItemView.EditTrigger.DoubleClicked
                    | QAbstractItemView.EditTrigger.EditKeyPressed
                    | QAbstractItemView.EditTrigger.AnyKeyPressed
                )
            else:
                table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
