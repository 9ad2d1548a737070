"""延期 dialog: reason, approver, extra days (new date shown live), how the applicant was told."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk.domain.cases.views import CALENDAR_DAY_KINDS, CaseView, ExtensionDraft
from desk.domain.common.codes import MatterKind, ToldHow
from desk.domain.hall import Hall
from desk.printing.templates import cn_date, cn_weekday
from desk.ui.appointments.dialog import staff_choices
from desk.ui.background import save_dialog
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_case_extension_dialog import Ui_CaseExtensionDialog
from desk.ui.intake.pickers import StaffPicker


def _qdt(at: datetime) -> QDateTime:
    return QDateTime(at.year, at.month, at.day, at.hour, at.minute, 0)


class ExtensionDialog(QDialog):
    """Saving calls hall.cases.extend; each refused field is marked where it is."""

    def __init__(self, hall: Hall, case: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseExtensionDialog()
        self.ui.setupUi(self)
        self.hall = hall
        self.case = case
        ui = self.ui
        ui.summary.setText(
            f"<b>{escape(case.number)}</b> {escape(case.visitor)}：{escape(case.matter)}<br>"
            f"经办人：{escape(case.handler)}　当前承诺办结日期：{cn_date(case.promised_date)}"
        )
        # The approver is a leader: department heads and the director come first.
        heads = {d.head_id for d in hall.staff.departments() if d.head_id}
        choices = staff_choices(hall)
        leaders = [c for c in choices if c.staff_id in heads or self._is_director(c.staff_id)]
        others = [c for c in choices if c not in leaders and c.staff_id != case.handler_id]
        self.approvers = StaffPicker(ui.approverCombo, leaders + others)
        self.calendar_days = case.kind in CALENDAR_DAY_KINDS
        ui.daysUnit.setText("日" if self.calendar_days else "个工作日")
        ui.daysSpin.setMaximum(int(hall.settings.get("case.max_extension_days")))
        for how in ToldHow:
            ui.toldHowCombo.addItem(how.label, how)
        now = hall.ctx.now()
        ui.toldAtEdit.setDateTime(_qdt(now))
        ui.toldAtEdit.setMaximumDateTime(_qdt(now))
        self.errors = FieldErrors(ui.generalError)
        for key, widget, label in [
            ("reason", ui.reasonEdit, ui.reasonError),
            ("approver", ui.approverCombo, ui.approverError),
            ("extra_days", ui.daysSpin, ui.daysError),
            ("applicant_told", ui.toldCheck, ui.toldError),
            ("told_how", ui.toldHowCombo, ui.toldError),
            ("told_at", ui.toldAtEdit, ui.toldError),
        ]:
            self.errors.add(key, widget, label)
        ui.daysSpin.valueChanged.connect(lambda _v: self.refresh_preview())
        ui.toldCheck.toggled.connect(self._told_toggled)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("延期")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._told_toggled(False)
        self.refresh_preview()
        ui.reasonEdit.setFocus()

    def _is_director(self, staff_id: int) -> bool:
        return any(p.id == staff_id and p.is_director for p in self.hall.staff.staff())

    def _told_toggled(self, on: bool) -> None:
        self.ui.toldHowCombo.setEnabled(on)
        self.ui.toldAtEdit.setEnabled(on)

    def refresh_preview(self) -> None:
        start = datetime.combine(self.case.promised_date, datetime.min.time())
        kind = MatterKind.REPORTED if self.calendar_days else MatterKind.PROMISED
        p = self.hall.cases.promised_from(kind, self.ui.daysSpin.value(), start)
        text = f"<b>{cn_date(p.promised_date)}（{cn_weekday(p.promised_date)}）</b>"
        if p.provisional:
            text += "<span style='color:#9a3412'>（暂定）</span>"
        self.ui.newDateValue.setText(text)

    def draft(self) -> ExtensionDraft:
        ui = self.ui
        told = ui.toldCheck.isChecked()
        return ExtensionDraft(
            reason=ui.reasonEdit.toPlainText(),
            approver_id=self.approvers.staff_id(),
            extra_days=ui.daysSpin.value(),
            applicant_told=told,
            told_how=ToldHow.of(ui.toldHowCombo.currentData()) if told else None,
            told_at=ui.toldAtEdit.dateTime().toPython() if told else None,  # type: ignore[arg-type]
        )

    def save(self) -> None:
        self.errors.clear()
        case, draft = self.case, self.draft()
        save_dialog(
            self,
            lambda: self.hall.cases.extend(case.id, draft, expected_version=case.row_version),
            self.errors,
        )
