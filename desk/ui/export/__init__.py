"""月度台账 feature: 台账 → 导出月度台账… (Ctrl+E)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.domain.people.permissions import Permission, can

if TYPE_CHECKING:
    from desk.ui.export.dialog import ExportDialog
    from desk.ui.main_window import MainWindow

__all__ = ["install", "open_export_dialog"]


def open_export_dialog(window: MainWindow) -> ExportDialog:
    """Show the export dialog (non-modal: the desk keeps working while it exports).

    Asked again while it is open, the open one comes to the front.
    """
    from desk.ui.export.dialog import ExportDialog

    for current in window.findChildren(ExportDialog):
        if current.isVisible():
            current.activateWindow()
            return current
    hall = window.hall
    dialog = ExportDialog(
        hall.ledgers,
        hall_name=str(hall.settings.get("hall.name")),
        today=hall.ctx.now().date(),
        can_unmask=can(hall.ctx, Permission.EXPORT_UNMASKED),
        parent=window,
    )
    dialog.show()
    return dialog


def install(window: MainWindow) -> None:
    window.add_action(
        "ledger",
        "导出月度台账(&E)…",
        lambda: open_export_dialog(window),
        shortcut="Ctrl+E",
        object_name="exportLedgersAction",
    )
