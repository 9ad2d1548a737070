"""The rows of the monthly ledgers (月度台账) and the month they cover.

Each ledger row is a frozen dataclass holding current values (a record corrected later
shows what it says now and is marked ``edited``); voided records are rows too, marked
``voided`` with their reason. ``state_label`` is the Chinese text of the 状态 column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from desk.domain.common.codes import Labelled
from desk.domain.common.text import FieldError

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month in local time: records created from ``start`` up to ``end``."""

    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        """'2026-11' → Month(2026, 11); anything else raises FieldError with a Chinese hint."""
        value = (text or "").strip()
        m = _MONTH.fullmatch(value)
        if m is None:
            raise FieldError("month", f"月份“{value}”格式不对，应写作“年-月”，如 2026-11")
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            raise FieldError("month", f"月份“{value}”不存在：月份应在 1 到 12 之间")
        if not 2000 <= year <= 2100:
            raise FieldError("month", f"年份“{year}”超出范围（2000–2100）")
        return cls(year, month)

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @property
    def start(self) -> datetime:
        return datetime(self.year, self.month, 1)

    @property
    def end(self) -> datetime:
        """The first moment of the next month (exclusive bound)."""
        return datetime(self.year + self.month // 12, self.month % 12 + 1, 1)

    @property
    def first_day(self) -> date:
        return self.start.date()

    @property
    def last_day(self) -> date:
        return date.fromordinal(self.end.date().toordinal() - 1)

    @property
    def label(self) -> str:
        """'2026年11月' as titles show it."""
        return f"{self.year}年{self.month}月"

    @property
    def key(self) -> str:
        """'2026-11' as the command line and file names use it."""
        return f"{self.year}-{self.month:02d}"

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)


class Timeliness(Labelled):
    """Whether a deadline-bound record (转交, 预约回复, 限时办结) was met."""

    IN_TIME = ("in_time", "按时")
    LATE = ("late", "逾期办理")
    OVERDUE = ("overdue", "已逾期未办")
    OPEN = ("open", "未到期")
    WAITING = ("waiting", "待返岗后计时")
    RETURNED = ("returned", "已退回")
    CANCELLED = ("cancelled", "已取消")
    VOID = ("void", "已作废")


def _state(voided: bool, void_reason: str, edited: bool, edits: int = 0) -> str:
    if voided:
        return f"已作废：{void_reason}" if void_reason else "已作废"
    if edited:
        return f"已更正（{edits}次）" if edits > 1 else "已更正"
    return "正常"


@dataclass(frozen=True)
class IntakeLine:
    """办事登记台账: one first contact."""

    id: int
    created_at: datetime
    channel: str
    visitor_unit: str
    visitor_name: str
    visitor_phone: str
    matter: str
    message: str
    post_id: int | None
    post: str
    department: str
    responsible_id: int | None
    responsible: str
    first_contact_id: int
    first_contact: str
    outcome: str  # Outcome code
    outcome_label: str
    result: str
    edit_count: int
    edited_at: datetime | None
    voided: bool
    void_reason: str

    @property
    def edited(self) -> bool:
        return self.edit_count > 0

    @property
    def state_label(self) -> str:
        return _state(self.voided, self.void_reason, self.edited, self.edit_count)


@dataclass(frozen=True)
class HandoverLine:
    """转交台账: one registered matter handed to the responsible person, B or the head."""

    id: int
    intake_id: int
    created_at: datetime
    from_id: int
    from_name: str
    to_id: int
    to_name: str
    recipient_role: str
    visitor_unit: str
    visitor_name: str
    visitor_phone: str
    matter: str
    back_at: datetime | None
    due: date | None
    contacted_at: datetime | None
    contact_result: str
    state_text: str
    timeliness: Timeliness
    voided: bool
    void_reason: str
    edited: bool

    @property
    def state_label(self) -> str:
        return (
            _state(self.voided, self.void_reason, self.edited)
            if self.voided
            else (self.state_text + ("（登记已更正）" if self.edited else ""))
        )


