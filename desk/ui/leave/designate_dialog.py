"""指定顶岗: a leader names a third person for a post whose A and B are both away
(layout in forms/designate_dialog.ui)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from html import escape

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk.domain.common.errors import DomainError, PermissionDenied
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.ui.appointments.dialog import staff_choices
from desk.ui.board.status_dialog import SWITCH_HINT, from_qt, to_qt
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_designate_dialog import Ui_DesignateDialog
from desk.ui.intake.pickers import StaffPicker


class DesignateDialog(QDialog):
    def __init__(
        self, hall: Hall, parent: QWidget | None = None, post_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DesignateDialog()
        self.ui.setupUi(self)
        self.hall = hall
        self.designation_id: int | None = None
        ui = self.ui
        ui.summaryLabel.setText(
            "A、B岗均不在岗时，由中心主任或值班领导指定熟悉该岗位业务的人员顶岗。"
            "期间去向牌显示其为顶岗，新登记的事项转给其办理，AB岗顶岗记录记为“指定顶岗”。"
        )
        self._posts = {p.id: p for p in hall.staff.posts()}
        for p in self._posts.values():
            ui.postCombo.addItem(
                f"{p.name}（{p.window_no}号窗口）" if p.window_no else p.name, p.id
            )
        self.person = StaffPicker(ui.staffCombo, staff_choices(hall))
        now = hall.ctx.now().replace(second=0, microsecond=0)
        ui.startEdit.setDateTime(to_qt(now))
        end = datetime.combine(hall.ctx.calendar.add_working_days(now, 1), time(17, 30))
        ui.endEdit.setDateTime(to_qt(max(end, now + timedelta(hours=1))))
        ui.endEdit.setMinimumDateTime(QDateTime(to_qt(now)))
        self.errors = FieldErrors(ui.generalError)
        self.errors.add("staff", ui.staffCombo, ui.staffError)
        self.errors.add("ends_at", ui.endEdit, ui.endError)
        self.errors.add("reason", ui.reasonEdit, ui.reasonError)
        ui.postCombo.currentIndexChanged.connect(self._post_changed)
        if post_id is not None:
            ui.postCombo.setCurrentIndex(max(0, ui.postCombo.findData(post_id)))
        self._post_changed()
        box = ui.buttonBox
        box.button(QDialogButtonBox.StandardButton.Save).setText("指定(&S)")
        box.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        ui.staffCombo.setFocus()

    def _post_changed(self, *_args: object) -> None:
        post = self._posts.get(self.ui.postCombo.currentData())
        if post is None:
            self.ui.holdersLabel.clear()
            return
        self.ui.holdersLabel.setText(
            f"<span style='color:#555'>A岗：{escape(post.a_name or '未设')}　"
            f"B岗：{escape(post.b_name or '未设')}</span>"
        )

    def save(self) -> None:
        ui = self.ui
        self.errors.clear()
        staff_id = self.person.staff_id()
        if staff_id is None:
            self.errors.show("staff", "请选择顶岗人员")
            return
        try:
            self.designation_id = self.hall.board.designate(
                ui.postCombo.currentData(),
                staff_id,
                from_qt(ui.startEdit.dateTime()),
                from_qt(ui.endEdit.dateTime()),
                ui.reasonEdit.text(),
            )
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
