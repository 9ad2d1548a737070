"""事项库 Excel import/export: valid files import, bad rows import nothing and are located."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desk.domain.common.codes import MaterialForm, MatterKind
from desk.domain.common.errors import DomainError
from desk.domain.seed.catalogue import install_demo_catalogue
from desk.excel.catalogue_book import (
    CatalogueImportError,
    export_catalogue,
    import_catalogue,
    read_catalogue,
)
from desk.excel.catalogue_layout import (
    ITEM_COLUMNS,
    MATERIAL_COLUMNS,
    REASON_COLUMNS,
    SHEET_HELP,
    SHEET_ITEMS,
    SHEET_MATERIALS,
    SHEET_REASONS,
)


def _write(path: Path, items: list[dict[str, Any]], materials=(), reasons=()) -> Path:  # type: ignore[no-untyped-def]
    """A workbook written by hand (as a hall would type it), headers from the layout."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, columns, rows in (
        (SHEET_ITEMS, ITEM_COLUMNS, items),
        (SHEET_MATERIALS, MATERIAL_COLUMNS, materials),
        (SHEET_REASONS, REASON_COLUMNS, reasons),
    ):
        ws = wb.create_sheet(title)
        ws.append([c.header + ("*" if c.required else "") for c in columns])
        for row in rows:
            ws.append([row.get(c.header) for c in columns])
    wb.save(path)
    return path


ITEMS = [
    {"事项编码": "MZ001", "事项名称": "最低生活保障申请", "简称/别名": "低保申请",
     "窗口岗位": "低保审核", "办件类型": "承诺件", "承诺时限（工作日）": 30,
     "设定依据": "《社会救助暂行办法》第九条", "咨询电话": "0571-88880001"},
    {"事项编码": "YB001", "事项名称": "城乡居民医保参保登记", "责任部门": "社会保障所",
     "窗口岗位": "医疗保险", "办件类型": "即办件", "承诺时限（工作日）": 0, "状态": "启用"},
    {"事项编码": "MZ002", "事项名称": "临时救助申请", "责任部门": "民政办",
     "办件类型": "承诺件", "承诺时限（工作日）": "10"},
]  # fmt: skip
MATERIALS = [
    {"事项编码": "MZ001", "序号": 2, "材料名称": "居民户口簿", "原件/复印件": "原件及复印件"},
    {"事项编码": "MZ001", "序号": 1, "材料名称": "低保申请书", "原件/复印件": "原件",
     "份数": 1, "要求": "必需", "备注": "本人签字"},
    {"事项编码": "MZ001", "材料名称": "残疾人证", "原件/复印件": "复印件", "要求": "视情况",
     "备注": "有残疾的提供"},
    {"事项编码": "YB001", "事项名称": "城乡居民医保参保登记", "材料名称": "身份证",
     "原件/复印件": "原件"},
]  # fmt: skip
REASONS = [{"事项编码": "MZ001", "不予受理情形": "户籍不在本街道", "依据": "办法第八条"}]


