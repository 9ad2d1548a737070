"""What waits for a staff member: the items the return notice lists when they are back.

Each record kind that leaves work for a person (handovers here; appointments awaiting a
callback in the appointment book) has a provider, installed by the Hall facade;
:meth:`WaitingService.for_staff` merges them, most urgent first. The notice shown on 返岗
and the overdue overview read this one list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from desk.domain.common.context import Context


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


def _urgency(item: WaitingItem) -> tuple[int, date, datetime]:
    # Overdue first, then by due date (undated last), then oldest first.
    return (0 if item.overdue else 1, item.due or date.max, item.created)


class WaitingService:
    """``hall.waiting``: the merged waiting list for the return notice."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.providers: dict[str, WaitingProvider] = {}

    def add_provider(self, kind: str, provider: WaitingProvider) -> None:
        """Add (or replace) the provider of one kind of waiting item."""
        self.providers[kind] = provider

    def for_staff(self, staff_id: int) -> list[WaitingItem]:
        """Everything waiting for ``staff_id`` from every installed kind, most urgent first."""
        items: list[WaitingItem] = []
        for provider in self.providers.values():
            items.extend(provider(self.ctx, staff_id))
        return sorted(items, key=_urgency)
