"""Who is at the desk: the sign-in dialog, and switching operator from the main window.

Type a few letters of the name (or its pinyin initials), Enter signs in. The last operator
who signed in on this machine (for this database) is preselected. Operators with a PIN type
it in the same dialog; the domain (OperatorService.sign_in) checks it.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk.domain.common import pinyin
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.domain.people.operators import OperatorView
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_sign_in_dialog import Ui_SignInDialog
from desk.ui.table_model import Column, Look, RowIdRole, RowTableModel

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex


def machine_settings() -> QSettings:
    """Per-user settings of this machine (not of the hall): the last operator signed in."""
    return QSettings("desk", "desk")


def _last_key(hall: Hall) -> str:
    # One entry per database, so two halls on one PC each remember their own clerk.
    digest = hashlib.sha1(hall.db.url.encode("utf-8")).hexdigest()[:12]
    return f"sign_in/last_operator_{digest}"


def _operator_text(op: OperatorView) -> str:
    dept = f"　{op.department}" if op.department else ""
    return f"{op.name}{dept}　（{op.role.label}）"


def operator_model(
    operators: list[OperatorView], parent: QObject | None
) -> RowTableModel[OperatorView]:
    """The operators to choose from, one line each (a list view shows the one column)."""
    model = RowTableModel(
        [Column("操作员", _operator_text)],
        look=lambda op: Look(tooltip="需要输入PIN" if op.has_pin else "无需PIN"),
        parent=parent,
    )
    model.set_rows(operators)
    return model


class OperatorFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.query = ""

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self.query = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        op = model.rows[source_row]
        return pinyin.matches(self.query, op.name, is_name=True) or pinyin.matches(
            self.query, op.department
        )


class SignInDialog(QDialog):
    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.hall = hall
        ui = self.ui
        ui.hallLabel.setText(
            f"<b style='font-size:14pt'>{hall.settings.get('hall.name')}</b><br>"
            "请选择您的名字（每条记录都会记下经办的操作员）"
        )
        self.model = operator_model(hall.operators.accounts(), self)
        self.proxy = OperatorFilter(self)
        self.proxy.setSourceModel(self.model)
        ui.operatorList.setModel(self.proxy)
        self.errors = FieldErrors(ui.generalError)
        self.errors.add("pin", ui.pinEdit, ui.pinError)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("登录")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.sign_in)
        ui.buttonBox.rejected.connect(self.reject)
        ui.filterEdit.textChanged.connect(self._filtered)
        ui.filterEdit.installEventFilter(self)
        ui.operatorList.selectionModel().currentChanged.connect(lambda *_: self._chosen())
        ui.operatorList.doubleClicked.connect(lambda _i: self.sign_in())
        if not self.model.rows:
            self.errors.show_general("还没有操作员，请由管理员在“管理 → 操作员”中添加。")
            ok.setEnabled(False)
        self._preselect()
        ui.filterEdit.setFocus()

    def _preselect(self) -> None:
        last = machine_settings().value(_last_key(self.hall))
        current = self.hall.operator_id
        wanted = current if current is not None else int(last) if last else None
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RowIdRole) == wanted:
                self.ui.operatorList.setCurrentIndex(index)
                return
        if self.proxy.rowCount():
            self.ui.operatorList.setCurrentIndex(self.proxy.index(0, 0))

    def _filtered(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.rowCount() and not self.ui.operatorList.currentIndex().isValid():
            self.ui.operatorList.setCurrentIndex(self.proxy.index(0, 0))
        self._chosen()

    def selected(self) -> OperatorView | None:
        index = self.ui.operatorList.currentIndex()
        if not index.isValid():
            return None
        op_id = index.data(RowIdRole)
        return next((op for op in self.model.rows if op.id == op_id), None)

    def _chosen(self) -> None:
        op = self.selected()
        needs_pin = bool(op and op.has_pin)
        self.ui.pinEdit.setEnabled(needs_pin)
        self.ui.pinLabel.setEnabled(needs_pin)
        self.ui.pinEdit.setPlaceholderText("" if needs_pin else "此操作员无需PIN")
        self.errors.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # ↑/↓ in the name box move through the list, so the hands stay on the keyboard.
        if watched is self.ui.filterEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = self.ui.operatorList.currentIndex().row() + step
                if 0 <= row < self.proxy.rowCount():
                    self.ui.operatorList.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return False

    def sign_in(self) -> None:
        self.errors.clear()
        op = self.selected()
        if op is None:
            self.errors.show_general("请先选择操作员")
            return
        if op.has_pin and not self.ui.pinEdit.text():
            self.errors.show("pin", "请输入PIN或密码")
            return
        try:
            self.hall.operators.sign_in(op.id, self.ui.pinEdit.text() or None)
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            self.ui.pinEdit.selectAll()
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        machine_settings().setValue(_last_key(self.hall), op.id)
        self.accept()


def sign_in(hall: Hall, parent: QWidget | None = None) -> bool:
    """Ask who is at the desk and sign them in. False when the clerk cancelled."""
    return SignInDialog(hall, parent).exec() == QDialog.DialogCode.Accepted


def remember(hall: Hall) -> None:
    """Note the signed-in operator as this machine's last one (after an automatic sign-in)."""
    if hall.operator_id is not None:
        machine_settings().setValue(_last_key(hall), hall.operator_id)


class _ClickToSwitch(QObject):
    """Clicking the operator's name in the status bar switches operator."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.MouseButtonRelease:
            switch_operator(self.window)
            return True
        return False


def switch_operator(window: MainWindow) -> None:
    """文件 → 切换操作员 (Ctrl+L): the next clerk signs in; cancelling keeps the current one."""
    if sign_in(window.hall, window):
        window.operatorChanged.emit()


def install(window: MainWindow) -> None:
    window.add_action(
        "file", "切换操作员(&L)…", lambda: switch_operator(window), "Ctrl+L",
        object_name="switchOperator",
    )  # fmt: skip
    label = window.operator_label
    label.setCursor(Qt.CursorShape.PointingHandCursor)
    label.setToolTip("点击切换操作员（Ctrl+L）")
    label.installEventFilter(_ClickToSwitch(window))
