"""审批请假: approve (with the reason a director gives for an A/B clash) or reject.

Layout in forms/leave_decision_dialog.ui. It decides through ``hall.leave`` itself, so a
refusal — the A/B rule, a duty day, the approver setting, a missing permission — shows in
the dialog and nothing is half-saved.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk.domain.common.codes import HalfDay
from desk.domain.common.errors import DomainError, PermissionDenied
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.domain.leave.service import DutyDayConflict, LeaveABConflict
from desk.domain.leave.views import LeaveDraft, LeaveView
from desk.ui.board.status_dialog import SWITCH_HINT
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_leave_decision_dialog import Ui_LeaveDecisionDialog
from desk.ui.leave.request_dialog import check_html


def summary_html(v: LeaveView) -> str:
    rows = [
        ("请假人", f"{v.staff}（{v.department}）"),
        ("岗位", v.posts or "不担任AB岗"),
        ("假别", v.kind_label),
        ("时间", f"{v.period_text}，{v.days_text}"),
        ("事由", v.reason),
        ("顶岗安排", v.cover_text),
        ("工作交接", v.handover_note or f"未交接：{v.no_handover_reason}"),
    ]
    body = "".join(
        f"<tr><td style='color:#555'>{label}</td><td>{escape(value)}</td></tr>"
        for label, value in rows
    )
    return f"<b style='font-size:13pt'>{escape(v.number)}</b><table cellspacing=3>{body}</table>"


class LeaveDecisionDialog(QDialog):
    """批准 (the Ok button) or 驳回 (its own button); ``decision`` says which was saved."""

    def __init__(self, hall: Hall, request: LeaveView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LeaveDecisionDialog()
        self.ui.setupUi(self)
        self.hall = hall
        self.request = request
        self.decision = ""
        ui = self.ui
        self.setWindowTitle(f"审批请假 — {request.staff}")
        ui.summaryLabel.setText(summary_html(request))
        self.errors = FieldErrors(ui.generalError)
        self.errors.add("decision_note", ui.noteEdit, ui.noteError)
        self.errors.add("override_reason", ui.overrideEdit, ui.overrideError)
        box = ui.buttonBox
        self.approve_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.approve_button.setText("批准(&A)")
        box.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.reject_button = box.addButton("驳回(&J)…", QDialogButtonBox.ButtonRole.ActionRole)
        self.reject_button.setObjectName("rejectLeave")
        box.accepted.connect(self.approve)
        box.rejected.connect(self.reject)
        self.reject_button.clicked.connect(self.refuse)
        check = hall.leave.check(_draft_of(request), exclude_id=request.id)
        ui.checkLabel.setText(check_html(check))
        ui.overrideBox.setVisible(bool(check.conflicts))
        ui.noteEdit.setFocus()

    def approve(self) -> None:
        ui = self.ui
        self.errors.clear()
        override = ui.overrideEdit.text() if ui.overrideBox.isVisible() else ""
        try:
            self.hall.leave.approve(
                self.request.id, note=ui.noteEdit.text(), override_reason=override
            )
        except LeaveABConflict as exc:
            ui.overrideBox.show()
            ui.checkLabel.setText(escape(str(exc)))
            self.errors.show("override_reason", "请填写领导批准A、B岗同时请假的原因")
            return
        except DutyDayConflict as exc:
            self.errors.show_general(str(exc))
            return
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except PermissionDenied as exc:
            self.errors.show_general(f"{exc}。{SWITCH_HINT}")
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.decision = "approved"
        self.accept()

    def refuse(self) -> None:
        self.errors.clear()
        reason = self.ui.noteEdit.text()
        if not reason.strip():
            self.errors.show("decision_note", "驳回请在审批意见中写明理由")
            return
        try:
            self.hall.leave.reject(self.request.id, reason)
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except PermissionDenied as exc:
            self.errors.show_general(f"{exc}。{SWITCH_HINT}")
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.decision = "rejected"
        self.accept()


def _draft_of(v: LeaveView) -> LeaveDraft:
    """The request as a draft, so the dialog shows the same check the form did."""
    return LeaveDraft(
        v.staff_id, v.kind, v.starts_at.date(), v.ends_at.date(), HalfDay.TIME, HalfDay.TIME,
        start_time=v.starts_at.time(), end_time=v.ends_at.time(), cover=v.cover,
        cover_id=v.cover_id,
    )  # fmt: skip
