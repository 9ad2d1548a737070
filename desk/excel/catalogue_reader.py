"""Reading and checking a 事项库 workbook: every problem of every row, located by cell.

Nothing here writes: `read_catalogue` returns the parsed items and the list of
problems; desk.excel.catalogue_book imports only when that list is empty.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desk.domain.catalogue.rules import MAX_COPIES, TEXT_FIELDS, check_days, clean_content
from desk.domain.catalogue.views import ItemContent, MaterialSpec, RefusalReasonSpec
from desk.domain.common.codes import MatterKind
from desk.domain.common.errors import DomainError
from desk.domain.common.text import TEXT_LIMITS, FieldError, clean_text
from desk.domain.common.validation import check_phone
from desk.domain.people.staff import DepartmentView, PostView
from desk.excel.catalogue_layout import (
    ACTIVE_LABELS,
    FORM_LABELS,
    ITEM_COLUMNS,
    KIND_LABELS,
    MATERIAL_COLUMNS,
    REASON_COLUMNS,
    REQUIRED_LABELS,
    SHEET_ITEMS,
    SHEET_MATERIALS,
    SHEET_REASONS,
    Column,
)


@dataclass(frozen=True, order=True)
class ImportProblem:
    """One problem in the workbook: where it is and what is wrong, in Chinese."""

    sheet: str
    row: int
    column: str  # letter, "" when the whole row or sheet is meant
    header: str
    message: str

    def __str__(self) -> str:
        where = f"“{self.sheet}”表 第{self.row}行"
        if self.column:
            where += f" {self.column}列（{self.header}）"
        return f"{where}：{self.message}"


@dataclass
class ParsedItem:
    """An item read from the workbook, with where its parts came from (for messages)."""

    row: int
    content: ItemContent
    material_rows: list[int] = field(default_factory=list)
    reason_rows: list[int] = field(default_factory=list)


class _Sheet:
    """Rows of one worksheet as {key: value}, with the column letter of every key."""

    def __init__(self, ws: Any, title: str, columns: tuple[Column, ...]) -> None:
        from openpyxl.utils import get_column_letter

        self.title = title
        self.columns = {c.key: c for c in columns}
        self.letters: dict[str, str] = {}
        self.problems: list[ImportProblem] = []
        rows = list(ws.iter_rows(values_only=True)) if ws is not None else []
        header = rows[0] if rows else ()
        by_header = {c.header: c.key for c in columns}
        index: dict[str, int] = {}
        for i, value in enumerate(header):
            text = str(value or "").strip().rstrip("*").strip()
            if text in by_header:
                index[by_header[text]] = i
                self.letters[by_header[text]] = get_column_letter(i + 1)
        for c in columns:
            if c.key not in index and c.required:
                self.problems.append(
                    ImportProblem(title, 1, "", "", f"缺少必填列“{c.header}”（请勿修改表头）")
                )
        self.rows: list[tuple[int, dict[str, Any]]] = []
        for n, values in enumerate(rows[1:], start=2):
            record = {key: values[i] if i < len(values) else None for key, i in index.items()}
            if any(v is not None and str(v).strip() for v in record.values()):
                self.rows.append((n, record))

    def problem(self, row: int, key: str, message: str) -> None:
        header = self.columns[key].header if key in self.columns else ""
        self.problems.append(
            ImportProblem(self.title, row, self.letters.get(key, ""), header, message)
        )


def _text(value: Any) -> str:
    """A cell as text: numbers without a trailing .0 (编码 1001 stays "1001")."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _cell(
    sheet: _Sheet, row: int, key: str, check: Callable[..., Any], *args: Any, **kwargs: Any
) -> Any:
    """Run one field check on a cell; a FieldError becomes a problem at that cell.

    ``default`` (keyword) is returned after a problem.
    """
    default = kwargs.pop("default", None)
    try:
        return check(*args, field=key, **kwargs)
    except FieldError as err:
        sheet.problem(row, key, err.message)
        return default


def _choice(
    sheet: _Sheet, row: int, key: str, value: Any, labels: dict[str, Any], default: Any
) -> Any:
    """A value from a fixed list (办件类型, 原件/复印件, 必需/视情况, 启用/停用)."""
    text = _text(value).strip()
    if not text:
        if sheet.columns[key].required:
            sheet.problem(row, key, f"请填写{sheet.columns[key].header}")
        return default
    if text in labels:
        return labels[text]
    sheet.problem(row, key, f"“{text}”无效，应为{'、'.join(labels)}之一")
    return default


