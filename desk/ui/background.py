"""Work on the store off the GUI thread, so the window never freezes on a slow store.

``run_op(widget, fn, done=…, failed=…)`` — in the spirit of Anki's CollectionOp/QueryOp:
fn runs on a worker thread (writes one after another, on one thread: a desk's saves stay
in order), ``done(result)`` or ``failed(exc)`` run back on the GUI thread. fn only talks
to the domain; it never touches widgets.

While fn runs the widget takes no clicks or keys (nothing is saved twice, nothing typed
is lost: the form itself is left as it is). After WAIT_MS the window shows that it is
waiting, with 取消: cancelling interrupts the statement through the driver and rolls the
save back (desk.db.engine.Cancel); the clerk is told only once the worker has finished,
so a save that committed just before is reported as saved, never as cancelled.

With DESK_SYNC_OPS set (the test suite's default, like Picard's FakeThreadPool) fn runs
inline, so widget tests read the result at once; the tests of this module switch it off.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.db.engine import CURRENT_CANCEL, Cancel
from desk.db.storage_errors import StorageError
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.ui.field_errors import FieldErrors

WAIT_MS = 200
SYNC_ENV = "DESK_SYNC_OPS"
_INPUT = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.Wheel,
    QEvent.Type.Shortcut,
}


def _pool(lane: str = "store") -> QThreadPool:
    """One worker thread per lane for the whole desk: its writes run one after another
    ("store"); a long backup has a lane of its own, so saves never queue behind it."""
    app = QApplication.instance()
    assert app is not None
    name = f"desk-{lane}-worker"
    pool = app.findChild(QThreadPool, name)
    if pool is None:
        pool = QThreadPool(app)
        pool.setObjectName(name)
        pool.setMaxThreadCount(1)
        pool.setExpiryTimeout(-1)
    return pool


class _Relay(QObject):
    """Carries the worker's outcome back to the GUI thread (queued signal)."""

    finished = Signal(object, object)  # result, exception


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], token: Cancel, relay: _Relay) -> None:
        super().__init__()
        self.fn, self.token, self.relay = fn, token, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        CURRENT_CANCEL.set(self.token)
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 — every outcome goes back to the GUI
            self.relay.finished.emit(None, exc)
            return
        finally:
            CURRENT_CANCEL.set(None)
        self.relay.finished.emit(result, None)


class WaitingDialog(QDialog):
    """正在保存… with a busy bar and 取消, over the form that waits."""

    def __init__(self, text: str, cancel: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent.window())
        self.setObjectName("waitingDialog")
        self.setWindowTitle("请稍候")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        self.label = QLabel(f"{text}\n数据库响应较慢，请稍候；也可以取消，填写的内容不会丢失。")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        bar = QProgressBar(self)
        bar.setRange(0, 0)  # busy
        bar.setTextVisible(False)
        layout.addWidget(bar)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton("取消(&C)", self)
        self.cancel_button.clicked.connect(cancel)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)

    def cancelling(self) -> None:
        self.label.setText("正在取消，请稍候…")
        self.cancel_button.setEnabled(False)

    def reject(self) -> None:  # Esc: the same as 取消, never a silent close
        self.cancel_button.click()


class _InputBlock(QObject):
    """Swallows clicks and keys for one widget (and its children) while its op runs."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT and isinstance(watched, QWidget):
            inside = watched is self.widget or self.widget.isAncestorOf(watched)
            waiting = isinstance(watched.window(), WaitingDialog)
            return inside and not waiting
        return False


class BackgroundOp(QObject):
    """One run of fn for a widget; see run_op."""

    def __init__(
        self,
        widget: QWidget,
        fn: Callable[[], Any],
        done: Callable[[Any], object],
        failed: Callable[[BaseException], object] | None,
        waiting_text: str,
        waiting: Callable[[], object] | None = None,
        lane: str = "store",
    ) -> None:
        super().__init__(widget)
        self.lane = lane
        self.widget, self.fn, self.done, self.failed = widget, fn, done, failed
        self.waiting_text = waiting_text
        # A query (run_query): the page shows its own "正在查找…" and keeps taking keys.
        self.waiting = waiting
        self.token = Cancel()
        self.dialog: WaitingDialog | None = None
        self.relay = _Relay()
        self.relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.block: _InputBlock | None = _InputBlock(widget) if waiting is None else None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may fire 5 % early
        self.timer.timeout.connect(self._show_waiting)

    def start(self) -> None:
        app = QApplication.instance()
        assert app is not None
        if self.block is not None:
            app.installEventFilter(self.block)
        self.timer.start(WAIT_MS)
        _pool(self.lane).start(_Job(self.fn, self.token, self.relay))

    def cancel(self) -> None:
        self.token.cancel()
        if self.dialog is not None:
            self.dialog.cancelling()

    def _show_waiting(self) -> None:
        if self.waiting is not None:
            self.waiting()
            return
        self.dialog = WaitingDialog(self.waiting_text, self.cancel, self.widget)
        self.dialog.show()

    def _finished(self, result: object, exc: BaseException | None) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self.block is not None:
            app.removeEventFilter(self.block)
        self.block = None
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        try:
            if exc is None:
                self.done(result)
            elif self.failed is not None:
                self.failed(exc)
            else:
                raise exc
        finally:
            self.deleteLater()


def run_op(
    widget: QWidget,
    fn: Callable[[], Any],
    *,
    done: Callable[[Any], object],
    failed: Callable[[BaseException], object] | None = None,
    waiting_text: str = "正在保存…",
) -> BackgroundOp | None:
    """Run fn off the GUI thread for widget; done(result) or failed(exc) on the GUI thread.

    Returns the op (None when it ran inline under DESK_SYNC_OPS). An exception failed
    does not take goes to the application's excepthook, like one raised in a slot.
    """
    if os.environ.get(SYNC_ENV):
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001
            if failed is None:
                raise
            failed(exc)
            return None
        done(result)
        return None
    op = BackgroundOp(widget, fn, done, failed, waiting_text)
    op.start()
    return op


def run_query(
    widget: QWidget,
    fn: Callable[[], Any],
    *,
    done: Callable[[Any], object],
    waiting: Callable[[], object],
    failed: Callable[[BaseException], object] | None = None,
    lane: str = "store",
) -> BackgroundOp | None:
    """A slow read (a search over all dates) off the GUI thread; the page keeps taking
    keys, and after WAIT_MS ``waiting()`` lets it say that it is looking. A newer query
    makes an older one moot: the page ignores results it no longer wants."""
    if os.environ.get(SYNC_ENV):
        return run_op(widget, fn, done=done, failed=failed)
    op = BackgroundOp(widget, fn, done, failed, "", waiting, lane)
    op.start()
    return op


def save_dialog(
    dialog: QDialog,
    work: Callable[[], Any],
    errors: FieldErrors,
    *,
    done: Callable[[Any], object] | None = None,
    field: str | None = None,
) -> BackgroundOp | None:
    """The usual form save: work off the GUI thread, then done(result) and accept().

    A FieldError shows at its field (or at `field`), any other refusal or an unreachable
    store as the form's general message; the dialog stays open with what was typed."""

    def finished(result: Any) -> None:
        if done is not None:
            done(result)
        dialog.accept()

    def refused(exc: BaseException) -> None:
        if isinstance(exc, FieldError):
            errors.show(field or exc.field, exc.message)
        elif isinstance(exc, DomainError | StorageError):
            errors.show_general(str(exc))
        else:
            raise exc

    return run_op(dialog, work, done=finished, failed=refused)
