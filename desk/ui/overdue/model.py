"""The 逾期一览 table: handovers, callbacks and promised completions in one list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from desk.domain.common.validation import mask_phone
from desk.domain.overdue.service import OverdueRow
from desk.ui.appointments.table_model import (
    DUE_TODAY_BG,
    OVERDUE_BG,
    OVERDUE_FG,
    RecordTableModel,
    RowIdRole,
    RowRole,
)

# (kind, record id) of a row: what opening it needs.
RecordKeyRole = RowRole + 10


class OverdueModel(RecordTableModel[OverdueRow]):
    columns = (
        ("紧急程度", lambda r: r.urgency_text),
        ("类别", lambda r: r.kind_label),
        ("编号", lambda r: r.number or r.record_id),
        ("来访人", lambda r: r.visitor),
        ("联系电话", lambda r: mask_phone(r.phone)),
        ("事项", lambda r: r.matter),
        ("责任人", lambda r: r.staff),
        ("岗位", lambda r: r.post),
        ("期限", lambda r: r.due),
        ("状态", lambda r: r.state_label),
    )

    def row_id(self, row: OverdueRow) -> object:
        return row.record_id

    def colours(self, row: OverdueRow) -> tuple[QColor | None, QColor | None]:
        return (OVERDUE_BG, OVERDUE_FG) if row.overdue else (DUE_TODAY_BG, None)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is not None and role == RecordKeyRole:
            return (row.kind, row.record_id)
        if row is not None and role == Qt.ItemDataRole.FontRole and index.column() == 0:
            font = QFont()
            font.setBold(row.overdue)
            return font
        return super().data(index, role)


__all__ = ["OverdueModel", "RecordKeyRole", "RowIdRole"]
