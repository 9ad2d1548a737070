"""领导待办: what the director and the day's 值班领导 should look at, in one list.

Pending 请假单 to approve, past working days whose 值班记录 is missing or unsigned,
handovers and callbacks waiting for someone who is away (with whom one action hands them
to), posts left with neither A nor B now, posts without a B (their A's leave would leave
them empty), and absences without a request (未请假).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desk.domain.board.service import BoardService
from desk.domain.common.context import Context
from desk.domain.duty.service import DutyService
from desk.domain.escalation.service import EscalationService
from desk.domain.leave.service import LeaveService
from desk.domain.people.staff import StaffService

KIND_LABELS = {
    "leave": "请假待批",
    "log": "值班记录",
    "away": "待离岗人员办理",
    "uncovered": "无人顶岗",
    "no_b": "未设B岗",
    "unrequested": "未请假",
}


@dataclass(frozen=True)
class SupervisionItem:
    kind: str
    text: str
    # What the one action does ("审批…", "转给B岗单丽"); "" when there is no action here.
    action: str
    record_id: int | None = None
    day: date | None = None
    urgent: bool = False
    # For "away": the record kind ("handover" / "appointment").
    record_kind: str = ""

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


def _md(day: date) -> str:
    return f"{day.month}月{day.day}日"


class SupervisionService:
    """``hall.supervision``: the 领导待办 list of the duty page."""

    def __init__(
        self,
        ctx: Context,
        duty: DutyService,
        leave: LeaveService,
        escalation: EscalationService,
        board: BoardService,
        staff: StaffService,
    ) -> None:
        self.ctx = ctx
        self.duty, self.leave, self.escalation = duty, leave, escalation
        self.board, self.staff = board, staff

    def items(self) -> list[SupervisionItem]:
        today = self.ctx.now().date()
        out: list[SupervisionItem] = []
        for v in self.leave.pending():
            soon = v.starts_at.date() <= today + timedelta(days=1)
            out.append(
                SupervisionItem(
                    "leave",
                    f"{v.staff}（{v.department}）{v.kind_label} {v.period_text}，{v.days_text}",
                    "审批…",
                    v.id,
                    v.starts_at.date(),
                    soon,
                )
            )
        for m in self.duty.missing_logs(today):
            leader = f"值班领导{m.leader}" if m.leader else "无值班领导"
            out.append(
                SupervisionItem(
                    "log", f"{_md(m.day)}（{leader}）值班记录{m.state}", "打开", None, m.day, True
                )
            )
        for item in self.escalation.waiting():
            action = f"转给{item.target_text}" if item.wait.escalatable and item.target else ""
            late = "（已逾期）" if item.overdue else ""
            what = f"{item.kind_label}：{item.visitor} {item.matter}"
            out.append(
                SupervisionItem(
                    "away",
                    f"{what} — 等待{item.person}：{item.wait.reason}{late}",
                    action,
                    item.record_id,
                    item.wait.since.date(),
                    item.wait.escalatable,
                    item.kind,
                )
            )
        for row in self.board.rows():
            for post in row.uncovered_posts:
                out.append(
                    SupervisionItem(
                        "uncovered",
                        f"{post.post}：A岗{row.name}与B岗均不在岗，请指定熟悉业务的人员顶岗",
                        "指定顶岗…",
                        post.post_id,
                        today,
                        True,
                    )
                )
        for p in self.staff.posts():
            if p.a_id is not None and p.b_id is None:
                out.append(
                    SupervisionItem(
                        "no_b",
                        f"{p.name}（A岗{p.a_name}）没有B岗：A岗请假将无人顶岗",
                        "",
                        p.id,
                    )
                )
        for a in self.leave.unrequested(today - timedelta(days=6), today):
            span = f"{a.started_at:%m-%d %H:%M}起"
            out.append(
                SupervisionItem(
                    "unrequested",
                    f"{a.staff} {a.status_label}（{span}）没有请假单",
                    "补办请假…",
                    a.entry_id,
                    a.started_at.date(),
                )
            )
        order = list(KIND_LABELS)
        return sorted(out, key=lambda i: (not i.urgent, order.index(i.kind), i.day or today))
