"""更改去向: the dialog behind Enter/F3 on the board (layout in forms/status_dialog.ui).

It saves through BoardService itself, so a refusal (bad input, the A/B rule, a missing
permission) is shown inside the dialog at the field concerned and nothing is half-saved.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QRadioButton, QWidget

from desk.db.storage_errors import StorageError
from desk.domain.board.service import BoardService
from desk.domain.board.views import BoardRow, StatusChange
from desk.domain.common.codes import Status
from desk.domain.common.errors import ABConflict, DomainError, PermissionDenied
from desk.domain.common.text import FieldError
from desk.ui.background import run_op
from desk.ui.field_errors import FieldErrors
from desk.ui.formats import datetime_text
from desk.ui.generated.ui_status_dialog import Ui_StatusDialog

RADIOS: dict[str, Status] = {
    "radioInPost": Status.IN_POST,
    "radioMeeting": Status.MEETING,
    "radioTrip": Status.TRIP,
    "radioLeave": Status.LEAVE,
    "radioSick": Status.SICK,
    "radioPersonal": Status.PERSONAL,
    "radioTraining": Status.TRAINING,
    "radioField": Status.FIELD,
    "radioOther": Status.OTHER,
}

SWITCH_HINT = "请值班领导或管理员登录后再保存（文件 → 切换操作员，Ctrl+L）。"
# Why A left no 交接 note (the rule books: 因特殊原因不能及时交代的，B岗应主动顶岗).
NO_HANDOVER_REASONS = ("来不及交接", "已当面交接", "无待办事项", "临时外出，当日返回")


def to_qt(value: datetime) -> QDateTime:
    return QDateTime(value.date(), value.time())


def from_qt(value: QDateTime) -> datetime:
    return value.toPython().replace(second=0, microsecond=0)  # type: ignore[union-attr]


class StatusDialog(QDialog):
    """Choose a status and its details for one person; `change` holds the saved result."""

    def __init__(
        self,
        board: BoardService,
        row: BoardRow,
        *,
        now: datetime,
        quick: dict[str, datetime],
        handover_targets: list[tuple[str, str]],
        initial: Status | None = None,
        conflict: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StatusDialog()
        self.ui.setupUi(self)
        self.board = board
        self.row = row
        self.now = now
        self.change: StatusChange | None = None
        self.amended = False
        self._targets = handover_targets
        ui = self.ui
        self.radios: dict[Status, QRadioButton] = {
            status: getattr(ui, name) for name, status in RADIOS.items()
        }
        for status, radio in self.radios.items():
            radio.toggled.connect(lambda on, s=status: on and self._status_chosen(s))
            radio.installEventFilter(self)
        self.errors = FieldErrors(ui.generalError)
        self.errors.add("status_text", ui.statusTextEdit, ui.statusTextError)
        self.errors.add("place", ui.placeEdit, ui.placeError)
        self.errors.add("expected_return", ui.returnEdit, ui.returnError)
        self.errors.add("contact_phone", ui.phoneEdit, ui.phoneError)
        self.errors.add("handover_note", ui.handoverEdit, ui.handoverError)
        self.errors.add("no_handover_reason", ui.noHandoverCombo, ui.handoverError)
        ui.noHandoverCombo.addItems(["", *NO_HANDOVER_REASONS])
        ui.noHandoverCombo.setCurrentIndex(0)
        ui.noHandoverCombo.lineEdit().setPlaceholderText("写了交接事项可不选")
        self.errors.add("override_reason", ui.overrideEdit, ui.overrideError)
        ui.conflictLabel.setStyleSheet("color: #b91c1c;")
        ui.conflictBox.hide()

        ui.returnEdit.setMinimumDateTime(to_qt(now))
        for button, key in (
            (ui.inOneHourButton, "one_hour"),
            (ui.inTwoHoursButton, "two_hours"),
            (ui.endOfDayButton, "end_of_day"),
            (ui.nextMorningButton, "next_morning"),
        ):
            when = quick[key]
            button.setToolTip(datetime_text(when))
            button.clicked.connect(lambda _=False, w=when: self._set_return(w))
        ui.unknownReturnCheck.toggled.connect(lambda on: ui.returnEdit.setEnabled(not on))

        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("保存(&S)")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)

        self._fill(row, quick)
        self._choose(initial or row.status)
        if conflict:  # opened because a quick change was refused: say why at once
            self._show_conflict(conflict)

    # ---- state -----------------------------------------------------------------------
    def _fill(self, row: BoardRow, quick: dict[str, datetime]) -> None:
        ui = self.ui
        posts = "、".join(f"{p.post}（{p.role}岗）" for p in row.posts) or "无AB岗"
        ui.personLabel.setText(
            f"<b style='font-size:14pt'>{row.name}</b>　{row.department}"
            f"{'　' + row.title if row.title else ''}<br>"
            f"<span style='color:#555'>岗位：{posts}　现在：{row.status_label}</span>"
        )
        self.setWindowTitle(f"更改去向 — {row.name}")
        if row.status.is_absent:
            ui.statusTextEdit.setText(row.status_text)
            ui.placeEdit.setText(row.place)
            ui.phoneEdit.setText(row.contact_phone)
        expected = row.expected_return if row.status.is_absent else None
        if expected is not None and expected > self.now:
            self._set_return(expected)
        else:
            self._set_return(quick["end_of_day"])
            ui.unknownReturnCheck.setChecked(row.status.is_absent and expected is None)
        if self._targets:
            names = "；".join(f"{post} → {b}" for post, b in self._targets)
            ui.handoverTargetsLabel.setText(f"A岗离岗后由B岗顶岗：{names}。B岗在去向牌上会看到。")

    def _choose(self, status: Status) -> None:
        radio = self.radios[status]
        radio.setChecked(True)
        self._status_chosen(status)
        radio.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # With the status group focused, the digit alone picks a status (Alt+digit anywhere).
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QRadioButton):
            assert isinstance(event, QKeyEvent)
            digit = event.key() - Qt.Key.Key_1
            if 0 <= digit < len(self.radios) and not event.modifiers():
                self._choose(list(self.radios)[digit])
                return True
        return False

    def _set_return(self, when: datetime) -> None:
        self.ui.unknownReturnCheck.setChecked(False)
        self.ui.returnEdit.setDateTime(to_qt(when))

    def chosen(self) -> Status:
        return next(s for s, r in self.radios.items() if r.isChecked())

    def _status_chosen(self, status: Status) -> None:
        ui = self.ui
        absent = status.is_absent
        ui.statusTextEdit.setEnabled(status is Status.OTHER)
        for widget in (
            ui.placeEdit,
            ui.phoneEdit,
            ui.returnEdit,
            ui.unknownReturnCheck,
            ui.inOneHourButton,
            ui.inTwoHoursButton,
            ui.endOfDayButton,
            ui.nextMorningButton,
        ):
            widget.setEnabled(absent)
        if absent:
            ui.returnEdit.setEnabled(not ui.unknownReturnCheck.isChecked())
        # A note for B only makes sense when A leaves the post now.
        ui.handoverBox.setVisible(absent and not self.row.status.is_absent and bool(self._targets))
        if not absent:
            ui.conflictBox.hide()

    # ---- saving ----------------------------------------------------------------------
    def _is_amendment(self, status: Status) -> bool:
        """Same absence, new details: correct the open record instead of starting a new one."""
        row = self.row
        if status is not row.status or not status.is_absent:
            return False
        return status is not Status.OTHER or self.ui.statusTextEdit.text().strip() == (
            row.status_text
        )

    def save(self) -> None:
        ui = self.ui
        self.errors.clear()
        status = self.chosen()
        expected = None
        if status.is_absent and not ui.unknownReturnCheck.isChecked():
            expected = from_qt(ui.returnEdit.dateTime())
        details = {
            "status_text": ui.statusTextEdit.text() if status is Status.OTHER else "",
            "place": ui.placeEdit.text() if status.is_absent else "",
            "contact_phone": ui.phoneEdit.text() if status.is_absent else "",
            "expected_return": expected,
        }
        row, amend = self.row, self._is_amendment(status)
        override = ui.overrideEdit.text() if ui.conflictBox.isVisible() else ""
        asked = ui.handoverBox.isVisible()
        note = ui.handoverEdit.toPlainText() if asked else ""
        no_handover = ui.noHandoverCombo.currentText() if asked else ""

        def work() -> StatusChange | None:
            # On the store's worker thread (desk.ui.background): no widgets in here.
            if amend:
                self.board.amend_absence(row.staff_id, seen=row.seen, **details)
                return None
            return self.board.set_status(
                row.staff_id, status, override_reason=override, handover_note=note,
                no_handover_reason=no_handover, handover_required=asked, seen=row.seen,
                **details,
            )  # fmt: skip

        run_op(self, work, done=self._saved, failed=self._save_failed)

    def _saved(self, change: StatusChange | None) -> None:
        if change is None:
            self.amended = True
        else:
            self.change = change
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        """Refused, or the store could not be reached: the dialog stays as filled in."""
        if isinstance(exc, FieldError):
            self.errors.show(exc.field, exc.message)
        elif isinstance(exc, ABConflict):
            self._show_conflict(str(exc))
        elif isinstance(exc, PermissionDenied):
            self.errors.show_general(f"{exc}。{SWITCH_HINT}")
        elif isinstance(exc, DomainError | StorageError):
            self.errors.show_general(str(exc))
        else:
            raise exc

    def _show_conflict(self, message: str) -> None:
        ui = self.ui
        already = ui.conflictBox.isVisible()
        ui.conflictLabel.setText(message)
        ui.conflictBox.show()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("经批准，仍然离岗(&S)")
        if already:
            self.errors.show("override_reason", "请填写领导批准的原因")
        ui.overrideEdit.setFocus(Qt.FocusReason.OtherFocusReason)
