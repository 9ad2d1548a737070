"""The 逾期一览 columns: handovers, callbacks and promised completions in one list."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desk.domain.common.validation import mask_phone
from desk.domain.overdue.service import OverdueRow
from desk.ui.table_model import FIRST_FREE_ROLE, Column, Look, RowTableModel
from desk.ui.theme import DUE_TODAY_BG, LATE_BG, LATE_FG

# (kind, record id) of a row: what opening it needs (record ids repeat across kinds).
RecordKeyRole = FIRST_FREE_ROLE


def _look(row: OverdueRow) -> Look:
    return (
        Look(background=LATE_BG, foreground=LATE_FG)
        if row.overdue
        else Look(background=DUE_TODAY_BG)
    )


COLUMNS: tuple[Column[OverdueRow], ...] = (
    Column("紧急程度", lambda r: r.urgency_text, look=lambda r: Look(bold=r.overdue)),
    Column("类别", lambda r: r.kind_label),
    # Receipt numbers are text; entries without one sort by their id as zero-padded text.
    Column(
        "编号", lambda r: r.number or r.record_id, sort=lambda r: r.number or f"{r.record_id:010d}"
    ),
    Column("来访人", lambda r: r.visitor),
    Column("联系电话", lambda r: mask_phone(r.phone)),
    Column("事项", lambda r: r.matter, stretch=True),
    Column("责任人", lambda r: r.staff),
    Column("岗位", lambda r: r.post, width=8),
    Column("期限", lambda r: r.due),
    Column("状态", lambda r: r.state_label),
)


class OverdueModel(RowTableModel[OverdueRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            COLUMNS,
            row_id=lambda r: r.record_id,
            look=_look,
            roles={RecordKeyRole: lambda r: (r.kind, r.record_id)},
            parent=parent,
        )
