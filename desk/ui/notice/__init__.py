"""一次性告知 feature: the notice dialog (F4, from an intake, from the catalogue) and the
告知记录 page. Other features ask for the dialog through ``window.router.open_notice``."""

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

    The dialog is modeless and deletes itself when closed.
    """
    dialog = NoticeDialog(
        window.hall, window, item_id=item_id, intake_id=intake_id, visitor_name=visitor_name
    )
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.show()
    return dialog


def install(window: MainWindow) -> None:
    from desk.ui.notice.records_page import RecordsPage

    page = RecordsPage(window.hall, window)
    window.add_page("notices", "告知记录", page)
    window.on_store_change(page.refresh)

    def open_notice(*, item_id: int | None = None, intake_id: int | None = None) -> None:
        dialog = open_notice_dialog(window, item_id=item_id, intake_id=intake_id)
        # Every notice archived shows in 告知记录 at once.
        dialog.issued.connect(lambda _id: page.refresh())

    # Asked for by the intake feature (an intake placed as 一次性告知) and the catalogue page.
    window.router.provide_notices(open_notice)
    window.add_action(
        "print",
        "一次性告知(&N)…",
        open_notice,
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