@dataclass(frozen=True)
class AppointmentLine:
    """预约登记台账: one appointment-book entry and its callback."""

    id: int
    created_at: datetime
    source: str
    visitor_unit: str
    visitor_name: str
    visitor_phone: str
    matter: str
    message: str
    handler_id: int
    handler: str
    booked_date: date | None
    slot: str
    callback_due: date | None
    contacted_at: datetime | None
    contact_note: str
    result: str
    state_text: str
    timeliness: Timeliness
    voided: bool
    void_reason: str
    edited: bool

    @property
    def state_label(self) -> str:
        if self.voided:
            return _state(True, self.void_reason, False)
        return self.state_text + ("（已修改）" if self.edited else "")


@dataclass(frozen=True)
class CaseLine:
    """限时办结台账: one accepted matter with its promised date and outcome."""

    id: int
    receipt_no: str
    accepted_at: datetime
    kind: str  # MatterKind code
    kind_label: str
    matter: str
    visitor_unit: str
    visitor_name: str
    visitor_phone: str
    post: str
    handler_id: int
    handler: str
    limit_text: str  # "10个工作日", "即办（当日办结）", "60日"
    original_date: date
    promised_date: date
    extensions: int
    extension_text: str
    completed_at: datetime | None
    result: str
    state_text: str
    timeliness: Timeliness
    voided: bool
    void_reason: str
    edited: bool

    @property
    def state_label(self) -> str:
        if self.voided:
            return _state(True, self.void_reason, False)
        return self.state_text + ("（已修改）" if self.edited else "")


@dataclass(frozen=True)
class NoticeLine:
    """一次性告知台账: one notice given (printed or told by phone)."""

    id: int
    number: str
    created_at: datetime
    kind: str  # NoticeKind code
    kind_label: str
    matter: str
    visitor_unit: str
    visitor_name: str
    visitor_phone: str
    clerk: str
    window_no: str
    missing_count: int
    print_count: int
    last_printed_at: datetime | None
    voided: bool
    void_reason: str

    @property
    def state_label(self) -> str:
        return _state(self.voided, self.void_reason, False)


@dataclass(frozen=True)
class WhereaboutsLine:
    """去向记录: one stretch of a staff member's whereabouts that touches the month."""

    id: int
    staff_id: int
    staff: str
    department: str
    status: str  # Status code
    status_label: str
    place: str
    contact_phone: str
    started_at: datetime
    expected_return: datetime | None
    ended_at: datetime | None
    operator: str
    override_reason: str
    # "请假〔2026〕第0003号", or "未请假" for an absence of a kind that needs a request.
    leave: str = ""
    no_handover_reason: str = ""


@dataclass(frozen=True)
class CoverageLine:
    """AB岗顶岗记录: one stretch during which someone other than A served the post."""

    id: int
    post: str
    window_no: str
    absent: str
    covering: str
    kind_label: str
    started_at: datetime
    ended_at: datetime | None
    hours: float | None


@dataclass(frozen=True)
class MonthWindow:
    """When and how the ledgers were read: needed on every sheet's note line."""

    month: Month
    exported_at: datetime
    hall_name: str
    masked: bool


@dataclass(frozen=True)
class DutyLogLine:
    """值班记录: one day's log of the 值班领导 (voided ones too, marked)."""

    id: int
    day: date
    weekday: str
    leader: str
    # "正常", or "有问题：…" for each of the five checks, in the log's order.
    attendance: str
    badges: str
    manner: str
    environment: str
    safety: str
    notes: str
    records: str  # the complaints and 差评 of the day, as linked records
    signed_by: str
    signed_at: datetime | None
    voided: bool
    void_reason: str

    @property
    def state_label(self) -> str:
        if self.voided:
            return _state(True, self.void_reason, False)
        return "已签字" if self.signed_at else "未签字"


@dataclass(frozen=True)
class LeaveLine:
    """请假台账: one 请假单 written in the month (withdrawn ones grey)."""

    id: int
    number: str
    created_at: datetime
    staff: str
    department: str
    kind_label: str
    period: str
    days: float
    reason: str
    cover: str
    approver: str
    decided_at: datetime | None
    decision: str
    override_reason: str
    closed_at: datetime | None
    state_text: str
    after_the_fact: bool
    voided: bool
    void_reason: str

    @property
    def state_label(self) -> str:
        if self.voided:
            return f"已撤销：{self.void_reason}" if self.void_reason else "已撤销"
        return self.state_text + ("（补办）" if self.after_the_fact else "")
