"""The one field-error presenter every form uses: message at the field, focus, general line."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desk.ui.field_errors import FieldErrors

TypeText = Callable[[QWidget, str], None]


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.name, self.phone = QLineEdit(), QLineEdit()
        self.phone.setStyleSheet("QLineEdit { color: #333; }")  # the form's own look survives
        self.kind, self.table = QComboBox(), QTableWidget(2, 2)
        self.kind.addItems(["承诺件", "即办件"])
        self.name_error, self.phone_error, self.table_error = QLabel(), QLabel(), QLabel()
        self.general = QLabel()
        for w in (self.name, self.name_error, self.phone, self.phone_error, self.kind,
                  self.table, self.table_error, self.general):  # fmt: skip
            layout.addWidget(w)
        self.errors = FieldErrors(self.general)
        self.errors.add_all(
            {
                "visitor_name": (self.name, self.name_error),
                "visitor_phone": (self.phone, self.phone_error),
                "kind": (self.kind, None),
                "materials": (self.table, self.table_error),
            }
        )


@pytest.fixture
def form(qtbot: QtBot) -> Iterator[Form]:
    f = Form()
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    yield f


def test_a_message_shows_at_its_field_and_takes_the_focus(qtbot: QtBot, form: Form) -> None:
    assert form.errors.show("visitor_phone", "请输入正确的联系电话")
    assert form.phone_error.isVisible() and form.phone_error.text() == "请输入正确的联系电话"
    assert form.errors.message("visitor_phone") == "请输入正确的联系电话"
    assert form.errors.is_marked("visitor_phone") and not form.errors.is_marked("visitor_name")
    assert "#b91c1c" in form.phone.styleSheet() and form.phone.toolTip() == "请输入正确的联系电话"
    qtbot.waitUntil(form.phone.hasFocus)
    assert not form.general.isVisible()
    form.errors.clear()
    assert form.phone.styleSheet() == "QLineEdit { color: #333; }"
    assert not form.phone_error.isVisible() and form.errors.message("visitor_phone") == ""


def test_an_unknown_key_goes_to_the_general_line(form: Form) -> None:
    assert not form.errors.show("referred_to", "请填写引导至哪个部门")
    assert form.general.isVisible() and form.errors.general_message() == "请填写引导至哪个部门"
    form.errors.show("kind", "请选择办件类型")  # a field without a line of its own
    assert form.errors.is_marked("kind") and form.general.text() == "请选择办件类型"
    form.errors.clear()
    assert not form.general.isVisible()


def test_a_list_key_marks_its_table(form: Form) -> None:
    assert form.errors.has("materials[1].name") and not form.errors.has("material")
    form.errors.show("materials[1].name", "请填写材料名称")
    assert form.errors.is_marked("materials") and form.table_error.text() == "请填写材料名称"
    assert form.table.styleSheet().startswith("QTableWidget {")


def test_editing_a_marked_field_clears_it(qtbot: QtBot, form: Form, type_text: TypeText) -> None:
    form.errors.show("visitor_name", "请填写来访人姓名")
    form.errors.show("kind", "请选择办件类型")
    type_text(form.name, "张建国")
    assert not form.errors.is_marked("visitor_name") and not form.name_error.isVisible()
    form.kind.setCurrentIndex(1)
    assert not form.errors.is_marked("kind")


def test_a_warning_is_a_note_not_an_error(form: Form) -> None:
    form.name.setFocus()
    form.errors.warn("visitor_phone", "号码位数少见，请核对")
    assert form.errors.message("visitor_phone") == "号码位数少见，请核对"
    assert not form.errors.is_marked("visitor_phone")
    assert form.phone_error.isVisible() and "#9a3412" in form.phone_error.styleSheet()
    assert "border" not in form.phone.styleSheet()


def test_a_form_without_a_general_line_hears_about_unknown_keys() -> None:
    errors = FieldErrors(None)
    assert errors.show("elsewhere", "某处有误") is False
    assert errors.general_message() == ""
