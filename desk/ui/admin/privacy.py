"""管理 → 隐私清理: anonymise visitors' personal data older than N years, after confirmation.

The dialog shows how many records of each kind would lose names, phones, ID numbers and
addresses; nothing happens until the director ticks the confirmation and presses 清理.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from desk.domain.admin.privacy import AnonymiseCount
from desk.domain.common.errors import DomainError
from desk.domain.hall import Hall
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_privacy_dialog import Ui_PrivacyDialog


class PrivacyDialog(QDialog):
    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PrivacyDialog()
        self.ui.setupUi(self)
        self.hall = hall
        self.result_counts: list[AnonymiseCount] = []
        ui = self.ui
        ui.introLabel.setText(
            "按规定，办事人的个人信息只保存必要的年限。清理后，到期记录仍然保留"
            "（日期、事项、办理结果、经办人都在），只清空<b>姓名、电话、身份证号码和地址</b>；"
            "审计记录中的这些内容也一并清除。此操作会记入审计记录，<b>不能撤销</b>。"
        )
        ui.yearsSpin.setValue(int(hall.settings.get("privacy.anonymise_after_years")))
        self.errors = FieldErrors(ui.generalError)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("清理")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("关闭")
        ui.buttonBox.accepted.connect(self.run)
        ui.buttonBox.rejected.connect(self.reject)
        ui.yearsSpin.valueChanged.connect(lambda _v: self.preview())
        ui.confirmCheck.toggled.connect(lambda _c: self._enable())
        self.preview()

    def preview(self) -> None:
        years = self.ui.yearsSpin.value()
        counts = self.hall.privacy.preview(years)
        self.total = sum(c.rows for c in counts)
        cutoff = self.hall.privacy.cutoff(years)
        self.ui.cutoffLabel.setText(f"即 {cutoff:%Y年%m月%d日} 以前的记录")
        if self.total:
            items = "".join(f"<li>{c.label}：{c.rows} 条</li>" for c in counts if c.rows)
            self.ui.countsLabel.setText(
                f"将清理 <b>{self.total}</b> 条记录中的个人信息：<ul>{items}</ul>"
            )
        else:
            self.ui.countsLabel.setText("没有到期需要清理的记录。")
        self.ui.confirmCheck.setChecked(False)
        self.ui.confirmCheck.setEnabled(self.total > 0)
        self._enable()

    def _enable(self) -> None:
        self.ok.setEnabled(self.total > 0 and self.ui.confirmCheck.isChecked())

    def run(self) -> None:
        if not self.ok.isEnabled():
            return
        try:
            self.result_counts = self.hall.privacy.anonymise(self.ui.yearsSpin.value())
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        done = sum(c.rows for c in self.result_counts)
        QMessageBox.information(
            self, "隐私清理", f"已清理 {done} 条记录中的个人信息，并记入审计记录。"
        )
        self.accept()
