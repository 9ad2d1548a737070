"""Frozen views of notices and refusal filings, and the draft a notice template renders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desk.domain.catalogue.views import ItemVersionView
from desk.domain.common.codes import MaterialForm, NoticeKind


@dataclass(frozen=True)
class MaterialTick:
    """One material of the checklist and whether the visitor already has it (☑) or not (☐)."""

    material_id: int | None
    name: str
    form: MaterialForm
    copies: int
    required: bool
    note: str
    had: bool

    @property
    def form_label(self) -> str:
        return self.form.label

    @property
    def requirement_label(self) -> str:
        return "必需" if self.required else "视情况"

    @property
    def box(self) -> str:
        return "☑" if self.had else "☐"


@dataclass(frozen=True)
class RefusalView:
    """A 否定报备登记 record."""

    id: int
    number: str
    created_at: datetime
    operator: str
    intake_id: int | None
    item_id: int | None
    item_version_id: int | None
    matter: str
    applicant_unit: str
    applicant_name: str
    applicant_phone: str
    reason: str
    basis: str
    handler_id: int | None
    handler: str
    handler_opinion: str
    leader_id: int | None
    leader: str
    leader_opinion: str
    leader_at: datetime | None
    reported_on: date | None
    # The day by which it must be reported to the leader (2 working days).
    report_due: date
    returned_materials: str
    voided_at: datetime | None
    void_reason: str
    # The version the leader-opinion form opens on (desk.domain.common.edits).
    row_version: int = 0

    def is_report_overdue(self, today: date) -> bool:
        """Not yet reported to a leader and past the 2-working-day limit."""
        return self.voided_at is None and self.reported_on is None and today > self.report_due


@dataclass(frozen=True)
class NoticeDraft:
    """Everything a notice template prints; built inside the saving transaction."""

    kind: NoticeKind
    number: str
    created_at: datetime
    hall_name: str
    hall_logo: str
    hall_phone: str
    complaint_phone: str
    item: ItemVersionView
    ticks: tuple[MaterialTick, ...]
    visitor_name: str
    visitor_unit: str
    # Masked (138****5678): the paper goes home with the visitor.
    visitor_phone: str
    clerk_name: str
    window_no: str
    refusal: RefusalView | None = None

    @property
    def missing(self) -> tuple[MaterialTick, ...]:
        return tuple(t for t in self.ticks if not t.had)

    @property
    def had(self) -> tuple[MaterialTick, ...]:
        return tuple(t for t in self.ticks if t.had)


@dataclass(frozen=True)
class NoticeView:
    """An archived notice: who gave it, when, from which item version, with which ticks."""

    id: int
    kind: NoticeKind
    number: str
    created_at: datetime
    operator: str
    clerk_name: str
    window_no: str
    item_id: int | None
    item_version_id: int | None
    item_version: int
    intake_id: int | None
    refusal_id: int | None
    matter: str
    visitor_unit: str
    visitor_name: str
    visitor_phone: str
    ticks: tuple[MaterialTick, ...]
    missing_count: int
    html: str
    spoken_text: str
    print_count: int
    last_printed_at: datetime | None
    voided_at: datetime | None
    void_reason: str

    @property
    def missing(self) -> tuple[MaterialTick, ...]:
        return tuple(t for t in self.ticks if not t.had)

    @property
    def printed(self) -> bool:
        return bool(self.html)
