"""The 人员与岗位 forms: staff, department, post and the A/B roster change (备案)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QDialogButtonBox, QWidget

from desk.domain.common.text import FieldError
from desk.domain.people.staff import DepartmentView, PostView, StaffService, StaffView
from desk.ui.background import save_dialog
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_department_dialog import Ui_DepartmentDialog
from desk.ui.generated.ui_post_dialog import Ui_PostDialog
from desk.ui.generated.ui_roster_dialog import Ui_RosterDialog
from desk.ui.generated.ui_staff_dialog import Ui_StaffDialog

NOBODY = "（无）"


def fill_people(combo: QComboBox, people: list[StaffView], current: int | None) -> None:
    """Staff choices "姓名（部门）" with "（无）" first; typing filters by any part."""
    combo.clear()
    combo.addItem(NOBODY, None)
    for p in people:
        combo.addItem(f"{p.name}（{p.department}）", p.id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    if combo.isEditable():
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)


def chosen_person(combo: QComboBox, field: str) -> int | None:
    text = combo.currentText().strip()
    if not text or text == NOBODY:
        return None
    index = combo.findText(text)
    if index < 0:
        raise FieldError(field, "请从列表中选择人员")
    return combo.itemData(index)


def fill_departments(
    combo: QComboBox, departments: list[DepartmentView], current: int | None
) -> None:
    combo.clear()
    for d in departments:
        combo.addItem(d.name, d.id)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))


class _Form(QDialog):
    """Save/Cancel wiring and error display shared by the four forms."""

    def _setup_buttons(self, box: QDialogButtonBox) -> None:
        box.button(QDialogButtonBox.StandardButton.Save).setText("保存(&S)")
        box.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        box.accepted.connect(self._save)
        box.rejected.connect(self.reject)

    def _save(self) -> None:
        self.errors.clear()
        try:
            work = self.save()  # reads the form; a FieldError here is the form's own check
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        save_dialog(self, work, self.errors)

    def save(self) -> Callable[[], object]:  # pragma: no cover - each form has its own
        """Read the form; return the store work (run off the GUI thread: no widgets in it)."""
        raise NotImplementedError


class StaffDialog(_Form):
    def __init__(
        self, staff: StaffService, person: StaffView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        self.staff, self.person = staff, person
        ui = self.ui
        self.setWindowTitle(f"编辑人员 — {person.name}" if person else "新增人员")
        self.errors = FieldErrors(ui.generalError)
        for field, widget, label in (
            ("name", ui.nameEdit, ui.nameError),
            ("department", ui.departmentEdit, ui.departmentError),
            ("title", ui.titleEdit, ui.titleError),
            ("phone", ui.phoneEdit, ui.phoneError),
            ("duties", ui.dutiesEdit, ui.dutiesError),
        ):
            self.errors.add(field, widget, label)
        ui.directorError.hide()
        fill_departments(
            ui.departmentEdit, staff.departments(), person.department_id if person else None
        )
        if person:
            ui.nameEdit.setText(person.name)
            ui.titleEdit.setText(person.title)
            ui.phoneEdit.setText(person.phone)
            ui.dutiesEdit.setPlainText(person.duties)
            ui.directorEdit.setChecked(person.is_director)
        self._setup_buttons(ui.buttonBox)
        ui.nameEdit.setFocus()

    def save(self) -> Callable[[], object]:
        ui = self.ui
        dept = ui.departmentEdit.currentData()
        if dept is None:
            raise FieldError("department", "请先在“部门”中新增部门")
        values = {
            "name": ui.nameEdit.text(),
            "department_id": dept,
            "title": ui.titleEdit.text(),
            "phone": ui.phoneEdit.text(),
            "duties": ui.dutiesEdit.toPlainText(),
            "is_director": ui.directorEdit.isChecked(),
        }
        if self.person is None:
            name = values.pop("name")
            dept_id = values.pop("department_id")
            return lambda: self.staff.add_staff(name, dept_id, **values)  # type: ignore[arg-type]
        person = self.person
        return lambda: self.staff.update_staff(
            person.id,
            expected_version=person.row_version,
            **values,  # type: ignore[arg-type]
        )


class DepartmentDialog(_Form):
    def __init__(
        self,
        staff: StaffService,
        department: DepartmentView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DepartmentDialog()
        self.ui.setupUi(self)
        self.staff, self.department = staff, department
        ui = self.ui
        self.setWindowTitle(f"编辑部门 — {department.name}" if department else "新增部门")
        self.errors = FieldErrors(ui.generalError)
        for field, widget, label in (
            ("name", ui.nameEdit, ui.nameError),
            ("phone", ui.phoneEdit, ui.phoneError),
            ("location", ui.locationEdit, ui.locationError),
            ("head", ui.headEdit, ui.headError),
        ):
            self.errors.add(field, widget, label)
        members = [p for p in staff.staff() if department and p.department_id == department.id]
        others = [p for p in staff.staff() if p not in members]
        fill_people(ui.headEdit, members + others, department.head_id if department else None)
        if department:
            ui.nameEdit.setText(department.name)
            ui.phoneEdit.setText(department.phone)
            ui.locationEdit.setText(department.location)
        self._setup_buttons(ui.buttonBox)
        ui.nameEdit.setFocus()

    def save(self) -> Callable[[], object]:
        ui = self.ui
        values = {
            "phone": ui.phoneEdit.text(),
            "location": ui.locationEdit.text(),
            "head_id": chosen_person(ui.headEdit, "head"),
        }
        name, dept = ui.nameEdit.text(), self.department
        if dept is None:
            return lambda: self.staff.add_department(name, **values)  # type: ignore[arg-type]
        return lambda: self.staff.update_department(
            dept.id,
            name=name,
            expected_version=dept.row_version,
            **values,  # type: ignore[arg-type]
        )


class PostDialog(_Form):
    """A new post with its A and B, or a post's name, window, department and duties.

    Changing the holders of an existing post is a roster change (RosterDialog), recorded
    with its own effective date.
    """

    def __init__(
        self, staff: StaffService, post: PostView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PostDialog()
        self.ui.setupUi(self)
        self.staff, self.post = staff, post
        ui = self.ui
        self.setWindowTitle(f"编辑岗位 — {post.name}" if post else "新增岗位")
        self.errors = FieldErrors(ui.generalError)
        for field, widget, label in (
            ("name", ui.nameEdit, ui.nameError),
            ("window_no", ui.windowEdit, ui.windowError),
            ("department", ui.departmentEdit, ui.departmentError),
            ("duties", ui.dutiesEdit, ui.dutiesError),
            ("a", ui.aEdit, ui.aError),
            ("b", ui.bEdit, ui.bError),
        ):
            self.errors.add(field, widget, label)
        fill_departments(
            ui.departmentEdit, staff.departments(), post.department_id if post else None
        )
        people = staff.staff()
        fill_people(ui.aEdit, people, post.a_id if post else None)
        fill_people(ui.bEdit, people, post.b_id if post else None)
        if post:
            ui.nameEdit.setText(post.name)
            ui.windowEdit.setText(post.window_no)
            ui.dutiesEdit.setPlainText(post.duties)
            for widget in (ui.aEdit, ui.bEdit, ui.aLabel, ui.bLabel, ui.introLabel):
                widget.hide()
        self._setup_buttons(ui.buttonBox)
        ui.nameEdit.setFocus()

    def save(self) -> Callable[[], object]:
        ui = self.ui
        dept = ui.departmentEdit.currentData()
        if dept is None:
            raise FieldError("department", "请选择部门")
        values = {
            "name": ui.nameEdit.text(),
            "department_id": dept,
            "window_no": ui.windowEdit.text(),
            "duties": ui.dutiesEdit.toPlainText(),
        }
        if self.post is None:
            a = chosen_person(ui.aEdit, "a")
            b = chosen_person(ui.bEdit, "b")
            name = values.pop("name")
            dept_id = values.pop("department_id")
            return lambda: self.staff.add_post(
                name,
                dept_id,
                a_id=a,
                b_id=b,
                **values,  # type: ignore[arg-type]
            )
        post = self.post
        return lambda: self.staff.update_post(
            post.id,
            expected_version=post.row_version,
            **values,  # type: ignore[arg-type]
        )


class RosterDialog(_Form):
    """调整AB岗: new holders, the day it takes effect and a note — one 备案 row."""

    def __init__(
        self, staff: StaffService, post: PostView, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RosterDialog()
        self.ui.setupUi(self)
        self.staff, self.post = staff, post
        ui = self.ui
        self.setWindowTitle(f"调整AB岗 — {post.name}")
        ui.introLabel.setText(
            f"<b>{post.name}</b>（{post.department}）现任：A岗 {post.a_name or '空缺'}，"
            f"B岗 {post.b_name or '空缺'}。<br>调整当日备案：记录生效日期、原任和新任人员、操作员。"
        )
        self.errors = FieldErrors(ui.generalError)
        for field, widget, label in (
            ("a", ui.aEdit, ui.aError),
            ("b", ui.bEdit, ui.bError),
            ("effective_date", ui.dateEdit, ui.dateError),
            ("note", ui.noteEdit, ui.noteError),
        ):
            self.errors.add(field, widget, label)
        people = staff.staff()
        fill_people(ui.aEdit, people, post.a_id)
        fill_people(ui.bEdit, people, post.b_id)
        ui.dateEdit.setDate(QDate(today))
        self._setup_buttons(ui.buttonBox)
        ui.aEdit.setFocus()

    def save(self) -> Callable[[], object]:
        ui = self.ui
        a = chosen_person(ui.aEdit, "a")
        b = chosen_person(ui.bEdit, "b")
        if (a, b) == (self.post.a_id, self.post.b_id):
            raise FieldError("a", "A岗和B岗都没有变化")
        post, note = self.post, ui.noteEdit.text()
        effective: date = ui.dateEdit.date().toPython()  # type: ignore[assignment]
        return lambda: self.staff.set_post_holders(
            post.id, a, b, effective_date=effective, note=note
        )
