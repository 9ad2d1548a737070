"""到期提醒: a non-modal window (and a tray message) for everything due today or overdue.

Raised at start-up and every ``reminder.interval_minutes`` minutes (never in tests: the timer
starts only when ``window.start_timers``). The window lists callbacks, handovers and promised
completions from the overdue overview; double-clicking opens the record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
)

from desk.domain.overdue.service import OverdueRow
from desk.ui.overdue.model import OverdueModel, RecordKeyRole
from desk.ui.table_model import fit_columns

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

TITLE_STYLE = (
    "font-size:14pt;font-weight:bold;color:#7f1d1d;background:#fde2e2;"
    "border:1px solid #f5a3a3;border-radius:4px;padding:8px;"
)
DUE_STYLE = (
    "font-size:14pt;font-weight:bold;color:#7a4b00;background:#fff4d6;"
    "border:1px solid #f0c36d;border-radius:4px;padding:8px;"
)


def reminder_text(rows: list[OverdueRow]) -> str:
    """ "逾期 3 项、今日到期 2 项：预约回电 2、转交待联系 1、承诺办结 2"."""
    late = sum(1 for r in rows if r.overdue)
    today = len(rows) - late
    parts = []
    if late:
        parts.append(f"逾期 {late} 项")
    if today:
        parts.append(f"今日到期 {today} 项")
    kinds: dict[str, int] = {}
    for r in rows:
        kinds[r.kind_label] = kinds.get(r.kind_label, 0) + 1
    detail = "、".join(f"{label} {n}" for label, n in kinds.items())
    return "、".join(parts) + (f"：{detail}" if detail else "")


class ReminderWindow(QDialog):
    """Stays on top but never blocks: the clerk keeps working and deals with it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.setWindowTitle("到期提醒")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.resize(1040, 380)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.model = OverdueModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        fit_columns(self.table, self.model)
        self.table.doubleClicked.connect(lambda index: self._open(index.data(RecordKeyRole)))
        open_button = QPushButton("打开所选(&O)", self)
        open_button.clicked.connect(
            lambda: self._open(self.table.currentIndex().data(RecordKeyRole))
        )
        overview = QPushButton("逾期一览(&Y)", self)
        overview.clicked.connect(self._overview)
        close = QPushButton("稍后提醒", self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        buttons.addWidget(overview)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_rows(self, rows: list[OverdueRow]) -> None:
        self.model.set_rows(rows)
        late = any(r.overdue for r in rows)
        self.title.setStyleSheet(TITLE_STYLE if late else DUE_STYLE)
        self.title.setText(reminder_text(rows) if rows else "没有到期或逾期的事项")
        if rows:
            self.table.selectRow(0)

    def rows(self) -> list[OverdueRow]:
        return list(self.model.rows)

    def _open(self, key: object) -> None:
        if isinstance(key, tuple) and len(key) == 2:
            self.main.router.open_record(str(key[0]), int(key[1]))
            self.set_rows(self.main.hall.overdue.items())

    def _overview(self) -> None:
        if "overdue" in self.main.pages:
            self.main.show_page("overdue")
            self.main.raise_()


class ReminderController(QObject):
    """Checks for due items on start-up and on a timer; shows the window and a tray message.

    A child of the window (found with ``window.findChild(ReminderController)``).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.reminder: ReminderWindow | None = None
        self.tray: QSystemTrayIcon | None = None
        self.timer: QTimer | None = None
        if window.start_timers:
            minutes = max(1, int(window.hall.settings.get("reminder.interval_minutes")))
            self.timer = QTimer(window)
            self.timer.setInterval(minutes * 60_000)
            self.timer.timeout.connect(self.check)
            self.timer.start()
            # On start-up, once the main window is on screen.
            QTimer.singleShot(1500, self.check)

    def check(self) -> list[OverdueRow]:
        """Show the reminder (and a tray message) when anything is due or overdue."""
        rows = self.window.hall.overdue.items()
        if not rows:
            if self.reminder is not None and self.reminder.isVisible():
                self.reminder.set_rows([])
            return rows
        first = self.reminder is None
        if self.reminder is None:
            self.reminder = ReminderWindow(self.window)
        self.reminder.set_rows(rows)
        self.reminder.show()
        if first:
            self._place(self.reminder)
        self.reminder.raise_()
        self._tray_message(reminder_text(rows))
        return rows

    def _place(self, reminder: ReminderWindow) -> None:
        """Bottom right of the main window, so the board's names and header stay in view.

        Only the first time: where the clerk moves it afterwards is theirs.
        """
        frame = self.window.frameGeometry()
        x = max(frame.left(), frame.right() - reminder.frameGeometry().width() - 16)
        y = max(frame.top(), frame.bottom() - reminder.frameGeometry().height() - 40)
        reminder.move(x, y)

    def _tray_message(self, text: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            icon = self.window.windowIcon()
            if icon.isNull():
                style = QApplication.style()
                icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(icon, self.window)
            self.tray.setToolTip(self.window.windowTitle())
            self.tray.messageClicked.connect(self._tray_clicked)
            self.tray.show()
        self.tray.showMessage("到期提醒", text, QSystemTrayIcon.MessageIcon.Warning, 10_000)

    def _tray_clicked(self) -> None:
        if self.reminder is not None:
            self.reminder.show()
            self.reminder.raise_()
            self.reminder.activateWindow()