def test_a_valid_workbook_imports(small_hall, leaders, tmp_path: Path) -> None:
    leaders.sign_in("director")
    hall = small_hall.hall
    path = _write(tmp_path / "事项.xlsx", ITEMS, MATERIALS, REASONS)
    result = import_catalogue(hall, path)
    assert (result.created, result.updated, result.unchanged) == (3, 0, 0)
    low = hall.catalogue.by_code("MZ001")
    assert low is not None and low.post_id == small_hall.post["低保"]
    assert low.department_id == small_hall.dept["民政"]
    assert low.kind is MatterKind.PROMISED and low.promised_days == 30
    assert [v.code for v in hall.catalogue.search("dbsq")] == ["MZ001"]
    content = hall.catalogue.detail(low.id).content
    # 序号 orders the materials; rows without one follow.
    assert [(m.name, m.form, m.required) for m in content.materials] == [
        ("低保申请书", MaterialForm.ORIGINAL, True),
        ("居民户口簿", MaterialForm.BOTH, True),
        ("残疾人证", MaterialForm.COPY, False),
    ]
    assert content.refusal_reasons[0].basis == "办法第八条"
    assert content.consult_phone == "0571-88880001"
    relief = hall.catalogue.by_code("MZ002")
    assert relief is not None and relief.post_id is None and relief.promised_days == 10
    # Importing the same file again changes nothing and writes no version.
    again = import_catalogue(hall, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert hall.catalogue.get(low.id).version == 1


def test_bad_rows_import_nothing_and_name_the_cells(small_hall, leaders, tmp_path: Path) -> None:
    leaders.sign_in("director")
    hall = small_hall.hall
    bad = [
        ITEMS[0],
        {**ITEMS[1], "事项名称": None},  # row 3: missing name
        {**ITEMS[2], "窗口岗位": "不存在的窗口", "责任部门": None},  # row 4: unknown post
        {"事项编码": "X1", "事项名称": "某事项", "窗口岗位": "医疗保险", "办件类型": "承诺件",
         "承诺时限（工作日）": -5},  # row 5: negative days
    ]  # fmt: skip
    path = _write(tmp_path / "bad.xlsx", bad, MATERIALS, REASONS)
    with pytest.raises(CatalogueImportError) as err:
        import_catalogue(hall, path)
    problems = err.value.problems
    assert [(p.sheet, p.row, p.column, p.header) for p in problems] == [
        ("事项", 3, "B", "事项名称"),
        ("事项", 4, "E", "窗口岗位"),
        ("事项", 5, "G", "承诺时限（工作日）"),
    ]
    assert problems[0].message == "请填写事项名称"
    assert "不存在的窗口" in problems[1].message
    assert "负数" in problems[2].message
    assert str(problems[2]) == (
        "“事项”表 第5行 G列（承诺时限（工作日））：承诺时限不能为负数（现为-5）"
    )
    assert "3处问题" in str(err.value)
    assert hall.catalogue.items(include_inactive=True) == []  # nothing imported


def test_material_and_reason_rows_are_checked_too(small_hall, leaders, tmp_path: Path) -> None:
    leaders.sign_in("director")
    materials = [
        *MATERIALS,
        {"事项编码": "NOPE", "材料名称": "身份证", "原件/复印件": "原件"},
        {"事项编码": "MZ001", "材料名称": "照片", "原件/复印件": "扫描件", "份数": 2.5},
        {"事项编码": "MZ001", "事项名称": "别的名字", "材料名称": "", "原件/复印件": "原件"},
    ]
    reasons = [*REASONS, {"事项编码": "MZ001", "不予受理情形": None, "依据": "某条"}]
    path = _write(tmp_path / "bad.xlsx", ITEMS, materials, reasons)
    with pytest.raises(CatalogueImportError) as err:
        import_catalogue(small_hall.hall, path)
    assert [(p.sheet, p.row, p.column) for p in err.value.problems] == [
        ("材料", 6, "A"),
        ("材料", 7, "E"),
        ("材料", 7, "F"),
        ("材料", 8, "B"),
        ("材料", 8, "D"),
        ("不予受理理由", 3, "C"),
    ]
    assert small_hall.hall.catalogue.items(include_inactive=True) == []


def test_export_then_import_round_trips(small_hall, leaders, tmp_path: Path) -> None:
    leaders.sign_in("director")
    hall = small_hall.hall
    ids = install_demo_catalogue(hall)
    # Text that looks like a formula must stay text.
    hall.catalogue.update_item(ids[1], aliases="=1+1；临时救助")
    hall.catalogue.set_active(ids[2], False)
    path = tmp_path / "export.xlsx"
    assert export_catalogue(hall, path) == len(ids)

    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [SHEET_HELP, SHEET_ITEMS, SHEET_MATERIALS, SHEET_REASONS]
    help_text = " ".join(str(c.value) for row in wb[SHEET_HELP].iter_rows() for c in row)
    assert "一条也不导入" in help_text and "原件及复印件" in help_text

    parsed, problems = read_catalogue(
        path, hall.staff.departments(include_inactive=True), hall.staff.posts(True)
    )
    assert problems == []
    assert [p.content for p in parsed] == hall.catalogue.contents(include_inactive=True)
    result = import_catalogue(hall, path)
    assert (result.created, result.updated, result.unchanged) == (0, 0, len(ids))

    # An edit in the spreadsheet becomes exactly one new version.
    ws = wb[SHEET_MATERIALS]
    first = ws.cell(2, 4).value
    ws.cell(2, 4, f"{first}（新版）")
    wb.save(path)
    result = import_catalogue(hall, path)
    assert (result.updated, result.unchanged) == (1, len(ids) - 1)
    changed = hall.catalogue.by_code(ws.cell(2, 1).value)
    assert changed is not None and changed.version == 2
    detail = hall.catalogue.detail(changed.id)
    assert detail.content.materials[0].name == f"{first}（新版）"
    assert detail.change_note == "由Excel导入"


def test_unreadable_file_is_a_chinese_error(small_hall, tmp_path: Path) -> None:
    path = tmp_path / "not.xlsx"
    path.write_text("这不是工作簿", encoding="utf-8")
    with pytest.raises(DomainError, match="无法读取该文件"):
        import_catalogue(small_hall.hall, path)


def test_command_line_export_and_import(small_hall, leaders, tmp_path: Path, capsys) -> None:
    import io
    import sys

    from desk.cli import main

    leaders.sign_in("director")
    install_demo_catalogue(small_hall.hall)
    db = ["--database-url", small_hall.hall.db.url]
    out = tmp_path / "cli.xlsx"
    assert main(["catalogue-export", *db, str(out)]) == 0
    assert "已导出 13 个事项" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    wb[SHEET_ITEMS]["G2"] = "三天"
    wb.save(out)
    old_stdin = sys.stdin
    try:
        sys.stdin = io.StringIO("2468\n")
        code = main(["catalogue-import", *db, "--operator", "钱主任", str(out)])
    finally:
        sys.stdin = old_stdin
    err = capsys.readouterr().err
    assert code == 1
    assert "“事项”表 第2行 G列（承诺时限（工作日））：承诺时限须为整数（现为“三天”）" in err
    assert main(["catalogue-import", *db, str(tmp_path / "none.xlsx")]) == 2
