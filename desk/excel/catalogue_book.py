"""事项库 ⇄ Excel: export the catalogue to a documented workbook and import it back.

Layout: see desk.excel.catalogue_layout (and the 说明 sheet of every exported file).
The import checks every row of every sheet first and reports each problem as
(sheet, row, column letter + header, Chinese message); if there is any problem nothing
is imported. Otherwise all changed or new items are saved as new versions in ONE
transaction through CatalogueService.save_many. openpyxl is imported lazily.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.domain.catalogue.views import ItemContent
from desk.domain.common.errors import DomainError
from desk.excel.catalogue_layout import (
    HELP_INTRO,
    SHEET_HELP,
    SHEET_ITEMS,
    SHEET_MATERIALS,
    SHEET_REASONS,
    SHEETS,
    Column,
)
from desk.excel.catalogue_reader import ImportProblem, ParsedItem, read_catalogue

if TYPE_CHECKING:
    from desk.domain.hall import Hall

__all__ = [
    "CatalogueImportError",
    "ImportProblem",
    "ImportResult",
    "ParsedItem",
    "export_catalogue",
    "import_catalogue",
    "read_catalogue",
]


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int

    def __str__(self) -> str:
        return f"新增{self.created}个事项，更新{self.updated}个，未变化{self.unchanged}个"


@dataclass
class CatalogueImportError(DomainError):
    """The workbook has problems; nothing was imported."""

    problems: list[ImportProblem] = field(default_factory=list)

    def __str__(self) -> str:
        return f"事项库文件有{len(self.problems)}处问题，未导入任何内容。"


# ------------------------------------------------------------------------------ export
def _safe(cell: Any) -> None:
    """Text that looks like a formula stays text (a name like "=1+1" must not compute)."""
    if isinstance(cell.value, str) and cell.value.startswith("="):
        cell.data_type = "s"


def _sheet(wb: Any, title: str, columns: tuple[Column, ...], rows: Iterable[list[Any]]) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="DDE7F0")
    for col, c in enumerate(columns, start=1):
        cell = ws.cell(1, col, c.header + ("*" if c.required else ""))
        cell.font = Font(bold=True)
        cell.fill = head_fill
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(col)].width = c.width + 2
    top_wrap = Alignment(vertical="top", wrap_text=True)
    top = Alignment(vertical="top")
    for r, values in enumerate(rows, start=2):
        for col, (c, value) in enumerate(zip(columns, values, strict=True), start=1):
            cell = ws.cell(r, col, None if value == "" else value)
            _safe(cell)
            cell.border = border
            cell.alignment = top_wrap if c.wrap else top
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(ws.max_row, 1)}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4


def _add_choices(wb: Any) -> None:
    """Drop-down lists for the columns with fixed values."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from desk.excel.catalogue_layout import (
        ACTIVE_LABELS,
        FORM_LABELS,
        KIND_LABELS,
        REQUIRED_LABELS,
    )

    choices = {"kind": KIND_LABELS, "active": ACTIVE_LABELS, "form": FORM_LABELS,
               "required": REQUIRED_LABELS}  # fmt: skip
    for title, columns, _ in SHEETS:
        ws = wb[title]
        for col, c in enumerate(columns, start=1):
            if c.key in choices:
                dv = DataValidation(
                    type="list", formula1='"' + ",".join(choices[c.key]) + '"', allow_blank=True,
                    error=f"请从列表中选择{c.header}", errorTitle="无效的值", showErrorMessage=True,
                )  # fmt: skip
                letter = get_column_letter(col)
                dv.add(f"{letter}2:{letter}2000")
                ws.add_data_validation(dv)


