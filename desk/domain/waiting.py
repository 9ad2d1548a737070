"""What waits for a staff member: the items the return notice lists when they are back.

Each record kind that leaves work for a person (handovers here; appointments awaiting a
callback in the appointment book) registers a provider; :func:`waiting_for` merges them,
most urgent first. The notice shown on 返岗 and the overdue overview read this one list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from desk.domain.context import Context


@dataclass(frozen=True)
class WaitingItem:
    """One piece of work waiting for someone."""

    kind: str  # provider key, e.g. "handover", "appointment"
    kind_label: str  # "转交", "预约回访", …
    record_id: int
    summary: str  # "张三 13812345678：低保申请"
    created: datetime
    due: date | None
    overdue: bool
    state_label: str = ""


WaitingProvider = Callable[[Context, int], list[WaitingItem]]
WAITING_PROVIDERS: dict[str, WaitingProvider] = {}


def register_waiting(kind: str, provider: WaitingProvider) -> None:
    """Add (or replace) the provider of one kind of waiting item."""
    WAITING_PROVIDERS[kind] = provider


def _urgency(item: WaitingItem) -> tuple[int, date, datetime]:
    # Overdue first, then by due date (undated last), then oldest first.
    return (0 if item.overdue else 1, item.due or date.max, item.created)


def waiting_for(ctx: Context, staff_id: int) -> list[WaitingItem]:
    """Everything waiting for ``staff_id`` from every registered kind, most urgent first."""
    items: list[WaitingItem] = []
    for provider in list(WAITING_PROVIDERS.values()):
        items.extend(provider(ctx, staff_id))
    return sorted(items, key=_urgency)


class WaitingService:
    """``hall.waiting``: the merged waiting list for the return notice."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def for_staff(self, staff_id: int) -> list[WaitingItem]:
        return waiting_for(self.ctx, staff_id)
