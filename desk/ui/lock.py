"""Session lock: after session.lock_minutes without keyboard or mouse input the desk locks.

The lock screen covers the whole screen and asks for the PIN of the operator signed in
(or lets someone else sign in). It never closes or resets anything underneath: a half-
filled intake form stays open with everything typed, and is there again after unlocking.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.domain.hall import Hall
from desk.ui.field_errors import FieldErrors
from desk.ui.generated.ui_lock_screen import Ui_LockScreen

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

# What counts as someone at the desk (not timers, not repaints).
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
        QEvent.Type.TouchBegin,
    }
)
CHECK_INTERVAL_MS = 15_000


class LockScreen(QDialog):
    """The full-screen lock: PIN of the current operator, or another operator signs in."""

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.hall = hall
        self.unlocked = False
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        # No title bar to move it aside by; above the forms it hides.
        self.setWindowFlags(
            Qt.WindowType.Dialog
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        # Opaque: the public must not read the forms left open underneath.
        self.setAutoFillBackground(True)
        self.setStyleSheet("LockScreen { background: #1e293b; } QLabel { color: #f8fafc; }")
        self.ui.pinEdit.setFixedWidth(220)
        self.errors = FieldErrors(self.ui.generalError)
        self.errors.add("pin", self.ui.pinEdit, self.ui.pinError)
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.pinEdit.returnPressed.connect(self.unlock)
        self.ui.switchButton.clicked.connect(self.switch)
        self.refresh()

    def refresh(self) -> None:
        op = self.hall.operators.current()
        self.ui.titleLabel.setText(
            f"<span style='font-size:20pt'>{self.hall.settings.get('hall.name')}</span>"
            "<br><span style='font-size:14pt'>已锁定</span>"
        )
        if op is None:
            self.ui.operatorLabel.setText("没有操作员登录，请点“换人登录”。")
        elif op.has_pin:
            self.ui.operatorLabel.setText(f"{op.name}（{op.role.label}）：请输入PIN解锁")
        else:
            self.ui.operatorLabel.setText(f"{op.name}（{op.role.label}）：点“解锁”继续")
        needs_pin = bool(op and op.has_pin)
        self.ui.pinEdit.setEnabled(needs_pin)
        self.ui.pinLabel.setEnabled(needs_pin)
        self.ui.unlockButton.setEnabled(op is not None)
        self.ui.pinEdit.clear()
        self.errors.clear()
        (self.ui.pinEdit if needs_pin else self.ui.switchButton).setFocus()

    def unlock(self) -> None:
        self.errors.clear()
        operator_id = self.hall.operator_id
        if operator_id is None:
            return
        try:
            self.hall.operators.authenticate(operator_id, self.ui.pinEdit.text() or None)
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            self.ui.pinEdit.selectAll()
            return
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return
        self._finish()

    def switch(self) -> None:
        from desk.ui.sign_in import SignInDialog

        dialog = SignInDialog(self.hall, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._finish()
            parent = self.parent()
            if parent is not None and hasattr(parent, "operatorChanged"):
                parent.operatorChanged.emit()

    def _finish(self) -> None:
        self.unlocked = True
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Esc must not unlock.
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.unlocked:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.unlocked:
            event.ignore()
            return
        super().closeEvent(event)


class IdleLock(QObject):
    """Watches the application's input; locks the window after the idle minutes."""

    def __init__(
        self,
        window: MainWindow,
        minutes: Callable[[], float],
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.minutes = minutes
        self.monotonic = monotonic
        self.last_input = monotonic()
        self.screen: LockScreen | None = None
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT and self.screen is None:
            self.last_input = self.monotonic()
        return False

    def idle_seconds(self) -> float:
        return self.monotonic() - self.last_input

    def check(self) -> None:
        """Lock when the idle time passed the setting (0 or less: never lock)."""
        limit = float(self.minutes())
        if self.screen is None and limit > 0 and self.idle_seconds() >= limit * 60:
            self.lock()

    def lock(self) -> LockScreen:
        """Show the lock screen now (also 文件 → 锁定, Ctrl+Shift+L)."""
        if self.screen is not None:
            return self.screen
        screen = LockScreen(self.window.hall, self.window)
        screen.finished.connect(self._unlocked)
        self.screen = screen
        # The whole screen, not just the window: nothing of an open form stays readable.
        display = self.window.screen() or QApplication.primaryScreen()
        screen.setGeometry(display.geometry())
        screen.show()
        screen.raise_()
        screen.activateWindow()
        return screen

    def _unlocked(self, _result: int) -> None:
        if self.screen is not None:
            self.screen.deleteLater()
        self.screen = None
        self.last_input = self.monotonic()
