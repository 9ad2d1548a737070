"""Starting a hall from nothing: its name, the first department, person and admin operator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.domain.common.codes import Role
from desk.domain.common.text import FieldError, clean_text
from desk.domain.people.pins import check_pin

if TYPE_CHECKING:
    from desk.domain.hall import Hall


def start_blank(
    hall: Hall, *, hall_name: str, department: str, name: str, pin: str, pin_again: str
) -> int:
    """Create the first admin (and their department) and sign them in; returns the operator id.

    Everything is checked before the first write, so a typo saves nothing.
    """
    hall_name = clean_text(
        hall_name, field="hall_name", label="服务中心名称", max_len=100, required=True
    )
    department = clean_text(
        department, field="department", label="部门", max_len=100, required=True
    )
    name = clean_text(name, field="name", label="姓名", max_len=50, required=True)
    pin = check_pin(pin)
    if pin_again != pin:
        raise FieldError("pin_again", "两次输入的PIN不一致")
    dept_id = hall.staff.add_department(department)
    staff_id = hall.staff.add_staff(name, dept_id)
    operator_id = hall.operators.add(staff_id, Role.ADMIN, pin=pin)
    hall.operators.sign_in(operator_id, pin)
    hall.settings.set("hall.name", hall_name)
    return operator_id


def make_first_admin(hall: Hall, staff_id: int, pin: str) -> int:
    """A hall with people but no operator yet (made by the command line): name its admin."""
    operator_id = hall.operators.add(staff_id, Role.ADMIN, pin=check_pin(pin))
    hall.operators.sign_in(operator_id, pin)
    return operator_id
