"""一次性告知 feature: the notice dialog (F6, and from an intake) and the 告知记录 page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.ui.notice.dialog import NoticeDialog

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

__all__ = ["NoticeDialog", "install", "open_notice_dialog"]


def open_notice_dialog(
    window: MainWindow,
    item_id: int | None = None,
    intake_id: int | None = None,
    visitor_name: str = "",
) -> NoticeDialog:
    """Open the one-time notice for an item (and/or an intake, whose visitor and item fill in).

    The dialog is modeless; every notice it archives refreshes the 告知记录 page.
    """
    dialog = NoticeDialog(
        window.hall, window, item_id=item_id, intake_id=intake_id, visitor_name=visitor_name
    )
    page = window.pages.get("notices")
    if page is not None:
        dialog.issued.connect(lambda _id: page.refresh())  # type: ignore[attr-defined]
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.show()
    return dialog


def install(window: MainWindow) -> None:
    from desk.ui.notice.records_page import RecordsPage

    page = RecordsPage(window.hall, window)
    window.add_page("notices", "告知记录", page)
    window.dataChanged.connect(page.refresh)
    window.add_action(
        "print",
        "一次性告知(&N)…",
        lambda: open_notice_dialog(window),
        shortcut="F4",
        toolbar=True,
        object_name="openNotice",
    )
    window.add_action(
        "ledger",
        "告知记录与否定报备登记",
        lambda: window.show_page("notices"),
        object_name="showNotices",
    )
    # The intake feature calls this after an intake placed as 一次性告知.
    window.notice_printer = lambda intake_id: open_notice_dialog(  # type: ignore[attr-defined]
        window, intake_id=intake_id
    )
