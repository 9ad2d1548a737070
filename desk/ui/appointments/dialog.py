"""The appointment dialog: new or edited entry, with conflicts and warnings shown while typing."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from html import escape

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk.db.storage_errors import StorageError
from desk.domain.appointments.views import AppointmentDraft, AppointmentView, BookingCheck
from desk.domain.common.codes import AppointmentSource
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.ui.background import run_op
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_appointment_dialog import Ui_AppointmentDialog
from desk.ui.intake.pickers import MatterPicker, StaffChoice, StaffPicker

CONFLICT_STYLE = "color:#b91c1c"
WARNING_STYLE = "color:#9a3412"
BANNER_STYLE = "background:#e3ecff;color:#1e3a8a;border-radius:4px;padding:6px;"


def staff_choices(hall: Hall) -> list[StaffChoice]:
    """Everyone on the board, with department and whereabouts after the name."""
    out = []
    for row in hall.board.rows():
        note = row.department
        if row.status.is_absent:
            note += f"·{row.status_label}"
        out.append(StaffChoice(row.staff_id, row.name, note))
    return out


def check_html(check: BookingCheck) -> str:
    lines = [f"<div style='{CONFLICT_STYLE}'>✖ {escape(c)}</div>" for c in check.conflicts]
    lines += [f"<div style='{WARNING_STYLE}'>⚠ {escape(w)}</div>" for w in check.warnings]
    return "".join(lines)


def next_slot(now: datetime, minutes: int) -> tuple[date, time, time]:
    """The next half hour from now, as a default booked slot of ``minutes``."""
    start = (now + timedelta(minutes=30 - now.minute % 30)).replace(second=0, microsecond=0)
    end = start + timedelta(minutes=minutes)
    return start.date(), start.time(), end.time()


class AppointmentDialog(QDialog):
    """Fill in an entry; OK saves it (a double booking is refused at the 预约时间 field).

    ``saved_id`` holds the entry's id after a successful save.
    """

    def __init__(
        self,
        hall: Hall,
        parent: QWidget | None = None,
        *,
        entry: AppointmentView | None = None,
        draft: AppointmentDraft | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AppointmentDialog()
        self.ui.setupUi(self)
        self.hall = hall
        self.entry = entry
        self.saved_id: int | None = entry.id if entry else None
        self.intake_id = entry.intake_id if entry else (draft.intake_id if draft else None)
        self.service_item_id: int | None = None
        self.slot_minutes = int(hall.settings.get("appointment.slot_minutes"))
        ui = self.ui
        self.setWindowTitle("修改预约" if entry else "预约登记")
        for src in AppointmentSource:
            if src is not AppointmentSource.INTAKE or self.intake_id is not None:
                ui.sourceCombo.addItem(src.label, src)
        self.handlers = StaffPicker(ui.handlerCombo, staff_choices(hall))
        self.matter = MatterPicker(
            ui.matterEdit,
            lambda text: hall.catalogue.search(text, limit=12),
            lambda item: f"{item.name}（{item.post or item.department}）",
        )
        self.errors = FieldErrors(ui.generalError)
        for key, widget, label in [
            ("source", ui.sourceCombo, None),
            ("visitor_unit", ui.unitEdit, ui.unitError),
            ("visitor_name", ui.nameEdit, ui.nameError),
            ("visitor_phone", ui.phoneEdit, ui.phoneError),
            ("visitor_address", ui.addressEdit, ui.addressError),
            ("matter", ui.matterEdit, ui.matterError),
            ("handler", ui.handlerCombo, ui.handlerError),
            ("slot", ui.slotBox, ui.slotError),
            ("message", ui.messageEdit, ui.messageError),
        ]:
            self.errors.add(key, widget, label)
        ui.banner.setStyleSheet(BANNER_STYLE)
        ui.banner.hide()
        day, start, end = next_slot(hall.ctx.now(), self.slot_minutes)
        self._set_slot(day, start, end)
        if entry is not None:
            self._load(entry)
        elif draft is not None:
            self._load_draft(draft)
        self._book_toggled(ui.bookCheck.isChecked())
        ui.bookCheck.toggled.connect(self._book_toggled)
        ui.startEdit.timeChanged.connect(self._start_changed)
        for signal in (ui.dateEdit.dateChanged, ui.endEdit.timeChanged):
            signal.connect(lambda *_a: self.refresh_check())
        self.handlers.chosen.connect(lambda _id: self.refresh_check())
        ui.handlerCombo.currentTextChanged.connect(lambda _t: self.refresh_check())
        self.matter.chosen.connect(self._matter_chosen)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("保存")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.refresh_check()
        # A fresh form starts at the visitor's name; a prefilled one at the handler.
        (ui.nameEdit if entry is None and draft is None else ui.handlerCombo).setFocus()

    # ---- loading ----------------------------------------------------------------------
    def _set_slot(self, day: date, start: time, end: time) -> None:
        ui = self.ui
        ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
        ui.startEdit.setTime(QTime(start.hour, start.minute))
        ui.endEdit.setTime(QTime(end.hour, end.minute))

    def _load_fields(self, d: AppointmentDraft | AppointmentView, handler_id: int | None) -> None:
        ui = self.ui
        i = ui.sourceCombo.findData(d.source)
        ui.sourceCombo.setCurrentIndex(max(0, i))
        ui.sourceCombo.setEnabled(d.source is not AppointmentSource.INTAKE)
        ui.unitEdit.setText(d.visitor_unit)
        ui.nameEdit.setText(d.visitor_name)
        ui.phoneEdit.setText(d.visitor_phone)
        ui.addressEdit.setText(d.visitor_address)
        ui.matterEdit.setText(d.matter)
        self.service_item_id = d.service_item_id
        ui.messageEdit.setPlainText(d.message)
        self.handlers.select(handler_id)
        if d.booked_date and d.slot_start and d.slot_end:
            ui.bookCheck.setChecked(True)
            self._set_slot(d.booked_date, d.slot_start, d.slot_end)

    def _load(self, v: AppointmentView) -> None:
        self._load_fields(v, v.handler_id)

    def _load_draft(self, d: AppointmentDraft) -> None:
        self._load_fields(d, d.handler_id)
        if d.intake_id is not None:
            self.ui.banner.setText(
                f"由第{d.intake_id}号办事登记转入：来访人、事项和留言已带入，可修改。"
            )
            self.ui.banner.show()

    # ---- live reactions ---------------------------------------------------------------
    def _book_toggled(self, on: bool) -> None:
        for w in (self.ui.dateEdit, self.ui.startEdit, self.ui.endEdit, self.ui.toLabel):
            w.setEnabled(on)
        self.refresh_check()

    def _start_changed(self, start: QTime) -> None:
        end = self.ui.endEdit.time()
        if end <= start:
            self.ui.endEdit.setTime(start.addSecs(self.slot_minutes * 60))
        self.refresh_check()

    def _matter_chosen(self, item: object) -> None:
        self.service_item_id = getattr(item, "id", None)
        post_id = getattr(item, "post_id", None)
        if item is not None and post_id and self.handlers.staff_id() is None:
            # The item's post answers for it: offer its A holder as the handler.
            post = next((p for p in self.hall.staff.posts() if p.id == post_id), None)
            if post is not None and post.a_id:
                self.handlers.select(post.a_id)
        self.refresh_check()

    def draft(self) -> AppointmentDraft:
        """What the form holds now (not yet validated)."""
        ui = self.ui
        booked = ui.bookCheck.isChecked()
        q = ui.dateEdit.date()
        return AppointmentDraft(
            handler_id=self.handlers.staff_id(),
            visitor_name=ui.nameEdit.text(),
            visitor_phone=ui.phoneEdit.text(),
            matter=ui.matterEdit.text(),
            service_item_id=self.service_item_id,
            visitor_unit=ui.unitEdit.text(),
            visitor_address=ui.addressEdit.text(),
            message=ui.messageEdit.toPlainText(),
            source=AppointmentSource.of(ui.sourceCombo.currentData() or AppointmentSource.MESSAGE),
            intake_id=self.intake_id,
            booked_date=date(q.year(), q.month(), q.day()) if booked else None,
            slot_start=ui.startEdit.time().toPython() if booked else None,  # type: ignore[arg-type]
            slot_end=ui.endEdit.time().toPython() if booked else None,  # type: ignore[arg-type]
        )

    def refresh_check(self) -> BookingCheck:
        """Recompute and show conflicts, warnings and the callback deadline."""
        d = self.draft()
        check = self.hall.appointments.check(d, self.entry.id if self.entry else None)
        self.ui.checkPanel.setText(check_html(check))
        self.ui.checkPanel.setVisible(bool(check.conflicts or check.warnings))
        self.check = check
        text = ""
        if d.handler_id is not None and self.entry is None:
            days, due = self.hall.appointments.callback_preview(d.handler_id, d.service_item_id)
            if due is None:
                text = f"回电时限：{days}个工作日，自经办人返回在岗时起算。"
            else:
                text = f"回电时限：{days}个工作日，经办人最迟须于{due.month}月{due.day}日回电。"
        self.ui.deadlineLabel.setText(text)
        return check

    # ---- saving -----------------------------------------------------------------------
    def save(self) -> None:
        self.errors.clear()
        d, entry = self.draft(), self.entry

        def work() -> int | None:
            # On the store's worker thread (desk.ui.background): no widgets in here.
            if entry is None:
                return self.hall.appointments.create(d)
            self.hall.appointments.update(entry.id, d, expected_version=entry.row_version)
            return None

        run_op(self, work, done=self._saved, failed=self._save_failed)

    def _saved(self, new_id: int | None) -> None:
        if new_id is not None:
            self.saved_id = new_id
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, FieldError):
            self.errors.show(exc.field, exc.message)
            self.refresh_check()
        elif isinstance(exc, DomainError | StorageError):
            self.errors.show_general(str(exc))
        else:
            raise exc
