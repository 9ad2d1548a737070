"""Small dialogs over saved records: 更正 an intake, 作废 with a reason, 联系记录 of a handover.

Each calls its service itself and stays open (with the message at the field) until the
service accepts the input, so a refused value never closes the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk.domain.common.codes import Channel
from desk.domain.hall import Hall
from desk.domain.intake.views import HandoverView, IntakeDetail
from desk.ui.background import save_dialog
from desk.ui.field_errors import FieldErrors
from desk.ui.formats import datetime_text
from desk.ui.generated.ui_handover_contact_dialog import Ui_HandoverContactDialog
from desk.ui.generated.ui_intake_correction_dialog import Ui_IntakeCorrectionDialog
from desk.ui.generated.ui_intake_reason_dialog import Ui_IntakeReasonDialog


def _ok_cancel(box: QDialogButtonBox, ok_text: str) -> None:
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")


class CorrectionDialog(QDialog):
    """更正: edit the intake's fields and give the reason; only changed fields are recorded."""

    def __init__(self, hall: Hall, detail: IntakeDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IntakeCorrectionDialog()
        self.ui.setupUi(self)
        self.hall = hall
        self.detail = detail
        self.changed = 0
        ui = self.ui
        ui.header.setStyleSheet("color:#555;")
        self.setWindowTitle(f"更正登记 — {detail.visitor_name} {datetime_text(detail.created_at)}")
        for channel in Channel:
            ui.channelCombo.addItem(channel.label, channel.value)
        ui.channelCombo.setCurrentIndex(ui.channelCombo.findData(detail.channel.value))
        self.edits = {
            "visitor_unit": ui.unitEdit,
            "visitor_name": ui.nameEdit,
            "visitor_phone": ui.phoneEdit,
            "visitor_id_number": ui.idEdit,
            "visitor_address": ui.addressEdit,
            "matter": ui.matterEdit,
            "referred_to": ui.referredEdit,
            "referred_phone": ui.referredPhoneEdit,
        }
        for key, edit in self.edits.items():
            edit.setText(getattr(detail, key))
        ui.messageEdit.setPlainText(detail.message)
        ui.resultEdit.setPlainText(detail.result)
        self.errors = FieldErrors(ui.formError)
        self.errors.add_all(
            {
                "channel": (ui.channelCombo, ui.channelError),
                "visitor_unit": (ui.unitEdit, ui.unitError),
                "visitor_name": (ui.nameEdit, ui.nameError),
                "visitor_phone": (ui.phoneEdit, ui.phoneError),
                "visitor_id_number": (ui.idEdit, ui.idError),
                "visitor_address": (ui.addressEdit, ui.addressError),
                "matter": (ui.matterEdit, ui.matterError),
                "message": (ui.messageEdit, ui.messageError),
                "result": (ui.resultEdit, ui.resultError),
                "referred_to": (ui.referredEdit, ui.referredError),
                "referred_phone": (ui.referredPhoneEdit, ui.referredPhoneError),
                "reason": (ui.reasonEdit, ui.reasonError),
            }
        )
        _ok_cancel(ui.buttonBox, "保存更正")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.reasonEdit.setFocus()

    def changes(self) -> dict[str, str]:
        ui = self.ui
        values = {key: edit.text() for key, edit in self.edits.items()}
        values["channel"] = ui.channelCombo.currentData()
        values["message"] = ui.messageEdit.toPlainText()
        values["result"] = ui.resultEdit.toPlainText()
        # Send only what the clerk touched: untouched fields are not re-validated.
        return {k: v for k, v in values.items() if v != str(getattr(self.detail, k))}

    def save(self) -> None:
        self.errors.clear()
        changes = self.changes()
        if not changes:
            self.errors.show_general("没有修改任何内容")
            return
        detail, reason = self.detail, self.ui.reasonEdit.text()

        def changed(count: int) -> None:
            self.changed = count

        save_dialog(
            self,
            lambda: self.hall.intakes.correct(
                detail.id, changes, reason, expected_version=detail.row_version
            ),
            self.errors,
            done=changed,
        )


class ReasonDialog(QDialog):
    """Asks for a required reason and hands it to ``action``; FieldErrors show at the field."""

    def __init__(
        self,
        title: str,
        prompt: str,
        ok_text: str,
        action: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_IntakeReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.action = action
        ui = self.ui
        ui.header.setText(prompt)
        ui.header.setWordWrap(True)
        self.errors = FieldErrors(ui.formError)
        self.errors.add("reason", ui.reasonEdit, ui.reasonError)
        _ok_cancel(ui.buttonBox, ok_text)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.reasonEdit.setFocus()

    def save(self) -> None:
        self.errors.clear()
        reason = self.ui.reasonEdit.text()
        save_dialog(self, lambda: self.action(reason), self.errors, field="reason")


class ContactDialog(QDialog):
    """联系记录: when the visitor was contacted and what was said (time defaults to now)."""

    def __init__(self, hall: Hall, handover: HandoverView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoverContactDialog()
        self.ui.setupUi(self)
        self.hall = hall
        self.handover = handover
        ui = self.ui
        self.setWindowTitle(f"登记联系情况 — {handover.visitor_name}")
        who = f"{handover.visitor_unit} {handover.visitor_name}".strip()
        ui.header.setText(
            f"来访人：{who}　电话：{handover.visitor_phone}<br>"
            f"事项：{handover.matter}　转交时间：{datetime_text(handover.created_at)}"
        )
        now = hall.ctx.now()
        ui.atEdit.setDateTime(QDateTime(now))
        ui.atEdit.setMaximumDateTime(QDateTime(now))
        ui.atEdit.setMinimumDateTime(QDateTime(handover.created_at))
        self.errors = FieldErrors(ui.formError)
        self.errors.add_all(
            {
                "contacted_at": (ui.atEdit, ui.atError),
                "contact_result": (ui.resultEdit, ui.resultError),
            }
        )
        _ok_cancel(ui.buttonBox, "保存联系记录")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.resultEdit.setFocus()

    def contacted_at(self) -> datetime:
        return self.ui.atEdit.dateTime().toPython().replace(second=0, microsecond=0)

    def save(self) -> None:
        self.errors.clear()
        h, at, result = self.handover, self.contacted_at(), self.ui.resultEdit.toPlainText()
        save_dialog(
            self,
            lambda: self.hall.handovers.contact(h.id, at, result, expected_version=h.row_version),
            self.errors,
        )
