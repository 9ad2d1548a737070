"""受理 dialog: accept an intake's matter as a 限时办结 case and print its 收件回执.

`open_case_dialog(window, intake_id)` is the seam the intake feature calls after an
intake is saved with an accepted matter (and the cases page's menu action uses too).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QMessageBox,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from desk.db.storage_errors import StorageError
from desk.domain.cases.views import (
    CALENDAR_DAY_KINDS,
    SAME_DAY_KINDS,
    CaseDraft,
    MaterialLine,
)
from desk.domain.common.codes import MaterialForm, MatterKind
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.printing.templates import cn_date, cn_weekday
from desk.ui.appointments.dialog import staff_choices
from desk.ui.background import run_op
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_case_dialog import Ui_CaseDialog
from desk.ui.intake.pickers import StaffPicker

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

FORMS = [f.label for f in MaterialForm]
PROVISIONAL_NOTE = (
    "<span style='color:#9a3412'>（暂定：跨越尚未公布放假安排的年度，可能顺延）</span>"
)


def _spin(value: int, top: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, top)
    spin.setValue(max(1, min(top, value)))
    spin.setFrame(False)
    return spin


class CaseDialog(QDialog):
    """Kind, limit (with the promised date shown live), handler, materials, notes.

    After ``accepted``: ``case_id`` is the new case, ``print_receipt`` / ``print_card`` say
    which slips the clerk asked for.
    """

    def __init__(self, hall: Hall, intake_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        self.hall = hall
        self.intake_id = intake_id
        self.case_id: int | None = None
        self.print_receipt = False
        self.print_card = False
        ui = self.ui
        draft = hall.cases.defaults_for_intake(intake_id)  # DomainError: not acceptable
        detail = hall.intakes.get(intake_id)
        ui.intakeSummary.setText(
            f"<b>{escape(detail.visitor_name)}</b> {escape(detail.visitor_unit)} "
            f"{escape(detail.visitor_phone)}<br>第{intake_id}号登记：{escape(detail.matter)}"
            f"（{escape(detail.outcome.label)}）"
        )
        for kind in MatterKind:
            ui.kindCombo.addItem(kind.label, kind)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(draft.kind))
        self.default_days = draft.limit_days
        ui.limitSpin.setValue(draft.limit_days or 0)
        self.handlers = StaffPicker(ui.handlerCombo, staff_choices(hall))
        self.handlers.select(draft.handler_id)
        ui.matterEdit.setText(draft.matter or "")
        self.errors = FieldErrors(ui.generalError)
        for key, widget, label in [
            ("limit_days", ui.limitSpin, ui.limitError),
            ("handler", ui.handlerCombo, ui.handlerError),
            ("matter", ui.matterEdit, ui.matterError),
            ("notes", ui.notesEdit, ui.notesError),
            ("materials", ui.materialsTable, ui.materialsError),
        ]:
            self.errors.add(key, widget, label)
        table = ui.materialsTable
        table.setHorizontalHeaderLabels(["材料名称", "原件/复印件", "份数", "每份页数"])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 120), (2, 70), (3, 80)):
            table.setColumnWidth(col, width)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        for m in self._catalogue_materials(detail.service_item_id):
            self.add_material(m)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.limitSpin.valueChanged.connect(lambda _v: self.refresh_preview())
        ui.addMaterialButton.clicked.connect(lambda: self.add_material(MaterialLine("")))
        ui.removeMaterialButton.clicked.connect(self.remove_material)
        ui.acceptPrintButton.clicked.connect(lambda: self.save(print_receipt=True))
        ui.acceptOnlyButton.clicked.connect(lambda: self.save(print_receipt=False))
        ui.cancelButton.clicked.connect(self.reject)
        self._kind_changed()
        ui.kindCombo.setFocus()

    def _catalogue_materials(self, item_id: int | None) -> list[MaterialLine]:
        """The item's material list from the catalogue, as a starting point to tick off."""
        if item_id is None:
            return []
        try:
            content = self.hall.catalogue.detail(item_id).content
        except DomainError:
            return []
        return [MaterialLine(m.name, 1, m.copies, m.form.label) for m in content.materials]

    # ---- materials table ---------------------------------------------------------------
    def add_material(self, m: MaterialLine) -> None:
        table = self.ui.materialsTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(m.name))
        form = QComboBox()
        form.setEditable(True)
        form.addItems(FORMS)
        form.setCurrentText(m.form or FORMS[1])
        table.setCellWidget(row, 1, form)
        table.setCellWidget(row, 2, _spin(m.copies, 99))
        table.setCellWidget(row, 3, _spin(m.pages, 9999))
        self._update_total()
        table.cellWidget(row, 3).valueChanged.connect(lambda _v: self._update_total())  # type: ignore[attr-defined]
        table.cellWidget(row, 2).valueChanged.connect(lambda _v: self._update_total())  # type: ignore[attr-defined]
        if not m.name:
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))

    def remove_material(self) -> None:
        rows = sorted({i.row() for i in self.ui.materialsTable.selectedIndexes()}, reverse=True)
        for row in rows or [self.ui.materialsTable.currentRow()]:
            if row >= 0:
                self.ui.materialsTable.removeRow(row)
        self._update_total()

    def materials(self) -> tuple[MaterialLine, ...]:
        table = self.ui.materialsTable
        out = []
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            out.append(
                MaterialLine(
                    name=item.text() if item else "",
                    pages=table.cellWidget(row, 3).value(),  # type: ignore[attr-defined]
                    copies=table.cellWidget(row, 2).value(),  # type: ignore[attr-defined]
                    form=table.cellWidget(row, 1).currentText(),  # type: ignore[attr-defined]
                )
            )
        return tuple(out)

    def _update_total(self) -> None:
        lines = [m for m in self.materials() if m.name.strip()]
        pages = sum(m.pages * m.copies for m in lines)
        self.ui.pagesTotal.setText(f"共 {len(lines)} 种材料，{pages} 页" if lines else "")

    # ---- kind, limit and the promised date ---------------------------------------------
    def kind(self) -> MatterKind:
        # Qt hands a StrEnum stored as item data back as a plain str.
        return MatterKind.of(self.ui.kindCombo.currentData())

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind()
        ui = self.ui
        same_day = kind in SAME_DAY_KINDS
        ui.limitSpin.setEnabled(not same_day)
        if kind in CALENDAR_DAY_KINDS:
            ui.limitUnit.setText("日（自然日，最多60日）")
            ui.limitSpin.setMaximum(int(self.hall.settings.get("case.reported_max_days")))
        else:
            ui.limitUnit.setText("（当日办结）" if same_day else "个工作日")
            ui.limitSpin.setMaximum(250)
        if not same_day and ui.limitSpin.value() == 0:
            ui.limitSpin.setValue(self.default_days or (30 if kind in CALENDAR_DAY_KINDS else 5))
        # A supervision card is for matters that cannot be finished at once.
        ui.cardCheck.setChecked(not same_day)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        ui = self.ui
        try:
            p = self.hall.cases.preview(self.kind(), ui.limitSpin.value())
        except FieldError as exc:
            ui.promisedValue.setText(f"<span style='color:#b91c1c'>{escape(exc.message)}</span>")
            return
        text = f"<b>{cn_date(p.promised_date)}（{cn_weekday(p.promised_date)}）</b>"
        if p.provisional:
            text += PROVISIONAL_NOTE
        ui.promisedValue.setText(text)

    # ---- saving -------------------------------------------------------------------------
    def draft(self) -> CaseDraft:
        ui = self.ui
        return CaseDraft(
            intake_id=self.intake_id,
            kind=self.kind(),
            limit_days=ui.limitSpin.value(),
            handler_id=self.handlers.staff_id(),
            matter=ui.matterEdit.text(),
            notes=ui.notesEdit.toPlainText(),
            materials=self.materials(),
        )

    def save(self, *, print_receipt: bool) -> None:
        self.errors.clear()
        draft, card = self.draft(), self.ui.cardCheck.isChecked()

        def opened(case_id: int) -> None:
            self.case_id = case_id
            self.print_receipt, self.print_card = print_receipt, card

        def refused(exc: BaseException) -> None:
            if isinstance(exc, FieldError):
                field = "materials" if exc.field.startswith("materials.") else exc.field
                self.errors.show(field, exc.message)
            elif isinstance(exc, DomainError | StorageError):
                self.errors.show_general(str(exc))
            else:
                raise exc

        run_op(
            self,
            lambda: self.hall.cases.open_case(draft),
            done=lambda case_id: (opened(case_id), self.accept()),
            failed=refused,
        )