def _place(
    sheet: _Sheet,
    row: int,
    rec: dict[str, Any],
    departments: Sequence[DepartmentView],
    posts: Sequence[PostView],
) -> tuple[int | None, int | None]:
    """(department id, post id) from the names in the row."""
    dept_name = _text(rec.get("department")).strip()
    post_name = _text(rec.get("post")).strip()
    dept = next((d for d in departments if d.name == dept_name), None)
    if dept_name and dept is None:
        sheet.problem(row, "department", f"系统中没有名为“{dept_name}”的部门")
        return None, None
    if post_name:
        found = [p for p in posts if p.name == post_name]
        if dept is not None:
            found = [p for p in found if p.department_id == dept.id]
        if not found:
            where = f"部门“{dept_name}”下" if dept is not None else "系统中"
            sheet.problem(row, "post", f"{where}没有名为“{post_name}”的岗位")
            return None, None
        if len(found) > 1:
            sheet.problem(row, "post", f"有多个名为“{post_name}”的岗位，请同时填写责任部门")
            return None, None
        return found[0].department_id, found[0].id
    if dept is None:
        sheet.problem(row, "department", "请填写责任部门或窗口岗位")
        return None, None
    return dept.id, None


def _item_row(
    sheet: _Sheet,
    row: int,
    rec: dict[str, Any],
    departments: Sequence[DepartmentView],
    posts: Sequence[PostView],
) -> ItemContent:
    """One row of the 事项 sheet, every cell checked on its own."""

    def text(key: str, label: str, max_len: int, **kw: Any) -> str:
        value = _text(rec.get(key))
        return _cell(sheet, row, key, clean_text, value, label=label, max_len=max_len, **kw) or ""

    code = text("code", "事项编码", 40, required=True)
    name = text("name", "事项名称", TEXT_LIMITS["matter"], required=True)
    dept_id, post_id = _place(sheet, row, rec, departments, posts)
    kind = _choice(sheet, row, "kind", rec.get("kind"), KIND_LABELS, MatterKind.INSTANT)
    raw_days = rec.get("promised_days")
    days = _cell(sheet, row, "promised_days", check_days, raw_days, label="承诺时限")
    if kind is not MatterKind.INSTANT and days == 0 and raw_days not in (None, ""):
        sheet.problem(row, "promised_days", f"{kind.label}的承诺时限至少为1个工作日")
    callback = _cell(
        sheet, row, "callback_days", check_days, rec.get("callback_days"), label="回复时限",
        allow_none=True,
    )  # fmt: skip
    texts = {
        key: text(key, label, limit, multiline=multiline)
        for key, (label, limit, multiline) in TEXT_FIELDS.items()
        if key != "code"
    }
    phones = {
        key: _cell(sheet, row, key, check_phone, _text(rec.get(key)), label=label, default="")
        for key, label in (("consult_phone", "咨询电话"), ("complaint_phone", "投诉电话"))
    }
    active = _choice(sheet, row, "active", rec.get("active"), ACTIVE_LABELS, True)
    return ItemContent(
        name=name,
        department_id=dept_id,
        post_id=post_id,
        kind=kind,
        promised_days=days or 0,
        code=code,
        callback_days=callback,
        active=active,
        **texts,
        **phones,
    )


def _owner(
    sheet: _Sheet, row: int, rec: dict[str, Any], items: dict[str, ParsedItem]
) -> ParsedItem | None:
    """The item a material or reason row belongs to (by its 事项编码)."""
    code = _text(rec.get("code")).strip()
    if not code:
        sheet.problem(row, "code", "请填写事项编码")
        return None
    item = items.get(code)
    if item is None:
        sheet.problem(row, "code", f"“事项”表中没有编码为“{code}”的事项")
        return None
    name = _text(rec.get("item_name")).strip()
    if name and item.content.name and name != item.content.name:
        sheet.problem(row, "item_name", f"与“事项”表中编码{code}的名称“{item.content.name}”不一致")
    return item


def _material_row(sheet: _Sheet, row: int, rec: dict[str, Any]) -> tuple[int | None, MaterialSpec]:
    """(序号 or None, material) of one row of the 材料 sheet."""
    seq = None
    if rec.get("seq") not in (None, ""):
        seq = _cell(sheet, row, "seq", check_days, rec.get("seq"), label="序号")
        if seq == 0:
            sheet.problem(row, "seq", "序号须为正整数")
    name = _cell(
        sheet, row, "name", clean_text, _text(rec.get("name")), label="材料名称", max_len=200,
        required=True, default="",
    )  # fmt: skip
    form = _choice(sheet, row, "form", rec.get("form"), FORM_LABELS, FORM_LABELS["复印件"])
    copies = 1
    if rec.get("copies") not in (None, ""):
        copies = _cell(sheet, row, "copies", check_days, rec.get("copies"), label="份数")
        if copies is not None and not 1 <= copies <= MAX_COPIES:
            sheet.problem(row, "copies", f"份数须为1至{MAX_COPIES}之间的整数")
    required = _choice(sheet, row, "required", rec.get("required"), REQUIRED_LABELS, True)
    note = _cell(
        sheet, row, "note", clean_text, _text(rec.get("note")), label="备注",
        max_len=TEXT_LIMITS["note"], multiline=True, default="",
    )  # fmt: skip
    spec = MaterialSpec(
        name=name, form=form, copies=max(copies or 1, 1), required=required, note=note
    )
    return seq, spec


