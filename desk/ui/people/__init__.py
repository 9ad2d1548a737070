"""人员与岗位 (menu 管理): staff, departments, posts with their A/B holders, 备案 records."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    from desk.ui.people.page import PeoplePage

    page = PeoplePage(window.hall, window)
    window.add_page("people", "人员与岗位", page)
    window.add_action(
        "admin",
        "人员与岗位(&P)",
        lambda: window.show_page("people"),
        object_name="peopleAction",
    )
    window.operatorChanged.connect(page.apply_role)
    window.on_store_change(
        page.data_changed, "staff", "departments", "posts", "roster_changes", "operators"
    )
