"""节假日与调休: the hall's own holiday / make-up-day table, year by year."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from desk.domain.calendar.overrides import CalendarDaysService, YearOverview
from desk.domain.calendar.workdays import DayInfo
from desk.domain.common.errors import DomainError
from desk.domain.common.text import FieldError
from desk.ui.field_errors import FieldErrors
from desk.ui.formats import weekday_text
from desk.ui.generated.ui_calendar_dialog import Ui_CalendarDialog
from desk.ui.table_model import Column, Look, RowTableModel

SOURCE_TEXT = {
    "override": "本中心设置",
    "package": "国务院放假安排",
    "fallback": "临时规则（待核实）",
    "confirmed": "法定节日（本中心已确认该年）",
}
WORKING_FG, OFF_FG, PROVISIONAL_FG = QColor("#1e3a8a"), QColor("#7f1d1d"), QColor("#9a3412")

DAY_COLUMNS: tuple[Column[DayInfo], ...] = (
    Column("日期", lambda i: i.day),
    Column("星期", lambda i: weekday_text(i.day)),
    Column(
        "上班/放假",
        lambda i: "上班" if i.is_working else "放假",
        look=lambda i: Look(foreground=WORKING_FG if i.is_working else OFF_FG),
    ),
    Column("名称", lambda i: i.name),
    Column("依据", lambda i: SOURCE_TEXT.get(i.source, i.source)),
)


def days_model(parent: QObject | None) -> RowTableModel[DayInfo]:
    """The year's days that differ from an ordinary week; RowIdRole gives the date."""
    return RowTableModel(
        DAY_COLUMNS,
        row_id=lambda i: i.day,
        look=lambda i: Look(foreground=PROVISIONAL_FG) if i.provisional else None,
        parent=parent,
    )


def summary_text(overview: YearOverview) -> str:
    year = overview.year
    if overview.base_source == "package":
        text = f"{year}年：按国务院公布的放假安排（含调休上班日）"
    elif overview.base_source == "confirmed":
        text = f"{year}年：本中心已录入全年安排"
    else:
        text = (
            f"<span style='color:#9a3412'><b>{year}年放假安排尚未录入</b>："
            "暂按周末和法定节日计算，没有调休，期限可能有变</span>"
        )
    return f"{text}；全年工作日 {overview.working_days} 天"


class CalendarDialog(QDialog):
    def __init__(
        self, service: CalendarDaysService, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CalendarDialog()
        self.ui.setupUi(self)
        self.service = service
        self.changed = False
        ui = self.ui
        self.model = days_model(self)
        ui.daysView.setModel(self.model)
        ui.daysView.verticalHeader().hide()
        header = ui.daysView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.errors = FieldErrors(ui.generalError)
        self.errors.add("day", ui.dayEdit, ui.dayError)
        self.errors.add("note", ui.noteEdit, ui.dayError)
        ui.yearSpin.setValue(today.year)
        ui.dayEdit.setDate(QDate(today))
        ui.yearSpin.valueChanged.connect(lambda _y: self.reload())
        ui.completeCheck.clicked.connect(self._complete_clicked)
        ui.daysView.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._pick(cur))
        ui.saveDayButton.clicked.connect(self.save_day)
        ui.removeDayButton.clicked.connect(self.remove_day)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        self.reload()

    def reload(self) -> None:
        overview = self.service.year_overview(self.ui.yearSpin.value())
        self.model.set_rows(overview.days)
        self.ui.yearSummary.setText(summary_text(overview))
        self.ui.completeCheck.setChecked(overview.complete)
        self.ui.completeCheck.setEnabled(overview.base_source != "package")

    def _pick(self, index: QModelIndex) -> None:
        """Selecting a listed day fills the edit fields, to change or remove it."""
        if not index.isValid():
            return
        info = self.model.rows[index.row()]
        self.ui.dayEdit.setDate(QDate(info.day))
        (self.ui.workRadio if info.is_working else self.ui.offRadio).setChecked(True)
        self.ui.noteEdit.setText(info.name if info.source == "override" else info.name)

    def _act(self, fn: Any) -> bool:
        self.errors.clear()
        try:
            fn()
        except FieldError as exc:
            self.errors.show(exc.field, exc.message)
            return False
        except DomainError as exc:
            self.errors.show_general(str(exc))
            return False
        self.changed = True
        self.reload()
        return True

    def save_day(self) -> None:
        day = self.ui.dayEdit.date().toPython()
        working = self.ui.workRadio.isChecked()
        note = self.ui.noteEdit.text()
        if self._act(lambda: self.service.set_day(day, working, note)):  # type: ignore[arg-type]
            self.ui.yearSpin.setValue(day.year)  # type: ignore[union-attr]

    def remove_day(self) -> None:
        day = self.ui.dayEdit.date().toPython()
        self._act(lambda: self.service.remove_day(day))  # type: ignore[arg-type]

    def _complete_clicked(self, checked: bool) -> None:
        year = self.ui.yearSpin.value()
        if not self._act(lambda: self.service.set_year_complete(year, checked)):
            self.ui.completeCheck.setChecked(not checked)
