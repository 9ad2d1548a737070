"""请假单: the printed leave request (template resources/templates/leave_slip.html)."""

from __future__ import annotations

from typing import Any

from desk.domain.hall import Hall
from desk.printing.slips import lines
from desk.printing.templates import render

TEMPLATE = "leave_slip.html"


def leave_slip_context(hall: Hall, request_id: int) -> dict[str, Any]:
    v = hall.leave.get(request_id)
    approver = "值班领导" if hall.settings.get("leave.approver") == "duty_leader" else "中心主任"
    return {
        "hall_name": hall.settings.get("hall.name"),
        "v": v,
        "staff_phone": hall.staff.get_staff(v.staff_id).phone,
        "approver_role": approver,
        "printed_at": hall.ctx.now(),
        "lines": lines,
    }


def leave_slip_html(hall: Hall, request_id: int) -> str:
    return render(TEMPLATE, **leave_slip_context(hall, request_id))


def preview_leave_slip(hall: Hall, request_id: int, parent: Any = None) -> Any:
    """The print preview of the 请假单 (not yet shown)."""
    from desk.printing.preview import PrintPreview

    v = hall.leave.get(request_id)
    return PrintPreview(
        leave_slip_html(hall, request_id), "请假单", parent, f"请假单{v.number}{v.staff}"
    )
