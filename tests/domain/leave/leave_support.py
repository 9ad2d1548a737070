"""Helpers for the leave tests: a draft, writing and approving as the director."""

from __future__ import annotations

from datetime import date

from desk.domain.common.codes import HalfDay, LeaveCover, LeaveKind
from desk.domain.leave.views import LeaveDraft
from tests.conftest import Leaders


def draft(staff_id: int, first: date, last: date, **kw) -> LeaveDraft:  # type: ignore[no-untyped-def]
    values = {
        "kind": LeaveKind.ANNUAL,
        "reason": "年休假",
        "handover_note": "待办：周三前回电陈先生",
        "start_part": HalfDay.MORNING,
        "end_part": HalfDay.AFTERNOON,
        "cover": LeaveCover.B,
    }
    values.update(kw)
    return LeaveDraft(staff_id, first_day=first, last_day=last, **values)  # type: ignore[arg-type]


def approved(leaders: Leaders, staff_id: int, first: date, last: date, **kw) -> int:  # type: ignore[no-untyped-def]
    """Write a request as the clerk and have the director approve it."""
    hall = leaders.hall
    override = kw.pop("override_reason", "")
    leaders.sign_in("clerk")
    rid = hall.leave.submit(draft(staff_id, first, last, **kw))
    leaders.sign_in("director")
    hall.leave.approve(rid, override_reason=override)
    leaders.sign_in("clerk")
    return rid
