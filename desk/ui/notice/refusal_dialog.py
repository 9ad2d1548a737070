"""不予受理 / 否定报备登记 dialog, and the leader's-opinion dialog of the register."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk.domain.catalogue.views import ItemVersionView
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.domain.notices.refusals import RefusalRequest
from desk.domain.notices.views import RefusalView
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_leader_opinion_dialog import Ui_LeaderOpinionDialog
from desk.ui.generated.ui_refusal_dialog import Ui_RefusalDialog

DEFAULT_HANDLER_OPINION = "经审查，该申请不符合受理条件，拟不予受理，并书面告知申请人。"


def leader_choices(hall: Hall) -> list[tuple[str, int]]:
    """Who may sign a leader's opinion: the directors and the department heads."""
    heads = {d.head_id for d in hall.staff.departments() if d.head_id}
    people = [p for p in hall.staff.staff() if p.is_director or p.id in heads]
    people.sort(key=lambda p: (not p.is_director, p.department, p.name))
    return [(f"{p.name}（{p.title or p.department}）", p.id) for p in people]


class RefusalDialog(QDialog):
    """Fill the 否定报备登记表; OK files it (the caller then prints the refusal notice)."""

    def __init__(
        self,
        hall: Hall,
        parent: QWidget | None = None,
        *,
        item: ItemVersionView | None = None,
        applicant_name: str = "",
        applicant_unit: str = "",
        applicant_phone: str = "",
        intake_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.hall = hall
        self.item = item
        self.intake_id = intake_id
        self.refusal: RefusalView | None = None
        self.ui = Ui_RefusalDialog()
        self.ui.setupUi(self)
        self.resize(720, 640)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("登记并打印不予受理通知书")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.errors = FieldErrors(self.ui.errorLabel)
        for key, widget, label in (
            ("matter", self.ui.matter, self.ui.matterError),
            ("applicant_name", self.ui.applicantName, self.ui.applicantNameError),
            ("applicant_phone", self.ui.applicantPhone, self.ui.applicantPhoneError),
            ("reason", self.ui.reason, self.ui.reasonError),
            ("leader_id", self.ui.leader, self.ui.leaderError),
            ("basis", self.ui.basis, None),
            ("handler_opinion", self.ui.handlerOpinion, None),
            ("leader_opinion", self.ui.leaderOpinion, None),
            ("returned_materials", self.ui.returnedMaterials, None),
        ):
            self.errors.add(key, widget, label)
        self.ui.matter.setText(item.content.name if item else "")
        self.ui.applicantName.setText(applicant_name)
        self.ui.applicantUnit.setText(applicant_unit)
        self.ui.applicantPhone.setText(applicant_phone)
        self.ui.handlerOpinion.setPlainText(DEFAULT_HANDLER_OPINION)
        self.ui.reasonChoice.addItem("（自行填写理由和依据）", None)
        for reason in item.content.refusal_reasons if item else ():
            self.ui.reasonChoice.addItem(reason.reason, (reason.reason, reason.basis))
        self.ui.reasonChoice.currentIndexChanged.connect(self._reason_chosen)
        self.ui.leader.addItem("（稍后报领导签署）", None)
        for text, staff_id in leader_choices(hall):
            self.ui.leader.addItem(text, staff_id)
        if self.ui.reasonChoice.count() > 1:
            self.ui.reasonChoice.setCurrentIndex(1)
        (self.ui.applicantName if not applicant_name else self.ui.reasonChoice).setFocus()

    def _reason_chosen(self, index: int) -> None:
        data = self.ui.reasonChoice.itemData(index)
        if data:
            self.ui.reason.setPlainText(data[0])
            self.ui.basis.setPlainText(data[1])

    def request(self) -> RefusalRequest:
        return RefusalRequest(
            applicant_name=self.ui.applicantName.text(),
            applicant_unit=self.ui.applicantUnit.text(),
            applicant_phone=self.ui.applicantPhone.text(),
            matter=self.ui.matter.text(),
            item_id=self.item.item_id if self.item else None,
            reason=self.ui.reason.toPlainText(),
            basis=self.ui.basis.toPlainText(),
            handler_opinion=self.ui.handlerOpinion.toPlainText(),
            leader_id=self.ui.leader.currentData(),
            leader_opinion=self.ui.leaderOpinion.toPlainText(),
            returned_materials=self.ui.returnedMaterials.text(),
            intake_id=self.intake_id,
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            self.refusal = self.hall.refusals.file(self.request())
        except FieldError as err:
            self.errors.show(err.field, err.message)
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.accept()


class LeaderOpinionDialog(QDialog):
    """领导意见 on a filed refusal (also marks it reported)."""

    def __init__(self, hall: Hall, refusal: RefusalView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hall = hall
        self.refusal = refusal
        self.ui = Ui_LeaderOpinionDialog()
        self.ui.setupUi(self)
        self.resize(520, 360)
        self.errors = FieldErrors(self.ui.errorLabel)
        self.errors.add("leader_opinion", self.ui.opinion, self.ui.opinionError)
        self.errors.add("leader_id", self.ui.leader, None)
        self.errors.add("reported_on", self.ui.reportedOn, None)
        self.ui.recordLabel.setText(
            f"{refusal.number}　{refusal.applicant_name}　{refusal.matter}\n理由：{refusal.reason}"
        )
        for text, staff_id in leader_choices(hall):
            self.ui.leader.addItem(text, staff_id)
        if refusal.leader_id is not None:
            self.ui.leader.setCurrentIndex(max(0, self.ui.leader.findData(refusal.leader_id)))
        self.ui.opinion.setPlainText(refusal.leader_opinion or "同意不予受理。")
        today = hall.ctx.now().date()
        day = refusal.reported_on or today
        self.ui.reportedOn.setDate(QDate(day.year, day.month, day.day))
        self.ui.reportedOn.setMaximumDate(QDate(today.year, today.month, today.day))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("确定")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.opinion.setFocus()

    def save(self) -> None:
        self.errors.clear()
        leader = self.ui.leader.currentData()
        if leader is None:
            self.errors.show("leader_id", "请选择签署意见的领导")
            return
        try:
            self.refusal = self.hall.refusals.record_leader_opinion(
                self.refusal.id,
                int(leader),
                self.ui.opinion.toPlainText(),
                self.ui.reportedOn.date().toPython(),  # type: ignore[arg-type]
                expected_version=self.refusal.row_version,
            )
        except FieldError as err:
            self.errors.show(err.field, err.message)
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self.accept()
