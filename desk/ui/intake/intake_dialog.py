"""The 办事登记表 form: visitor, matter, routing panel, outcome; the handover prompt on saving.

The form only collects input and shows what the domain says: routing comes from
``hall.intakes.route``, validation from ``desk.domain.intake.service.clean_draft`` and the save
rules from ``hall.intakes.save`` (which refuses a missing handover on its own).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QRadioButton, QWidget

from desk.db.storage_errors import StorageError
from desk.domain.catalogue.views import ServiceItemView
from desk.domain.common.codes import Channel, MatterScope, Outcome
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.domain.intake.decisions import handover_needed
from desk.domain.intake.service import UnconfirmedWarnings, clean_draft
from desk.domain.intake.views import HandoverDraft, IntakeDraft, RoutingView, SavedIntake
from desk.ui.background import run_op
from desk.ui.field_errors import LABEL_STYLE, FieldErrors
from desk.ui.generated.ui_intake_dialog import Ui_IntakeDialog
from desk.ui.intake.form_lists import (
    fill_departments,
    fill_posts,
    item_label,
    post_key,
    referred_choice,
    scope_and_post,
)
from desk.ui.intake.handover_dialog import HandoverDialog
from desk.ui.intake.pickers import MatterPicker, StaffChoice, StaffPicker
from desk.ui.intake.routing_panel import person_line, post_line, recommend_line, serving_line

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class IntakeDialog(QDialog):
    """One intake from the keyboard; emits ``saved`` with the stored intake and a summary."""

    saved = Signal(object, str)

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IntakeDialog()
        self.ui.setupUi(self)
        self.hall = hall
        self.routing: RoutingView | None = None
        self.handover_dialog: HandoverDialog | None = None
        # What the handover prompt returned for the current routing (kept until it changes).
        self._handover: HandoverDraft | None = None
        self._no_handover_reason = ""
        self._last_handover: HandoverDraft | None = None
        ui = self.ui
        self.channels: dict[QRadioButton, Channel] = {
            ui.channelVisit: Channel.VISIT,
            ui.channelPhone: Channel.PHONE,
            ui.channelLetter: Channel.LETTER,
            ui.channelOfficialLetter: Channel.OFFICIAL_LETTER,
            ui.channelOnline: Channel.ONLINE,
        }
        self.outcomes: dict[QRadioButton, Outcome] = {
            ui.outcomeHandled: Outcome.HANDLED,
            ui.outcomeNotice: Outcome.NOTICE,
            ui.outcomeHandover: Outcome.HANDOVER,
            ui.outcomeReferred: Outcome.REFERRED,
            ui.outcomeOutside: Outcome.OUTSIDE,
        }
        for button in self.channels:
            button.installEventFilter(self)
            button.toggled.connect(lambda on: on and self._reroute())
        for button in self.outcomes:
            button.toggled.connect(self._outcome_changed)
        self.errors = FieldErrors(ui.formError)
        self.errors.add_all(
            {
                "channel": (ui.channelVisit, None),
                "visitor_unit": (ui.unitEdit, ui.unitError),
                "visitor_name": (ui.nameEdit, ui.nameError),
                "visitor_phone": (ui.phoneEdit, ui.phoneError),
                "visitor_id_number": (ui.idEdit, ui.idError),
                "matter": (ui.matterEdit, ui.matterError),
                "message": (ui.messageEdit, ui.messageError),
                "first_contact": (ui.firstContactCombo, ui.firstContactError),
                "referred_to": (ui.referredCombo, ui.referredError),
                "referred_phone": (ui.referredPhoneEdit, ui.referredPhoneError),
                "result": (ui.resultEdit, ui.resultError),
            }
        )
        ui.formError.setStyleSheet(LABEL_STYLE + "font-weight:bold;")
        ui.idAccept.hide()
        ui.idEdit.editingFinished.connect(self._check_id)
        ui.idEdit.textEdited.connect(lambda _t: ui.idAccept.hide())
        self.matter = MatterPicker(
            ui.matterEdit, lambda text: hall.catalogue.search(text, limit=12), item_label
        )
        self.matter.chosen.connect(self._item_chosen)
        self.matter.confirmed.connect(ui.messageEdit.setFocus)
        ui.matterEdit.editingFinished.connect(self._matter_left)
        fill_posts(ui.postCombo, hall.staff.posts())
        ui.postCombo.currentIndexChanged.connect(self._routing_inputs_changed)
        fill_departments(ui.referredCombo, hall.staff.departments())
        ui.referredCombo.activated.connect(self._referred_chosen)
        self.first_contact = StaffPicker(ui.firstContactCombo)
        self.first_contact.set_choices(
            [StaffChoice(p.id, p.name, p.department) for p in hall.staff.staff()],
            hall.intakes.first_contact_default(),
        )
        self.first_contact.chosen.connect(self._routing_inputs_changed)
        for edit in (ui.messageEdit, ui.resultEdit):
            edit.installEventFilter(self)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("保存登记")
        save.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        self._show_routing(None)
        self._outcome_changed()
        ui.channelVisit.setFocus()

    # ---- building the draft ------------------------------------------------------------
    def channel(self) -> Channel:
        return next((c for b, c in self.channels.items() if b.isChecked()), Channel.VISIT)

    def outcome(self) -> Outcome | None:
        return next((o for b, o in self.outcomes.items() if b.isChecked()), None)

    def set_outcome(self, outcome: Outcome) -> None:
        for button, value in self.outcomes.items():
            if value is outcome:
                button.setChecked(True)

    def _scope_and_post(self) -> tuple[MatterScope, int | None]:
        return scope_and_post(self.ui.postCombo)

    def draft(self) -> IntakeDraft:
        ui = self.ui
        scope, post_id = self._scope_and_post()
        item = self.matter.item
        referred_id, referred_to = referred_choice(self.ui.referredCombo)
        return IntakeDraft(
            channel=self.channel(),
            visitor_unit=ui.unitEdit.text(),
            visitor_name=ui.nameEdit.text(),
            visitor_phone=ui.phoneEdit.text(),
            visitor_id_number=ui.idEdit.text(),
            matter=ui.matterEdit.text(),
            message=ui.messageEdit.toPlainText(),
            outcome=self.outcome() or Outcome.NOTICE,
            scope=scope,
            post_id=post_id,
            service_item_id=item.id if item is not None else None,
            result=ui.resultEdit.toPlainText(),
            referred_department_id=referred_id,
            referred_to=referred_to,
            referred_phone=ui.referredPhoneEdit.text(),
            first_contact_id=self.first_contact.staff_id(),
            accept_warnings=ui.idAccept.isChecked(),
        )

    # ---- pickers -----------------------------------------------------------------------
    def _referred_chosen(self, index: int) -> None:
        data = self.ui.referredCombo.itemData(index)
        if data and data[2]:
            self.ui.referredPhoneEdit.setText(data[2])

    def _item_chosen(self, item: ServiceItemView | None) -> None:
        if item is None:
            return
        combo = self.ui.postCombo
        if item.post_id is not None:
            i = combo.findData(post_key(MatterScope.POST, item.post_id))
        else:
            i = combo.findData(post_key(MatterScope.UNASSIGNED))
        self.errors.clear_field("matter")
        combo.setCurrentIndex(max(i, 0))
        self._reroute()

    def _matter_left(self) -> None:
        if self.matter.item is None and self.ui.matterEdit.text().strip():
            self.ui.matterError.setStyleSheet("color:#555;")
            if not self._scope_and_post()[1] and self._scope_and_post()[0] is MatterScope.POST:
                self.ui.matterError.setText("未在事项库中选定：请在右侧“责任岗位”中指定岗位")
                self.ui.matterError.show()

    def _check_id(self) -> None:
        """Show stdnum's gaps as a warning the clerk may accept (tick the box)."""
        from desk.domain.common.validation import check_id_number

        try:
            _number, warnings = check_id_number(self.ui.idEdit.text(), field="visitor_id_number")
        except FieldError as exc:
            self.errors.show(exc.field, exc.message, focus=False)
            self.ui.idAccept.hide()
            return
        self.errors.clear_field("visitor_id_number")
        if warnings:
            self.errors.warn("visitor_id_number", "；".join(w.message for w in warnings))
            self.ui.idAccept.show()
        else:
            self.ui.idAccept.setChecked(False)
            self.ui.idAccept.hide()

    # ---- routing -----------------------------------------------------------------------
    def _routing_inputs_changed(self, *_args: object) -> None:
        self._reroute()

    def _reroute(self) -> None:
        scope, post_id = self._scope_and_post()
        if scope is MatterScope.POST and post_id is None:
            self._show_routing(None)
            return
        item = self.matter.item
        try:
            view = self.hall.intakes.route(
                post_id=post_id,
                service_item_id=item.id if item is not None else None,
                scope=scope,
                channel=self.channel(),
                first_contact_id=self.first_contact.staff_id(),
            )
        except DomainError as exc:
            self._show_error(str(exc))
            return
        self._show_routing(view)
        self.set_outcome(view.recommended)

    def _show_routing(self, view: RoutingView | None) -> None:
        if view is not self.routing:
            # A new routing: what the prompt returned no longer applies.
            self._handover, self._no_handover_reason = None, ""
        self.routing = view
        ui = self.ui
        if view is None:
            ui.postInfo.setText("选定事项后显示责任岗位和人员去向")
            for label in (ui.aInfo, ui.bInfo, ui.servingInfo, ui.recommendInfo):
                label.clear()
                label.hide()
            return
        ui.postInfo.setText(post_line(view))
        has_post = view.scope is MatterScope.POST
        ui.aInfo.setText(person_line("A岗", view.a))
        ui.bInfo.setText(person_line("B岗", view.b))
        ui.servingInfo.setText(serving_line(view))
        ui.recommendInfo.setText(recommend_line(view))
        for label in (ui.aInfo, ui.bInfo, ui.servingInfo):
            label.setVisible(has_post)
        ui.recommendInfo.show()

    def _outcome_changed(self, *_args: object) -> None:
        outcome = self.outcome()
        ui = self.ui
        ui.referredPanel.setVisible(outcome is Outcome.REFERRED)
        if outcome is Outcome.OUTSIDE:
            ui.resultLabel.setText("解释和指引(&J) *")
            ui.resultEdit.setPlaceholderText("向来访人作出的解释，以及可去哪里办理")
        else:
            ui.resultLabel.setText("办理情况(&J)")
            ui.resultEdit.setPlaceholderText("可不填")

    # ---- saving --------------------------------------------------------------------------
    def _show_error(self, message: str) -> None:
        self.errors.show_general(message)

    def submit(self) -> None:
        """保存: check every field, prompt for the handover when required, then save."""
        self.errors.clear()
        draft = self.draft()
        if self.outcome() is None:
            self._show_error("请选择办理结果")
            self.ui.outcomeHandled.setFocus()
            return
        try:
            _clean, warnings = clean_draft(draft)
        except FieldError as exc:
            self._mark(exc)
            return
        if warnings and not draft.accept_warnings:
            self._warn_id(warnings)
            return
        if (
            self.routing is not None
            and handover_needed(draft.outcome, self.routing.decision)
            and self._handover is None
            and not self._no_handover_reason
        ):
            self.prompt_handover(draft)
            return
        self._save(draft)

    def _mark(self, exc: FieldError) -> None:
        if exc.field.startswith("handover.") or exc.field == "no_handover_reason":
            self._reroute()
            self.prompt_handover(self.draft(), error=exc)
        else:
            self.errors.show(exc.field, exc.message)

    def _warn_id(self, warnings: list) -> None:  # type: ignore[type-arg]
        text = "；".join(w.message for w in warnings) + "。核对无误请勾选“已核对证件”"
        self.errors.warn("visitor_id_number", text)
        self.ui.idAccept.show()
        self.ui.idAccept.setFocus()

    def prompt_handover(self, draft: IntakeDraft, error: FieldError | None = None) -> None:
        """Open the handover prompt (window-modal, not blocking) prefilled from the form."""
        if self.routing is None:
            self._show_error("请先选定事项或责任岗位")
            return
        dialog = HandoverDialog(
            self.hall,
            self.routing,
            draft,
            draft.first_contact_id,
            previous=self._last_handover,
            parent=self,
        )
        self.handover_dialog = dialog
        if error is not None:
            dialog.show_error(error.field, error.message)
        dialog.finished.connect(lambda result: self._prompt_done(dialog, result))
        dialog.open()

    def _prompt_done(self, dialog: HandoverDialog, result: int) -> None:
        self.handover_dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            self._show_error("尚未保存：责任人不在岗，须登记转交，或填写不转交的原因。")
            return
        self._handover, self._no_handover_reason = dialog.handover, dialog.reason
        if dialog.handover is not None:
            self._last_handover = dialog.handover
        self._save(self.draft())

    def _save(self, draft: IntakeDraft) -> None:
        handover, reason = self._handover, self._no_handover_reason
        run_op(
            self,
            lambda: self.hall.intakes.save(draft, handover, reason),
            done=lambda saved: self._saved(saved, draft),
            failed=self._save_failed,
        )

    def _save_failed(self, exc: BaseException) -> None:
        """The save was refused or could not reach the store: the form stays as typed."""
        if isinstance(exc, FieldError):
            self._handover, self._no_handover_reason = None, ""
            self._mark(exc)
        elif isinstance(exc, UnconfirmedWarnings):
            self._warn_id(exc.warnings)
        elif isinstance(exc, DomainError | StorageError):
            self._show_error(str(exc))
        else:
            raise exc

    def _saved(self, saved: SavedIntake, draft: IntakeDraft) -> None:
        self.saved.emit(saved, self._summary(saved, draft))
        self.accept()

    def _summary(self, saved: SavedIntake, draft: IntakeDraft) -> str:
        who = f"{draft.visitor_name.strip()}（{draft.channel.label}）"
        text = f"已登记：{who}{draft.matter.strip()} — {saved.outcome.label}"
        if saved.handover_id is not None and self._handover is not None:
            name = next(
                (p.name for p in self.hall.staff.staff() if p.id == self._handover.to_id), ""
            )
            text += f" {name}"
        elif self._no_handover_reason:
            text += f"（未转交：{self._no_handover_reason}）"
        return text

    # ---- keys ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched in self.channels and Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            # 1–5 pick the channel while the channel row has focus.
            button = list(self.channels)[key - Qt.Key.Key_1]
            button.setChecked(True)
            button.setFocus()
            return True
        if (
            watched in (self.ui.messageEdit, self.ui.resultEdit)
            and key in _ENTER
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submit()
            return True
        return super().eventFilter(watched, event)
