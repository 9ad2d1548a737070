"""Who may do what: the table of guarded actions and the `require` check services call.

Clerks (窗口人员) register visitors and keep the board; roster changes, A/B overrides,
the catalogue, settings, unmasked exports, restores and anonymisation need a director
(值班领导/中心主任) or an admin; managing operators needs an admin.

A database with no operators at all is being set up (first start, tests, the demo):
nobody could be asked, so everything is allowed until the first operator exists. A
hall without an active admin may still manage operators, so that the first run can
create its admin; the operator service refuses to remove the last admin.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import Operator
from desk.domain.common.codes import Labelled, Role
from desk.domain.common.context import Context
from desk.domain.common.errors import PermissionDenied


class Permission(Labelled):
    """A guarded action; the label names it in the refusal message."""

    ROSTER = ("roster", "调整人员、部门和AB岗")
    OVERRIDE = ("override", "批准A、B岗同时离岗")
    CATALOGUE = ("catalogue", "编辑事项库")
    SETTINGS = ("settings", "修改系统设置")
    CALENDAR = ("calendar", "调整节假日与调休")
    EXPORT_UNMASKED = ("export_unmasked", "导出未遮蔽的个人信息")
    RESTORE = ("restore", "从备份恢复数据库")
    ANONYMISE = ("anonymise", "隐私清理（匿名化）")
    OPERATORS = ("operators", "管理操作员")
    AUDIT = ("audit", "查看审计记录")
    DUTY = ("duty", "安排值班、填写和签署值班记录")
    APPROVE_LEAVE = ("approve_leave", "审批请假")
    DESIGNATE = ("designate", "指定顶岗人员")


_LEADERS = frozenset({Role.DIRECTOR, Role.ADMIN})

ALLOWED: dict[Permission, frozenset[Role]] = {
    Permission.ROSTER: _LEADERS,
    Permission.OVERRIDE: _LEADERS,
    Permission.CATALOGUE: _LEADERS,
    Permission.SETTINGS: _LEADERS,
    Permission.CALENDAR: _LEADERS,
    Permission.EXPORT_UNMASKED: _LEADERS,
    Permission.RESTORE: _LEADERS,
    Permission.ANONYMISE: _LEADERS,
    Permission.OPERATORS: frozenset({Role.ADMIN}),
    Permission.AUDIT: _LEADERS,
    Permission.DUTY: _LEADERS,
    Permission.APPROVE_LEAVE: _LEADERS,
    Permission.DESIGNATE: _LEADERS,
}


def allowed(role: Role | None, action: Permission) -> bool:
    """True when an operator with this role may do the action."""
    return role is not None and role in ALLOWED[action]


def _who_needed(action: Permission) -> str:
    roles = ALLOWED[action]
    if roles == frozenset({Role.ADMIN}):
        return "管理员"
    return "值班领导或管理员"


def denial_message(action: Permission) -> str:
    return f"需要{_who_needed(action)}权限：{action.label}"


def _setup_mode(s: Session, action: Permission) -> bool:
    """No operator yet (everything allowed), or no active admin (operators may be managed)."""
    if s.scalar(select(Operator.id).limit(1)) is None:
        return True
    if action is Permission.OPERATORS:
        admin = s.scalar(
            select(Operator.id).where(Operator.active, Operator.role == Role.ADMIN.value).limit(1)
        )
        return admin is None
    return False


def current_role(ctx: Context) -> Role | None:
    """The role of the signed-in operator (None: nobody, or deactivated)."""
    if ctx.operator_id is None:
        return None
    with ctx.db.read() as s:
        op = s.get(Operator, ctx.operator_id)
        return Role.of(op.role) if op is not None and op.active else None


def can(ctx: Context, action: Permission) -> bool:
    """Whether the signed-in operator may do the action now (what the UI enables)."""
    if allowed(current_role(ctx), action):
        return True
    with ctx.db.read() as s:
        return _setup_mode(s, action)


def require(ctx: Context, action: Permission) -> None:
    """Raise PermissionDenied("需要值班领导或管理员权限：…") unless the action is allowed."""
    if not can(ctx, action):
        raise PermissionDenied(denial_message(action))
