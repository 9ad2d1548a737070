"""Menu and toolbar actions only for operators whose role allows them.

A guarded action (by its object name) is disabled, with the reason in its tooltip, when
the signed-in operator may not use it; every switch of operator re-applies the table.
The domain refuses the same actions again (desk.domain.people.permissions), so a disabled button
is a courtesy, never the only check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction

from desk.domain.people.permissions import Permission, can, denial_message

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

GUARDED: dict[str, Permission] = {
    # 事项库 (issue 5): importing replaces items.
    "importCatalogue": Permission.CATALOGUE,
    # 管理 menu (this package).
    "operatorsAction": Permission.OPERATORS,
    "auditAction": Permission.AUDIT,
    "privacyAction": Permission.ANONYMISE,
    "restoreAction": Permission.RESTORE,
}

_BASE_TIP = "deskBaseToolTip"


def guard(object_name: str, permission: Permission) -> None:
    """Register another feature's action (by object name) as needing a permission."""
    GUARDED[object_name] = permission


def apply(window: MainWindow) -> None:
    """Enable or disable every guarded action for the operator signed in now."""
    allowed: dict[Permission, bool] = {}
    for action in window.findChildren(QAction):
        permission = GUARDED.get(action.objectName())
        if permission is None:
            continue
        if permission not in allowed:
            allowed[permission] = can(window.hall.ctx, permission)
        ok = allowed[permission]
        base = action.property(_BASE_TIP)
        if base is None:
            base = action.toolTip()
            action.setProperty(_BASE_TIP, base)
        action.setEnabled(ok)
        action.setToolTip(str(base) if ok else f"{base}（{denial_message(permission)}）")


def install(window: MainWindow) -> None:
    window.operatorChanged.connect(lambda: apply(window))
    apply(window)
    # Features installed after this one add their actions later in the same start-up.
    QTimer.singleShot(0, window, lambda: apply(window))
