"""逾期一览 feature: one page (F8) listing every due or overdue item, opening each record."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    from desk.ui.overdue.page import OverduePage

    page = OverduePage(window.hall, window)
    window.add_page("overdue", "逾期一览", page, "F8")
    # Each record opens in its own feature (registered with the router as it was installed).
    page.openRecord.connect(window.router.open_record)
    window.on_store_change(page.refresh)
    window.menus["records"].addAction("逾期一览\tF8", lambda: window.show_page("overdue"))
