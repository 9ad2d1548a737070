"""Day and week views of booked appointments: handlers × time slots, or handlers × weekdays.

A grid to see at a glance who is booked when (and where a visitor could still be fitted
in); double-clicking a booking opens it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.domain.appointments.rules import parse_hhmm
from desk.domain.appointments.views import AppointmentView
from desk.domain.common.codes import AppointmentState
from desk.domain.hall import Hall
from desk.ui.formats import date_text, time_text, weekday_text

EntryRole = Qt.ItemDataRole.UserRole + 1

STATE_COLOURS = {
    AppointmentState.PENDING: QColor("#dbeafe"),
    AppointmentState.CONTACTED: QColor("#dcfce7"),
    AppointmentState.DONE: QColor("#e5e7eb"),
}
OFF_DAY = QColor("#f3f4f6")
SLOT_MINUTES = 30


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


class ScheduleView(QWidget):
    """The 日视图 / 周视图 of the appointment book."""

    openEntry = Signal(int)

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hall = hall
        self.mode = "week"
        self.day = hall.ctx.now().date()
        self.entries: list[AppointmentView] = []
        bar = QHBoxLayout()
        self.day_button = QRadioButton("日视图(&R)")
        self.week_button = QRadioButton("周视图(&Z)")
        self.week_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.day_button)
        group.addButton(self.week_button)
        self.prev_button = QPushButton("◀ 上一")
        self.today_button = QPushButton("今天(&J)")
        self.next_button = QPushButton("下一 ▶")
        self.date_edit = QDateEdit(_qdate(self.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd ddd")
        # Weekday names in Chinese whatever the system locale is.
        self.date_edit.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self.handler_combo = QComboBox()
        self.handler_combo.setMinimumWidth(140)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight:bold")
        for w in (
            self.day_button,
            self.week_button,
            self.prev_button,
            self.today_button,
            self.next_button,
            self.date_edit,
            QLabel("经办人"),
            self.handler_combo,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.title)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel("这段时间没有约定具体时间的预约。")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:#6b7280")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.day_button.toggled.connect(lambda on: self.set_mode("day" if on else "week"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.go_to(self.hall.ctx.now().date()))
        self.date_edit.dateChanged.connect(lambda q: self.go_to(q.toPython()))
        self.handler_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self._fill_handlers()

    # ---- navigation -------------------------------------------------------------------
    def _fill_handlers(self) -> None:
        self.handler_combo.blockSignals(True)
        current = self.handler_combo.currentData()
        self.handler_combo.clear()
        self.handler_combo.addItem("全部", None)
        for p in self.hall.staff.staff():
            self.handler_combo.addItem(p.name, p.id)
        i = self.handler_combo.findData(current)
        self.handler_combo.setCurrentIndex(max(0, i))
        self.handler_combo.blockSignals(False)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        (self.day_button if mode == "day" else self.week_button).setChecked(True)
        self.refresh()

    def step(self, n: int) -> None:
        self.go_to(self.day + timedelta(days=n if self.mode == "day" else 7 * n))

    def go_to(self, day: date) -> None:
        self.day = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(_qdate(day))
        self.date_edit.blockSignals(False)
        self.refresh()

    def span(self) -> tuple[date, date]:
        if self.mode == "day":
            return self.day, self.day
        first = week_start(self.day)
        return first, first + timedelta(days=6)

    # ---- drawing ----------------------------------------------------------------------
    def refresh(self) -> None:
        first, last = self.span()
        handler = self.handler_combo.currentData()
        self.entries = self.hall.appointments.booked(
            first, last, [handler] if handler is not None else None
        )
        if self.mode == "day":
            self.title.setText(f"{date_text(first)} {weekday_text(first)}")
            self._draw_day(first)
        else:
            self.title.setText(f"{date_text(first)} — {date_text(last)}")
            self._draw_week(first)
        self.table.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)

    def _handlers(self) -> list[tuple[int, str]]:
        seen: dict[int, str] = {}
        for v in self.entries:
            seen.setdefault(v.handler_id, v.handler_name)
        return sorted(seen.items(), key=lambda kv: kv[1])

    def _item(self, v: AppointmentView, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setData(EntryRole, v.id)
        item.setToolTip(
            f"{v.visitor}\n{v.matter}\n{v.state.label}"
            + (f"\n留言：{v.message}" if v.message else "")
        )
        item.setBackground(QBrush(STATE_COLOURS.get(v.state, QColor("#ffffff"))))
        return item

    def _draw_day(self, day: date) -> None:
        start = parse_hhmm(self.hall.settings.get("workday.start"), time(8, 30))
        end = parse_hhmm(self.hall.settings.get("workday.end"), time(17, 30))
        first = min(
            [_minutes(start)] + [_minutes(v.slot_start) for v in self.entries if v.slot_start]
        )
        last = max([_minutes(end)] + [_minutes(v.slot_end) for v in self.entries if v.slot_end])
        first -= first % SLOT_MINUTES
        slots = list(range(first, last, SLOT_MINUTES))
        handlers = self._handlers()
        t = self.table
        t.clear()
        t.clearSpans()
        t.setRowCount(len(slots))
        t.setColumnCount(len(handlers))
        t.setHorizontalHeaderLabels([name for _id, name in handlers])
        t.setVerticalHeaderLabels([f"{m // 60:02d}:{m % 60:02d}" for m in slots])
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        col = {hid: i for i, (hid, _n) in enumerate(handlers)}
        for v in self.entries:
            assert v.slot_start is not None and v.slot_end is not None
            row = (_minutes(v.slot_start) - first) // SLOT_MINUTES
            rows = max(1, -(-(_minutes(v.slot_end) - _minutes(v.slot_start)) // SLOT_MINUTES))
            text = f"{time_text(v.slot_start)}–{time_text(v.slot_end)} {v.visitor_name}\n{v.matter}"
            if t.item(row, col[v.handler_id]) is not None:
                # Overlapping bookings (made before a rule change): keep both visible.
                text = t.item(row, col[v.handler_id]).text() + "\n" + text
            t.setItem(row, col[v.handler_id], self._item(v, text))
            if rows > 1:
                t.setSpan(row, col[v.handler_id], rows, 1)

    def _draw_week(self, monday: date) -> None:
        days = [monday + timedelta(days=i) for i in range(7)]
        handlers = self._handlers()
        t = self.table
        t.clear()
        t.clearSpans()
        t.setRowCount(len(handlers))
        t.setColumnCount(7)
        labels = []
        cal = self.hall.ctx.calendar
        for d in days:
            info = cal.day_info(d)
            note = "" if info.is_working else f"（{info.name or '休'}）"
            if info.is_working and info.name:
                note = f"（{info.name}）"
            labels.append(f"{date_text(d)} {weekday_text(d)}{note}")
        t.setHorizontalHeaderLabels(labels)
        t.setVerticalHeaderLabels([name for _id, name in handlers])
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        by_cell: dict[tuple[int, int], list[AppointmentView]] = defaultdict(list)
        row_of = {hid: i for i, (hid, _n) in enumerate(handlers)}
        for v in self.entries:
            assert v.booked_date is not None
            by_cell[(row_of[v.handler_id], (v.booked_date - monday).days)].append(v)
        for r in range(len(handlers)):
            for c, d in enumerate(days):
                found = by_cell.get((r, c), [])
                if found:
                    text = "\n".join(
                        f"{time_text(v.slot_start)} {v.visitor_name}·{v.matter}" for v in found
                    )
                    t.setItem(r, c, self._item(found[0], text))
                elif not cal.is_working_day(d):
                    blank = QTableWidgetItem("")
                    blank.setBackground(QBrush(OFF_DAY))
                    t.setItem(r, c, blank)

    def cell_texts(self) -> list[str]:
        """Every non-empty cell's text (what tests and the screenshot check)."""
        t = self.table
        return [
            t.item(r, c).text()
            for r in range(t.rowCount())
            for c in range(t.columnCount())
            if t.item(r, c) is not None and t.item(r, c).text()
        ]

    def _double_clicked(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        entry = item.data(EntryRole) if item is not None else None
        if entry is not None:
            self.openEntry.emit(int(entry))
