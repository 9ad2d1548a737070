"""Helpers shared by the intake and handover tests (domain and UI)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from desk.domain.common.codes import Role, Status
from tests.conftest import SmallHall

T = TypeVar("T")
DIRECTOR_PIN = "2468"


def as_director(sh: SmallHall, fn: Callable[[], T]) -> T:
    """Run fn signed in as the hall's director (钱主任), then sign the clerk back in."""
    ops = sh.hall.operators
    director = next(
        (op.id for op in ops.accounts() if op.staff_id == sh.staff["钱主任"]), None
    ) or ops.add(sh.staff["钱主任"], Role.DIRECTOR, pin=DIRECTOR_PIN)
    ops.sign_in(director, DIRECTOR_PIN)
    try:
        return fn()
    finally:
        ops.sign_in(sh.operator_id)


def both_absent(sh: SmallHall) -> None:
    """曾小明 (A) and 单丽 (B) of 民政救助 both out; the director approved the clash."""
    board = sh.hall.board
    board.set_status(sh.staff["曾小明"], Status.MEETING, place="县民政局")
    as_director(
        sh,
        lambda: board.set_status(
            sh.staff["单丽"], Status.LEAVE, override_reason="家中急事，主任同意"
        ),
    )
