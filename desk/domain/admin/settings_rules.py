"""What each hall setting means, its Chinese label, and the check a new value must pass.

The settings dialog is built from SPECS, so a key another feature adds to DEFAULTS shows up
with its label once it is described here (and, undescribed, under its key as plain text or a
number, still checked for type).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desk.domain.common.text import FieldError, clean_text
from desk.domain.common.validation import check_phone

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class SettingSpec:
    label: str
    kind: str  # "text" | "phone" | "time" | "int" | "choice"
    group: str
    minimum: int = 0
    maximum: int = 0
    suffix: str = ""
    required: bool = False
    # For "choice": (stored value, Chinese label) pairs.
    choices: tuple[tuple[str, str], ...] = ()


SPECS: dict[str, SettingSpec] = {
    "hall.name": SettingSpec("服务中心名称", "text", "服务中心", required=True),
    "hall.phone": SettingSpec("咨询电话", "phone", "服务中心"),
    "hall.complaint_phone": SettingSpec("投诉电话", "phone", "服务中心"),
    "workday.start": SettingSpec("上班时间", "time", "工作时间"),
    "workday.morning_end": SettingSpec("上午下班时间（半天假）", "time", "工作时间"),
    "workday.afternoon_start": SettingSpec("下午上班时间（半天假）", "time", "工作时间"),
    "workday.end": SettingSpec("下班时间", "time", "工作时间"),
    "board.refresh_seconds": SettingSpec("去向牌自动刷新", "int", "去向牌", 5, 600, " 秒"),
    "handover.limit_days": SettingSpec("转交事项跟进时限", "int", "时限", 0, 30, " 个工作日"),
    "appointment.callback_days": SettingSpec("预约回电时限", "int", "时限", 0, 30, " 个工作日"),
    "appointment.slot_minutes": SettingSpec("预约时段长度", "int", "时限", 5, 240, " 分钟"),
    "case.max_extension_days": SettingSpec("承诺件最多延长", "int", "时限", 0, 60, " 个工作日"),
    "case.reported_max_days": SettingSpec("上报件办结时限", "int", "时限", 1, 365, " 天"),
    "away.escalate_days": SettingSpec(
        "待离岗人员办理超过（可转交B岗）", "int", "时限", 0, 30, " 个工作日"
    ),
    "leave.approver": SettingSpec(
        "请假审批人",
        "choice",
        "请销假与值班",
        choices=(("director", "中心主任"), ("duty_leader", "值班领导（当日）")),
    ),
    "reminder.interval_minutes": SettingSpec("到期提醒间隔", "int", "提醒与安全", 1, 240, " 分钟"),
    "session.lock_minutes": SettingSpec("无操作自动锁定", "int", "提醒与安全", 0, 240, " 分钟"),
    "backup.keep_daily": SettingSpec("保留每日备份", "int", "备份", 1, 365, " 份"),
    "backup.keep_monthly": SettingSpec("保留每月备份", "int", "备份", 0, 120, " 份"),
    "backup.folder": SettingSpec("备份文件夹（留空：数据库旁的 backups）", "text", "备份"),
    "privacy.anonymise_after_years": SettingSpec(
        "来访人信息保存年限", "int", "提醒与安全", 1, 30, " 年"
    ),
}

# Kept by their own dialogs (or not meant for clerks to type).
HIDDEN = frozenset({"calendar.complete_years", "hall.logo", "leave.required_statuses", "duty.rule"})


def spec_for(key: str, default: Any) -> SettingSpec | None:
    """The spec of a key; a generic one for an undescribed int or text; None to hide it."""
    if key in HIDDEN:
        return None
    if key in SPECS:
        return SPECS[key]
    if isinstance(default, bool) or not isinstance(default, int | str):
        return None
    if isinstance(default, int):
        return SettingSpec(key, "int", "其他", 0, 100000)
    return SettingSpec(key, "text", "其他")


def check_value(key: str, spec: SettingSpec, value: Any) -> Any:
    """The cleaned value, or FieldError(key, "中文提示")."""
    if spec.kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise FieldError(key, f"{spec.label}应为整数")
        if not spec.minimum <= value <= spec.maximum:
            raise FieldError(key, f"{spec.label}应在{spec.minimum}到{spec.maximum}之间")
        return value
    text = str(value)
    if spec.kind == "choice":
        if text not in {code for code, _label in spec.choices}:
            labels = "、".join(label for _code, label in spec.choices)
            raise FieldError(key, f"{spec.label}只能选{labels}")
        return text
    if spec.kind == "time":
        text = text.strip()
        if not _HHMM.match(text):
            raise FieldError(key, f"{spec.label}请写成“08:30”的形式")
        return text
    if spec.kind == "phone":
        return check_phone(text, field=key, label=spec.label) if text.strip() else ""
    return clean_text(text, field=key, label=spec.label, max_len=100, required=spec.required)


def check_settings(values: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    """Check every value first (nothing is saved when one is wrong), then cross-checks."""
    out = {}
    for key, value in values.items():
        spec = spec_for(key, defaults.get(key))
        if spec is None:
            raise FieldError(key, f"设置项“{key}”不能在这里修改")
        out[key] = check_value(key, spec, value)
    start = out.get("workday.start")
    end = out.get("workday.end")
    if start and end and start >= end:
        raise FieldError("workday.end", "下班时间应晚于上班时间")
    noon, afternoon = out.get("workday.morning_end"), out.get("workday.afternoon_start")
    if noon and afternoon and noon > afternoon:
        raise FieldError("workday.afternoon_start", "下午上班时间不能早于上午下班时间")
    if start and noon and not start < noon:
        raise FieldError("workday.morning_end", "上午下班时间应晚于上班时间")
    if end and afternoon and not afternoon < end:
        raise FieldError("workday.afternoon_start", "下午上班时间应早于下班时间")
    return out
