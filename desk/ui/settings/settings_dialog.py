"""系统设置: the hall's settings (DEFAULTS keys), grouped, each checked at its field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.domain.admin.settings import DEFAULTS, SettingsService
from desk.domain.admin.settings_rules import SettingSpec, check_settings, spec_for
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_settings_dialog import Ui_SettingsDialog

GROUP_ORDER = [
    "服务中心", "工作时间", "去向牌", "时限", "请销假与值班", "提醒与安全", "备份", "其他",
]  # fmt: skip


class SettingsDialog(QDialog):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.settings = settings
        self.errors = FieldErrors(self.ui.generalError)
        self.editors: dict[str, tuple[SettingSpec, QWidget]] = {}
        values = settings.all()
        specs = [(k, spec_for(k, v)) for k, v in DEFAULTS.items()]
        shown = [(k, s) for k, s in specs if s is not None]
        form = self.ui.form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for group in GROUP_ORDER:
            keys = [(k, s) for k, s in shown if s.group == group]
            if not keys:
                continue
            title = QLabel(f"<b>{group}</b>", self.ui.formHost)
            form.addRow(title)
            for key, spec in keys:
                editor = self._editor(key, spec, values.get(key, DEFAULTS[key]))
                error = QLabel(self.ui.formHost)
                cell = QWidget(self.ui.formHost)
                column = QVBoxLayout(cell)
                column.setContentsMargins(0, 0, 0, 0)
                column.addWidget(editor)
                column.addWidget(error)
                label = QLabel(spec.label, self.ui.formHost)
                label.setBuddy(editor)
                form.addRow(label, cell)
                self.errors.add(key, editor, error)
                self.editors[key] = (spec, editor)
        box = self.ui.buttonBox
        box.button(QDialogButtonBox.StandardButton.Save).setText("保存(&S)")
        box.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)

    def _editor(self, key: str, spec: SettingSpec, value: Any) -> QWidget:
        if spec.kind == "choice":
            combo = QComboBox(self.ui.formHost)
            for code, label in spec.choices:
                combo.addItem(label, code)
            combo.setCurrentIndex(max(0, combo.findData(str(value))))
            combo.setObjectName(key)
            return combo
        if spec.kind == "int":
            spin = QSpinBox(self.ui.formHost)
            spin.setRange(spec.minimum, spec.maximum)
            spin.setSuffix(spec.suffix)
            spin.setValue(int(value))
            spin.setObjectName(key)
            return spin
        edit = QLineEdit(str(value), self.ui.formHost)
        edit.setObjectName(key)
        if spec.kind == "time":
            edit.setPlaceholderText("如 08:30")
            edit.setMaxLength(5)
        return edit

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, (_spec, editor) in self.editors.items():
            if isinstance(editor, QComboBox):
                out[key] = editor.currentData()
            elif isinstance(editor, QSpinBox):
                out[key] = editor.value()
            else:
                out[key] = editor.text()  # type: ignore[attr-defined]
        return out

    def save(self) -> None:
        self.errors.clear()
        try:
            values = check_settings(self.values(), DEFAULTS)
            current = self.settings.all()
            changed = {k: v for k, v in values.items() if current.get(k) != v}
            if changed:
                self.settings.set_many(changed)
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.accept()
