"""The plain, frozen views of the service catalogue that widgets, printing and import use."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desk.domain.common.codes import MaterialForm, MatterKind


@dataclass(frozen=True)
class ServiceItemView:
    """An item as pickers and routing need it (the summary of its newest version)."""

    id: int
    code: str
    name: str
    aliases: str
    department_id: int
    department: str
    post_id: int | None
    post: str
    window_no: str
    kind: MatterKind
    promised_days: int
    callback_days: int | None
    active: bool
    version: int

    @property
    def time_limit_text(self) -> str:
        """承诺时限 as printed: 即办 for on-the-spot items, else N个工作日."""
        if self.kind is MatterKind.INSTANT or self.promised_days <= 0:
            return "即办（材料齐全当场办结）"
        return f"{self.promised_days}个工作日"


@dataclass(frozen=True)
class MaterialSpec:
    """One line of the 材料目录 (input of a save, and part of a version view)."""

    name: str
    form: MaterialForm = MaterialForm.COPY
    copies: int = 1
    required: bool = True
    note: str = ""
    # Set in views read from the store; ignored when saving.
    id: int | None = field(default=None, compare=False)

    @property
    def form_label(self) -> str:
        return self.form.label

    @property
    def requirement_label(self) -> str:
        return "必需" if self.required else "视情况"


@dataclass(frozen=True)
class RefusalReasonSpec:
    """A standard 不予受理 reason and its legal basis."""

    reason: str
    basis: str = ""
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ItemContent:
    """Everything one version of an item holds: what an edit or an import saves."""

    name: str
    department_id: int | None = None
    post_id: int | None = None
    kind: MatterKind = MatterKind.INSTANT
    promised_days: int = 0
    code: str = ""
    aliases: str = ""
    callback_days: int | None = None
    active: bool = True
    legal_basis: str = ""
    conditions: str = ""
    procedure: str = ""
    fees: str = ""
    prerequisites: str = ""
    location: str = ""
    hours: str = ""
    consult_phone: str = ""
    complaint_phone: str = ""
    materials: tuple[MaterialSpec, ...] = ()
    refusal_reasons: tuple[RefusalReasonSpec, ...] = ()

    @property
    def procedure_steps(self) -> list[str]:
        """The procedure one step a line, blank lines dropped."""
        return [line.strip() for line in self.procedure.splitlines() if line.strip()]


@dataclass(frozen=True)
class ItemVersionView:
    """One immutable version of an item with the names its ids stand for."""

    item_id: int
    version_id: int
    version: int
    created_at: datetime
    operator: str
    change_note: str
    department: str
    post: str
    window_no: str
    content: ItemContent

    @property
    def name(self) -> str:
        return self.content.name

    @property
    def time_limit_text(self) -> str:
        c = self.content
        if c.kind is MatterKind.INSTANT or c.promised_days <= 0:
            return "即办（材料齐全当场办结）"
        return f"{c.promised_days}个工作日"


@dataclass(frozen=True)
class VersionSummary:
    """A line of an item's version history."""

    version_id: int
    version: int
    created_at: datetime
    operator: str
    change_note: str
    name: str
    materials: int
