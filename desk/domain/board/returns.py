"""When did a person come back? The first 在岗 moment at or after a record was made.

Handovers (the recipient) and appointments (the handler) both start their deadline at that
moment, read from the whereabouts history: the record's own time when the person was in
post then, the start of their first 在岗 stretch after it otherwise, None while they have
not been back. Like the board, a time with no whereabouts row (before a person's first
row, or a gap) counts as 在岗.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.db.models import WhereaboutsEntry
from desk.domain.common.codes import Status

# (status, started, ended) of one whereabouts row
_Stretch = tuple[str, datetime, datetime | None]


def back_times(
    s: Session, records: Iterable[tuple[int, int, datetime]]
) -> dict[int, datetime | None]:
    """For (record id, person id, created) triples: when the person was first 在岗 since.

    One query over those people's whereabouts since the oldest record.
    """
    items = list(records)
    if not items:
        return {}
    earliest = min(created for _, _, created in items)
    people = {person for _, person, _ in items}
    history: dict[int, list[_Stretch]] = defaultdict(list)
    q = (
        select(
            WhereaboutsEntry.staff_id,
            WhereaboutsEntry.status,
            WhereaboutsEntry.started_at,
            WhereaboutsEntry.ended_at,
        )
        .where(
            WhereaboutsEntry.staff_id.in_(people),
            or_(WhereaboutsEntry.ended_at.is_(None), WhereaboutsEntry.ended_at > earliest),
        )
        .order_by(WhereaboutsEntry.staff_id, WhereaboutsEntry.started_at, WhereaboutsEntry.id)
    )
    for staff_id, status, started, ended in s.execute(q):
        history[staff_id].append((status, started, ended))
    return {
        record_id: first_back(history.get(person, ()), created)
        for record_id, person, created in items
    }


def first_back(history: Iterable[_Stretch], created: datetime) -> datetime | None:
    """The first 在岗 moment at or after ``created`` in one person's ordered history."""
    in_post = Status.IN_POST.value
    absent_at_creation = False
    for status, started, ended in history:
        if ended is not None and ended <= created:
            continue  # over before the record was made
        if started <= created:
            if status == in_post:
                return created
            absent_at_creation = True
        elif not absent_at_creation or status == in_post:
            # Rows are contiguous: a first row starting after the record means the person
            # had no row (在岗, as on the board) when it was made.
            return created if not absent_at_creation else started
    return None if absent_at_creation else created
