"""Visitors' personal data: masking for public eyes and exports, and anonymising old records.

- `mask_for_display(value, kind)` is what any screen the public may see, any printout
  handed out and any export show: ``138****5678``, ``110101********1234``, ``张*明``.
- Exports are masked unless a director or admin asks for the full data; that request
  goes through `PrivacyService.authorise_unmasked_export`, which checks the role and
  writes an "export_unmasked" audit row.
- `PrivacyService.anonymise()` blanks names, phones, ID numbers and addresses of
  visitors in records older than privacy.anonymise_after_years. The records stay (the
  ledgers keep their counts and matters); the old values are also redacted from the
  audit trail, which would otherwise keep a copy of them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from desk.db.audit_hook import REDACTED, record_event
from desk.db.base import Base
from desk.db.models import AuditEntry, Intake, IntakeCorrection
from desk.domain.admin.audit_labels import table_label
from desk.domain.admin.settings import SettingsService
from desk.domain.common.context import Context
from desk.domain.common.validation import mask_id, mask_phone
from desk.domain.people.permissions import Permission, require

# ---- masking ---------------------------------------------------------------------------


def mask_name(name: str) -> str:
    """``张三`` → ``张*``, ``曾小明`` → ``曾*明``, ``欧阳娜娜`` → ``欧**娜``."""
    name = name.strip()
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def mask_address(address: str) -> str:
    """Keep the first six characters (town, village) and hide the rest."""
    address = address.strip()
    if len(address) <= 6:
        return address[:2] + "*" * max(len(address) - 2, 0)
    return address[:6] + "****"


_MASKS: dict[str, Callable[[str], str]] = {
    "phone": mask_phone,
    "id": mask_id,
    "name": mask_name,
    "address": mask_address,
}

KINDS = tuple(_MASKS)


def mask_for_display(value: str | None, kind: str) -> str:
    """Mask a personal value of the given kind ("phone", "id", "name", "address")."""
    if not value:
        return ""
    return _MASKS[kind](value)


def export_value(value: str | None, kind: str, unmasked: bool) -> str:
    """The value as an export writes it: masked unless an authorised unmasked export."""
    return (value or "") if unmasked else mask_for_display(value, kind)


# ---- where visitors' personal data lives -------------------------------------------------


@dataclass(frozen=True)
class PersonalData:
    """A table holding visitors' personal data: which columns, and which date ages it."""

    table: str
    date_column: str
    columns: tuple[str, ...]
    # Free-text columns (an archived notice's HTML) that contain the values verbatim.
    text_columns: tuple[str, ...] = ()
    # Columns derived from the personal ones (search helpers), recomputed afterwards.
    derived: tuple[str, ...] = field(default=())

    @property
    def all_columns(self) -> tuple[str, ...]:
        return (*self.columns, *self.text_columns, *self.derived)


PERSONAL_DATA: tuple[PersonalData, ...] = (
    PersonalData(
        "intakes",
        "created_at",
        ("visitor_name", "visitor_phone", "visitor_id_number", "visitor_address"),
        derived=("visitor_initials", "search_text", "search_grams", "id_warning"),
    ),
    PersonalData("handovers", "created_at", ("visitor_name", "visitor_phone")),
    PersonalData(
        "appointments", "created_at", ("visitor_name", "visitor_phone", "visitor_address")
    ),
    PersonalData("time_limit_cases", "accepted_at", ("visitor_name", "visitor_phone")),
    PersonalData("refusal_records", "created_at", ("applicant_name", "applicant_phone")),
    PersonalData(
        "notices",
        "created_at",
        ("visitor_name", "visitor_phone"),
        text_columns=("html", "spoken_text"),
    ),
)

# Intake corrections store old and new values of these intake columns.
_CORRECTED = frozenset(PERSONAL_DATA[0].columns)
_REDACTED_COLUMNS = frozenset(
    {"old_value", "new_value"}.union(*(p.all_columns for p in PERSONAL_DATA))
)


def _classes() -> dict[str, type[Any]]:
    return {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}


def _years_before(now: datetime, years: int) -> datetime:
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


@dataclass(frozen=True)
class AnonymiseCount:
    table: str
    label: str
    rows: int


