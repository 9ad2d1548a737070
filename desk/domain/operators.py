"""Operators: the staff members who sign in at the desk, and their roles."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import Operator, Staff
from desk.domain.codes import Role
from desk.domain.context import Context
from desk.domain.errors import DomainError, NotFound


@dataclass(frozen=True)
class OperatorView:
    id: int
    staff_id: int
    name: str
    role: Role
    active: bool
    has_pin: bool


class OperatorService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def list(self, include_inactive: bool = False) -> list[OperatorView]:
        with self.ctx.db.read() as s:
            q = select(Operator, Staff.name).join(Staff, Staff.id == Operator.staff_id)
            if not include_inactive:
                q = q.where(Operator.active, Staff.active)
            return [
                OperatorView(o.id, o.staff_id, name, Role(o.role), o.active, bool(o.pin_hash))
                for o, name in s.execute(q.order_by(Operator.id)).tuples()
            ]

    def current(self) -> OperatorView | None:
        if self.ctx.operator_id is None:
            return None
        for op in self.list(include_inactive=True):
            if op.id == self.ctx.operator_id:
                return op
        return None

    def add(self, staff_id: int, role: Role = Role.CLERK) -> int:
        def work(s: Session) -> int:
            if s.get(Staff, staff_id) is None:
                raise NotFound("找不到该工作人员")
            existing = s.scalar(select(Operator).where(Operator.staff_id == staff_id))
            if existing is not None:
                raise DomainError("该工作人员已是操作员")
            op = Operator(
                staff_id=staff_id, role=role.value, active=True, created_at=self.ctx.now()
            )
            s.add(op)
            s.flush()
            return op.id

        return self.ctx.write(work)

    def sign_in(self, operator_id: int) -> OperatorView:
        """Make this operator the one every following record is written by."""

        def work(s: Session) -> None:
            op = s.get(Operator, operator_id)
            if op is None or not op.active:
                raise NotFound("找不到该操作员")
            op.last_login_at = self.ctx.now()

        self.ctx.operator_id = operator_id
        self.ctx.write(work)
        view = self.current()
        assert view is not None
        return view
