"""What one UI feature asks of another, through one small router the main window carries.

Features never look each other up on the window. Whoever can answer a request registers
its answer while desk.ui.app installs the features (never as a side effect of an import);
whoever asks calls the router and gets False / None when no installed feature answers
(a build without that feature, or a test window with one feature alone).

- ``open_record(kind, record_id)``: the overdue list and the reminders open a handover
  (intake feature), a callback (appointments) or a case (cases);
- ``open_notice(item_id=…, intake_id=…)``: the one-time notice (notice feature), asked for
  by the intake feature after an intake placed as 一次性告知 and by the catalogue page;
- ``selected_intake_id()``: the intake selected in the register (intake feature), for 受理;
- ``waiting_actions(kind)``: the buttons of the 返岗提醒 (intake feature) per kind of
  waiting item; the appointment feature adds its own kind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QWidget

RecordOpener = Callable[[int], object]


class NoticeOpener(Protocol):
    def __call__(self, *, item_id: int | None = None, intake_id: int | None = None) -> object: ...


@dataclass(frozen=True)
class WaitingAction:
    """A button on one waiting item of the 返岗提醒: run(parent, record id) → status message."""

    text: str
    run: Callable[[QWidget, int], str | None]


class Router:
    """Typed requests between features; empty until the features are installed."""

    def __init__(self) -> None:
        self._openers: dict[str, RecordOpener] = {}
        self._waiting: dict[str, tuple[WaitingAction, ...]] = {}
        self._phrases: dict[str, str] = {}
        self._notices: NoticeOpener | None = None
        self._selected_intake: Callable[[], int | None] | None = None

    def is_empty(self) -> bool:
        return not (self._openers or self._waiting or self._notices or self._selected_intake)

    # ---- answering (at install time) -----------------------------------------------
    def add_opener(self, kind: str, opener: RecordOpener) -> None:
        self._openers[kind] = opener

    def add_waiting_actions(
        self, kind: str, actions: Sequence[WaitingAction], phrase: str | None = None
    ) -> None:
        """Buttons for one kind of waiting item; `phrase` counts it in the title (件转交待联系)."""
        self._waiting[kind] = tuple(actions)
        if phrase:
            self._phrases[kind] = phrase

    def provide_notices(self, opener: NoticeOpener) -> None:
        self._notices = opener

    def provide_selected_intake(self, selected: Callable[[], int | None]) -> None:
        self._selected_intake = selected

    # ---- asking --------------------------------------------------------------------
    def opens(self, kind: str) -> bool:
        """Whether an installed feature opens records of this kind."""
        return kind in self._openers

    def open_record(self, kind: str, record_id: int) -> bool:
        """Open the record's page and dialog; False when no feature knows the kind."""
        opener = self._openers.get(kind)
        if opener is None:
            return False
        opener(record_id)
        return True

    def open_notice(self, *, item_id: int | None = None, intake_id: int | None = None) -> bool:
        """The one-time notice for an item and/or an intake (whose visitor and item fill in)."""
        if self._notices is None:
            return False
        self._notices(item_id=item_id, intake_id=intake_id)
        return True

    def selected_intake_id(self) -> int | None:
        """The intake selected in the 办事登记 register (None: none, or no register)."""
        return self._selected_intake() if self._selected_intake is not None else None

    def waiting_actions(self, kind: str) -> tuple[WaitingAction, ...]:
        return self._waiting.get(kind, ())

    def waiting_phrases(self) -> dict[str, str]:
        return dict(self._phrases)