def _reason_row(sheet: _Sheet, row: int, rec: dict[str, Any]) -> RefusalReasonSpec:
    reason = _cell(
        sheet, row, "reason", clean_text, _text(rec.get("reason")), label="不予受理情形",
        max_len=TEXT_LIMITS["reason"], required=True, multiline=True, default="",
    )  # fmt: skip
    basis = _cell(
        sheet, row, "basis", clean_text, _text(rec.get("basis")), label="依据",
        max_len=TEXT_LIMITS["long_text"], multiline=True, default="",
    )  # fmt: skip
    return RefusalReasonSpec(reason, basis)


def _open(path: str | Path) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(str(path), read_only=True, data_only=True)
    except FileNotFoundError:
        raise DomainError(f"找不到文件：{path}") from None
    except Exception as exc:  # openpyxl raises many kinds for a non-workbook file
        raise DomainError(
            f"无法读取该文件（{type(exc).__name__}）：请选择 .xlsx 格式的事项库工作簿"
        ) from None


def read_catalogue(
    path: str | Path, departments: Sequence[DepartmentView], posts: Sequence[PostView]
) -> tuple[list[ParsedItem], list[ImportProblem]]:
    """Parse and check the whole workbook; returns (items, problems sorted by place)."""
    wb = _open(path)
    try:
        names = set(wb.sheetnames)
        sheets = {}
        problems: list[ImportProblem] = []
        for title, columns in ((SHEET_ITEMS, ITEM_COLUMNS), (SHEET_MATERIALS, MATERIAL_COLUMNS),
                               (SHEET_REASONS, REASON_COLUMNS)):  # fmt: skip
            if title not in names and title == SHEET_ITEMS:
                problems.append(ImportProblem(title, 1, "", "", f"缺少工作表“{title}”"))
            sheets[title] = _Sheet(wb[title] if title in names else None, title, columns)
    finally:
        wb.close()
    items_sheet = sheets[SHEET_ITEMS]
    items: dict[str, ParsedItem] = {}
    parsed: list[ParsedItem] = []
    for row, rec in items_sheet.rows:
        content = _item_row(items_sheet, row, rec, departments, posts)
        code = content.code
        if code and code in items:
            items_sheet.problem(row, "code", f"事项编码“{code}”与第{items[code].row}行重复")
            continue
        item = ParsedItem(row, content)
        parsed.append(item)
        if code:
            items[code] = item
    mats = sheets[SHEET_MATERIALS]
    material_lists: dict[str, list[tuple[tuple[int, int], MaterialSpec, int]]] = {}
    for row, rec in mats.rows:
        owner = _owner(mats, row, rec, items)
        seq, spec = _material_row(mats, row, rec)
        if owner is not None:
            material_lists.setdefault(owner.content.code, []).append(
                ((seq if seq else 10**6, row), spec, row)
            )
    reasons = sheets[SHEET_REASONS]
    for row, rec in reasons.rows:
        owner = _owner(reasons, row, rec, items)
        spec = _reason_row(reasons, row, rec)
        if owner is not None:
            owner.content = replace(
                owner.content, refusal_reasons=(*owner.content.refusal_reasons, spec)
            )
            owner.reason_rows.append(row)
    for item in parsed:
        entries = sorted(material_lists.get(item.content.code, []), key=lambda e: e[0])
        item.content = replace(item.content, materials=tuple(e[1] for e in entries))
        item.material_rows = [e[2] for e in entries]
    problems += items_sheet.problems + mats.problems + reasons.problems
    if not problems:
        problems += _final_checks(parsed, items_sheet, mats, reasons)
    return parsed, sorted(set(problems), key=_order)


_SHEET_ORDER = {SHEET_ITEMS: 0, SHEET_MATERIALS: 1, SHEET_REASONS: 2}


def _order(p: ImportProblem) -> tuple[int, int, str]:
    return (_SHEET_ORDER.get(p.sheet, 9), p.row, p.column.rjust(3))


def _final_checks(
    parsed: list[ParsedItem], items: _Sheet, mats: _Sheet, reasons: _Sheet
) -> list[ImportProblem]:
    """The save-time rules on each whole item, mapped back to the row they came from."""
    for item in parsed:
        try:
            clean_content(item.content)
        except FieldError as err:
            key = err.field
            if key.startswith("materials["):
                index = int(key[len("materials[") : key.index("]")])
                mats.problem(item.material_rows[index], key.split(".")[-1], err.message)
            elif key.startswith("refusal_reasons["):
                index = int(key[len("refusal_reasons[") : key.index("]")])
                reasons.problem(item.reason_rows[index], key.split(".")[-1], err.message)
            else:
                items.problem(item.row, key if key in items.columns else "name", err.message)
    return items.problems + mats.problems + reasons.problems
