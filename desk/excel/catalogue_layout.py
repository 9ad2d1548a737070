"""The documented layout of the 事项库 Excel workbook (sheets, columns, allowed values).

The same tables drive the export, the import's validation and the 说明 sheet written
into every exported workbook, so the documentation cannot drift from the code.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.domain.common.codes import MaterialForm, MatterKind

SHEET_ITEMS = "事项"
SHEET_MATERIALS = "材料"
SHEET_REASONS = "不予受理理由"
SHEET_HELP = "说明"

ACTIVE_LABELS = {"启用": True, "停用": False}
REQUIRED_LABELS = {"必需": True, "视情况": False}
KIND_LABELS = {k.label: k for k in MatterKind}
FORM_LABELS = {f.label: f for f in MaterialForm}


@dataclass(frozen=True)
class Column:
    """One column: its header, the key it fills, whether it is required, and help text."""

    header: str
    key: str
    required: bool = False
    width: int = 14
    help: str = ""
    wrap: bool = False


ITEM_COLUMNS: tuple[Column, ...] = (
    Column("事项编码", "code", True, 11, "本中心的事项编码，全表唯一；"
           "材料和不予受理理由按编码对应事项。导入时编码已存在的事项保存为新版本，不存在的新建。"),
    Column("事项名称", "name", True, 26, "事项的正式名称，最多200字。"),
    Column("简称/别名", "aliases", False, 18, "群众常用的叫法，多个用“；”分隔（如：低保申请）。"
           "检索时可按名称、别名或其拼音首字母查找。"),
    Column("责任部门", "department", False, 14, "部门名称，须与系统中的部门一致；"
           "填写了窗口岗位时可留空。"),
    Column("窗口岗位", "post", False, 14, "岗位名称，须与系统中的岗位一致；"
           "同名岗位须同时填写责任部门。"),
    Column("办件类型", "kind", True, 10, "即办件、承诺件、联办件、上报件、补办件、退回件之一。"),
    Column("承诺时限（工作日）", "promised_days", True, 10,
           "不小于0的整数；即办件填0，其他类型至少为1。"),
    Column("回复时限（工作日）", "callback_days", False, 10,
           "预约回复时限，不小于0的整数；留空表示按中心设置。"),
    Column("设定依据", "legal_basis", False, 40, "法律法规及文件依据，可换行。", True),
    Column("申请条件", "conditions", False, 40, "可换行。", True),
    Column("办理程序", "procedure", False, 40, "每个步骤一行。", True),
    Column("收费标准", "fees", False, 18, "不收费的填“不收费”。", True),
    Column("前置审批", "prerequisites", False, 18, "没有的填“无”。", True),
    Column("办理地点", "location", False, 22, ""),
    Column("办理时间", "hours", False, 22, ""),
    Column("咨询电话", "consult_phone", False, 15, "手机或固定电话（如 0571-88880001）。"),
    Column("投诉电话", "complaint_phone", False, 15, "留空时打印中心的投诉电话。"),
    Column("状态", "active", False, 8, "启用或停用；留空为启用。"),
)  # fmt: skip

MATERIAL_COLUMNS: tuple[Column, ...] = (
    Column("事项编码", "code", True, 11, "所属事项的编码，须在“事项”表中。"),
    Column("事项名称", "item_name", False, 24, "仅供阅读；填写时须与“事项”表中该编码的名称一致。"),
    Column("序号", "seq", False, 6, "材料在告知单上的顺序（正整数）；留空按行序。"),
    Column("材料名称", "name", True, 30, "最多200字。"),
    Column("原件/复印件", "form", True, 12, "原件、复印件、原件及复印件之一。"),
    Column("份数", "copies", False, 6, "1至99的整数；留空为1。"),
    Column("要求", "required", False, 8, "必需或视情况；留空为必需。"),
    Column("备注", "note", False, 30, "如“视情况”材料适用的情形。", True),
)  # fmt: skip

REASON_COLUMNS: tuple[Column, ...] = (
    Column("事项编码", "code", True, 11, "所属事项的编码，须在“事项”表中。"),
    Column("事项名称", "item_name", False, 24, "仅供阅读；填写时须与“事项”表中该编码的名称一致。"),
    Column("不予受理情形", "reason", True, 36, "不予受理的理由。", True),
    Column("依据", "basis", False, 44, "该理由的法律法规依据。", True),
)  # fmt: skip

SHEETS: tuple[tuple[str, tuple[Column, ...], str], ...] = (
    (SHEET_ITEMS, ITEM_COLUMNS, "每行一个事项。"),
    (SHEET_MATERIALS, MATERIAL_COLUMNS, "每行一项申请材料，按事项编码归属到事项。"),
    (SHEET_REASONS, REASON_COLUMNS, "每行一条标准不予受理理由，按事项编码归属到事项。"),
)

HELP_INTRO = (
    "事项库工作簿说明",
    "本工作簿由“事项库 → 导出事项库”生成，可在 Excel/WPS 中编辑后用“导入事项库”导回。",
    "第1行为表头，请勿修改表头和工作表名称；从第2行起每行一条记录，空行会被忽略。",
    "带 * 的列必须填写。导入前会逐行检查全部内容：只要有一处问题，就一条也不导入，"
    "并列出问题所在的工作表、行号、列和原因，改正后重新导入即可。",
    "导入不会删除系统中已有但表中没有的事项；要停用事项，请在“状态”列填“停用”。",
    "每次导入都会为内容有变化的事项保存一个新版本，已打印的告知单仍保留打印时的版本。",
)
