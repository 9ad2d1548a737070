"""The network to the database server is cut while a clerk fills in an intake.

The desk reaches PostgreSQL through a small TCP relay on 127.0.0.1 that the test cuts
and restores: the save gets a Chinese message at the form, what was typed stays, the
status bar says the connection is gone, and once the relay is back the desk reconnects
by itself and the same form saves.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy.engine import make_url

from desk.bootstrap import open_hall
from desk.domain.common.clock import FixedClock
from desk.domain.intake.views import IntakeFilter
from desk.ui.app import build_window
from desk.ui.intake.intake_dialog import IntakeDialog
from desk.ui.live import LiveUpdates
from tests.conftest import START, SmallHall
from tests.ui.test_intake_dialog import fill_visitor, focused, press
from tests.ui.test_intake_dialog import sh as sh  # noqa: F401 (the fixture)

pytestmark = [pytest.mark.postgres, pytest.mark.qt_log_ignore("^This plugin does not support")]


class Relay:
    """Forwards 127.0.0.1:<port> to the database server until cut."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self.sockets: list[socket.socket] = []
        self.listener: socket.socket | None = None
        self.restore()

    def restore(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            server = socket.create_connection(self.target)
            self.sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        if self.listener is not None:
            # shutdown wakes the thread blocked in accept(); close alone would not.
            with contextlib.suppress(OSError):
                self.listener.shutdown(socket.SHUT_RDWR)
            self.listener.close()
            self.listener = None
        for s in self.sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()
        self.sockets.clear()


@pytest.fixture
def relay(sh: SmallHall) -> Iterator[Relay]:  # noqa: F811
    url = make_url(sh.hall.db.url)
    r = Relay((url.host or "127.0.0.1", url.port or 5432))
    yield r
    r.cut()


def test_a_cut_network_keeps_the_form_and_the_desk_reconnects_by_itself(
    qtbot,
    sh: SmallHall,
    relay: Relay,
    type_text,  # noqa: ANN001, F811
) -> None:
    url = make_url(sh.hall.db.url).set(host="127.0.0.1", port=relay.port)
    hall = open_hall(url.render_as_string(hide_password=False), clock=FixedClock(START))
    hall.operators.sign_in(sh.operator_id)
    window = build_window(hall, start_timers=False, live_updates=True)
    qtbot.addWidget(window)
    window.show()
    offline = window.findChild(QLabel, "offlineLabel")
    live = window.findChild(LiveUpdates)
    qtbot.waitUntil(lambda: live.feed.connected, timeout=10000)
    assert not offline.isVisible()
    window.findChild(type(window.toolbar.actions()[0]), "intakeAction").trigger()
    dialog = window.findChild(IntakeDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    dialog.ui.channelVisit.setFocus()
    fill_visitor(qtbot, dialog, type_text, "ybbx")
    type_text(focused(), "报销材料咨询")

    relay.cut()
    qtbot.waitUntil(offline.isVisible, timeout=5000)
    assert "正在自动重新连接" in offline.text()
    press(qtbot, Qt.Key.Key_Return)  # save
    qtbot.waitUntil(lambda: "无法连接数据库服务器" in dialog.ui.formError.text(), timeout=15000)
    assert dialog.isVisible()
    assert dialog.ui.nameEdit.text() == "张建国" and dialog.ui.phoneEdit.text() == "13812345678"

    relay.restore()
    qtbot.waitUntil(lambda: not offline.isVisible(), timeout=15000)
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    found = sh.hall.intakes.find(IntakeFilter(text="张建国"))
    assert [r.visitor_phone for r in found] == ["13812345678"]
    window.close()
    hall.db.dispose()
