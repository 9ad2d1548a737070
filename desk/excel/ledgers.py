"""The monthly ledger workbook (月度台账): one sheet per ledger, the 汇总 first.

Fed only by domain queries (``LedgerService.collect``); this module decides what each
sheet shows and in which column, nothing about where the data comes from.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from desk.domain.common.errors import DomainError
from desk.domain.ledgers.rows import Month, MonthWindow
from desk.domain.ledgers.service import LedgerService, MonthLedgers, UnmaskedGrant
from desk.domain.ledgers.summary import DeadlineTally, LedgerSummary, Tally
from desk.excel.ledger_fields import (
    APPOINTMENT_FIELDS,
    CASE_FIELDS,
    COVERAGE_FIELDS,
    DUTY_FIELDS,
    HANDOVER_FIELDS,
    INTAKE_FIELDS,
    LEAVE_FIELDS,
    NOTICE_FIELDS,
    WHEREABOUTS_FIELDS,
    Field,
)
from desk.excel.styles import NORMAL, VOIDED
from desk.excel.workbook import Column, LedgerWorkbook, Section

__all__ = [
    "APPOINTMENT_FIELDS",
    "CASE_FIELDS",
    "COVERAGE_FIELDS",
    "DUTY_FIELDS",
    "HANDOVER_FIELDS",
    "INTAKE_FIELDS",
    "LEAVE_FIELDS",
    "LEDGER_SHEETS",
    "NOTICE_FIELDS",
    "SHEETS",
    "WHEREABOUTS_FIELDS",
    "export_month",
]

# progress(done, total, what is being done now)
ProgressFn = Callable[[int, int, str], None]

R = TypeVar("R")


def _duty_extra(d: MonthLedgers) -> str:
    text = f"本月至今应填写{d.duty_days}天（有值班安排的工作日）"
    if d.duty_missing:
        return f"{text}，未填写或未签字{len(d.duty_missing)}天：{'、'.join(d.duty_missing)}"
    return f"{text}，均已签字"


@dataclass(frozen=True)
class LedgerSheet(Generic[R]):
    """One ledger sheet: its fields, where its records come from, what its note says."""

    name: str
    fields: tuple[Field[R], ...]
    records: Callable[[MonthLedgers], Sequence[R]]
    voidable: bool = True  # records carry .voided (grey rows, counted in the note)
    what: str = ""  # "离岗记录": records listed by their stretch within the month
    extra: str | Callable[[MonthLedgers], str] = ""
    void_word: str = "作废"  # 请假单 are withdrawn (撤销), not voided

    def extra_text(self, data: MonthLedgers) -> str:
        return self.extra(data) if callable(self.extra) else self.extra

    def columns(self) -> list[Column]:
        return [f.column for f in self.fields]

    def rows(self, records: Sequence[R]) -> list[tuple[Any, ...]]:
        return [tuple(f.value(x) for f in self.fields) for x in records]


LEDGER_SHEETS: tuple[LedgerSheet[Any], ...] = (
    LedgerSheet("办事登记台账", INTAKE_FIELDS, lambda d: d.intakes),
    LedgerSheet(
        "转交台账", HANDOVER_FIELDS, lambda d: d.handovers,
        extra="联系期限＝接收人返岗后的规定工作日内",
    ),
    LedgerSheet("预约登记台账", APPOINTMENT_FIELDS, lambda d: d.appointments),
    LedgerSheet("限时办结台账", CASE_FIELDS, lambda d: d.cases),
    LedgerSheet("一次性告知台账", NOTICE_FIELDS, lambda d: d.notices),
    LedgerSheet(
        "去向记录", WHEREABOUTS_FIELDS, lambda d: d.whereabouts, voidable=False, what="离岗记录"
    ),
    LedgerSheet(
        "AB岗顶岗记录", COVERAGE_FIELDS, lambda d: d.coverage, voidable=False, what="顶岗记录"
    ),
    LedgerSheet("值班记录", DUTY_FIELDS, lambda d: d.duty_logs, extra=_duty_extra),
    LedgerSheet(
        "请假台账", LEAVE_FIELDS, lambda d: d.leave,
        extra="每周统计见“请假周统计”（台账 → 导出请假周统计）", void_word="撤销",
    ),
)  # fmt: skip


#: Sheet names in workbook order (the summary first).
SHEETS = ("汇总", *(sheet.name for sheet in LEDGER_SHEETS))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    month: Month
    rows: dict[str, int]


def _variants(lines: Sequence[Any]) -> list[int]:
    return [VOIDED if line.voided else NORMAL for line in lines]


def _note(
    w: MonthWindow,
    n: int,
    voided: int | None = None,
    extra: str = "",
    what: str = "",
    void_word: str = "作废",
) -> str:
    """The line under a sheet's title: what is listed, how many, when exported, privacy."""
    m = w.month
    span = f"{m.label}1日至{m.last_day.day}日"
    listed = f"{span}内的{what}（含跨月）" if what else f"{span}登记的记录"
    parts = [f"统计范围：{listed}，共 {n} 条"]
    if voided:
        parts[0] += f"（其中已{void_word} {voided} 条，灰色显示）"
    if extra:
        parts.append(extra)
    parts.append(f"导出时间：{w.exported_at:%Y年%m月%d日 %H:%M}")
    parts.append("电话号码已隐藏中间位" if w.masked else "电话号码未隐藏（经授权导出，注意保密）")
    if n == 0:
        parts.insert(0, "本月无记录")
    return "；".join(parts)


