"""The appointment book's rules: callback deadlines and what a booking may clash with.

Callback deadline (DOMAIN §4): the handler must call back within the prescribed limit —
``appointment.callback_days`` working days (default 1), or the catalogue item's own
``callback_days`` — counted from the moment the entry was made, or, when the handler was
absent then, from their first 在岗 moment after it (read from the whereabouts history).
An entry still 待联系 after the end of its due day is overdue.

Bookings: the same handler cannot have two live bookings (待联系 or 已联系) whose slots
overlap on the same day — that is refused. A handler who is away on the board at the
booked time, a non-working day and a time outside the hall's working hours are warnings
the clerk may accept.

Pure functions over a session; no Qt.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.db.models import Appointment, ServiceItem, Staff, WhereaboutsEntry
from desk.domain.calendar.workdays import WorkCalendar
from desk.domain.common.codes import AppointmentState, Status

# Entries that hold their booked slot.
LIVE_STATES = (AppointmentState.PENDING.value, AppointmentState.CONTACTED.value)


def parse_hhmm(text: str, fallback: time) -> time:
    """ "08:30" → time(8, 30); a malformed setting falls back rather than failing the book."""
    try:
        hours, minutes = str(text).strip().split(":")
        return time(int(hours), int(minutes))
    except (ValueError, TypeError):
        return fallback


def md_hm(moment: datetime) -> str:
    """ "11月17日 09:00"."""
    return f"{moment.month}月{moment.day}日 {moment:%H:%M}"


def callback_limit(s: Session, service_item_id: int | None, default_days: int) -> int:
    """The callback limit in working days: the catalogue item's, else the hall's setting."""
    if service_item_id is not None:
        days = s.scalar(select(ServiceItem.callback_days).where(ServiceItem.id == service_item_id))
        if days is not None:
            return max(0, int(days))
    return max(0, int(default_days))


def status_at(s: Session, staff_id: int, at: datetime) -> Status:
    """The person's status on the board at that moment (在岗 before any record)."""
    entry = s.scalars(
        select(WhereaboutsEntry)
        .where(WhereaboutsEntry.staff_id == staff_id, WhereaboutsEntry.started_at <= at)
        .order_by(WhereaboutsEntry.started_at.desc(), WhereaboutsEntry.id.desc())
        .limit(1)
    ).first()
    if entry is None or (entry.ended_at is not None and entry.ended_at <= at):
        return Status.IN_POST
    return Status.of(entry.status)


def assigned(row: Appointment) -> datetime:
    """When the present handler got the entry (its creation, or its reassignment)."""
    return row.assigned_at or row.created_at


def due_date(back_at: datetime | None, days: int, calendar: WorkCalendar) -> date | None:
    """The last day of the callback limit, or None while the handler is not back yet."""
    if back_at is None:
        return None
    return calendar.add_working_days(back_at, days)


def clashes(
    s: Session,
    handler_id: int,
    booked: date,
    start: time,
    end: time,
    exclude_id: int | None = None,
) -> list[Appointment]:
    """Live bookings of the same handler whose slot overlaps [start, end) on that day."""
    q = select(Appointment).where(
        Appointment.handler_id == handler_id,
        Appointment.booked_date == booked,
        Appointment.state.in_(LIVE_STATES),
        Appointment.voided_at.is_(None),
        Appointment.slot_start < end,
        Appointment.slot_end > start,
    )
    if exclude_id is not None:
        q = q.where(Appointment.id != exclude_id)
    return list(s.scalars(q.order_by(Appointment.slot_start)))


def clash_message(handler: str, other: Appointment) -> str:
    d = other.booked_date
    assert d is not None and other.slot_start is not None and other.slot_end is not None
    return (
        f"经办人{handler}在{d.month}月{d.day}日 {other.slot_start:%H:%M}–{other.slot_end:%H:%M}"
        f"已有预约（{other.visitor_name}：{other.matter}），同一时段不能重复预约，请另选时间。"
    )


def absence_warning(
    s: Session, handler_id: int, now: datetime, slot_at: datetime | None
) -> str | None:
    """A warning when the handler is away on the board now and may be at the booked time."""
    entry = s.scalars(
        select(WhereaboutsEntry).where(
            WhereaboutsEntry.staff_id == handler_id, WhereaboutsEntry.ended_at.is_(None)
        )
    ).first()
    if entry is None:
        return None
    status = Status.of(entry.status)
    if not status.is_absent:
        return None
    name = s.scalar(select(Staff.name).where(Staff.id == handler_id)) or ""
    label = entry.status_text if status is Status.OTHER and entry.status_text else status.label
    where = f"{label}（{entry.place}）" if entry.place else label
    ret = entry.expected_return
    if slot_at is None:
        back = f"，预计{md_hm(ret)}返回" if ret else ""
        return f"经办人{name}目前{where}{back}；回电时限自其返回在岗时起算。"
    if ret is None:
        return f"经办人{name}目前{where}，未登记预计返回时间，预约时段可能不在岗。"
    if ret > slot_at:
        return f"经办人{name}目前{where}，预计{md_hm(ret)}才返回，晚于预约时间。"
    return None


def calendar_warnings(
    calendar: WorkCalendar,
    booked: date,
    start: time,
    end: time,
    work_start: time,
    work_end: time,
    now: datetime,
) -> list[str]:
    """Non-working day, outside working hours, or already past."""
    out = []
    info = calendar.day_info(booked)
    when = f"{booked.year}年{booked.month}月{booked.day}日"
    if not info.is_working:
        name = f"（{info.name}）" if info.name else ""
        out.append(f"{when}不是工作日{name}，请确认经办人当天在岗。")
    if start < work_start or end > work_end:
        out.append(
            f"预约时段{start:%H:%M}–{end:%H:%M}超出工作时间{work_start:%H:%M}–{work_end:%H:%M}。"
        )
    if datetime.combine(booked, start) < now:
        out.append("预约时间已过，请确认日期和时间。")
    return out
