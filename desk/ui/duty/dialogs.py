"""值班安排 dialogs: the month rule (尾数/星期 → leaders), a day's leader, and a swap."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.common.errors import DomainError, PermissionDenied
from desk.domain.common.text import FieldError
from desk.domain.duty.views import DutyDayView, DutyRule
from desk.domain.hall import Hall
from desk.ui.board.status_dialog import SWITCH_HINT
from desk.ui.duty.log_form import day_title
from desk.ui.field_errors import FieldErrors
from desk.ui.formats import date_text
from desk.ui.generated.ui_duty_swap_dialog import Ui_DutySwapDialog


def leader_choices(hall: Hall) -> list[tuple[int, str]]:
    """Leaders first (a title or 中心主任), then everybody else: who may be 值班领导."""
    people = hall.staff.staff()
    titled = [p for p in people if p.title or p.is_director]
    others = [p for p in people if p not in titled]
    return [(p.id, f"{p.name}（{p.title or p.department}）") for p in titled + others]


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.button(QDialogButtonBox.StandardButton.Save).setText(ok)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
    box.rejected.connect(dialog.reject)
    return box


class RuleDialog(QDialog):
    """领导值班安排: for each last digit (or weekday), who is on duty; then fill a month."""

    def __init__(self, hall: Hall, year: int, month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("按规则排班")
        self.hall, self.year, self.month = hall, year, month
        self.filled = 0
        rule = hall.duty.rule() or DutyRule("digit", {})
        self.by_digit = QRadioButton("按日期尾数（如“尾数为1”）", self)
        self.by_weekday = QRadioButton("按星期", self)
        (self.by_digit if rule.by == "digit" else self.by_weekday).setChecked(True)
        self.form = QFormLayout()
        self.first: dict[int, QComboBox] = {}
        self.second: dict[int, QComboBox] = {}
        self.choices = leader_choices(hall)
        self._rule = rule
        self.general = QLabel(self)
        self.errors = FieldErrors(self.general)
        hint = QLabel(
            f"保存规则并排{year}年{month}月：今天以后的工作日按规则安排，已手工安排或调剂的日期不变。"
            "同一尾数填两位领导时轮流值班。",
            self,
        )
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.by_digit)
        top.addWidget(self.by_weekday)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.form)
        layout.addWidget(hint)
        layout.addWidget(self.general)
        box = _buttons(self, "保存并排班(&S)")
        box.accepted.connect(self.save)
        layout.addWidget(box)
        self.by_digit.toggled.connect(lambda _on: self._rows())
        self._rows()

    def _combo(self, selected: int | None) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem("（无）", None)
        for staff_id, text in self.choices:
            combo.addItem(text, staff_id)
        combo.setCurrentIndex(max(0, combo.findData(selected)))
        return combo

    def _rows(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.first.clear()
        self.second.clear()
        by = "digit" if self.by_digit.isChecked() else "weekday"
        keys = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] if by == "digit" else list(range(5))
        for key in keys:
            current = self._rule.leaders.get(key, ()) if self._rule.by == by else ()
            a = self._combo(current[0] if current else None)
            b = self._combo(current[1] if len(current) > 1 else None)
            a.setObjectName(f"rule{key}a")
            row = QHBoxLayout()
            row.addWidget(a, 1)
            row.addWidget(QLabel("／", self))
            row.addWidget(b, 1)
            self.form.addRow(DutyRule.key_label(by, key), row)
            self.first[key], self.second[key] = a, b

    def rule(self) -> DutyRule:
        by = "digit" if self.by_digit.isChecked() else "weekday"
        leaders = {}
        for key, a in self.first.items():
            ids = tuple(i for i in (a.currentData(), self.second[key].currentData()) if i)
            if ids:
                leaders[key] = ids
        return DutyRule(by, leaders)

    def save(self) -> None:
        self.errors.clear()
        try:
            rule = self.rule()
            self.hall.duty.save_rule(rule)
            self.filled = self.hall.duty.fill_month(self.year, self.month, rule)
        except PermissionDenied as exc:
            self.errors.show_general(f"{exc}。{SWITCH_HINT}")
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.accept()


class LeaderDialog(QDialog):
    """安排值班领导 of one day by hand."""

    def __init__(self, hall: Hall, day: DutyDayView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("安排值班领导")
        self.hall, self.day = hall, day
        self.combo = QComboBox(self)
        self.combo.setObjectName("leaderCombo")
        for staff_id, text in leader_choices(hall):
            self.combo.addItem(text, staff_id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(day.leader_id)))
        self.note = QLineEdit(day.note, self)
        self.note.setPlaceholderText("如：原值班领导外出学习")
        self.leader_error = QLabel(self)
        self.general = QLabel(self)
        self.errors = FieldErrors(self.general)
        self.errors.add("leader", self.combo, self.leader_error)
        self.errors.add("note", self.note, self.leader_error)
        form = QFormLayout()
        form.addRow("日期", QLabel(day_title(day.day), self))
        form.addRow("值班领导(&L)", self.combo)
        form.addRow("", self.leader_error)
        form.addRow("备注(&N)", self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        box = _buttons(self, "保存(&S)")
        box.accepted.connect(self.save)
        layout.addWidget(box)

    def save(self) -> None:
        self.errors.clear()
        try:
            self.hall.duty.set_leader(self.day.day, self.combo.currentData(), self.note.text())
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except PermissionDenied as exc:
            self.errors.show_general(f"{exc}。{SWITCH_HINT}")
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.accept()


class SwapDialog(QDialog):
    """值班调剂 (layout in forms/duty_swap_dialog.ui)."""

    def __init__(
        self, hall: Hall, day: DutyDayView, later: list[DutyDayView], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DutySwapDialog()
        self.ui.setupUi(self)
        self.hall, self.day = hall, day
        ui = self.ui
        ui.summaryLabel.setText(
            f"<b>{day_title(day.day)}</b>　原值班领导：<b>{day.leader}</b><br>"
            "值班领导当天原则上不能请假；确需离开的，须与其他领导调剂并报告主要领导、做好值班交接后方可外出。"
        )
        for staff_id, text in leader_choices(hall):
            if staff_id != day.leader_id:
                ui.toCombo.addItem(text, staff_id)
        self._later = later
        ui.toCombo.currentIndexChanged.connect(self._fill_return_days)
        ui.returnCheck.toggled.connect(ui.returnCombo.setEnabled)
        ui.returnCombo.setEnabled(False)
        self._fill_return_days()
        self.errors = FieldErrors(ui.generalError)
        for key, widget, label in (
            ("to", ui.toCombo, ui.toError),
            ("return_day", ui.returnCombo, ui.returnError),
            ("reason", ui.reasonEdit, ui.reasonError),
            ("handover", ui.handoverEdit, ui.handoverError),
            ("reported", ui.reportedCheck, ui.reportedError),
        ):
            self.errors.add(key, widget, label)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("调剂(&S)")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.toCombo.setFocus()

    def _fill_return_days(self, *_args: object) -> None:
        combo = self.ui.returnCombo
        combo.clear()
        who = self.ui.toCombo.currentData()
        for d in self._later:
            if d.leader_id == who and d.day != self.day.day:
                combo.addItem(f"{date_text(d.day)} {d.weekday}", d.day)
        self.ui.returnCheck.setEnabled(combo.count() > 0)
        if not combo.count():
            self.ui.returnCheck.setChecked(False)

    def save(self) -> None:
        ui = self.ui
        self.errors.clear()
        back: date | None = ui.returnCombo.currentData() if ui.returnCheck.isChecked() else None
        try:
            self.hall.duty.swap(
                self.day.day, ui.toCombo.currentData(), reason=ui.reasonEdit.text(),
                handover=ui.handoverEdit.toPlainText(), reported=ui.reportedCheck.isChecked(),
                return_day=back,
            )  # fmt: skip
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except PermissionDenied as exc:
            self.errors.show_general(f"{exc}。{SWITCH_HINT}")
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.accept()
