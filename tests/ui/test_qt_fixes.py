"""The reserve that keeps PySide6 6.12's emit() from draining True's reference count."""

from __future__ import annotations

import subprocess
import sys

from desk.ui import qt_fixes


def test_many_emits_leave_the_interpreter_healthy() -> None:
    # A fresh interpreter: 30,000 emits, more references than True starts with.
    code = (
        "import sys\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "from desk.ui.qt_fixes import guard_bool_refcount\n"
        "guard_bool_refcount()\n"
        "class O(QObject):\n"
        "    s = Signal(int)\n"
        "o = O()\n"
        "for i in range(30000):\n"
        "    o.s.emit(i)\n"
        "print('done')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "done"


def test_top_up_renews_the_reserve(monkeypatch) -> None:
    if not qt_fixes.guard_bool_refcount():
        return  # this binding has no defect to work around
    monkeypatch.setattr(qt_fixes, "LOW_WATER", sys.getrefcount(True) + 10)
    before = sys.getrefcount(True)
    qt_fixes.top_up()
    assert sys.getrefcount(True) >= before + qt_fixes.CHUNK
