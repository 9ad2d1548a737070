"""管理 → 操作员: add an operator for a staff member, change role, reset PIN, deactivate.

Only an admin reaches this page (the action is guarded and the domain checks again).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QInputDialog, QWidget

from desk.domain.common.codes import Role
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.domain.people.operators import OperatorView
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_operator_edit_dialog import Ui_OperatorEditDialog
from desk.ui.generated.ui_operators_dialog import Ui_OperatorsDialog
from desk.ui.generated.ui_pin_dialog import Ui_PinDialog
from desk.ui.table_model import Column, RowIdRole, RowTableModel, sorting_proxy


def _matching_pins(errors: FieldErrors, pin: str, again: str) -> bool:
    if pin and pin != again:
        errors.show("pin_again", "两次输入的PIN不一致")
        return False
    return True


class OperatorEditDialog(QDialog):
    """Add an operator: which staff member, which role, their first PIN."""

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OperatorEditDialog()
        self.ui.setupUi(self)
        self.hall = hall
        self.operator_id: int | None = None
        ui = self.ui
        for staff_id, label in hall.operators.candidates():
            ui.staffCombo.addItem(label, staff_id)
        for role in Role:
            ui.roleCombo.addItem(role.label, role.value)
        self.errors = FieldErrors(ui.generalError)
        self.errors.add("staff", ui.staffCombo, ui.staffError)
        self.errors.add("role", ui.roleCombo, ui.roleError)
        self.errors.add("pin", ui.pinEdit, ui.pinError)
        self.errors.add("pin_again", ui.pinAgainEdit, ui.pinAgainError)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("添加")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        if not ui.staffCombo.count():
            self.errors.show_general("所有在职人员都已是操作员；新同事请先在人员管理中添加。")

    def save(self) -> None:
        ui = self.ui
        self.errors.clear()
        staff_id = ui.staffCombo.currentData()
        if staff_id is None:
            self.errors.show("staff", "请选择工作人员")
            return
        pin, again = ui.pinEdit.text(), ui.pinAgainEdit.text()
        if not _matching_pins(self.errors, pin, again):
            return
        try:
            self.operator_id = self.hall.operators.add(
                int(staff_id), Role.of(ui.roleCombo.currentData()), pin or None
            )
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.accept()


class PinDialog(QDialog):
    """A new PIN: reset by an admin (no old PIN) or changed by its owner (old PIN asked)."""

    def __init__(
        self, hall: Hall, operator: OperatorView, own: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PinDialog()
        self.ui.setupUi(self)
        self.hall = hall
        self.operator = operator
        self.own = own
        ui = self.ui
        self.setWindowTitle("修改我的PIN" if own else f"重设{operator.name}的PIN")
        ui.introLabel.setText(
            "请先输入原PIN，再输入两次新PIN。"
            if own
            else f"为{operator.name}设置新PIN（本人忘记PIN时使用）。请当面告知本人。"
        )
        ui.oldPinLabel.setVisible(own)
        ui.oldPinEdit.setVisible(own)
        self.errors = FieldErrors(ui.generalError)
        self.errors.add("old_pin", ui.oldPinEdit, ui.oldPinError)
        self.errors.add("pin", ui.pinEdit, ui.pinError)
        self.errors.add("new_pin", ui.pinEdit, ui.pinError)
        self.errors.add("pin_again", ui.pinAgainEdit, ui.pinAgainError)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("保存")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        (ui.oldPinEdit if own else ui.pinEdit).setFocus()

    def save(self) -> None:
        ui = self.ui
        self.errors.clear()
        pin, again = ui.pinEdit.text(), ui.pinAgainEdit.text()
        if not _matching_pins(self.errors, pin, again):
            return
        try:
            if self.own:
                self.hall.operators.change_own_pin(ui.oldPinEdit.text(), pin)
            else:
                self.hall.operators.reset_pin(self.operator.id, pin)
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.accept()


COLUMNS: tuple[Column[OperatorView], ...] = (
    Column("姓名", lambda o: o.name),
    Column("部门", lambda o: o.department),
    Column("角色", lambda o: o.role.label),
    Column("PIN", lambda o: "已设置" if o.has_pin else "未设置"),
    Column("状态", lambda o: "在用" if o.active else "已停用"),
    Column("最近登录", lambda o: o.last_login_at),
)


class OperatorsDialog(QDialog):
    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OperatorsDialog()
        self.ui.setupUi(self)
        self.hall = hall
        ui = self.ui
        self.model = RowTableModel(COLUMNS, parent=self)
        self.proxy = sorting_proxy(self.model, self)
        ui.operatorsTable.setModel(self.proxy)
        ui.operatorsTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.operatorsTable.verticalHeader().hide()
        self.errors = FieldErrors(ui.generalError)
        ui.addButton.clicked.connect(self.add)
        ui.roleButton.clicked.connect(self.change_role)
        ui.pinButton.clicked.connect(self.reset_pin)
        ui.activeButton.clicked.connect(self.toggle_active)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        ui.operatorsTable.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.model.set_rows(self.hall.operators.accounts(include_inactive=True))
        table = self.ui.operatorsTable
        for row in range(self.proxy.rowCount()):
            if select is None or self.proxy.index(row, 0).data(RowIdRole) == select:
                table.selectRow(row)
                break
        self._buttons()

    def selected(self) -> OperatorView | None:
        index = self.ui.operatorsTable.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index))

    def _buttons(self) -> None:
        op = self.selected()
        for button in (self.ui.roleButton, self.ui.pinButton, self.ui.activeButton):
            button.setEnabled(op is not None)
        self.ui.activeButton.setText("启用(&E)" if op is not None and not op.active else "停用(&D)")

    def _run(self, fn: object) -> bool:
        self.errors.clear()
        try:
            fn()  # type: ignore[operator]
        except (DomainError, FieldError) as exc:
            self.errors.show_general(str(exc))
            return False
        return True

    def add(self) -> None:
        dialog = OperatorEditDialog(self.hall, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(dialog.operator_id)

    def change_role(self) -> None:
        op = self.selected()
        if op is None:
            return
        labels = [r.label for r in Role]
        label, ok = QInputDialog.getItem(
            self, "修改角色", f"{op.name}的角色：", labels, labels.index(op.role.label), False
        )
        if ok and self._run(lambda: self.hall.operators.set_role(op.id, Role.from_label(label))):
            self.reload(op.id)

    def reset_pin(self) -> None:
        op = self.selected()
        if op is not None and PinDialog(self.hall, op, own=False, parent=self).exec():
            self.reload(op.id)

    def toggle_active(self) -> None:
        op = self.selected()
        if op is not None and self._run(
            lambda: self.hall.operators.set_active(op.id, not op.active)
        ):
            self.reload(op.id)
