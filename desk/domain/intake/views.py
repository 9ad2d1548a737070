"""The values the intake service takes and returns: drafts in, frozen views out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desk.domain.board.away import AwayWait
from desk.domain.common.codes import (
    Channel,
    HandoverState,
    MatterKind,
    MatterScope,
    Outcome,
    ServingRole,
    Status,
)
from desk.domain.intake.decisions import Decision


@dataclass
class IntakeDraft:
    """What the clerk typed into the 办事登记表, before validation."""

    channel: Channel
    visitor_name: str
    matter: str
    outcome: Outcome
    visitor_phone: str = ""
    visitor_unit: str = ""
    visitor_id_number: str = ""
    visitor_address: str = ""
    message: str = ""
    scope: MatterScope = MatterScope.POST
    service_item_id: int | None = None
    post_id: int | None = None
    # For a matter of this hall without a post: the department answering for it.
    department_id: int | None = None
    # What was done, or (非本机关职责) the explanation given to the visitor.
    result: str = ""
    referred_department_id: int | None = None
    referred_to: str = ""
    referred_phone: str = ""
    # The staff member the visitor asked; defaults to the signed-in operator.
    first_contact_id: int | None = None
    # The clerk checked the ID document and accepts stdnum's warnings about it.
    accept_warnings: bool = False


@dataclass
class HandoverDraft:
    """The handover prompt's content (prefilled from the intake, editable)."""

    to_id: int
    visitor_name: str = ""
    visitor_phone: str = ""
    visitor_unit: str = ""
    matter: str = ""
    message: str = ""


@dataclass(frozen=True)
class PersonView:
    """A staff member as the routing panel shows them: name and whereabouts."""

    staff_id: int
    name: str
    status: Status
    status_text: str = ""
    place: str = ""
    expected_return: datetime | None = None
    contact_phone: str = ""
    phone: str = ""

    @property
    def in_post(self) -> bool:
        return not self.status.is_absent

    @property
    def status_label(self) -> str:
        if self.status is Status.OTHER and self.status_text:
            return self.status_text
        return self.status.label

    @property
    def whereabouts(self) -> str:
        """The status with its details: 外出开会（县政府），预计11-16 14:00返回."""
        text = self.status_label
        if self.in_post:
            return text
        if self.place:
            text += f"（{self.place}）"
        if self.expected_return is not None:
            text += f"，预计{self.expected_return:%m-%d %H:%M}返回"
        return text


@dataclass(frozen=True)
class RecipientChoice:
    """One candidate the handover prompt offers as recipient."""

    staff_id: int
    name: str
    role: ServingRole
    status: Status

    @property
    def label(self) -> str:
        return f"{self.role.label} {self.name}（{self.status.label}）"


@dataclass(frozen=True)
class RoutingView:
    """The routing panel: the responsible post, A/B, who serves now, the recommendation."""

    scope: MatterScope
    decision: Decision
    service_item_id: int | None = None
    item_name: str = ""
    kind: MatterKind | None = None
    post_id: int | None = None
    post_name: str = ""
    window_no: str = ""
    department_id: int | None = None
    department: str = ""
    department_phone: str = ""
    a: PersonView | None = None
    b: PersonView | None = None
    head: PersonView | None = None
    serving: PersonView | None = None
    recipient: PersonView | None = None
    candidates: tuple[RecipientChoice, ...] = ()
    # Today's 值班领导 (领导值班表), whom the clerk asks (请示值班领导) when nobody else can.
    duty_leader: PersonView | None = None

    @property
    def recommended(self) -> Outcome:
        return self.decision.outcome

    @property
    def responsible_absent(self) -> bool:
        return self.decision.responsible_absent

    @property
    def serving_role(self) -> ServingRole:
        return self.decision.serving.role


@dataclass(frozen=True)
class SavedIntake:
    intake_id: int
    handover_id: int | None
    outcome: Outcome
    service_item_id: int | None = None


