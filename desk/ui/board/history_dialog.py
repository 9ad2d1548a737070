"""去向记录 of one person: the ledger of their whereabouts and "where was X at time T?"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from desk.domain.board.service import BoardService
from desk.domain.board.views import BoardRow, WhereaboutsView
from desk.ui.board.status_dialog import from_qt, to_qt
from desk.ui.formats import datetime_text
from desk.ui.generated.ui_history_dialog import Ui_HistoryDialog
from desk.ui.table_model import Column, Look, RowTableModel, fit_columns
from desk.ui.theme import OVERDUE, status_colours

RANGES: list[tuple[str, int | None]] = [("最近30天", 30), ("最近一年", 365), ("全部", None)]


def span_text(start: datetime, end: datetime) -> str:
    minutes = int((end - start).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes}分钟"
    if minutes < 24 * 60:
        return f"{minutes // 60}小时{minutes % 60:02d}分"
    return f"{minutes // (24 * 60)}天{minutes % (24 * 60) // 60}小时"


def _status_look(row: WhereaboutsView) -> Look:
    bg, fg = status_colours(row.status)
    return Look(background=bg, foreground=fg)


def _leave_look(row: WhereaboutsView) -> Look | None:
    return Look(foreground=QColor(OVERDUE), bold=True) if row.unrequested else None


def history_model(
    operators: dict[int, str], now: Callable[[], datetime], parent: QObject | None
) -> RowTableModel[WhereaboutsView]:
    """WhereaboutsView rows, newest first; an open stretch lasts until `now()`.

    The open stretch grows with the clock: reload with ``set_rows(rows, all_changed=True)``.
    """
    columns: list[Column[WhereaboutsView]] = [
        Column("开始", lambda r: r.started_at),
        Column("结束", lambda r: datetime_text(r.ended_at) if r.ended_at else "（至今）",
               sort=lambda r: r.ended_at.isoformat() if r.ended_at else "~"),
        Column("时长", lambda r: span_text(r.started_at, r.ended_at or now()),
               sort=lambda r: ((r.ended_at or now()) - r.started_at).total_seconds()),
        Column("去向", lambda r: r.status_label, look=_status_look),
        Column("地点/事由", lambda r: r.place, stretch=True),
        Column("预计返回", lambda r: r.expected_return),
        Column("联系电话", lambda r: r.contact_phone),
        Column("记录人", lambda r: operators.get(r.operator_id or 0, "")),
        Column("批准原因", lambda r: r.override_reason),
        # "请假〔2026〕第0003号", or 未请假 (red) for an absence of a kind that needs one.
        Column("请假", lambda r: r.leave_text, look=_leave_look),
    ]  # fmt: skip
    return RowTableModel(columns, parent=parent)


def where_text(view: WhereaboutsView | None) -> str:
    if view is None:
        return "该时刻之前没有记录"
    place = f"，{view.place}" if view.place else ""
    until = datetime_text(view.ended_at) if view.ended_at else "至今"
    return f"{view.status_label}{place}（{datetime_text(view.started_at)} — {until}）"


class HistoryDialog(QDialog):
    def __init__(
        self,
        board: BoardService,
        row: BoardRow,
        *,
        now: Callable[[], datetime],
        operators: dict[int, str],
        attach: Callable[[WhereaboutsView, QWidget], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.board, self.row, self._now = board, row, now
        self._attach = attach
        ui = self.ui
        self.setWindowTitle(f"去向记录 — {row.name}")
        ui.personLabel.setText(
            f"<b style='font-size:14pt'>{row.name}</b>　{row.department}　现在：{row.status_label}"
        )
        self._reloaded_at = now()
        self.model = history_model(operators, lambda: self._reloaded_at, self)
        ui.historyView.setModel(self.model)
        ui.historyView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        fit_columns(ui.historyView, self.model)
        ui.historyView.verticalHeader().hide()
        for text, days in RANGES:
            ui.rangeCombo.addItem(text, days)
        ui.rangeCombo.currentIndexChanged.connect(self.reload)
        ui.atEdit.setDateTime(to_qt(now() - timedelta(days=1)))
        ui.whereButton.clicked.connect(self.query)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        # 未请假 absences: a leader attaches the request afterwards (补办).
        self.attach_button = ui.buttonBox.addButton(
            "补办请假单(&Q)…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.attach_button.setObjectName("attachLeave")
        self.attach_button.setVisible(attach is not None)
        self.attach_button.setEnabled(False)
        self.attach_button.clicked.connect(self.attach_selected)
        self.reload()
        ui.historyView.selectionModel().currentRowChanged.connect(self._selected)
        ui.atEdit.setFocus()

    def reload(self) -> None:
        days = self.ui.rangeCombo.currentData()
        self._reloaded_at = now = self._now()
        since = now - timedelta(days=days) if days else None
        rows = self.board.history(self.row.staff_id, since=since, limit=5000)
        self.model.set_rows(rows, all_changed=True)
        self.ui.countLabel.setText(f"共 {len(rows)} 条")

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        view = self.model.row_at(current)
        self.attach_button.setEnabled(bool(view and view.unrequested))

    def attach_selected(self) -> None:
        view = self.model.row_at(self.ui.historyView.currentIndex())
        if view is None or not view.unrequested or self._attach is None:
            return
        if self._attach(view, self):
            self.reload()

    def query(self) -> None:
        view = self.board.where_was(self.row.staff_id, from_qt(self.ui.atEdit.dateTime()))
        self.ui.whereResult.setText(where_text(view))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        # Enter in the time field asks the question instead of closing the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.ui.atEdit.hasFocus():
            self.query()
            return
        super().keyPressEvent(event)
