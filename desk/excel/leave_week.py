"""请假周统计: the week's approved leave as a workbook the director sends to the 街道 leader.

Two sheets: the requests with their share of the week (请假明细), and the totals per person
and per kind (汇总). Fed only by ``LeaveService.week``.
"""

from __future__ import annotations

import os
from pathlib import Path

from desk.domain.leave.views import WeekStats
from desk.excel.workbook import Column, LedgerWorkbook, Section

SHEET_LINES = "请假明细"
SHEET_SUMMARY = "汇总"

_LINE_COLUMNS = (
    Column("请假单号", "center", 18),
    Column("请假人", "center", 6),
    Column("部门", "text", 10),
    Column("假别", "center", 8),
    Column("请假时间", "text", 24),
    Column("本周天数", "number", 6),
    Column("事由", "text", 18),
    Column("顶岗安排", "text", 16),
    Column("审批人", "center", 6),
    Column("状态", "text", 14),
)


def week_rows(stats: WeekStats) -> list[tuple[object, ...]]:
    return [
        (
            line.request.number,
            line.request.staff,
            line.request.department,
            line.request.kind_label,
            line.request.period_text,
            line.days,
            line.request.reason,
            line.request.cover_text,
            line.request.approver,
            line.request.state_label,
        )  # fmt: skip
        for line in stats.lines
    ]


def default_week_filename(stats: WeekStats) -> str:
    safe = "".join(ch for ch in stats.hall_name if ch not in '\\/:*?"<>|').strip() or "便民服务中心"
    return f"{safe}_请假周统计_{stats.monday:%Y-%m-%d}.xlsx"


def write_week(stats: WeekStats, path: str | os.PathLike[str]) -> Path:
    """Write the week's workbook atomically; returns the path."""
    book = LedgerWorkbook()
    try:
        heading = f"{stats.hall_name} 请假每周统计 {stats.label}"
        note = (
            f"统计范围：{stats.label}内已批准的请假（含跨周，按本周内的工作日计），共 "
            f"{len(stats.lines)} 条、{stats.total_days:g} 天；待批 {stats.pending} 条；"
            f"未办理请假手续的离岗 {stats.unrequested} 次（见去向记录）。"
            "依据：中心主任须将获得审批的请假条每周统计一次并上报街道主要领导。"
        )
        count = (Column("项目", "text", 24), Column("数量", "number", 8))
        sections = [
            Section("一、本周概况", count, [
                ("已批准请假（条）", len(stats.lines)), ("请假天数合计", stats.total_days),
                ("请假人数", len(stats.people)), ("待批请假（条）", stats.pending),
                ("未请假离岗（次）", stats.unrequested),
            ]),
            Section(
                "二、按人员",
                (Column("姓名", "center", 8), Column("部门", "text", 12), Column("条数", "int", 4),
                 Column("天数", "number", 6), Column("假别与天数", "text", 28)),
                [(p.staff, p.department, p.count, p.days, p.kinds) for p in stats.people],
            ),
            Section(
                "三、按假别",
                (Column("假别", "text", 12), Column("条数", "int", 4), Column("天数", "number", 6)),
                list(stats.by_kind),
            ),
        ]  # fmt: skip
        book.add_report(SHEET_SUMMARY, heading, note, sections)
        book.add_table(
            SHEET_LINES, f"{stats.hall_name} 请假明细 {stats.label}", _LINE_COLUMNS,
            week_rows(stats), note=note,
        )  # fmt: skip
        return book.save(path)
    finally:
        book.discard()