@dataclass(frozen=True)
class IntakeFilter:
    """Register filters; dates are inclusive, ``None`` leaves that side open."""

    date_from: date | None = None
    date_to: date | None = None
    outcome: Outcome | None = None
    post_id: int | None = None
    # The first contact or the responsible person.
    staff_id: int | None = None
    # Name, phone fragment, unit, matter or the name's pinyin initials.
    text: str = ""
    include_voided: bool = True
    overdue_only: bool = False
    limit: int = 2000


@dataclass(frozen=True)
class IntakeRow:
    """One line of the intake register."""

    id: int
    created_at: datetime
    channel: Channel
    visitor_unit: str
    visitor_name: str
    visitor_phone: str
    matter: str
    post: str
    responsible: str
    first_contact: str
    outcome: Outcome
    handover_state: HandoverState | None
    handover_to: str
    handover_overdue: bool
    voided: bool
    edit_count: int


@dataclass(frozen=True)
class CorrectionView:
    number: int
    corrected_at: datetime
    operator: str
    field: str
    field_label: str
    old_value: str
    new_value: str
    reason: str


@dataclass(frozen=True)
class HandoverView:
    id: int
    intake_id: int
    created_at: datetime
    from_id: int
    from_name: str
    to_id: int
    to_name: str
    recipient_role: ServingRole
    visitor_unit: str
    visitor_name: str
    visitor_phone: str
    matter: str
    message: str
    state: HandoverState
    contacted_at: datetime | None
    contact_result: str
    contacted_by: str
    closed_at: datetime | None
    closed_by: str
    # The first moment the recipient was in post after the handover (None: not yet back).
    back_at: datetime | None
    due: date | None
    overdue: bool
    # 待联系 while the recipient is away now: how long the visitor has waited for them.
    wait: AwayWait | None = None
    # Reassigned from someone away: when the present recipient got it (None: at creation).
    assigned_at: datetime | None = None
    # The version a contact form opens on (desk.domain.common.edits).
    row_version: int = 0

    @property
    def may_hand_on(self) -> bool:
        """The recipient has been away too long: the handover may go to B or the head."""
        return (
            self.state is HandoverState.PENDING and self.wait is not None and self.wait.escalatable
        )


@dataclass(frozen=True)
class IntakeDetail:
    """Everything about one intake, for the register's detail pane."""

    id: int
    created_at: datetime
    channel: Channel
    visitor_unit: str
    visitor_name: str
    visitor_phone: str
    visitor_id_number: str
    visitor_address: str
    id_warning: str
    service_item_id: int | None
    matter: str
    message: str
    scope: MatterScope
    post_id: int | None
    post: str
    department: str
    responsible_id: int | None
    responsible: str
    serving: str
    serving_role: ServingRole
    first_contact_id: int
    first_contact: str
    operator: str
    outcome: Outcome
    recommended_outcome: Outcome | None
    result: str
    referred_to: str
    referred_phone: str
    no_handover_reason: str
    edit_count: int
    edited_at: datetime | None
    voided_at: datetime | None
    void_reason: str
    voided_by: str
    handover: HandoverView | None
    corrections: tuple[CorrectionView, ...] = field(default_factory=tuple)
    # The version a correction form edits from (desk.domain.common.edits).
    row_version: int = 0

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


@dataclass(frozen=True)
class AppointmentSeed:
    """The data an appointment-book entry starts from when made out of an intake."""

    intake_id: int
    visitor_unit: str
    visitor_name: str
    visitor_phone: str
    visitor_address: str
    matter: str
    message: str
    service_item_id: int | None
    post_id: int | None
    # The responsible person (the post's A holder, else B): the handler to call back.
    handler_id: int | None
    handler_name: str
    source: str = "intake"


#: Fields a correction may change, with their Chinese labels.
CORRECTABLE_FIELDS: dict[str, str] = {
    "channel": "渠道",
    "visitor_unit": "单位",
    "visitor_name": "姓名",
    "visitor_phone": "联系电话",
    "visitor_id_number": "身份证号码",
    "visitor_address": "地址",
    "matter": "拟办事项",
    "message": "留言",
    "result": "办理结果/说明",
    "referred_to": "引导至",
    "referred_phone": "对方电话",
}
