"""Opening a record of any kind from the overdue list or the reminders, by (kind, record id).

Each feature registers how its records open; the handover opener is built on the intake
feature's own pages and dialogs (it is looked up on the window, so this works whether or
not that feature is installed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desk.domain.overdue.service import KIND_CALLBACK, KIND_CASE, KIND_HANDOVER

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

Opener = Callable[["MainWindow", int], None]
OPENERS: dict[str, Opener] = {}


def register_opener(kind: str, opener: Opener) -> None:
    OPENERS[kind] = opener


def open_record(window: MainWindow, kind: str, record_id: int) -> bool:
    """Open the record's page and dialog; False when no feature knows the kind."""
    opener = OPENERS.get(kind)
    if opener is None:
        return False
    opener(window, record_id)
    return True


def _open_handover(window: MainWindow, handover_id: int) -> None:
    page = window.pages.get("handovers")
    if page is None:
        return
    window.show_page("handovers")
    select = getattr(page, "select", None)
    if callable(select) and select(handover_id):
        contact = getattr(page, "contact", None)
        if callable(contact):
            contact()


def _open_callback(window: MainWindow, appointment_id: int) -> None:
    page = window.pages.get("appointments")
    if page is not None:
        window.show_page("appointments")
        page.open_entry(appointment_id)  # type: ignore[attr-defined]


def _open_case(window: MainWindow, case_id: int) -> None:
    page = window.pages.get("cases")
    if page is not None:
        window.show_page("cases")
        page.open_case(case_id)  # type: ignore[attr-defined]


register_opener(KIND_HANDOVER, _open_handover)
register_opener(KIND_CALLBACK, _open_callback)
register_opener(KIND_CASE, _open_case)
# The return notice's waiting items use the appointment book's own kind name.
register_opener("appointment", _open_callback)
