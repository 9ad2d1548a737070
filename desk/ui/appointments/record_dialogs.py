"""Small dialogs acting on one record: the callback contact, and a reason/result to close it.

`CloseRecordDialog` is shared by the appointment book (办结/取消/作废) and the cases page
(办结/退回/作废): it calls ``action(text)`` and shows a FieldError at the text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk.domain.appointments.views import AppointmentView
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_appointment_contact_dialog import Ui_AppointmentContactDialog
from desk.ui.generated.ui_close_record_dialog import Ui_CloseRecordDialog


def _qdt(at: datetime) -> QDateTime:
    return QDateTime(at.year, at.month, at.day, at.hour, at.minute, 0)


def summary_html(v: AppointmentView) -> str:
    from html import escape

    due = ""
    if v.callback_due is not None:
        due = f"　回电期限：{v.callback_due.month}月{v.callback_due.day}日"
    slot = f"　约定：{v.slot_text}" if v.slot_text else ""
    return (
        f"<b>{escape(v.visitor)}</b><br>{escape(v.matter)}（经办人：{escape(v.handler_name)}）"
        f"{escape(slot)}{escape(due)}"
        + (f"<br><span style='color:#555'>留言：{escape(v.message)}</span>" if v.message else "")
    )


class ContactDialog(QDialog):
    """已联系: when the visitor was called back and what was said (optionally also 办结)."""

    def __init__(self, hall: Hall, entry: AppointmentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AppointmentContactDialog()
        self.ui.setupUi(self)
        self.hall = hall
        self.entry = entry
        ui = self.ui
        ui.summary.setText(summary_html(entry))
        now = hall.ctx.now()
        ui.atEdit.setDateTime(_qdt(now))
        ui.atEdit.setMaximumDateTime(_qdt(now))
        ui.atEdit.setMinimumDateTime(_qdt(entry.created_at))
        self.errors = FieldErrors(ui.generalError)
        self.errors.add("contacted_at", ui.atEdit, ui.atError)
        self.errors.add("contact_note", ui.noteEdit, ui.noteError)
        self.errors.add("result", ui.noteEdit, ui.noteError)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("登记")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.noteEdit.setFocus()

    def save(self) -> None:
        self.errors.clear()
        ui = self.ui
        at = ui.atEdit.dateTime().toPython()
        note = ui.noteEdit.toPlainText()
        book = self.hall.appointments
        try:
            if ui.completeCheck.isChecked():
                book.complete(self.entry.id, note)
            else:
                book.contact(self.entry.id, note, at)  # type: ignore[arg-type]
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.accept()


class CloseRecordDialog(QDialog):
    """One required text (a reason or a result), then ``action(text)``; errors at the text."""

    def __init__(
        self,
        title: str,
        summary: str,
        prompt: str,
        action: Callable[[str], object],
        parent: QWidget | None = None,
        *,
        ok_text: str = "确定",
        placeholder: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CloseRecordDialog()
        self.ui.setupUi(self)
        self.action = action
        ui = self.ui
        self.setWindowTitle(title)
        ui.summary.setText(summary)
        ui.promptLabel.setText(prompt)
        ui.textEdit.setPlaceholderText(placeholder)
        self.errors = FieldErrors(ui.generalError)
        for key in (
            "reason", "result", "cancel_reason", "void_reason", "return_reason", "decision_note",
            "withdraw_reason",
        ):  # fmt: skip
            self.errors.add(key, ui.textEdit, ui.textError)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.textEdit.setFocus()

    def save(self) -> None:
        self.errors.clear()
        try:
            self.action(self.ui.textEdit.toPlainText())
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.accept()
