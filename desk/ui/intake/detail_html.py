"""The register's detail pane as rich text: the intake, its handover, its corrections."""

from __future__ import annotations

from html import escape

from desk.domain.intake.views import HandoverView, IntakeDetail
from desk.ui.formats import date_text, datetime_text
from desk.ui.theme import OVERDUE

_t = datetime_text


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td style="color:#555;padding-right:10px;white-space:nowrap">{escape(k)}</td>'
        f"<td>{v}</td></tr>"
        for k, v in pairs
        if v
    )
    return f'<table cellspacing="0" cellpadding="2">{cells}</table>'


def handover_html(h: HandoverView) -> str:
    state = escape(h.state.label)
    if h.overdue:
        state += f'　<b style="color:{OVERDUE}">已超时（应于{date_text(h.due)}前联系）</b>'
    elif h.due is not None and h.contacted_at is None:
        state += f"　应于{date_text(h.due)}前联系"
    elif h.back_at is None and h.contacted_at is None:
        state += "　接收人尚未返岗"
    away = ""
    if h.wait is not None and h.wait.flagged and h.contacted_at is None:
        hint = "，可在“值班 → 领导待办”中转给B岗或负责人" if h.may_hand_on else ""
        away = f'<span style="color:{OVERDUE}">{escape(h.wait.reason)}{hint}</span>'
    pairs = [
        ("转交给", f"{escape(h.to_name)}（{escape(h.recipient_role.label)}）"),
        ("转交时间", _t(h.created_at)),
        ("改由现接收人办理", _t(h.assigned_at)),
        ("状态", state),
        ("离岗提醒", away),
        ("返岗时间", _t(h.back_at)),
        ("联系时间", _t(h.contacted_at)),
        ("联系结果", escape(h.contact_result).replace("\n", "<br>")),
        ("联系登记人", escape(h.contacted_by)),
        ("办结时间", _t(h.closed_at)),
        ("转交留言", escape(h.message).replace("\n", "<br>")),
    ]
    return "<h4>转交</h4>" + _rows(pairs)


def intake_html(d: IntakeDetail) -> str:
    """Everything the inspection of the 办事登记表 asks for, in reading order."""
    title = f"{escape(d.visitor_name)}　{escape(d.matter)}"
    parts = []
    if d.voided:
        parts.append(
            f'<p style="color:{OVERDUE}"><b>已作废</b>　{_t(d.voided_at)}　'
            f"{escape(d.voided_by)}：{escape(d.void_reason)}</p>"
        )
    recommended = ""
    if d.recommended_outcome is not None and d.recommended_outcome is not d.outcome:
        recommended = f"（系统建议：{escape(d.recommended_outcome.label)}）"
    referred = ""
    if d.referred_to:
        referred = f"{escape(d.referred_to)}　电话 {escape(d.referred_phone)}"
    id_text = escape(d.visitor_id_number)
    if d.id_warning:
        id_text += f'　<span style="color:#9a3412">（{escape(d.id_warning)}，已核对）</span>'
    post = escape(d.post or d.scope.label)
    if d.department and d.post:
        post += f"（{escape(d.department)}）"
    parts.append(
        _rows(
            [
                ("登记时间", _t(d.created_at)),
                ("渠道", escape(d.channel.label)),
                ("单位", escape(d.visitor_unit)),
                ("姓名", escape(d.visitor_name)),
                ("联系电话", escape(d.visitor_phone)),
                ("身份证号", id_text),
                ("地址", escape(d.visitor_address)),
                ("拟办事项", escape(d.matter)),
                ("留言", escape(d.message).replace("\n", "<br>")),
                ("责任岗位", post),
                ("责任人", escape(d.responsible)),
                (
                    "当时由",
                    f"{escape(d.serving)}（{escape(d.serving_role.label)}）" if d.serving else "",
                ),
                ("办理结果", f"<b>{escape(d.outcome.label)}</b>{recommended}"),
                ("引导至", referred),
                ("办理情况/说明", escape(d.result).replace("\n", "<br>")),
                ("未转交原因", escape(d.no_handover_reason)),
                ("首问责任人", escape(d.first_contact)),
                ("登记操作员", escape(d.operator)),
            ]
        )
    )
    if d.handover is not None:
        parts.append(handover_html(d.handover))
    if d.corrections:
        rows = "".join(
            f"<tr><td>{c.number}</td>"
            f"<td style='white-space:nowrap'>{datetime_text(c.corrected_at)}</td>"
            f"<td>{escape(c.operator)}</td>"
            f"<td>{escape(c.field_label)}</td><td>{escape(c.old_value)}</td>"
            f"<td>{escape(c.new_value)}</td><td>{escape(c.reason)}</td></tr>"
            for c in d.corrections
        )
        parts.append(
            "<h4>更正记录</h4>"
            '<table border="1" cellspacing="0" cellpadding="3" style="border-color:#ccc">'
            "<tr><th>次</th><th>时间</th><th>操作员</th><th>项目</th><th>原值</th>"
            f"<th>新值</th><th>原因</th></tr>{rows}</table>"
        )
    return f"<h3>{title}</h3>" + "".join(parts)
