"""Before the main window: an empty database gets the demo hall or a blank start, then sign-in.

`desk --demo` builds the demo on an empty database without asking and signs in its admin.
`DESK_AUTO_OPERATOR=<id or name>` (with `DESK_AUTO_PIN` when that operator has a PIN) signs
in without the dialog — for screenshots, benchmarks and kiosk-style set-ups.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_blank_start_dialog import Ui_BlankStartDialog
from desk.ui.generated.ui_first_run_dialog import Ui_FirstRunDialog
from desk.ui.sign_in import remember, sign_in

AUTO_OPERATOR_ENV = "DESK_AUTO_OPERATOR"
AUTO_PIN_ENV = "DESK_AUTO_PIN"


class FirstRunDialog(QDialog):
    """The choice on an empty database: `choice` is "demo" or "blank" after accept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.choice = ""
        self.ui.demoButton.clicked.connect(lambda: self._choose("demo"))
        self.ui.blankButton.clicked.connect(lambda: self._choose("blank"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("退出")
        self.ui.demoButton.setFocus()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


class BlankStartDialog(QDialog):
    """Hall name and the first person, who becomes the admin and is signed in."""

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BlankStartDialog()
        self.ui.setupUi(self)
        self.hall = hall
        ui = self.ui
        self.errors = FieldErrors(ui.generalError)
        for field, edit, label in (
            ("hall_name", ui.hallNameEdit, ui.hallNameError),
            ("department", ui.departmentEdit, ui.departmentError),
            ("name", ui.nameEdit, ui.nameError),
            ("pin", ui.pinEdit, ui.pinError),
            ("pin_again", ui.pinAgainEdit, ui.pinAgainError),
        ):
            self.errors.add(field, edit, label)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("开始使用")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("返回")
        ui.hallNameEdit.setFocus()

    def save(self) -> None:
        from desk.domain.people.first_admin import start_blank

        ui = self.ui
        self.errors.clear()
        try:
            start_blank(
                self.hall,
                hall_name=ui.hallNameEdit.text(),
                department=ui.departmentEdit.text(),
                name=ui.nameEdit.text(),
                pin=ui.pinEdit.text(),
                pin_again=ui.pinAgainEdit.text(),
            )
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.accept()


def build_demo(hall: Hall, parent: QWidget | None = None) -> None:
    """Build the demo hall (a few seconds) and sign in its admin."""
    from desk.domain.seed import build as demo

    progress = QProgressDialog("正在建立演示服务中心…", "", 0, 0, parent)
    progress.setWindowTitle("请稍候")
    progress.setCancelButton(None)  # type: ignore[arg-type]
    progress.setMinimumDuration(0)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.show()
    QApplication.processEvents()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        demo.create_demo_hall(hall)
        admin = next(op for op in hall.operators.accounts() if op.name == demo.DEMO_ADMIN)
        hall.operators.sign_in(admin.id, demo.DEMO_PIN)
        remember(hall)
    finally:
        QApplication.restoreOverrideCursor()
        progress.close()


def auto_sign_in(hall: Hall) -> bool:
    """Sign in the operator named by DESK_AUTO_OPERATOR (id or name); False when unset."""
    wanted = os.environ.get(AUTO_OPERATOR_ENV, "").strip()
    if not wanted:
        return False
    operators = hall.operators.accounts()
    op = next((o for o in operators if str(o.id) == wanted or o.name == wanted), None)
    if op is None:
        raise DomainError(f"找不到操作员“{wanted}”（环境变量 {AUTO_OPERATOR_ENV}）")
    hall.operators.sign_in(op.id, os.environ.get(AUTO_PIN_ENV) or None)
    return True


def _first_admin(hall: Hall, parent: QWidget | None) -> bool:
    """People exist but nobody may sign in yet: one of them becomes the admin."""
    from desk.domain.people.first_admin import make_first_admin

    people = hall.operators.candidates()
    if not people:
        return False
    labels = [label for _sid, label in people]
    choice, ok = QInputDialog.getItem(
        parent, "指定管理员", "还没有操作员。请选择第一位管理员：", labels, 0, False
    )
    if not ok:
        return False
    staff_id = people[labels.index(choice)][0]
    while True:
        pin, ok = QInputDialog.getText(
            parent, "设置PIN", f"{choice}的PIN或密码（至少4位）：", QLineEdit.EchoMode.Password
        )
        if not ok:
            return False
        try:
            make_first_admin(hall, staff_id, pin)
            return True
        except FieldError as exc:
            QMessageBox.warning(parent, "PIN不可用", exc.message)


def ensure_ready(hall: Hall, demo: bool, parent: QWidget | None = None) -> bool:
    """Make sure the hall has people and someone is signed in. False: the user quit."""
    if hall.is_empty():
        if demo:
            build_demo(hall, parent)
            return True
        while True:
            first = FirstRunDialog(parent)
            if first.exec() != QDialog.DialogCode.Accepted:
                return False
            if first.choice == "demo":
                build_demo(hall, parent)
                return True
            if BlankStartDialog(hall, parent).exec() == QDialog.DialogCode.Accepted:
                remember(hall)
                return True
    try:
        if auto_sign_in(hall):
            return True
    except (DomainError, FieldError) as exc:
        QMessageBox.warning(parent, "自动登录失败", str(exc))
    if hall.operator_id is not None:
        return True
    if not hall.operators.accounts():
        return _first_admin(hall, parent)
    return sign_in(hall, parent)
