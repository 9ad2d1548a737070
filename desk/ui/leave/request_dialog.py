"""请假: the request form (layout in forms/leave_dialog.ui).

As the clerk types, the form shows the working days the leave takes, whom the 交接 is for,
and what approval will refuse — a post left with neither A nor B, a day the person is 值班领导
— so the request can be arranged before it goes to the approver. Saving goes through
``hall.leave.submit``; a refusal is shown at its field and nothing is saved.
"""

from __future__ import annotations

from datetime import date, time
from html import escape

from PySide6.QtCore import QDate, QTime, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk.domain.common.codes import HalfDay, LeaveCover, LeaveKind
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.domain.leave.views import LeaveCheck, LeaveDraft
from desk.ui.appointments.dialog import staff_choices
from desk.ui.board.status_dialog import NO_HANDOVER_REASONS
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_leave_dialog import Ui_LeaveDialog
from desk.ui.intake.pickers import StaffPicker
from desk.ui.theme import OVERDUE

PARTS_START = ((HalfDay.MORNING, "上午"), (HalfDay.AFTERNOON, "下午"), (HalfDay.TIME, "具体时间"))
PARTS_END = ((HalfDay.AFTERNOON, "下午"), (HalfDay.MORNING, "上午"), (HalfDay.TIME, "具体时间"))


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _md(d: date) -> str:
    return f"{d.month}月{d.day}日"


def check_html(check: LeaveCheck) -> str:
    """What approval will say about the draft, as the form shows it."""
    parts = []
    if check.starts_at is not None:
        parts.append(f"共 <b>{check.days:g}</b> 个工作日")
    for c in check.conflicts:
        parts.append(f"<span style='color:{OVERDUE}'>⚠ A、B岗不能同时请假：{escape(c.text)}</span>")
    if check.duty_days:
        days = "、".join(_md(d) for d in check.duty_days)
        parts.append(
            f"<span style='color:{OVERDUE}'>⚠ 请假人是{days}的值班领导：须先调剂值班才能批准</span>"
        )
    for text in check.warnings:
        parts.append(f"<span style='color:#9a3412'>{escape(text)}</span>")
    if check.conflicts:
        parts.append("审批时须由领导填写同时离岗的原因（可指定顶岗人员）。")
    return "<br>".join(parts)


