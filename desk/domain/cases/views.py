"""The values the 限时办结 service takes and returns: drafts in, frozen views out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desk.domain.common.codes import CaseState, MatterKind, ToldHow

#: Kinds whose limit is counted in working days (工作日).
WORKING_DAY_KINDS = frozenset({MatterKind.PROMISED, MatterKind.JOINT, MatterKind.SUPPLEMENT})
#: Kinds due on the day they are received (the next working day when received on a holiday).
SAME_DAY_KINDS = frozenset({MatterKind.INSTANT, MatterKind.RETURNED})
#: Kinds whose limit is counted in calendar days (上报件: ≤ 60 days).
CALENDAR_DAY_KINDS = frozenset({MatterKind.REPORTED})

OPEN_CASE_STATES = (CaseState.ACCEPTED, CaseState.IN_PROGRESS)


def receipt_number(year: int, seq: int) -> str:
    """〔2026〕第0001号"""
    return f"〔{year}〕第{seq:04d}号"


def limit_text(kind: MatterKind, days: int) -> str:
    """承诺时限 as printed: "即办（当日办结）", "10个工作日", "60日"."""
    if kind in SAME_DAY_KINDS:
        return "即办（当日办结）" if kind is MatterKind.INSTANT else "当日退回"
    if kind in CALENDAR_DAY_KINDS:
        return f"{days}日"
    return f"{days}个工作日"


@dataclass(frozen=True)
class MaterialLine:
    """One material received, as the 收件回执 lists it."""

    name: str
    pages: int = 1
    copies: int = 1
    # "原件" / "复印件" / "原件及复印件"
    form: str = ""
    note: str = ""


@dataclass
class CaseDraft:
    """What the 受理 dialog holds before validation. ``None`` takes the default."""

    intake_id: int
    kind: MatterKind
    limit_days: int | None = None
    handler_id: int | None = None
    matter: str | None = None
    notes: str = ""
    materials: tuple[MaterialLine, ...] = ()


@dataclass
class ExtensionDraft:
    """延期: reason, approver, and how the applicant was told; extra days in the case's unit."""

    reason: str
    approver_id: int | None
    extra_days: int
    applicant_told: bool
    told_how: ToldHow | None = None
    told_at: datetime | None = None


@dataclass(frozen=True)
class DeadlinePreview:
    """The promised date a kind and limit give, for the dialog to show before saving."""

    kind: MatterKind
    limit_days: int
    promised_date: date
    # The span crosses days the calendar only guesses (a year the package does not know).
    provisional: bool

    @property
    def limit_text(self) -> str:
        return limit_text(self.kind, self.limit_days)


@dataclass(frozen=True)
class ExtensionView:
    id: int
    created_at: datetime
    operator: str
    reason: str
    approver_id: int
    approver: str
    applicant_told: bool
    told_how: ToldHow | None
    told_at: datetime | None
    old_date: date
    extra_days: int
    new_date: date


@dataclass(frozen=True)
class CaseView:
    """One 限时办结 case with its deadline state worked out against today."""

    id: int
    number: str
    intake_id: int
    service_item_id: int | None
    matter: str
    visitor_unit: str
    visitor_name: str
    visitor_phone: str
    post_id: int | None
    post: str
    handler_id: int
    handler: str
    kind: MatterKind
    limit_days: int
    accepted_at: datetime
    accepted_by: str
    original_date: date
    promised_date: date
    notes: str
    state: CaseState
    started_at: datetime | None
    completed_at: datetime | None
    completed_by: str
    result: str
    late: bool
    returned_at: datetime | None
    return_reason: str
    voided: bool
    void_reason: str
    provisional: bool
    overdue: bool
    due_today: bool
    # Working (or, for 上报件, calendar) days from today to the promised date; < 0 overdue.
    days_left: int
    extensions: tuple[ExtensionView, ...] = ()
    materials: tuple[MaterialLine, ...] = field(default_factory=tuple)
    # The version a dialog (延期) opens on (desk.domain.common.edits).
    row_version: int = 0

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_CASE_STATES and not self.voided

    @property
    def limit_text(self) -> str:
        return limit_text(self.kind, self.limit_days)

    @property
    def extended(self) -> bool:
        return bool(self.extensions)

    @property
    def visitor(self) -> str:
        return " ".join(x for x in (self.visitor_unit, self.visitor_name) if x)

    @property
    def state_label(self) -> str:
        if self.voided:
            return "已作废"
        if self.state is CaseState.COMPLETED and self.late:
            return "已办结（超期）"
        if self.overdue:
            return f"{self.state.label}（已超期）"
        return self.state.label

    @property
    def total_pages(self) -> int:
        return sum(m.pages * m.copies for m in self.materials)


@dataclass(frozen=True)
class CaseFilter:
    """Case list filters; dates (of acceptance) are inclusive, ``None`` leaves that side open."""

    date_from: date | None = None
    date_to: date | None = None
    states: tuple[CaseState, ...] = ()
    kind: MatterKind | None = None
    handler_id: int | None = None
    post_id: int | None = None
    text: str = ""
    overdue_only: bool = False
    late_only: bool = False
    include_voided: bool = False
    limit: int = 5000