def _heading(w: MonthWindow, ledger: str) -> str:
    return f"{w.hall_name} {ledger} {w.month.label}"


def _share(t: Tally) -> float | str:
    return t.share if t.share is not None else "—"


def _rate(value: float | None) -> float | str:
    return value if value is not None else "—"


def _deadline_row(label: str, d: DeadlineTally) -> tuple[Any, ...]:
    return (label, d.total, d.in_time, d.late, d.overdue, d.open, d.waiting, _rate(d.rate),
            _rate(d.done_rate))  # fmt: skip


C = Column


def summary_sections(s: LedgerSummary) -> list[Section]:
    """The 汇总 sheet's tables (exposed for tests and other front ends)."""
    count = (C("项目", "text", 32), C("数量", "int", 6))
    share = (C("件数", "int", 6), C("占比", "percent"))
    sections = [
        Section("一、本月概况", count, [
            ("办事登记总数", s.intake_total), ("其中有效登记", s.intake_valid),
            ("其中已作废", s.intake_voided), ("有效登记中已更正", s.intake_edited),
            ("转交记录", s.handovers.total), ("预约登记", s.appointments.total),
            ("限时办结件", s.cases.total), ("一次性告知记录", s.notices_total),
            ("一次性告知打印份数", s.notices_printed), ("离岗记录", s.absences),
            ("顶岗记录", s.coverage_total), ("其中无人顶岗", s.coverage_uncovered),
            ("逾期合计（转交、预约、限时办结）", s.overdue_total),
        ]),
        Section(
            "二、办事登记按处理方式（不含作废）", (C("处理方式", "text", 14), *share),
            [(t.label, t.count, _share(t)) for t in s.by_outcome], chart_column=1,
            chart_title="按处理方式",
        ),
        Section(
            "三、办事登记按渠道", (C("渠道", "text", 14), *share),
            [(t.label, t.count, _share(t)) for t in s.by_channel],
        ),
        Section(
            "四、办事登记按责任岗位",
            (C("岗位", "text", 14), C("合计", "int", 4), C("当场\n办理", "int", 4),
             C("一次性\n告知", "int", 4), C("转交", "int", 4), C("引导至\n其他部门", "int", 4),
             C("非本机关\n职责", "int", 4)),
            [(p.post, p.total, p.handled, p.notice, p.handover, p.referred, p.outside)
             for p in s.by_post],
            chart_column=1, chart_title="各岗位办事登记件数", new_page=True,
        ),
        Section(
            "五、按工作人员",
            (C("姓名", "text", 8), C("首问\n登记", "int", 4), C("作为\n责任人", "int", 4),
             C("收到\n转交", "int", 4), C("转交按时\n联系", "int", 4), C("转交\n逾期", "int", 4),
             C("预约\n经办", "int", 4), C("回复\n逾期", "int", 4), C("限时\n办结件", "int", 4),
             C("办结\n超时", "int", 4)),
            [(p.name, p.first_contacts, p.responsible, p.handovers_received,
              p.handovers_in_time, p.handovers_missed, p.callbacks, p.callbacks_missed,
              p.cases, p.cases_missed) for p in s.by_staff],
            new_page=True,
        ),
        Section(
            "六、时限执行情况（不含作废；按导出时判断）",
            (C("项目", "text", 14), C("件数", "int", 4), C("按时", "int", 4),
             C("逾期\n办理", "int", 4), C("已逾期\n未办", "int", 4), C("未到期", "int", 4),
             C("待返岗\n计时", "int", 4), C("按时率", "percent"), C("已办结中\n按时率", "percent")),
            [_deadline_row("转交后联系办事人", s.handovers),
             _deadline_row("预约回复", s.appointments),
             _deadline_row("限时办结", s.cases)],
        ),
        Section(
            "七、一次性告知按类别", (C("类别", "text", 14), *share),
            [(t.label, t.count, _share(t)) for t in s.notices_by_kind],
        ),
        Section(
            "八、离岗记录按去向", (C("去向", "text", 14), C("次数", "int", 6), share[1]),
            [(t.label, t.count, _share(t)) for t in s.absences_by_status],
        ),
    ]  # fmt: skip
    return sections


