"""节假日与调休 and 系统设置 dialogs, and the status-bar note about provisional deadlines."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from desk.domain.calendar.workdays import WorkCalendar
from desk.ui.settings import update_calendar_label
from desk.ui.settings.calendar_dialog import CalendarDialog
from desk.ui.settings.settings_dialog import SettingsDialog

needs_2027_unknown = pytest.mark.skipif(
    2027 in WorkCalendar().years_covered_by_package(), reason="chinese-calendar knows 2027"
)


@pytest.fixture
def admin(small_hall, leaders):
    leaders.sign_in("admin")
    return small_hall.hall


def days_shown(dialog: CalendarDialog) -> dict[str, list[str]]:
    model = dialog.model
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 5)]
        for r in range(model.rowCount())
    }


@needs_2027_unknown
def test_enter_next_years_make_up_day(qtbot, admin, clock) -> None:
    dialog = CalendarDialog(admin.calendar_days, clock.today())
    qtbot.addWidget(dialog)
    qtmodel = dialog.model
    assert dialog.ui.yearSpin.value() == 2026
    assert "国务院" in dialog.ui.yearSummary.text()
    assert days_shown(dialog)["2026-10-01"][1:] == ["放假", "国庆节", "国务院放假安排"]
    assert not dialog.ui.completeCheck.isEnabled()  # official data: nothing to confirm

    dialog.ui.yearSpin.setValue(2027)
    assert "尚未录入" in dialog.ui.yearSummary.text()
    assert days_shown(dialog)["2027-10-01"][3] == "临时规则（待核实）"
    dialog.ui.dayEdit.setDate(QDate(2027, 2, 20))
    dialog.ui.workRadio.setChecked(True)
    qtbot.keyClicks(dialog.ui.noteEdit, "tiaoxiu")
    dialog.ui.saveDayButton.click()
    assert days_shown(dialog)["2027-02-20"] == ["周六", "上班", "tiaoxiu", "本中心设置"]
    assert admin.ctx.calendar.is_working_day(date(2027, 2, 20))
    assert qtmodel.rowCount() > 0

    dialog.ui.completeCheck.click()
    assert admin.calendar_days.complete_years() == [2027]
    assert "已录入全年" in dialog.ui.yearSummary.text()

    # Selecting the day fills the fields; removing it restores the rules.
    row = list(days_shown(dialog)).index("2027-02-20")
    dialog.ui.daysView.setCurrentIndex(qtmodel.index(row, 0))
    assert dialog.ui.dayEdit.date() == QDate(2027, 2, 20)
    dialog.ui.removeDayButton.click()
    assert "2027-02-20" not in days_shown(dialog)
    assert not admin.ctx.calendar.is_working_day(date(2027, 2, 20))
    assert dialog.changed


def test_a_clerk_is_refused(qtbot, small_hall, clock) -> None:
    dialog = CalendarDialog(small_hall.hall.calendar_days, clock.today())
    qtbot.addWidget(dialog)
    dialog.ui.dayEdit.setDate(QDate(2027, 2, 20))
    dialog.ui.saveDayButton.click()
    assert "值班领导或管理员" in dialog.ui.generalError.text()
    assert small_hall.hall.calendar_days.days() == []


@needs_2027_unknown
def test_status_bar_says_when_deadlines_are_provisional(qtbot, admin) -> None:
    from desk.ui.app import build_window

    window = build_window(admin, start_timers=False)
    qtbot.addWidget(window)
    # 2026-11-16 + 60 days reaches into 2027, which nobody has published yet.
    assert "2027年节假日安排尚未发布" in window.calendar_label.text()
    admin.calendar_days.set_year_complete(2027, True)
    update_calendar_label(window)
    assert window.calendar_label.text() == ""


def test_settings_dialog_checks_each_field(qtbot, admin, type_text) -> None:
    dialog = SettingsDialog(admin.settings)
    qtbot.addWidget(dialog)
    name = dialog.editors["hall.name"][1]
    end = dialog.editors["workday.end"][1]
    refresh = dialog.editors["board.refresh_seconds"][1]
    name.clear()
    dialog.save()
    assert dialog.errors.message("hall.name") == "请填写服务中心名称"
    type_text(name, "西湖街道便民服务中心")
    end.setText("7:30")
    dialog.save()
    assert "08:30" in dialog.errors.message("workday.end")
    end.setText("08:00")
    dialog.save()
    assert dialog.errors.message("workday.end") == "下班时间应晚于上班时间"
    end.setText("17:00")
    refresh.setValue(60)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert admin.settings.get("hall.name") == "西湖街道便民服务中心"
    assert admin.settings.get("workday.end") == "17:00"
    assert admin.settings.get("board.refresh_seconds") == 60
    assert "calendar.complete_years" not in dialog.editors  # kept by its own dialog
