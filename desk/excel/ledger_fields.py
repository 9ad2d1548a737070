"""The columns of each ledger sheet: header, kind, width and the value, declared together.

``desk.excel.ledgers`` turns these into sheets; the rows are the domain's ledger lines
(desk.domain.ledgers.rows).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from desk.domain.ledgers.rows import (
    AppointmentLine,
    CaseLine,
    CoverageLine,
    DutyLogLine,
    HandoverLine,
    IntakeLine,
    LeaveLine,
    NoticeLine,
    WhereaboutsLine,
)
from desk.excel.workbook import Column

R = TypeVar("R")


@dataclass(frozen=True)
class Field(Generic[R]):
    """One ledger column and the value it shows, declared together so they cannot drift."""

    column: Column
    value: Callable[[R], Any]


def _f(header: str, kind: str, width: int | None, value: Callable[[R], Any]) -> Field[R]:
    return Field(Column(header, kind) if width is None else Column(header, kind, width), value)


def _visitor(unit: str, name: str) -> str:
    return f"{name}（{unit}）" if unit and name else name or unit


INTAKE_FIELDS: tuple[Field[IntakeLine], ...] = (
    _f("登记号", "int", 6, lambda x: x.id),
    _f("登记时间", "datetime", None, lambda x: x.created_at),
    _f("渠道", "center", 4, lambda x: x.channel),
    _f("办事人单位", "text", 14, lambda x: x.visitor_unit),
    _f("办事人姓名", "text", 8, lambda x: x.visitor_name),
    _f("联系电话", "center", 13, lambda x: x.visitor_phone),
    _f("拟办事项", "text", 16, lambda x: x.matter),
    _f("留言", "text", 20, lambda x: x.message),
    _f("责任岗位", "text", 14, lambda x: x.post),
    _f("责任人", "center", 6, lambda x: x.responsible),
    _f("首问责任人", "center", 6, lambda x: x.first_contact),
    _f("处理方式", "center", 14, lambda x: x.outcome_label),
    _f("处理结果", "text", 18, lambda x: x.result),
    _f("状态", "text", 12, lambda x: x.state_label),
)
HANDOVER_FIELDS: tuple[Field[HandoverLine], ...] = (
    _f("登记号", "int", 6, lambda x: x.intake_id),
    _f("转交时间", "datetime", None, lambda x: x.created_at),
    _f("转交人", "center", 6, lambda x: x.from_name),
    _f("接收人", "center", 6, lambda x: x.to_name),
    _f("接收身份", "center", 8, lambda x: x.recipient_role),
    _f("办事人", "text", 14, lambda x: _visitor(x.visitor_unit, x.visitor_name)),
    _f("联系电话", "center", 13, lambda x: x.visitor_phone),
    _f("拟办事项", "text", 16, lambda x: x.matter),
    _f("接收人返岗", "datetime", None, lambda x: x.back_at),
    _f("联系期限", "date", None, lambda x: x.due),
    _f("联系办事人时间", "datetime", None, lambda x: x.contacted_at),
    _f("联系结果", "text", 18, lambda x: x.contact_result),
    _f("时限情况", "center", 12, lambda x: x.timeliness.label),
    _f("状态", "text", 12, lambda x: x.state_label),
)
APPOINTMENT_FIELDS: tuple[Field[AppointmentLine], ...] = (
    _f("预约号", "int", 6, lambda x: x.id),
    _f("登记时间", "datetime", None, lambda x: x.created_at),
    _f("来源", "center", 10, lambda x: x.source),
    _f("办事人", "text", 14, lambda x: _visitor(x.visitor_unit, x.visitor_name)),
    _f("联系电话", "center", 13, lambda x: x.visitor_phone),
    _f("事项", "text", 16, lambda x: x.matter),
    _f("留言", "text", 18, lambda x: x.message),
    _f("经办人", "center", 6, lambda x: x.handler),
    _f("预约时段", "text", 14, lambda x: x.slot),
    _f("回复期限", "date", None, lambda x: x.callback_due),
    _f("回复时间", "datetime", None, lambda x: x.contacted_at),
    _f(
        "回复与办理结果",
        "text",
        18,
        lambda x: "；".join(p for p in (x.contact_note, x.result) if p),
    ),
    _f("时限情况", "center", 12, lambda x: x.timeliness.label),
    _f("状态", "text", 12, lambda x: x.state_label),
)
CASE_FIELDS: tuple[Field[CaseLine], ...] = (
    _f("受理编号", "center", 14, lambda x: x.receipt_no),
    _f("受理时间", "datetime", None, lambda x: x.accepted_at),
    _f("类别", "center", 6, lambda x: x.kind_label),
    _f("事项", "text", 16, lambda x: x.matter),
    _f("申请人", "text", 14, lambda x: _visitor(x.visitor_unit, x.visitor_name)),
    _f("联系电话", "center", 13, lambda x: x.visitor_phone),
    _f("经办人", "center", 6, lambda x: x.handler),
    _f("承诺时限", "center", 8, lambda x: x.limit_text),
    _f("承诺办结日期", "date", None, lambda x: x.promised_date),
    _f("延期情况", "text", 18, lambda x: x.extension_text),
    _f("办结时间", "datetime", None, lambda x: x.completed_at),
    _f("办理结果", "text", 16, lambda x: x.result),
    _f("时限情况", "center", 12, lambda x: x.timeliness.label),
    _f("状态", "text", 12, lambda x: x.state_label),
)
NOTICE_FIELDS: tuple[Field[NoticeLine], ...] = (
    _f("告知编号", "center", 18, lambda x: x.number),
    _f("告知时间", "datetime", None, lambda x: x.created_at),
    _f("类别", "center", 14, lambda x: x.kind_label),
    _f("事项", "text", 18, lambda x: x.matter),
    _f("办事人", "text", 14, lambda x: _visitor(x.visitor_unit, x.visitor_name)),
    _f("联系电话", "center", 13, lambda x: x.visitor_phone),
    _f("经办人", "center", 6, lambda x: x.clerk),
    _f("窗口", "center", 4, lambda x: x.window_no),
    _f("缺件\n数", "int", 4, lambda x: x.missing_count),
    _f("打印\n份数", "int", 4, lambda x: x.print_count),
    _f("最后打印时间", "datetime", None, lambda x: x.last_printed_at),
    _f("状态", "text", 12, lambda x: x.state_label),
)
WHEREABOUTS_FIELDS: tuple[Field[WhereaboutsLine], ...] = (
    _f("姓名", "center", 6, lambda x: x.staff),
    _f("部门", "text", 10, lambda x: x.department),
    _f("去向", "center", 8, lambda x: x.status_label),
    _f("地点/事由", "text", 20, lambda x: x.place),
    _f("联系电话", "center", 13, lambda x: x.contact_phone),
    _f("离岗时间", "datetime", None, lambda x: x.started_at),
    _f("预计返回", "datetime", None, lambda x: x.expected_return),
    _f("实际返回", "datetime", None, lambda x: x.ended_at),
    _f("登记人", "center", 6, lambda x: x.operator),
    _f("A、B岗同时离岗批准说明", "text", 20, lambda x: x.override_reason),
    _f("请假单", "center", 18, lambda x: x.leave),
    _f("未交接原因", "text", 12, lambda x: x.no_handover_reason),
)
COVERAGE_FIELDS: tuple[Field[CoverageLine], ...] = (
    _f("岗位", "text", 12, lambda x: x.post),
    _f("窗口", "center", 4, lambda x: x.window_no),
    _f("A岗（离岗）", "center", 6, lambda x: x.absent),
    _f("顶岗人", "center", 6, lambda x: x.covering),
    _f("顶岗情况", "text", 14, lambda x: x.kind_label),
    _f("开始时间", "datetime", None, lambda x: x.started_at),
    _f("结束时间", "datetime", None, lambda x: x.ended_at),
    _f("时长（小时）", "number", 6, lambda x: x.hours),
)

DUTY_FIELDS: tuple[Field[DutyLogLine], ...] = (
    _f("日期", "date", None, lambda x: x.day),
    _f("星期", "center", 4, lambda x: x.weekday),
    _f("值班领导", "center", 6, lambda x: x.leader),
    _f("日常出勤", "text", 24, lambda x: x.attendance),
    _f("挂牌上岗", "text", 12, lambda x: x.badges),
    _f("服务态度", "text", 14, lambda x: x.manner),
    _f("环境卫生", "text", 12, lambda x: x.environment),
    _f("安全防范", "text", 12, lambda x: x.safety),
    _f("其他记录", "text", 18, lambda x: x.notes),
    _f("当日投诉与差评", "text", 16, lambda x: x.records),
    _f("签字", "center", 6, lambda x: x.signed_by),
    _f("签字时间", "datetime", None, lambda x: x.signed_at),
    _f("状态", "text", 10, lambda x: x.state_label),
)
LEAVE_FIELDS: tuple[Field[LeaveLine], ...] = (
    _f("请假单号", "center", 18, lambda x: x.number),
    _f("填写时间", "datetime", None, lambda x: x.created_at),
    _f("请假人", "center", 6, lambda x: x.staff),
    _f("部门", "text", 10, lambda x: x.department),
    _f("假别", "center", 8, lambda x: x.kind_label),
    _f("请假时间", "text", 22, lambda x: x.period),
    _f("天数", "number", 5, lambda x: x.days),
    _f("事由", "text", 16, lambda x: x.reason),
    _f("顶岗安排", "text", 14, lambda x: x.cover),
    _f("审批人", "center", 6, lambda x: x.approver),
    _f("审批时间", "datetime", None, lambda x: x.decided_at),
    _f("审批意见", "text", 12, lambda x: x.decision),
    _f("A、B岗同时请假批准原因", "text", 16, lambda x: x.override_reason),
    _f("销假时间", "datetime", None, lambda x: x.closed_at),
    _f("状态", "text", 12, lambda x: x.state_label),
)
