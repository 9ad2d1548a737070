"""Two small board dialogs: confirming an overdue return, and a handover note for B."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk.domain.board.service import BoardService
from desk.domain.board.views import BoardRow, StatusChange
from desk.domain.common.codes import Status
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.ui.board.model import overdue_text
from desk.ui.board.status_dialog import from_qt, to_qt
from desk.ui.field_errors import FieldErrors
from desk.ui.formats import relative_text
from desk.ui.generated.ui_handover_note_dialog import Ui_HandoverNoteDialog
from desk.ui.generated.ui_return_dialog import Ui_ReturnDialog


class ReturnDialog(QDialog):
    """已超时 待确认: one click says "back" (Enter) or moves the expected return later."""

    def __init__(
        self,
        board: BoardService,
        row: BoardRow,
        *,
        now: datetime,
        suggested: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReturnDialog()
        self.ui.setupUi(self)
        self.board, self.row = board, row
        self.change: StatusChange | None = None
        self.extended = False
        ui = self.ui
        place = f"（{row.place}）" if row.place else ""
        ui.messageLabel.setText(
            f"<b>{row.name}</b> {row.status_label}{place}<br>"
            f"预计 {relative_text(row.expected_return, now)} 返回，"
            f"<span style='color:#b91c1c'><b>{overdue_text(row, now) or '已超时'}</b></span>。"
            "<br>请确认：已经回岗，还是延长预计返回时间？"
        )
        self.setWindowTitle(f"确认超时未归 — {row.name}")
        ui.extendEdit.setMinimumDateTime(to_qt(now))
        ui.extendEdit.setDateTime(to_qt(suggested))
        self.errors = FieldErrors(ui.generalError)
        self.errors.add("expected_return", ui.extendEdit, ui.extendError)
        ui.backButton.clicked.connect(self.mark_back)
        ui.extendButton.clicked.connect(self.extend)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.backButton.setFocus()

    def mark_back(self) -> None:
        try:
            self.change = self.board.set_status(
                self.row.staff_id, Status.IN_POST, seen=self.row.seen
            )
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.accept()

    def extend(self) -> None:
        self.errors.clear()
        try:
            when = from_qt(self.ui.extendEdit.dateTime())
            self.board.confirm_return_time(self.row.staff_id, when, seen=self.row.seen)
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.extended = True
        self.accept()


class HandoverNoteDialog(QDialog):
    """A's 待办事项 for the B holders of A's posts, written after A has gone out."""

    def __init__(
        self,
        board: BoardService,
        row: BoardRow,
        targets: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoverNoteDialog()
        self.ui.setupUi(self)
        self.board, self.row = board, row
        ui = self.ui
        names = "；".join(f"{post} → {b}" for post, b in targets)
        ui.targetsLabel.setText(f"{row.name}（A岗）交接给：{names}")
        self.setWindowTitle(f"留交接事项 — {row.name}")
        self.errors = FieldErrors(ui.generalError)
        self.errors.add("handover_note", ui.noteEdit, ui.noteError)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("保存(&S)")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        ui.noteEdit.setFocus()

    def save(self) -> None:
        self.errors.clear()
        try:
            self.board.add_handover_note(self.row.staff_id, self.ui.noteEdit.toPlainText())
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.accept()
