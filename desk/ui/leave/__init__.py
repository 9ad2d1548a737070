"""请销假 feature: the leave page (Ctrl+Shift+J), 新建请假, the weekly statistics in 台账."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    from desk.ui.leave.page import LeavePage

    page = LeavePage(window.hall, window)
    window.add_page("leave", "请销假", page, "Ctrl+Shift+J")
    window.on_store_change(page.data_changed)
    window.operatorChanged.connect(page.data_changed)

    def new_request() -> None:
        window.show_page("leave")
        page.new_request()

    def export_week() -> None:
        window.show_page("leave")
        page.export_week()

    window.add_action("records", "新建请假(&Q)…", new_request, object_name="newLeaveAction")
    window.add_action(
        "ledger", "导出请假周统计(&W)…", export_week, object_name="exportLeaveWeekAction"
    )

    def open_request(request_id: int) -> None:
        window.show_page("leave")
        page.open_request(request_id)

    def designate(post_id: int) -> None:
        window.show_page("leave")
        page.designate(post_id)

    # What the duty page's 领导待办 asks for (desk.ui.duty).
    window.router.add_opener("leave", open_request)
    window.router.add_opener("designate", designate)