def _sheet_table(
    sheet: LedgerSheet[Any], data: MonthLedgers
) -> tuple[list[tuple[Any, ...]], list[int] | None, str]:
    """A sheet's rows, their grey/normal variants and the note under its title."""
    records = sheet.records(data)
    w = data.window
    extra = sheet.extra_text(data)
    if sheet.voidable:
        voided = sum(x.voided for x in records)
        note = _note(w, len(records), voided, extra, void_word=sheet.void_word)
        return sheet.rows(records), _variants(records), note
    return sheet.rows(records), None, _note(w, len(records), extra=extra, what=sheet.what)


def write_workbook(
    data: MonthLedgers, path: str | os.PathLike[str], progress: Callable[[str], None] | None = None
) -> dict[str, int]:
    """Write the month's workbook to path (atomically); returns the row count per sheet."""
    say = progress or (lambda _what: None)
    w = data.window
    book = LedgerWorkbook()
    try:
        say("汇总")
        book.add_report(
            "汇总",
            _heading(w, "月度台账汇总"),
            _note(w, data.summary.intake_total, data.summary.intake_voided,
                  "作废记录不计入各项统计；时限按导出时判断"),
            summary_sections(data.summary),
        )  # fmt: skip
        counts = {}
        for sheet in LEDGER_SHEETS:
            say(sheet.name)
            rows, variants, note = _sheet_table(sheet, data)
            book.add_table(
                sheet.name, _heading(w, sheet.name), sheet.columns(), rows,
                variants=variants, note=note,
            )  # fmt: skip
            counts[sheet.name] = len(rows)
        say("保存文件")
        book.save(path)
    finally:
        book.discard()
    return counts


def default_filename(hall_name: str, month: Month) -> str:
    """'青石街道便民服务中心_月度台账_2026-11.xlsx' (characters Windows forbids removed)."""
    safe = "".join(ch for ch in hall_name if ch not in '\\/:*?"<>|').strip() or "便民服务中心"
    return f"{safe}_月度台账_{month.key}.xlsx"


def export_month(
    ledgers: LedgerService,
    month: Month,
    path: str | os.PathLike[str],
    *,
    unmasked: UnmaskedGrant | bool = False,
    progress: ProgressFn | None = None,
) -> ExportResult:
    """Query the month and write its workbook; progress(done, total, text) along the way.

    ``unmasked=True`` asks for full phone numbers (director or admin; audited with the
    target path); a grant from ``LedgerService.authorise_unmasked`` is used as it is.
    """
    target = Path(path)
    if unmasked is True:
        unmasked = ledgers.authorise_unmasked(month, destination=str(target))
    steps = ["办事登记台账", "转交台账", "预约登记台账", "限时办结台账", "一次性告知台账",
             "去向记录", "值班记录", "请假台账", "汇总", *SHEETS[1:], "保存文件"]  # fmt: skip
    total = len(steps) + 1
    done = 0

    def say(what: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(min(done, total - 1), total, f"正在处理：{what}")

    data = ledgers.collect(month, unmasked=unmasked, progress=say)
    counts = write_workbook(data, target, progress=say)
    if progress is not None:
        progress(total, total, "导出完成")
    return ExportResult(target, month, counts)


def failure_message(exc: BaseException, target: str | os.PathLike[str]) -> str:
    """What a clerk (or a scheduled job's log) is told when an export fails."""
    if isinstance(exc, PermissionError):
        return f"没有权限写入“{exc.filename or target}”，未生成文件"
    if isinstance(exc, FileNotFoundError):
        return f"找不到保存位置“{exc.filename or target}”，未生成文件"
    if isinstance(exc, OSError):
        return f"写入文件失败（{exc.strerror or exc}），未生成文件"
    if isinstance(exc, DomainError):
        return str(exc)
    return f"导出失败：{type(exc).__name__}: {exc}，未生成文件"
