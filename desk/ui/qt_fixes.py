"""Work-arounds for defects of the Qt binding desk runs on.

PySide6 6.12.0: ``SignalInstance.emit()`` returns ``True`` without giving the caller a new
reference, so every emit from Python code takes one reference away from ``True``. CPython
before 3.12 counts references on ``True``; after some ten thousand emits (an hour or two
of a desk refreshing its pages, or one run of the test suite) the count reaches zero and
the interpreter aborts with "Fatal Python error: bool_dealloc". 6.11 and older are fine,
and CPython 3.12+ makes ``True`` immortal.

`guard_bool_refcount()` checks whether the installed binding has the defect and, if so,
gives ``True`` a reserve of references that `top_up()` renews long before it could run
out. The references are never returned: ``True`` lives as long as the interpreter anyway,
and the reserve must still be there while the interpreter shuts down.
"""

from __future__ import annotations

import ctypes
import sys

CHUNK = 10_000_000
# Renew when fewer references than this are left.
LOW_WATER = CHUNK // 2

_active = False


def emit_leaks_true() -> bool:
    """Whether emitting a signal from Python takes a reference away from True."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(50):
        probe.ping.emit()
    return sys.getrefcount(True) <= before - 40


def _add_references(n: int) -> None:
    # ob_refcnt is the first field of every object in a release build of CPython 3.11;
    # checked against sys.getrefcount, with Py_IncRef as the slow fallback.
    field = ctypes.c_ssize_t.from_address(id(True))
    before = sys.getrefcount(True)
    field.value += n
    if sys.getrefcount(True) == before + n:
        return
    field.value -= n
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    for _ in range(n):
        incref(True)


def guard_bool_refcount() -> bool:
    """Start keeping the reserve when needed; returns whether it is needed."""
    global _active
    if sys.version_info >= (3, 12) or _active:
        return _active
    _active = emit_leaks_true()
    top_up()
    return _active


def top_up() -> None:
    """Renew the reserve if the emits since the last call have used much of it."""
    if _active and sys.getrefcount(True) < LOW_WATER:
        _add_references(CHUNK)