class LeaveDialog(QDialog):
    """Write one request; ``request_id`` holds the saved one."""

    def __init__(
        self, hall: Hall, parent: QWidget | None = None, staff_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LeaveDialog()
        self.ui.setupUi(self)
        self.hall = hall
        self.request_id: int | None = None
        ui = self.ui
        choices = staff_choices(hall)
        # Name or pinyin initials, as everywhere a person is chosen.
        self.person = StaffPicker(ui.staffCombo, choices)
        self.cover_person = StaffPicker(ui.coverCombo, choices)
        for kind in LeaveKind:
            ui.kindCombo.addItem(kind.label, kind)
        for part, text in PARTS_START:
            ui.startPartCombo.addItem(text, part)
        for part, text in PARTS_END:
            ui.endPartCombo.addItem(text, part)
        today = hall.ctx.now().date()
        for edit in (ui.firstDate, ui.lastDate):
            edit.setDate(qdate(today))
        ui.startTime.setTime(QTime(8, 30))
        ui.endTime.setTime(QTime(17, 30))
        ui.noHandoverCombo.addItems(["", *NO_HANDOVER_REASONS])
        ui.coverBRadio.setChecked(True)
        self.errors = FieldErrors(ui.generalError)
        for key, widget, label in (
            ("staff", ui.staffCombo, ui.staffError),
            ("kind_text", ui.kindTextEdit, ui.kindTextError),
            ("first_day", ui.firstDate, ui.datesError),
            ("last_day", ui.lastDate, ui.datesError),
            ("ends_at", ui.lastDate, ui.datesError),
            ("reason", ui.reasonEdit, ui.reasonError),
            ("contact_phone", ui.phoneEdit, ui.phoneError),
            ("cover", ui.coverCombo, ui.coverError),
            ("handover_note", ui.handoverEdit, ui.handoverError),
            ("no_handover_reason", ui.noHandoverCombo, ui.handoverError),
        ):
            self.errors.add(key, widget, label)
        box = ui.buttonBox
        box.button(QDialogButtonBox.StandardButton.Save).setText("提交审批(&S)")
        box.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        # Re-check a moment after the last change, not on every keystroke.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.recheck)
        for signal in (
            self.person.chosen, ui.kindCombo.currentIndexChanged,
            ui.firstDate.dateChanged, ui.lastDate.dateChanged,
            ui.startPartCombo.currentIndexChanged, ui.endPartCombo.currentIndexChanged,
            ui.startTime.timeChanged, ui.endTime.timeChanged, ui.coverSubRadio.toggled,
        ):  # fmt: skip
            signal.connect(self._changed)
        ui.staffCombo.lineEdit().textEdited.connect(self._changed)
        ui.firstDate.dateChanged.connect(self._keep_order)
        if staff_id is not None:
            self.person.select(staff_id)
        ui.daysLabel.hide()  # the days are in the check line under the form
        self._changed()
        self.recheck()
        self.adjustSize()
        ui.staffCombo.setFocus()

    # ---- state -----------------------------------------------------------------------
    def _keep_order(self, first: QDate) -> None:
        if self.ui.lastDate.date() < first:
            self.ui.lastDate.setDate(first)

    def _changed(self, *_args: object) -> None:
        ui = self.ui
        ui.kindTextEdit.setEnabled(ui.kindCombo.currentData() is LeaveKind.OTHER)
        ui.startTime.setVisible(ui.startPartCombo.currentData() is HalfDay.TIME)
        ui.endTime.setVisible(ui.endPartCombo.currentData() is HalfDay.TIME)
        ui.coverCombo.setEnabled(ui.coverSubRadio.isChecked())
        self._timer.start()

    def draft(self) -> LeaveDraft:
        ui = self.ui
        cover = LeaveCover.SUBSTITUTE if ui.coverSubRadio.isChecked() else LeaveCover.B
        return LeaveDraft(
            staff_id=self.person.staff_id(),
            kind=ui.kindCombo.currentData(),
            first_day=ui.firstDate.date().toPython(),  # type: ignore[arg-type]
            last_day=ui.lastDate.date().toPython(),  # type: ignore[arg-type]
            start_part=ui.startPartCombo.currentData(),
            end_part=ui.endPartCombo.currentData(),
            start_time=_time(ui.startTime.time()),
            end_time=_time(ui.endTime.time()),
            reason=ui.reasonEdit.toPlainText(),
            kind_text=ui.kindTextEdit.text(),
            contact_phone=ui.phoneEdit.text(),
            cover=cover,
            cover_id=self.cover_person.staff_id() if cover is LeaveCover.SUBSTITUTE else None,
            handover_note=ui.handoverEdit.toPlainText(),
            no_handover_reason=ui.noHandoverCombo.currentText(),
        )

    def recheck(self) -> LeaveCheck:
        ui = self.ui
        staff_id = self.person.staff_id()
        check = self.hall.leave.check(self.draft())
        ui.checkLabel.setText(check_html(check))
        if staff_id is None:
            ui.postsLabel.setText("")
            ui.handoverTargetsLabel.setText("")
            ui.coverNoneLabel.hide()
            return check
        posts = [p for p in self.hall.staff.posts() if staff_id in (p.a_id, p.b_id)]
        held = "、".join(f"{p.name}（{'A' if p.a_id == staff_id else 'B'}岗）" for p in posts)
        ui.postsLabel.setText(
            f"<span style='color:#555'>岗位：{escape(held) or '不担任AB岗'}</span>"
        )
        targets = check.handover_targets
        a_posts = [p for p in posts if p.a_id == staff_id]
        needs_cover = bool(a_posts)
        for widget in (ui.coverBRadio, ui.coverSubRadio, ui.coverCombo):
            widget.setEnabled(needs_cover or widget is ui.coverSubRadio)
        ui.coverCombo.setEnabled(ui.coverSubRadio.isChecked())
        if any(p.b_id is None for p in a_posts) and ui.coverBRadio.isChecked():
            ui.coverSubRadio.setChecked(True)
        ui.coverNoneLabel.setText("" if needs_cover else "不任A岗，无需另行顶岗")
        ui.coverNoneLabel.setVisible(not needs_cover)
        ui.handoverTargetsLabel.setText(
            "交接给：" + "；".join(f"{post} → {b}" for post, b in targets)
            if targets
            else "无需交接（没有B岗可交接）"
        )
        return check

    # ---- saving ----------------------------------------------------------------------
    def save(self) -> None:
        self.errors.clear()
        try:
            self.request_id = self.hall.leave.submit(self.draft())
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.accept()


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())