class PrivacyService:
    def __init__(self, ctx: Context, settings: SettingsService) -> None:
        self.ctx = ctx
        self.settings = settings

    # ---- unmasked exports -------------------------------------------------------------
    def authorise_unmasked_export(self, what: str, rows: int, destination: str = "") -> None:
        """Call before writing an export with full phones/ID numbers (director or admin).

        Raises PermissionDenied for anyone else; on success the request is in the audit
        trail ("export_unmasked": what, how many rows, where to).
        """
        require(self.ctx, Permission.EXPORT_UNMASKED)
        note = f"导出未遮蔽的个人信息：{what}，{rows}行"
        if destination:
            note += f"，保存到 {destination}"

        def work(s: Session) -> None:
            record_event(
                s,
                "export_unmasked",
                note=note,
                after={"what": what, "rows": rows, "destination": destination},
            )

        self.ctx.write(work)

    # ---- anonymisation ----------------------------------------------------------------
    def cutoff(self, years: int | None = None) -> datetime:
        """Records dated before this are old enough to anonymise."""
        years = int(self.settings.get("privacy.anonymise_after_years") if years is None else years)
        return _years_before(self.ctx.now(), years)

    def preview(self, years: int | None = None) -> list[AnonymiseCount]:
        """How many records of each kind would lose personal data (for the confirmation)."""
        cutoff = self.cutoff(years)
        with self.ctx.db.read() as s:
            return [
                AnonymiseCount(spec.table, table_label(spec.table), len(ids))
                for spec, ids in self._due(s, cutoff)
            ]

    def anonymise(self, years: int | None = None) -> list[AnonymiseCount]:
        """Blank visitors' personal data older than the cutoff (director or admin)."""
        require(self.ctx, Permission.ANONYMISE)
        cutoff = self.cutoff(years)
        classes = _classes()

        def work(s: Session) -> list[AnonymiseCount]:
            # Set before anything is flushed (queries autoflush): the audit rows of these
            # changes must not copy the old values into the trail.
            s.info["audit_redact"] = _REDACTED_COLUMNS
            s.info["audit_action"] = "anonymise"
            _scrub_freed_space(s)
            counts = []
            for spec, ids in self._due(s, cutoff):
                for chunk in _chunks(ids):
                    model = classes[spec.table]
                    rows = s.scalars(select(model).where(model.id.in_(chunk))).all()
                    for row in rows:
                        _blank(row, spec)
                    _redact_trail(s, spec.table, chunk, spec.all_columns)
                if spec.table == "intakes":
                    _blank_corrections(s, ids)
                counts.append(AnonymiseCount(spec.table, table_label(spec.table), len(ids)))
            s.flush()
            _compact_search_index(s)
            summary = "，".join(f"{c.label}{c.rows}条" for c in counts if c.rows) or "没有到期记录"
            record_event(
                s,
                "anonymise",
                note=f"匿名化 {cutoff:%Y-%m-%d} 以前的办事人个人信息：{summary}",
                after={c.table: c.rows for c in counts},
            )
            return counts

        return self.ctx.write(work)

    @staticmethod
    def _due(s: Session, cutoff: datetime) -> Iterable[tuple[PersonalData, list[int]]]:
        classes = _classes()
        for spec in PERSONAL_DATA:
            model = classes.get(spec.table)
            if model is None:
                continue
            q = select(model.id).where(
                getattr(model, spec.date_column) < cutoff,
                or_(*(getattr(model, c) != "" for c in spec.columns)),
            )
            yield spec, list(s.scalars(q.order_by(model.id)))


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def _blank(row: Any, spec: PersonalData) -> None:
    values = [getattr(row, c) for c in spec.columns if getattr(row, c)]
    for column in spec.text_columns:
        text = getattr(row, column) or ""
        for value in sorted(values, key=len, reverse=True):
            text = text.replace(value, REDACTED)
        setattr(row, column, text)
    for column in spec.columns:
        setattr(row, column, "")
    if isinstance(row, Intake):
        row.visitor_initials = ""
        row.id_warning = ""
        _reindex(row)


def _reindex(intake: Intake) -> None:
    """Rebuild the intake's search text without the visitor (the issue-3 search helper)."""
    try:
        from desk.domain.intake import search as intake_search
    except ImportError:  # pragma: no cover - the intake search always exists with intakes
        intake.search_text = ""
        return
    intake_search.index_intake(intake)


def _blank_corrections(s: Session, intake_ids: list[int]) -> None:
    for chunk in _chunks(intake_ids):
        rows = s.scalars(
            select(IntakeCorrection).where(
                IntakeCorrection.intake_id.in_(chunk), IntakeCorrection.field.in_(_CORRECTED)
            )
        ).all()
        for row in rows:
            row.old_value, row.new_value = "", ""
        _redact_trail(s, "intake_corrections", [r.id for r in rows], ("old_value", "new_value"))


def _redact_trail(s: Session, table: str, ids: list[int], columns: Iterable[str]) -> None:
    """Replace the personal values kept in earlier audit rows of these records."""
    columns = frozenset(columns)
    if not ids:
        return
    entries = s.execute(
        select(AuditEntry.id, AuditEntry.before_json, AuditEntry.after_json).where(
            AuditEntry.table_name == table, AuditEntry.row_id.in_([str(i) for i in ids])
        )
    ).all()
    for entry_id, before, after in entries:
        new_before, new_after = _redact_json(before, columns), _redact_json(after, columns)
        if (new_before, new_after) != (before, after):
            s.execute(
                update(AuditEntry)
                .where(AuditEntry.id == entry_id)
                .values(before_json=new_before, after_json=new_after)
            )


def _redact_json(text: str, columns: frozenset[str]) -> str:
    if not text:
        return text
    data = json.loads(text)
    changed = False
    for key in columns & data.keys():
        if data[key] not in ("", None, REDACTED):
            data[key] = REDACTED
            changed = True
    return json.dumps(data, ensure_ascii=False, sort_keys=True) if changed else text


def _scrub_freed_space(s: Session) -> None:
    """SQLite: overwrite the old values where they were stored instead of leaving them in
    free pages of the file (secure_delete), for the rest of this connection's life."""
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete = ON")


def _compact_search_index(s: Session) -> None:
    """Merge the intake full-text index so deleted name/phone tokens are dropped for good."""
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        return
    exists = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'intakes_fts'"
    ).first()
    if exists:
        conn.exec_driver_sql("INSERT INTO intakes_fts(intakes_fts) VALUES ('optimize')")
