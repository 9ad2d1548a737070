"""Operators: the staff members who sign in at the desk, their roles and PINs.

A PIN is stored only as a salted scrypt hash (desk.domain.people.pins). Directors and admins
must have one; a clerk without a PIN (only ever created by tests or the demo) signs in
by choosing their name. Managing operators needs an admin (desk.domain.people.permissions),
and the last active admin can be neither demoted nor deactivated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.db.audit_hook import record_event
from desk.db.models import Department, Operator, Staff
from desk.domain.common.codes import Role
from desk.domain.common.context import Context
from desk.domain.common.errors import DomainError, NotFound, PermissionDenied
from desk.domain.common.text import FieldError
from desk.domain.people.permissions import Permission, require
from desk.domain.people.pins import check_pin, hash_pin, verify_pin

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=1)


@dataclass(frozen=True)
class OperatorView:
    id: int
    staff_id: int
    name: str
    role: Role
    active: bool
    has_pin: bool
    department: str = ""
    last_login_at: datetime | None = None


class OperatorService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        # operator id → (consecutive wrong PINs, time of the last one); kept per desk.
        self._failures: dict[int, tuple[int, datetime]] = {}

    # ---- queries -------------------------------------------------------------------
    def accounts(self, include_inactive: bool = False) -> list[OperatorView]:
        with self.ctx.db.read() as s:
            q = (
                select(Operator, Staff.name, Department.name)
                .join(Staff, Staff.id == Operator.staff_id)
                .join(Department, Department.id == Staff.department_id)
            )
            if not include_inactive:
                q = q.where(Operator.active, Staff.active)
            return [
                OperatorView(
                    o.id,
                    o.staff_id,
                    name,
                    Role.of(o.role),
                    o.active,
                    bool(o.pin_hash),
                    dept,
                    o.last_login_at,
                )
                for o, name, dept in s.execute(q.order_by(Operator.id))
            ]

    def get(self, operator_id: int) -> OperatorView:
        for op in self.accounts(include_inactive=True):
            if op.id == operator_id:
                return op
        raise NotFound("找不到该操作员")

    def current(self) -> OperatorView | None:
        if self.ctx.operator_id is None:
            return None
        try:
            return self.get(self.ctx.operator_id)
        except NotFound:
            return None

    def find_by_name(self, name: str) -> OperatorView:
        """The active operator whose staff name is `name` (for the command line)."""
        matches = [op for op in self.accounts() if op.name == name.strip()]
        if not matches:
            raise NotFound(f"找不到名为“{name}”的操作员")
        if len(matches) > 1:
            raise DomainError(f"有多个名为“{name}”的操作员，请用编号")
        return matches[0]

    def has_admin(self) -> bool:
        with self.ctx.db.read() as s:
            return _active_admins(s) > 0

    def candidates(self) -> list[tuple[int, str]]:
        """Active staff who are not operators yet: (staff id, "name（department）")."""
        with self.ctx.db.read() as s:
            q = (
                select(Staff.id, Staff.name, Department.name)
                .join(Department, Department.id == Staff.department_id)
                .where(Staff.active, Staff.id.not_in(select(Operator.staff_id)))
                .order_by(Staff.department_id, Staff.sort_order, Staff.id)
            )
            return [(sid, f"{name}（{dept}）") for sid, name, dept in s.execute(q)]

    # ---- management (admin) ----------------------------------------------------------
    def add(self, staff_id: int, role: Role = Role.CLERK, pin: str | None = None) -> int:
        """Make a staff member an operator. Directors and admins must get a PIN."""
        require(self.ctx, Permission.OPERATORS)
        pin_hash = hash_pin(check_pin(pin)) if pin else ""
        if role is not Role.CLERK and not pin_hash:
            raise FieldError("pin", f"{role.label}必须设置PIN或密码")

        def work(s: Session) -> int:
            person = s.get(Staff, staff_id)
            if person is None or not person.active:
                raise NotFound("找不到该工作人员")
            existing = s.scalar(select(Operator).where(Operator.staff_id == staff_id))
            if existing is not None:
                raise DomainError(f"{person.name}已是操作员")
            op = Operator(
                staff_id=staff_id,
                role=role.value,
                pin_hash=pin_hash,
                active=True,
                created_at=self.ctx.now(),
            )
            s.add(op)
            s.flush()
            return op.id

        return self.ctx.write(work)

    def set_role(self, operator_id: int, role: Role) -> None:
        require(self.ctx, Permission.OPERATORS)

        def work(s: Session) -> None:
            op = _get(s, operator_id)
            if role is not Role.CLERK and not op.pin_hash:
                raise FieldError("pin", f"请先为其设置PIN，再设为{role.label}")
            if op.role == Role.ADMIN.value and role is not Role.ADMIN:
                _keep_an_admin(s, op)
            op.role = role.value

        self.ctx.write(work)

    def reset_pin(self, operator_id: int, pin: str) -> None:
        """An admin sets a new PIN for someone who forgot theirs."""
        require(self.ctx, Permission.OPERATORS)
        pin_hash = hash_pin(check_pin(pin))

        def work(s: Session) -> None:
            _get(s, operator_id).pin_hash = pin_hash

        self.ctx.write(work)
        self._failures.pop(operator_id, None)

    def change_own_pin(self, old_pin: str, new_pin: str) -> None:
        """The signed-in operator changes their own PIN (the old one is asked first)."""
        if self.ctx.operator_id is None:
            raise PermissionDenied("请先登录")
        self.authenticate(self.ctx.operator_id, old_pin, field="old_pin")
        pin_hash = hash_pin(check_pin(new_pin, field="new_pin"))
        operator_id = self.ctx.operator_id

        def work(s: Session) -> None:
            _get(s, operator_id).pin_hash = pin_hash

        self.ctx.write(work)

    def set_active(self, operator_id: int, active: bool) -> None:
        """Deactivate (or reactivate) an operator; their records keep their name."""
        require(self.ctx, Permission.OPERATORS)
        if not active and operator_id == self.ctx.operator_id:
            raise DomainError("不能停用当前登录的操作员")

        def work(s: Session) -> None:
            op = _get(s, operator_id)
            if not active and op.role == Role.ADMIN.value:
                _keep_an_admin(s, op)
            op.active = active

        self.ctx.write(work)

    # ---- signing in --------------------------------------------------------------------
    def needs_pin(self, operator_id: int) -> bool:
        return self.get(operator_id).has_pin

    def authenticate(
        self, operator_id: int, pin: str | None, *, field: str = "pin"
    ) -> OperatorView:
        """Check an operator's PIN without signing in (unlocking, the command line).

        Five wrong PINs in a row lock that operator out for a minute; every wrong PIN is
        written to the audit trail.
        """
        with self.ctx.db.read() as s:
            op = s.get(Operator, operator_id)
            if op is None or not op.active:
                raise NotFound("找不到该操作员，或已停用")
            stored = op.pin_hash
            role = Role.of(op.role)
        now = self.ctx.now()
        count, last = self._failures.get(operator_id, (0, now))
        if count >= MAX_FAILURES and now - last < LOCKOUT:
            raise PermissionDenied(f"PIN已连续输错{MAX_FAILURES}次，请1分钟后再试")
        if not stored:
            if role is not Role.CLERK:
                raise PermissionDenied("该操作员尚未设置PIN，请管理员先设置")
            return self.get(operator_id)
        if not pin or not verify_pin(stored, pin):
            self._failures[operator_id] = (count + 1 if count < MAX_FAILURES else 1, now)

            def log(s: Session) -> None:
                record_event(s, "login_failed", table_name="operators", row_id=operator_id)

            self.ctx.db.write(log, operator_id=None, now=now)
            raise FieldError(field, "PIN不正确")
        self._failures.pop(operator_id, None)
        return self.get(operator_id)

    def sign_in(self, operator_id: int, pin: str | None = None) -> OperatorView:
        """Check the PIN and make this operator the one every following record is written by."""
        self.authenticate(operator_id, pin)
        previous = self.ctx.operator_id

        def work(s: Session) -> None:
            _get(s, operator_id).last_login_at = self.ctx.now()
            record_event(s, "login", table_name="operators", row_id=operator_id)

        self.ctx.operator_id = operator_id
        try:
            self.ctx.write(work)
        except Exception:
            self.ctx.operator_id = previous
            raise
        view = self.current()
        assert view is not None
        return view

    def sign_out(self) -> None:
        if self.ctx.operator_id is not None:
            operator_id = self.ctx.operator_id

            def work(s: Session) -> None:
                record_event(s, "logout", table_name="operators", row_id=operator_id)

            self.ctx.write(work)
        self.ctx.operator_id = None


def _get(s: Session, operator_id: int) -> Operator:
    op = s.get(Operator, operator_id)
    if op is None:
        raise NotFound("找不到该操作员")
    return op


def _active_admins(s: Session) -> int:
    q = select(func.count()).where(Operator.active, Operator.role == Role.ADMIN.value)
    return int(s.scalar(q.select_from(Operator)) or 0)


def _keep_an_admin(s: Session, leaving: Operator) -> None:
    if leaving.active and _active_admins(s) <= 1:
        raise DomainError("这是唯一的管理员，不能停用或降级；请先指定另一位管理员")
