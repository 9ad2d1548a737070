"""What the duty context takes and returns: the fill rule, drafts, frozen views."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

WEEKDAYS = "一二三四五六日"

# The five things the 值班领导 checks each day (领导值班监督制度), in the log's order.
CHECKS: tuple[tuple[str, str], ...] = (
    ("attendance", "日常出勤"),
    ("badges", "挂牌上岗"),
    ("manner", "服务态度"),
    ("environment", "环境卫生"),
    ("safety", "安全防范"),
)
CHECK_LABELS = dict(CHECKS)


@dataclass(frozen=True)
class DutyRule:
    """How a month is filled: by the date's last digit (尾数为1 …) or by weekday.

    ``leaders[key]`` lists who takes the days with that key in turn (the rule book's
    "尾数为1 汪志勇/杨卫红": the 1st, 11th, 21st and 31st alternate between two).
    Keys: 0–9 for "digit", 0 (Monday)–6 for "weekday".
    """

    by: str  # "digit" | "weekday"
    leaders: dict[int, tuple[int, ...]]

    def key(self, day: date) -> int:
        return day.day % 10 if self.by == "digit" else day.weekday()

    @staticmethod
    def key_label(by: str, key: int) -> str:
        return f"尾数为{key}" if by == "digit" else f"星期{WEEKDAYS[key]}"

    def to_setting(self) -> dict[str, object]:
        return {"by": self.by, "leaders": {str(k): list(v) for k, v in self.leaders.items()}}

    @classmethod
    def from_setting(cls, value: object) -> DutyRule | None:
        if not isinstance(value, dict) or value.get("by") not in ("digit", "weekday"):
            return None
        raw = value.get("leaders") or {}
        leaders = {int(k): tuple(int(i) for i in v) for k, v in dict(raw).items() if v}
        return cls(str(value["by"]), leaders)


@dataclass(frozen=True)
class DutyDayView:
    """One date of the roster: its leader (if any), how it was set, and its log."""

    day: date
    working: bool
    leader_id: int | None
    leader: str
    source: str  # "rule" | "manual" | "swap" | ""
    note: str
    # The swap that gave the day to its present leader, as text ("原值班领导周丽萍：…").
    swap_text: str
    log_state: str  # "已签字" | "未签字" | "未填写" | ""

    @property
    def weekday(self) -> str:
        return f"周{WEEKDAYS[self.day.weekday()]}"

    @property
    def source_label(self) -> str:
        return {"rule": "按规则", "manual": "手工安排", "swap": "调剂"}.get(self.source, "")


@dataclass(frozen=True)
class DutySwapView:
    id: int
    day: date
    from_name: str
    to_name: str
    return_day: date | None
    reason: str
    handover: str
    reported: bool
    created_at: datetime
    voided: bool
    void_reason: str


@dataclass
class DutyLogDraft:
    """What the 值班记录 form holds. ``<check>_ok``: None 未检查, True 正常, False 有问题."""

    attendance_ok: bool | None = None
    attendance_note: str = ""
    badges_ok: bool | None = None
    badges_note: str = ""
    manner_ok: bool | None = None
    manner_note: str = ""
    environment_ok: bool | None = None
    environment_note: str = ""
    safety_ok: bool | None = None
    safety_note: str = ""
    notes: str = ""


@dataclass(frozen=True)
class DayRecord:
    """A record another context links to a day's log (a complaint, a 差评 …)."""

    kind: str
    kind_label: str
    record_id: int
    summary: str
    state_label: str = ""


# Installed by the Hall: the records of one kind handled on a day (issue: complaints, 差评).
DayRecordProvider = Callable[[Session, date], list[DayRecord]]


@dataclass(frozen=True)
class DutyLogView:
    id: int
    day: date
    leader_id: int | None
    leader: str
    checks: tuple[tuple[str, str, bool | None, str], ...]  # (key, label, ok, note)
    notes: str
    created_at: datetime
    updated_at: datetime | None
    written_by: str
    signed_at: datetime | None
    signed_by: str
    voided: bool
    void_reason: str
    records: tuple[DayRecord, ...] = field(default_factory=tuple)

    @property
    def signed(self) -> bool:
        return self.signed_at is not None

    @property
    def state_label(self) -> str:
        if self.voided:
            return f"已作废：{self.void_reason}" if self.void_reason else "已作废"
        return "已签字" if self.signed else "未签字"

    def draft(self) -> DutyLogDraft:
        values: dict[str, object] = {"notes": self.notes}
        for key, _label, ok, note in self.checks:
            values[f"{key}_ok"], values[f"{key}_note"] = ok, note
        return DutyLogDraft(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class MissingLog:
    """A past working day whose 值班记录 is missing or not signed."""

    day: date
    leader: str
    state: str  # "未填写" | "未签字"