def _help_sheet(wb: Any) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(SHEET_HELP, 0)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 8
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["D"].width = 8
    ws.column_dimensions["E"].width = 70
    ws.cell(1, 1, HELP_INTRO[0]).font = Font(bold=True, size=14)
    row = 2
    for line in HELP_INTRO[1:]:
        ws.cell(row, 1, line)
        row += 1
    for title, columns, about in SHEETS:
        row += 1
        ws.cell(row, 1, f"工作表“{title}”：{about}").font = Font(bold=True)
        row += 1
        for col, text in enumerate(("工作表", "列", "表头", "必填", "说明"), start=1):
            ws.cell(row, col, text).font = Font(bold=True)
        for col, c in enumerate(columns, start=1):
            row += 1
            values = (title, get_column_letter(col), c.header, "是" if c.required else "", c.help)
            for i, value in enumerate(values, start=1):
                ws.cell(row, i, value).alignment = Alignment(vertical="top", wrap_text=i == 5)


def export_catalogue(hall: Hall, path: str | Path, *, when: datetime | None = None) -> int:
    """Write every item (newest version, inactive ones too) to path; returns the item count."""
    from openpyxl import Workbook

    departments = {d.id: d.name for d in hall.staff.departments(include_inactive=True)}
    posts = {p.id: p.name for p in hall.staff.posts(include_inactive=True)}
    contents = hall.catalogue.contents(include_inactive=True)
    item_rows, material_rows, reason_rows = [], [], []
    for c in contents:
        item_rows.append([
            c.code, c.name, c.aliases, departments.get(c.department_id or 0, ""),
            posts.get(c.post_id or 0, ""), c.kind.label, c.promised_days,
            "" if c.callback_days is None else c.callback_days, c.legal_basis, c.conditions,
            c.procedure, c.fees, c.prerequisites, c.location, c.hours, c.consult_phone,
            c.complaint_phone, "启用" if c.active else "停用",
        ])  # fmt: skip
        for seq, m in enumerate(c.materials, start=1):
            material_rows.append([
                c.code, c.name, seq, m.name, m.form.label, m.copies,
                "必需" if m.required else "视情况", m.note,
            ])  # fmt: skip
        for r in c.refusal_reasons:
            reason_rows.append([c.code, c.name, r.reason, r.basis])
    wb = Workbook()
    wb.remove(wb.active)
    rows = {SHEET_ITEMS: item_rows, SHEET_MATERIALS: material_rows, SHEET_REASONS: reason_rows}
    for title, columns, _ in SHEETS:
        _sheet(wb, title, columns, rows[title])
    _add_choices(wb)
    _help_sheet(wb)
    wb.active = 1  # open on 事项
    stamp = when or hall.ctx.now()
    wb.properties.creator = str(hall.settings.get("hall.name"))
    wb.properties.title = "事项库"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    wb.save(tmp)
    tmp.replace(target)
    return len(contents)


# ------------------------------------------------------------------------------ import
def import_catalogue(
    hall: Hall, path: str | Path, change_note: str = "由Excel导入"
) -> ImportResult:
    """Check the whole workbook, then save new/changed items in one transaction.

    Raises CatalogueImportError (with every problem) and imports nothing when any row
    is wrong; DomainError when the file cannot be read at all.
    """
    parsed, problems = read_catalogue(
        path,
        hall.staff.departments(include_inactive=True),
        hall.staff.posts(include_inactive=True),
    )
    if problems:
        raise CatalogueImportError(problems=problems)
    writes: list[tuple[int | None, ItemContent]] = []
    created = updated = unchanged = 0
    for item in parsed:
        existing = hall.catalogue.by_code(item.content.code)
        if existing is None:
            writes.append((None, item.content))
            created += 1
            continue
        current = hall.catalogue.detail(existing.id).content
        if _same(current, item.content):
            unchanged += 1
        else:
            writes.append((existing.id, item.content))
            updated += 1
    if writes:
        hall.catalogue.save_many(writes, change_note)
    return ImportResult(created, updated, unchanged)


def _same(a: ItemContent, b: ItemContent) -> bool:
    # The department follows the post when a post is given.
    if a.post_id is not None and a.post_id == b.post_id:
        b = replace(b, department_id=a.department_id)
    return a == b
