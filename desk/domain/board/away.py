"""Nobody waits for a person who is away: when a handover or callback may be handed on.

A record (转交 or 预约回电) waits for its person (recipient, handler). When that person is
away on the board, the visitor's wait runs from ``since`` — the later of the moment the
person got the record and the start of their present absence. With ``N`` =
``away.escalate_days`` working days (default 2) and ``limit_day`` = N working days after
``since``:

* expected back after ``limit_day`` (a long planned absence) → may be handed on now;
* still away after ``limit_day`` (with or without an expected return) → may be handed on;
* away with no expected return, not yet past ``limit_day`` → flagged (未登记返回时间),
  handed on once past it.

``escalate_from`` is the first day it may be handed on. A record whose person has not been
back since they got it has no ordinary due date (that runs from their return). While the
return is known and still ahead that stays so; when nobody knows when the person will be
back (no expected return, or it has passed) the record is due counted from
``escalate_from`` (:func:`fallback_due`), so nothing stays without a due date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import WhereaboutsEntry
from desk.domain.admin.settings import read_setting
from desk.domain.calendar.workdays import WorkCalendar
from desk.domain.common.codes import Status

ESCALATE_KEY = "away.escalate_days"


@dataclass(frozen=True)
class AwayWait:
    """A record waiting for a person who is away now."""

    person_id: int
    since: datetime
    status: Status
    status_label: str
    expected_return: datetime | None
    limit_day: date
    escalatable: bool
    # The first day the record may be (or could have been) handed on; None while it is
    # only flagged (open-ended absence not yet past the limit).
    escalate_from: date | None
    reason: str

    @property
    def flagged(self) -> bool:
        """Shown as waiting too long (or for someone with no known return)."""
        return bool(self.reason)


def escalate_days(s: Session) -> int:
    return max(0, int(read_setting(s, ESCALATE_KEY)))


def _md(day: date | datetime) -> str:
    return f"{day.month}月{day.day}日"


def judge(
    person_id: int,
    assigned: datetime,
    status: Status,
    status_label: str,
    absent_since: datetime,
    expected_return: datetime | None,
    now: datetime,
    calendar: WorkCalendar,
    days: int,
) -> AwayWait:
    """The rule of the module docstring for one record whose person is away now."""
    since = max(assigned, absent_since)
    limit_day = calendar.add_working_days(since, days)
    after_limit = calendar.add_working_days(limit_day, 1)
    if expected_return is not None and expected_return.date() > limit_day:
        reason = f"{status_label}，预计{_md(expected_return)}才返回，超过{days}个工作日"
        return AwayWait(
            person_id, since, status, status_label, expected_return, limit_day, True,
            since.date(), reason,
        )  # fmt: skip
    if now.date() > limit_day:
        known = "未登记返回时间，" if expected_return is None else "已过预计返回时间，"
        reason = f"{status_label}，{known}已离岗超过{days}个工作日"
        return AwayWait(
            person_id, since, status, status_label, expected_return, limit_day, True,
            after_limit, reason,
        )  # fmt: skip
    if expected_return is None:
        reason = f"{status_label}，未登记返回时间；{_md(after_limit)}起可转交他人"
        return AwayWait(
            person_id, since, status, status_label, None, limit_day, False, None, reason
        )
    return AwayWait(
        person_id, since, status, status_label, expected_return, limit_day, False, None, ""
    )


def away_waits(
    s: Session,
    records: Iterable[tuple[int, int, datetime]],
    now: datetime,
    calendar: WorkCalendar,
    days: int | None = None,
) -> dict[int, AwayWait]:
    """For (record id, person id, assigned at) triples whose person is away now: the wait.

    Records whose person is in post are left out. One query over those people's open rows.
    """
    items = list(records)
    if not items:
        return {}
    limit = escalate_days(s) if days is None else days
    people = {person for _, person, _ in items}
    open_rows = {
        e.staff_id: e
        for e in s.execute(
            select(
                WhereaboutsEntry.staff_id,
                WhereaboutsEntry.status,
                WhereaboutsEntry.status_text,
                WhereaboutsEntry.started_at,
                WhereaboutsEntry.expected_return,
            ).where(WhereaboutsEntry.ended_at.is_(None), WhereaboutsEntry.staff_id.in_(people))
        )
    }
    out = {}
    for record_id, person, assigned in items:
        e = open_rows.get(person)
        if e is None:
            continue
        status = Status.of(e.status)
        if not status.is_absent:
            continue
        label = e.status_text if status is Status.OTHER and e.status_text else status.label
        out[record_id] = judge(
            person, assigned, status, label, e.started_at, e.expected_return, now, calendar,
            limit,
        )  # fmt: skip
    return out


def fallback_due(
    wait: AwayWait | None, limit: int, calendar: WorkCalendar, now: datetime
) -> date | None:
    """The due date of a record whose person never came back and whose return nobody knows:
    counted from the day it may be handed on (None while it may not be yet, or while the
    person's return is still ahead)."""
    if wait is None or wait.escalate_from is None:
        return None
    if wait.expected_return is not None and wait.expected_return > now:
        return None
    return calendar.add_working_days(wait.escalate_from, limit)
