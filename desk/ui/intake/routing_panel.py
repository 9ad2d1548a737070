"""Rich-text pieces of the routing panel: a person with a coloured whereabouts chip."""

from __future__ import annotations

from html import escape

from desk.domain.common.codes import Outcome, ServingRole
from desk.domain.intake.views import PersonView, RoutingView
from desk.ui.formats import datetime_text
from desk.ui.theme import OVERDUE, STATUS_COLOURS


def chip(person: PersonView) -> str:
    """The status as a coloured label; the text always says it (colour is never alone)."""
    bg, fg = STATUS_COLOURS[person.status]
    label = escape(person.status_label)
    return f'<span style="background:{bg};color:{fg};">&nbsp;{label}&nbsp;</span>'


def person_line(role: str, person: PersonView | None) -> str:
    if person is None:
        return f"{role}：<i>未设</i>"
    details = ""
    if not person.in_post:
        extra = []
        if person.place:
            extra.append(escape(person.place))
        if person.expected_return is not None:
            extra.append(f"预计{datetime_text(person.expected_return)}返回")
        if person.contact_phone:
            extra.append(f"联系电话 {escape(person.contact_phone)}")
        details = "　" + "，".join(extra) if extra else ""
    return f"{role}：<b>{escape(person.name)}</b> {chip(person)}{details}"


def post_line(view: RoutingView) -> str:
    if view.post_name:
        parts = [f"<b>{escape(view.post_name)}</b>"]
        if view.department:
            parts.append(escape(view.department))
        if view.window_no:
            parts.append(f"{escape(view.window_no)}号窗口")
        if view.department_phone:
            parts.append(f"电话 {escape(view.department_phone)}")
        if view.item_name and view.kind is not None:
            parts.append(view.kind.label)
        return " · ".join(parts)
    return escape(view.scope.label)


def serving_line(view: RoutingView) -> str:
    serving = view.serving
    if serving is None or view.serving_role is ServingRole.NONE:
        return f'现由：<b style="color:{OVERDUE}">无人可办</b>'
    return f"现由：<b>{escape(serving.name)}</b>（{view.serving_role.label}）{chip(serving)}"


def recommend_line(view: RoutingView) -> str:
    d = view.decision
    text = f"建议：<b>{d.outcome.label}</b> — {escape(d.reason)}"
    if d.handover_required:
        recipient = view.recipient.name if view.recipient else "责任人"
        text += (
            f'<br><span style="color:{OVERDUE}">责任人不在岗：保存时须登记转交'
            f"（默认转交{escape(recipient)}），或说明不转交的原因。</span>"
        )
    return text


def outcome_summary(outcome: Outcome, recipient: str = "") -> str:
    return f"{outcome.label} {recipient}".strip()
