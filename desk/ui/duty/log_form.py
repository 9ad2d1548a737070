"""值班记录 of one day: five checks (正常 / 有问题 + what), notes, the day's complaints and
差评, and the leader's signature."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.duty.views import CHECKS, DutyLogDraft, DutyLogView
from desk.domain.hall import Hall
from desk.ui.appointments.record_dialogs import CloseRecordDialog
from desk.ui.field_errors import FieldErrors
from desk.ui.formats import datetime_text
from desk.ui.theme import OVERDUE

WEEKDAYS = "一二三四五六日"


def day_title(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"


class DutyLogForm(QWidget):
    """The log of the chosen day; ``saved`` after a write."""

    saved = Signal()

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dutyLogForm")
        self.hall = hall
        self.day_edit = QDateEdit(self)
        self.day_edit.setObjectName("dutyDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd ddd")
        self.today_button = QPushButton("今天(&T)", self)
        self.leader_label = QLabel(self)
        self.leader_label.setObjectName("dutyLeader")
        self.leader_label.setTextFormat(Qt.TextFormat.RichText)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("dutyLogState")
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(QLabel("日期(&D)：", self, buddy=self.day_edit))
        top.addWidget(self.day_edit)
        top.addWidget(self.today_button)
        top.addSpacing(16)
        top.addWidget(self.leader_label, 1)
        top.addWidget(self.state_label)

        checks = QGroupBox("值班检查（每项选“正常”或“有问题”，有问题时写明情况）", self)
        grid = QGridLayout(checks)
        self.ok: dict[str, QRadioButton] = {}
        self.bad: dict[str, QRadioButton] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.general_error = QLabel(self)
        self.errors = FieldErrors(self.general_error)
        for row, (key, label) in enumerate(CHECKS):
            group = QButtonGroup(self)
            ok = QRadioButton("正常", checks)
            bad = QRadioButton("有问题", checks)
            ok.setObjectName(f"{key}Ok")
            bad.setObjectName(f"{key}Bad")
            group.addButton(ok)
            group.addButton(bad)
            note = QLineEdit(checks)
            note.setObjectName(f"{key}Note")
            note.setPlaceholderText(
                "情况说明" if key != "attendance" else "出勤情况（可按去向牌填写）"
            )
            error = QLabel(checks)
            title = QLabel(f"<b>{label}</b>", checks)
            grid.addWidget(title, row * 2, 0)
            grid.addWidget(ok, row * 2, 1)
            grid.addWidget(bad, row * 2, 2)
            grid.addWidget(note, row * 2, 3)
            grid.addWidget(error, row * 2 + 1, 3)
            self.ok[key], self.bad[key], self.notes[key] = ok, bad, note
            self.errors.add(f"{key}_ok", ok, error)
            self.errors.add(f"{key}_note", note, error)
        grid.setColumnStretch(3, 1)
        self.fill_attendance_button = QPushButton("按去向牌填写出勤(&G)", checks)
        self.fill_attendance_button.setObjectName("fillAttendance")
        grid.addWidget(self.fill_attendance_button, len(CHECKS) * 2, 3, Qt.AlignmentFlag.AlignLeft)

        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("dutyNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText("咨询服务、政务投诉、协调处理事项等其他记录")
        self.notes_edit.setMaximumHeight(90)
        self.records_label = QLabel(self)
        self.records_label.setWordWrap(True)
        self.records_label.setTextFormat(Qt.TextFormat.RichText)
        self.save_button = QPushButton("保存(&S)", self)
        self.save_button.setObjectName("saveDutyLog")
        self.sign_button = QPushButton("值班领导签字(&Q)…", self)
        self.sign_button.setObjectName("signDutyLog")
        self.void_button = QPushButton("作废(&V)…", self)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.sign_button, self.void_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(checks)
        layout.addWidget(QLabel("其他记录(&O)：", self, buddy=self.notes_edit))
        layout.addWidget(self.notes_edit)
        layout.addWidget(QLabel("<b>当日处理的投诉与差评</b>", self))
        layout.addWidget(self.records_label)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.day_edit.dateChanged.connect(lambda _d: self.load())
        self.today_button.clicked.connect(self.go_today)
        self.fill_attendance_button.clicked.connect(self.fill_attendance)
        self.save_button.clicked.connect(self.save)
        self.sign_button.clicked.connect(self.sign)
        self.void_button.clicked.connect(self.void)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.go_today()

    # ---- loading -----------------------------------------------------------------------
    def day(self) -> date:
        return self.day_edit.date().toPython()  # type: ignore[return-value]

    def show_day(self, day: date) -> None:
        self.day_edit.setDate(QDate(day.year, day.month, day.day))
        self.load()

    def go_today(self) -> None:
        self.show_day(self.hall.ctx.now().date())

    def load(self) -> None:
        day = self.day()
        self.errors.clear()
        leader = self.hall.duty.leader(day)
        who = f"值班领导：<b>{escape(leader[1])}</b>" if leader else (
            f"<span style='color:{OVERDUE}'>该日未安排值班领导</span>"
        )  # fmt: skip
        self.leader_label.setText(f"{day_title(day)}　{who}")
        log = self.hall.duty.log(day)
        self._fill(log)
        records = self.hall.duty.day_records(day)
        self.records_label.setText(
            "<br>".join(
                f"{escape(r.kind_label)}：{escape(r.summary)}"
                + (f"（{escape(r.state_label)}）" if r.state_label else "")
                for r in records
            )
            or (
                "<span style='color:#666'>当日没有登记投诉或差评</span>"
                if self.hall.duty.links_day_records()
                else "<span style='color:#666'>投诉与差评登记启用后，当日处理的记录列在这里</span>"
            )
        )

    def _fill(self, log: DutyLogView | None) -> None:
        signed = bool(log and log.signed)
        for key, _label in CHECKS:
            self.ok[key].setAutoExclusive(False)
            self.bad[key].setAutoExclusive(False)
            self.ok[key].setChecked(False)
            self.bad[key].setChecked(False)
            self.ok[key].setAutoExclusive(True)
            self.bad[key].setAutoExclusive(True)
            self.notes[key].clear()
        self.notes_edit.clear()
        if log is not None:
            for key, _label, ok, note in log.checks:
                if ok is True:
                    self.ok[key].setChecked(True)
                elif ok is False:
                    self.bad[key].setChecked(True)
                self.notes[key].setText(note)
            self.notes_edit.setPlainText(log.notes)
        if log is None:
            state = "未填写"
        elif signed:
            assert log.signed_at is not None
            state = f"✔ 已签字：{escape(log.signed_by)}　{datetime_text(log.signed_at)}"
        else:
            state = f"已保存，<span style='color:{OVERDUE}'>未签字</span>"
        self.state_label.setText(state)
        for widget in (*self.ok.values(), *self.bad.values(), *self.notes.values(),
                       self.notes_edit, self.fill_attendance_button, self.save_button,
                       self.sign_button):  # fmt: skip
            widget.setEnabled(not signed)
        self.void_button.setEnabled(log is not None)

    # ---- writing -----------------------------------------------------------------------
    def draft(self) -> DutyLogDraft:
        values: dict[str, object] = {"notes": self.notes_edit.toPlainText()}
        for key, _label in CHECKS:
            ok = True if self.ok[key].isChecked() else False if self.bad[key].isChecked() else None
            values[f"{key}_ok"] = ok
            values[f"{key}_note"] = self.notes[key].text()
        return DutyLogDraft(**values)  # type: ignore[arg-type]

    def fill_attendance(self) -> None:
        self.notes["attendance"].setText(self.hall.duty.attendance_text(self.day()))

    def save(self) -> bool:
        self.errors.clear()
        try:
            self.hall.duty.save_log(self.day(), self.draft())
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return False
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return False
        self.load()
        self.saved.emit()
        return True

    def sign(self) -> None:
        if not self.save():
            return
        try:
            self.hall.duty.check_signable(self.day())
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        question = QMessageBox(self)
        question.setWindowTitle("值班领导签字")
        question.setText(f"确认签署{day_title(self.day())}的值班记录？签字后不能再修改。")
        yes = question.addButton("签字", QMessageBox.ButtonRole.AcceptRole)
        question.addButton("取消", QMessageBox.ButtonRole.RejectRole)
        question.exec()
        if question.clickedButton() is not yes:
            return
        try:
            self.hall.duty.sign_log(self.day())
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.load()
        self.saved.emit()

    def void(self) -> None:
        day = self.day()
        dialog = CloseRecordDialog(
            "作废值班记录", f"{day_title(day)}的值班记录", "作废原因(&R) *",
            lambda reason: self.hall.duty.void_log(day, reason), self, ok_text="作废",
        )  # fmt: skip
        if dialog.exec():
            self.load()
            self.saved.emit()
