"""The handover prompt: record to whom the matter goes, or say why it is not handed over."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from desk.domain.common.text import TEXT_LIMITS, FieldError, clean_text
from desk.domain.hall import Hall
from desk.domain.intake.service import clean_handover
from desk.domain.intake.views import HandoverDraft, IntakeDraft, RoutingView
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_handover_dialog import Ui_HandoverDialog
from desk.ui.intake.pickers import StaffChoice, StaffPicker
from desk.ui.intake.routing_panel import person_line

BANNER_STYLE = (
    "background:#fff4d6;color:#7a4b00;border:1px solid #f0c36d;border-radius:4px;padding:6px;"
)


class HandoverDialog(QDialog):
    """Prefilled from the intake; Enter records the handover, 不转交 asks for the reason.

    After ``accepted``: ``handover`` holds the draft, or ``reason`` the reason for not
    handing over. ``rejected`` (返回修改, Esc) leaves the intake unsaved.
    """

    def __init__(
        self,
        hall: Hall,
        routing: RoutingView,
        draft: IntakeDraft,
        first_contact_id: int | None,
        previous: HandoverDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoverDialog()
        self.ui.setupUi(self)
        self.hall = hall
        self.routing = routing
        self.handover: HandoverDraft | None = None
        self.reason = ""
        ui = self.ui
        ui.banner.setStyleSheet(BANNER_STYLE)
        lines = [person_line("A岗", routing.a), person_line("B岗", routing.b)]
        if routing.head is not None:
            lines.append(person_line("部门负责人", routing.head))
        ui.routingInfo.setText(
            f"<b>{escape(routing.post_name or routing.scope.label)}</b><br>" + "<br>".join(lines)
        )
        self.recipients = StaffPicker(ui.recipientCombo)
        self._fill_recipients(first_contact_id)
        src = previous or HandoverDraft(
            to_id=0,
            visitor_name=draft.visitor_name,
            visitor_phone=draft.visitor_phone,
            visitor_unit=draft.visitor_unit,
            matter=draft.matter,
            message=draft.message,
        )
        if previous is not None:
            self.recipients.select(previous.to_id)
        ui.unitEdit.setText(src.visitor_unit)
        ui.nameEdit.setText(src.visitor_name)
        ui.phoneEdit.setText(src.visitor_phone)
        ui.matterEdit.setText(src.matter)
        ui.messageEdit.setPlainText(src.message)
        # No general line: every key the handover check names has a field here.
        self.errors = FieldErrors(None)
        self.errors.add_all(
            {
                "handover.to": (ui.recipientCombo, ui.recipientError),
                "handover.visitor_unit": (ui.unitEdit, ui.unitError),
                "handover.visitor_name": (ui.nameEdit, ui.nameError),
                "handover.visitor_phone": (ui.phoneEdit, ui.phoneError),
                "handover.matter": (ui.matterEdit, ui.matterError),
                "handover.message": (ui.messageEdit, ui.messageError),
                "no_handover_reason": (ui.reasonEdit, ui.reasonError),
            }
        )
        ui.reasonPanel.hide()
        ui.recordButton.clicked.connect(self.record)
        ui.skipButton.clicked.connect(self.skip)
        ui.backButton.clicked.connect(self.reject)
        ui.messageEdit.installEventFilter(self)
        ui.recipientCombo.setFocus()

    def _fill_recipients(self, first_contact_id: int | None) -> None:
        """The post's line of cover first (A, B, head, director), then everyone else."""
        choices: list[StaffChoice] = []
        for c in self.routing.candidates:
            if c.staff_id != first_contact_id:
                choices.append(StaffChoice(c.staff_id, c.name, f"{c.role.label}·{c.status.label}"))
        known = {c.staff_id for c in choices}
        statuses = {r.staff_id: r.status_label for r in self.hall.board.rows()}
        for person in self.hall.staff.staff():
            if person.id not in known and person.id != first_contact_id:
                note = f"{person.department}·{statuses.get(person.id, '在岗')}"
                choices.append(StaffChoice(person.id, person.name, note))
        default = self.routing.decision.recipient_id
        if default == first_contact_id or default not in {c.staff_id for c in choices}:
            default = choices[0].staff_id if choices else None
        self.recipients.set_choices(choices, default)

    # ---- actions ---------------------------------------------------------------------
    def record(self) -> None:
        """登记转交: validate the prompt and accept with the handover draft."""
        self.errors.clear()
        to_id = self.recipients.staff_id()
        if to_id is None:
            self.errors.show("handover.to", "请选择转交给谁（可输入姓名或拼音首字母）")
            return
        ui = self.ui
        try:
            self.handover = clean_handover(
                HandoverDraft(
                    to_id=to_id,
                    visitor_unit=ui.unitEdit.text(),
                    visitor_name=ui.nameEdit.text(),
                    visitor_phone=ui.phoneEdit.text(),
                    matter=ui.matterEdit.text(),
                    message=ui.messageEdit.toPlainText(),
                )
            )
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        self.reason = ""
        self.accept()

    def skip(self) -> None:
        """不转交: first show the reason field; then accept only with a reason."""
        ui = self.ui
        if ui.reasonPanel.isHidden():
            ui.reasonPanel.show()
            ui.skipButton.setText("确认不转交(&B)")
            ui.skipButton.setDefault(True)
            ui.recordButton.setDefault(False)
            ui.reasonEdit.setFocus()
            return
        try:
            reason = clean_text(
                ui.reasonEdit.text(),
                field="no_handover_reason",
                label="不转交的原因",
                max_len=TEXT_LIMITS["reason"],
                required=True,
            )
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        self.handover = None
        self.reason = reason
        self.accept()

    def show_error(self, field: str, message: str) -> None:
        """An error the service found on saving (e.g. the recipient is the first contact)."""
        if field == "no_handover_reason" and self.ui.reasonPanel.isHidden():
            self.ui.reasonPanel.show()
        self.errors.show(field, message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # In the message box Enter records (like everywhere else); Shift+Enter is a new line.
        if (
            watched is self.ui.messageEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.record()
            return True
        return super().eventFilter(watched, event)
