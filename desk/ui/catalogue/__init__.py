"""事项库 feature: the catalogue page (管理 menu) with editing, versions and Excel import/export."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    from desk.ui.catalogue.dialogs import ask_export, ask_import
    from desk.ui.catalogue.page import CataloguePage

    page = CataloguePage(window.hall, window)
    window.add_page("catalogue", "事项库", page)
    page.noticeRequested.connect(lambda item_id: window.router.open_notice(item_id=item_id))
    window.operatorChanged.connect(page.update_permissions)
    window.on_store_change(
        page.refresh,
        "service_items",
        "service_item_versions",
        "service_materials",
        "service_refusal_reasons",
    )  # e.g. after 导入事项库 from the menu
    window.add_action(
        "admin", "事项库…", lambda: window.show_page("catalogue"), object_name="showCatalogue"
    )
    window.add_action(
        "admin",
        "导入事项库…",
        lambda: ask_import(window, window.hall),
        object_name="importCatalogue",
    )
    window.add_action(
        "admin",
        "导出事项库…",
        lambda: ask_export(window, window.hall),
        object_name="exportCatalogue",
    )
