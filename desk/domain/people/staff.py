"""Departments, staff and posts, and the A/B roster with its 备案 records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.db.models import Department, Post, RosterChange, Staff, WhereaboutsEntry
from desk.domain.board import coverage_sync
from desk.domain.common.codes import Status
from desk.domain.common.context import Context
from desk.domain.common.edits import check_version
from desk.domain.common.errors import DomainError, NotFound
from desk.domain.common.text import FieldError, clean_text
from desk.domain.common.validation import check_phone
from desk.domain.people.permissions import Permission, require


@dataclass(frozen=True)
class DepartmentView:
    id: int
    name: str
    phone: str
    location: str
    head_id: int | None
    head_name: str
    active: bool
    # The version a form edits from (desk.domain.common.edits).
    row_version: int = 0


@dataclass(frozen=True)
class StaffView:
    id: int
    name: str
    department_id: int
    department: str
    title: str
    phone: str
    duties: str
    is_director: bool
    active: bool
    row_version: int = 0


@dataclass(frozen=True)
class PostView:
    id: int
    name: str
    window_no: str
    department_id: int
    department: str
    duties: str
    a_id: int | None
    a_name: str
    b_id: int | None
    b_name: str
    active: bool
    row_version: int = 0


@dataclass(frozen=True)
class RosterChangeView:
    id: int
    post: str
    effective_date: date
    recorded_at: datetime
    operator: str
    old_a: str
    new_a: str
    old_b: str
    new_b: str
    note: str


def _names(s: Session) -> dict[int, str]:
    return dict(s.execute(select(Staff.id, Staff.name)).all())


def _check_person(s: Session, staff_id: int | None, field: str) -> None:
    """A person about to be named head or A/B holder must exist and be active."""
    if staff_id is None:
        return
    person = s.get(Staff, staff_id)
    if person is None or not person.active:
        raise FieldError(field, "所选人员已停用或不存在")


def _check_department(s: Session, department_id: int) -> None:
    dept = s.get(Department, department_id)
    if dept is None or not dept.active:
        raise FieldError("department", "请选择部门")


class StaffService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # ---- queries -------------------------------------------------------------------
    def departments(self, include_inactive: bool = False) -> list[DepartmentView]:
        with self.ctx.db.read() as s:
            names = _names(s)
            q = select(Department).order_by(Department.sort_order, Department.id)
            if not include_inactive:
                q = q.where(Department.active)
            return [
                DepartmentView(
                    d.id,
                    d.name,
                    d.phone,
                    d.location,
                    d.head_id,
                    names.get(d.head_id or 0, ""),
                    d.active,
                    d.row_version,
                )
                for d in s.scalars(q)
            ]

    def staff(self, include_inactive: bool = False) -> list[StaffView]:
        with self.ctx.db.read() as s:
            depts = dict(s.execute(select(Department.id, Department.name)).all())
            q = select(Staff).order_by(Staff.department_id, Staff.sort_order, Staff.id)
            if not include_inactive:
                q = q.where(Staff.active)
            return [
                StaffView(
                    p.id,
                    p.name,
                    p.department_id,
                    depts.get(p.department_id, ""),
                    p.title,
                    p.phone,
                    p.duties,
                    p.is_director,
                    p.active,
                    p.row_version,
                )
                for p in s.scalars(q)
            ]

    def get_staff(self, staff_id: int) -> StaffView:
        for person in self.staff(include_inactive=True):
            if person.id == staff_id:
                return person
        raise NotFound("找不到该工作人员")

    def posts(self, include_inactive: bool = False) -> list[PostView]:
        with self.ctx.db.read() as s:
            names = _names(s)
            depts = dict(s.execute(select(Department.id, Department.name)).all())
            q = select(Post).order_by(Post.department_id, Post.sort_order, Post.id)
            if not include_inactive:
                q = q.where(Post.active)
            return [
                PostView(
                    p.id,
                    p.name,
                    p.window_no,
                    p.department_id,
                    depts.get(p.department_id, ""),
                    p.duties,
                    p.a_id,
                    names.get(p.a_id or 0, ""),
                    p.b_id,
                    names.get(p.b_id or 0, ""),
                    p.active,
                    p.row_version,
                )
                for p in s.scalars(q)
            ]

    def roster_changes(self, post_id: int | None = None) -> list[RosterChangeView]:
        from desk.db.models import Operator

        with self.ctx.db.read() as s:
            names = _names(s)
            op_staff = dict(s.execute(select(Operator.id, Operator.staff_id)).all())
            posts = dict(s.execute(select(Post.id, Post.name)).all())
            q = select(RosterChange).order_by(
                RosterChange.recorded_at.desc(), RosterChange.id.desc()
            )
            if post_id is not None:
                q = q.where(RosterChange.post_id == post_id)

            def n(i: int | None) -> str:
                return names.get(i or 0, "")

            return [
                RosterChangeView(
                    r.id,
                    posts.get(r.post_id, ""),
                    r.effective_date,
                    r.recorded_at,
                    n(op_staff.get(r.operator_id or 0)),
                    n(r.old_a_id),
                    n(r.new_a_id),
                    n(r.old_b_id),
                    n(r.new_b_id),
                    r.note,
                )
                for r in s.scalars(q)
            ]

    # ---- writes --------------------------------------------------------------------
    def add_department(
        self, name: str, phone: str = "", location: str = "", head_id: int | None = None
    ) -> int:
        require(self.ctx, Permission.ROSTER)
        name = clean_text(name, field="name", label="部门名称", max_len=100, required=True)
        phone = check_phone(phone, field="phone", label="部门电话") if phone.strip() else ""
        location = clean_text(location, field="location", label="位置", max_len=100)

        def work(s: Session) -> int:
            if s.scalar(select(Department.id).where(Department.name == name)):
                raise FieldError("name", f"部门“{name}”已存在")
            _check_person(s, head_id, "head")
            dept = Department(
                name=name,
                phone=phone,
                location=location,
                head_id=head_id,
                sort_order=0,
                active=True,
            )
            s.add(dept)
            s.flush()
            return dept.id

        return self.ctx.write(work)

    def update_department(
        self,
        dept_id: int,
        *,
        name: str,
        phone: str = "",
        location: str = "",
        head_id: int | None = None,
        expected_version: int | None = None,
    ) -> None:
        require(self.ctx, Permission.ROSTER)
        name = clean_text(name, field="name", label="部门名称", max_len=100, required=True)
        phone = check_phone(phone, field="phone", label="部门电话") if phone.strip() else ""
        location = clean_text(location, field="location", label="位置", max_len=100)

        def work(s: Session) -> None:
            dept = s.get(Department, dept_id)
            if dept is None:
                raise NotFound("找不到该部门")
            check_version(s, dept, expected_version, f"部门“{dept.name}”")
            if s.scalar(
                select(Department.id).where(Department.name == name, Department.id != dept_id)
            ):
                raise FieldError("name", f"部门“{name}”已存在")
            if head_id != dept.head_id:
                _check_person(s, head_id, "head")
            dept.name, dept.phone, dept.location, dept.head_id = name, phone, location, head_id

        self.ctx.write(work)

    def set_department_active(self, dept_id: int, active: bool) -> None:
        """Close (or reopen) a department; one with active staff or posts cannot close."""
        require(self.ctx, Permission.ROSTER)

        def work(s: Session) -> None:
            dept = s.get(Department, dept_id)
            if dept is None:
                raise NotFound("找不到该部门")
            if not active:
                people = s.scalar(
                    select(func.count()).where(Staff.active, Staff.department_id == dept_id)
                )
                posts = s.scalar(
                    select(func.count()).where(Post.active, Post.department_id == dept_id)
                )
                if people or posts:
                    raise DomainError(
                        f"“{dept.name}”还有{people}名在册人员、{posts}个岗位，"
                        "请先调整或停用后再撤销部门。"
                    )
            dept.active = active

        self.ctx.write(work)

    def _clean_staff(self, name: str, title: str, phone: str, duties: str) -> tuple[str, ...]:
        return (
            clean_text(name, field="name", label="姓名", max_len=50, required=True),
            clean_text(title, field="title", label="职务", max_len=50),
            check_phone(phone, field="phone", label="电话") if phone.strip() else "",
            clean_text(duties, field="duties", label="职责", max_len=2000, multiline=True),
        )

    def add_staff(
        self,
        name: str,
        department_id: int,
        *,
        title: str = "",
        phone: str = "",
        duties: str = "",
        is_director: bool = False,
    ) -> int:
        """Add a staff member; they start 在岗 on the board."""
        require(self.ctx, Permission.ROSTER)
        name, title, phone, duties = self._clean_staff(name, title, phone, duties)

        def work(s: Session) -> int:
            _check_department(s, department_id)
            now = self.ctx.now()
            person = Staff(
                name=name,
                department_id=department_id,
                title=title,
                phone=phone,
                duties=duties,
                is_director=is_director,
                active=True,
                sort_order=0,
                created_at=now,
            )
            s.add(person)
            s.flush()
            s.add(
                WhereaboutsEntry(
                    staff_id=person.id,
                    status=Status.IN_POST.value,
                    started_at=now,
                    recorded_at=now,
                    operator_id=self.ctx.operator_id,
                )
            )
            return person.id

        return self.ctx.write(work)

    def update_staff(
        self,
        staff_id: int,
        *,
        name: str,
        department_id: int,
        title: str = "",
        phone: str = "",
        duties: str = "",
        is_director: bool = False,
        expected_version: int | None = None,
    ) -> None:
        require(self.ctx, Permission.ROSTER)
        name, title, phone, duties = self._clean_staff(name, title, phone, duties)

        def work(s: Session) -> None:
            person = s.get(Staff, staff_id)
            if person is not None:
                check_version(s, person, expected_version, f"{person.name}的资料")
            if person is None:
                raise NotFound("找不到该工作人员")
            if department_id != person.department_id:
                _check_department(s, department_id)
            person.name, person.department_id, person.title = name, department_id, title
            person.phone, person.duties, person.is_director = phone, duties, is_director

        self.ctx.write(work)

    def deactivate_staff(self, staff_id: int) -> None:
        """Take someone off the board; their history stays. A/B holders must be replaced first."""
        require(self.ctx, Permission.ROSTER)

        def work(s: Session) -> None:
            person = s.get(Staff, staff_id)
            if person is None:
                raise NotFound("找不到该工作人员")
            holding = s.scalars(
                select(Post.name).where(
                    Post.active, (Post.a_id == staff_id) | (Post.b_id == staff_id)
                )
            ).all()
            if holding:
                raise DomainError(
                    f"{person.name}仍是“{'、'.join(holding)}”的A/B岗，请先调整AB岗再停用。"
                )
            heading = s.scalars(
                select(Department.name).where(Department.active, Department.head_id == staff_id)
            ).all()
            if heading:
                raise DomainError(
                    f"{person.name}仍是“{'、'.join(heading)}”的负责人，请先更换负责人再停用。"
                )
            person.active = False
            person.deactivated_at = self.ctx.now()

        self.ctx.write(work)

    def reactivate_staff(self, staff_id: int) -> None:
        require(self.ctx, Permission.ROSTER)

        def work(s: Session) -> None:
            person = s.get(Staff, staff_id)
            if person is None:
                raise NotFound("找不到该工作人员")
            person.active = True
            person.deactivated_at = None

        self.ctx.write(work)

    def add_post(
        self,
        name: str,
        department_id: int,
        *,
        window_no: str = "",
        duties: str = "",
        a_id: int | None = None,
        b_id: int | None = None,
    ) -> int:
        require(self.ctx, Permission.ROSTER)
        name = clean_text(name, field="name", label="岗位名称", max_len=100, required=True)
        window_no = clean_text(window_no, field="window_no", label="窗口号", max_len=20)
        duties = clean_text(duties, field="duties", label="岗位职责", max_len=2000, multiline=True)
        if a_id is not None and a_id == b_id:
            raise FieldError("b", "A岗和B岗不能是同一人")

        def work(s: Session) -> int:
            _check_department(s, department_id)
            _check_person(s, a_id, "a")
            _check_person(s, b_id, "b")
            post = Post(
                name=name,
                department_id=department_id,
                window_no=window_no,
                duties=duties,
                a_id=a_id,
                b_id=b_id,
                active=True,
                sort_order=0,
            )
            s.add(post)
            s.flush()
            s.add(
                RosterChange(
                    post_id=post.id,
                    effective_date=self.ctx.now().date(),
                    recorded_at=self.ctx.now(),
                    operator_id=self.ctx.operator_id,
                    new_a_id=a_id,
                    new_b_id=b_id,
                    note="新设岗位",
                )
            )
            coverage_sync.sync_posts(s, [post.id], self.ctx.now())
            return post.id

        return self.ctx.write(work)

    def update_post(
        self,
        post_id: int,
        *,
        name: str,
        department_id: int,
        window_no: str = "",
        duties: str = "",
        expected_version: int | None = None,
    ) -> None:
        require(self.ctx, Permission.ROSTER)
        name = clean_text(name, field="name", label="岗位名称", max_len=100, required=True)
        window_no = clean_text(window_no, field="window_no", label="窗口号", max_len=20)
        duties = clean_text(duties, field="duties", label="岗位职责", max_len=2000, multiline=True)

        def work(s: Session) -> None:
            post = s.get(Post, post_id)
            if post is None:
                raise NotFound("找不到该岗位")
            check_version(s, post, expected_version, f"岗位“{post.name}”")
            if department_id != post.department_id:
                _check_department(s, department_id)
            post.name, post.department_id = name, department_id
            post.window_no, post.duties = window_no, duties

        self.ctx.write(work)

    def set_post_holders(
        self,
        post_id: int,
        a_id: int | None,
        b_id: int | None,
        *,
        effective_date: date | None = None,
        note: str = "",
    ) -> None:
        """Change a post's A/B holders; recorded as a 备案 row with before and after."""
        require(self.ctx, Permission.ROSTER)
        note = clean_text(note, field="note", label="备注", max_len=500)
        if a_id is not None and a_id == b_id:
            raise FieldError("b", "A岗和B岗不能是同一人")

        def work(s: Session) -> None:
            post = s.get(Post, post_id)
            if post is None:
                raise NotFound("找不到该岗位")
            if (post.a_id, post.b_id) == (a_id, b_id):
                return
            if a_id != post.a_id:
                _check_person(s, a_id, "a")
            if b_id != post.b_id:
                _check_person(s, b_id, "b")
            s.add(
                RosterChange(
                    post_id=post_id,
                    effective_date=effective_date or self.ctx.now().date(),
                    recorded_at=self.ctx.now(),
                    operator_id=self.ctx.operator_id,
                    old_a_id=post.a_id,
                    new_a_id=a_id,
                    old_b_id=post.b_id,
                    new_b_id=b_id,
                    note=note,
                )
            )
            post.a_id, post.b_id = a_id, b_id
            s.flush()
            coverage_sync.sync_posts(s, [post_id], self.ctx.now())

        self.ctx.write(work)

    def deactivate_post(self, post_id: int) -> None:
        require(self.ctx, Permission.ROSTER)

        def work(s: Session) -> None:
            post = s.get(Post, post_id)
            if post is None:
                raise NotFound("找不到该岗位")
            post.active = False
            s.flush()
            coverage_sync.sync_posts(s, [post_id], self.ctx.now())

        self.ctx.write(work)
