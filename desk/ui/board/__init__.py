"""去向牌: the board page (home of the main window) and its dialogs."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the board as the home page, refreshed by timer and on every write."""
    from desk.domain.common.errors import DomainError
    from desk.ui.board.page import BoardPage

    # At start-up: approved leave that began or ended while no desk ran goes up or down
    # before the board is first shown (a failure shows at the first timed refresh, which
    # runs the steps again).
    with contextlib.suppress(DomainError):
        window.hall.run_due_steps()
    page = BoardPage(window.hall, window)
    window.add_page("board", "去向牌", page, "F1")
    page.actions.returned.connect(window.staffReturned.emit)
    window.on_store_change(page.refresh)
    window.operatorChanged.connect(page.refresh)
    if window.start_timers:
        page.start_timer(int(window.hall.settings.get("board.refresh_seconds")))
    menu = window.menus["records"]
    menu.addAction("去向牌\tF1", lambda: window.show_page("board"))

    def change_current() -> None:
        window.show_page("board")
        page.change_current()

    def find() -> None:
        window.show_page("board")
        page.focus_filter()

    menu.addAction("更改去向…\tEnter", change_current)
    menu.addAction("查找人员\tCtrl+F", find)
    menu.addSeparator()
