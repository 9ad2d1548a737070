"""去向记录 of one person: the ledger of their whereabouts and "where was X at time T?"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from desk.domain.board.service import BoardService
from desk.domain.board.views import BoardRow, WhereaboutsView
from desk.ui.board.status_dialog import from_qt, to_qt
from desk.ui.generated.ui_history_dialog import Ui_HistoryDialog
from desk.ui.theme import status_colours

RowIdRole = Qt.ItemDataRole.UserRole + 1
HEADERS = [
    "开始", "结束", "时长", "去向", "地点/事由", "预计返回", "联系电话", "记录人", "批准原因",
]  # fmt: skip
RANGES: list[tuple[str, int | None]] = [("最近30天", 30), ("最近一年", 365), ("全部", None)]


def span_text(start: datetime, end: datetime) -> str:
    minutes = int((end - start).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes}分钟"
    if minutes < 24 * 60:
        return f"{minutes // 60}小时{minutes % 60:02d}分"
    return f"{minutes // (24 * 60)}天{minutes % (24 * 60) // 60}小时"


class HistoryModel(QAbstractTableModel):
    """WhereaboutsView rows, newest first."""

    def __init__(self, operators: dict[int, str], now: datetime, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[WhereaboutsView] = []
        self._operators = operators
        self._now = now

    def set_rows(self, rows: list[WhereaboutsView], now: datetime) -> None:
        self.beginResetModel()
        self._rows, self._now = rows, now
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == RowIdRole:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and col == 3:
            return QBrush(status_colours(row.status)[0])
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            return QBrush(status_colours(row.status)[1])
        if role == Qt.ItemDataRole.ToolTipRole and col in (4, 8):
            return row.place if col == 4 else row.override_reason
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = [
            f"{row.started_at:%Y-%m-%d %H:%M}",
            f"{row.ended_at:%Y-%m-%d %H:%M}" if row.ended_at else "（至今）",
            span_text(row.started_at, row.ended_at or self._now),
            row.status_label,
            row.place,
            f"{row.expected_return:%m-%d %H:%M}" if row.expected_return else "",
            row.contact_phone,
            self._operators.get(row.operator_id or 0, ""),
            row.override_reason,
        ]
        return values[col]


def where_text(view: WhereaboutsView | None) -> str:
    if view is None:
        return "该时刻之前没有记录"
    place = f"，{view.place}" if view.place else ""
    until = f"{view.ended_at:%m-%d %H:%M}" if view.ended_at else "至今"
    return f"{view.status_label}{place}（{view.started_at:%m-%d %H:%M} — {until}）"


class HistoryDialog(QDialog):
    def __init__(
        self,
        board: BoardService,
        row: BoardRow,
        *,
        now: Callable[[], datetime],
        operators: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.board, self.row, self._now = board, row, now
        ui = self.ui
        self.setWindowTitle(f"去向记录 — {row.name}")
        ui.personLabel.setText(
            f"<b style='font-size:14pt'>{row.name}</b>　{row.department}　现在：{row.status_label}"
        )
        self.model = HistoryModel(operators, now(), self)
        ui.historyView.setModel(self.model)
        header = ui.historyView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        ui.historyView.verticalHeader().hide()
        for text, days in RANGES:
            ui.rangeCombo.addItem(text, days)
        ui.rangeCombo.currentIndexChanged.connect(self.reload)
        ui.atEdit.setDateTime(to_qt(now() - timedelta(days=1)))
        ui.whereButton.clicked.connect(self.query)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        self.reload()
        ui.atEdit.setFocus()

    def reload(self) -> None:
        days = self.ui.rangeCombo.currentData()
        now = self._now()
        since = now - timedelta(days=days) if days else None
        rows = self.board.history(self.row.staff_id, since=since, limit=5000)
        self.model.set_rows(rows, now)
        self.ui.countLabel.setText(f"共 {len(rows)} 条")

    def query(self) -> None:
        view = self.board.where_was(self.row.staff_id, from_qt(self.ui.atEdit.dateTime()))
        self.ui.whereResult.setText(where_text(view))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        # Enter in the time field asks the question instead of closing the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.ui.atEdit.hasFocus():
            self.query()
            return
        super().keyPressEvent(event)