def print_slips(window: QWidget, hall: Hall, case_id: int, *, receipt: bool, card: bool) -> None:
    """Show the print preview of each slip asked for, one after the other."""
    from desk.printing.slips import preview_receipt, preview_supervision_card

    if receipt:
        preview_receipt(hall, case_id, window).exec()
    if card:
        preview_supervision_card(hall, case_id, window).exec()


def open_case_dialog(window: MainWindow, intake_id: int) -> int | None:
    """受理 the intake's matter: the dialog, then the slips; returns the case id or None."""
    hall = window.hall
    existing = hall.cases.for_intake(intake_id)
    if existing is not None and existing.state.value != "returned":
        QMessageBox.information(
            window, "已受理", f"该登记已受理（{existing.number}），可在“限时办结”页打印回执。"
        )
        return None
    try:
        dialog = CaseDialog(hall, intake_id, window)
    except DomainError as exc:
        QMessageBox.warning(window, "不能受理", str(exc))
        return None
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.case_id is None:
        return None
    case = hall.cases.get(dialog.case_id)
    promised = cn_date(case.promised_date)
    window.statusBar().showMessage(
        f"已受理 {case.number}：{case.visitor_name} {case.matter}，承诺{promised}办结", 10000
    )
    print_slips(window, hall, dialog.case_id, receipt=dialog.print_receipt, card=dialog.print_card)
    return dialog.case_id
