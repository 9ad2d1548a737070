"""The shared row-table model: columns with header, getter, format and look; roles; refresh."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from desk.ui import formats
from desk.ui.table_model import (
    FIRST_FREE_ROLE,
    Column,
    Look,
    RowIdRole,
    RowRole,
    RowTableModel,
    SortRole,
    fit_columns,
    runs,
    sorting_proxy,
)

GREY = QColor("#8a8a8a")
RED = QColor("#b91c1c")
LateRole = FIRST_FREE_ROLE


@dataclass(frozen=True)
class Visit:
    id: int
    name: str
    at: datetime
    due: date | None
    slot: time
    count: int
    late: bool = False
    voided: bool = False


def visits() -> list[Visit]:
    return [
        Visit(1, "张建国", datetime(2026, 11, 16, 9, 30), date(2026, 11, 23), time(9, 0), 10),
        Visit(2, "李秀英", datetime(2025, 1, 2, 14, 5), None, time(14, 30), 9, late=True),
        Visit(3, "曾国强", datetime(2026, 11, 17, 8, 0), date(2026, 12, 1), time(8, 30), 100,
              voided=True),
    ]  # fmt: skip


def model() -> RowTableModel[Visit]:
    return RowTableModel(
        [
            Column("来访人", lambda v: v.name, width=6),
            Column("时间", lambda v: v.at),
            Column("应联系日期", lambda v: v.due),
            Column("约定", lambda v: v.slot),
            Column("份数", lambda v: v.count, align=Qt.AlignmentFlag.AlignRight),
            Column(
                "提醒",
                lambda v: "已超时" if v.late else "",
                look=lambda v: Look(foreground=RED, bold=True) if v.late else None,
                stretch=True,
            ),
        ],
        look=lambda v: Look(foreground=GREY, strike=True, tooltip="已作废") if v.voided else None,
        roles={LateRole: lambda v: v.late},
    )


def texts(m: RowTableModel[Visit], role: int = Qt.ItemDataRole.DisplayRole) -> list[list[object]]:
    return [[m.index(r, c).data(role) for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_the_model_passes_qt_s_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    m = model()
    qtmodeltester.check(m)
    m.set_rows(visits())
    qtmodeltester.check(m)
    m.set_rows(visits()[:1])
    qtmodeltester.check(m)


def test_columns_carry_header_and_one_date_format() -> None:
    m = model()
    m.set_rows(visits())
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "来访人", "时间", "应联系日期", "约定", "份数", "提醒",
    ]  # fmt: skip
    assert texts(m)[0] == ["张建国", "2026-11-16 09:30", "2026-11-23", "09:00", "10", ""]
    assert texts(m)[1][1:3] == ["2025-01-02 14:05", ""]
    assert m.index(0, 4).data(Qt.ItemDataRole.TextAlignmentRole) == Qt.AlignmentFlag.AlignRight
    assert m.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_views_find_the_record_by_role_never_by_text() -> None:
    m = model()
    m.set_rows(visits())
    assert [m.index(r, 3).data(RowIdRole) for r in range(3)] == [1, 2, 3]
    assert m.index(1, 0).data(RowRole) == visits()[1]
    assert [m.index(r, 0).data(LateRole) for r in range(3)] == [False, True, False]
    assert m.row_at(m.index(2, 0)) == visits()[2]


def test_sorting_is_by_value_not_by_text() -> None:
    m = model()
    m.set_rows(visits())
    proxy = sorting_proxy(m, None)
    proxy.sort(4)  # 9 < 10 < 100, where text would give "10" < "100" < "9"
    assert [proxy.index(r, 0).data() for r in range(3)] == ["李秀英", "张建国", "曾国强"]
    proxy.sort(1)
    assert [proxy.index(r, 0).data(RowIdRole) for r in range(3)] == [2, 1, 3]
    proxy.sort(2)  # no date sorts first
    assert proxy.index(0, 0).data(RowIdRole) == 2
    assert m.index(0, 1).data(SortRole) == "2026-11-16T09:30:00"


def test_row_and_cell_looks() -> None:
    m = model()
    m.set_rows(visits())
    voided, late, plain = m.index(2, 0), m.index(1, 5), m.index(0, 0)
    assert voided.data(Qt.ItemDataRole.ForegroundRole).color() == GREY
    font = voided.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert voided.data(Qt.ItemDataRole.ToolTipRole) == "已作废"
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == RED
    assert late.data(Qt.ItemDataRole.FontRole).bold()
    assert plain.data(Qt.ItemDataRole.ForegroundRole) is None
    assert plain.data(Qt.ItemDataRole.FontRole) is None
    assert plain.data(Qt.ItemDataRole.ToolTipRole) == "张建国"  # a cut-off cell stays readable
    cell = Look(foreground=RED).over(Look(foreground=GREY, strike=True))
    assert (cell.foreground, cell.strike) == (RED, True)


def test_a_refresh_of_the_same_records_keeps_the_selection(qtbot: QtBot) -> None:
    m = model()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(m)
    m.set_rows(visits())
    view.selectionModel().setCurrentIndex(
        m.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    changed: list[tuple[int, int]] = []
    m.dataChanged.connect(lambda a, b, _roles=(): changed.append((a.row(), b.row())))
    renamed = [*visits()[:2], Visit(3, "曾国强", datetime(2026, 11, 17, 8, 0), None, time(8), 1)]
    with qtbot.assertNotEmitted(m.modelReset):
        assert m.set_rows(renamed) is False
    assert changed == [(2, 2)]  # only the row that changed repaints
    assert view.currentIndex().row() == 1 and view.selectionModel().isRowSelected(1)
    assert m.index(2, 2).data() == ""
    changed.clear()
    m.set_rows(renamed, all_changed=True)
    assert changed == [(0, 2)]
    with qtbot.assertNotEmitted(m.modelReset), qtbot.waitSignal(m.rowsRemoved):
        assert m.set_rows(renamed[1:]) is True  # one record fewer: that row goes
    assert view.currentIndex().row() == 0 and view.currentIndex().data(RowIdRole) == 2
    with qtbot.waitSignal(m.modelReset):
        assert m.set_rows([Visit(9, "新来的", datetime(2026, 11, 17, 9, 0), None, time(9), 1)])


def test_records_another_desk_added_keep_the_selection_and_the_scroll(qtbot: QtBot) -> None:
    """A refresh that brings a new record at the top (the register is newest first) and
    loses one further down inserts and removes rows: the clerk's row and place stay."""
    m = model()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(m)
    view.resize(400, 150)
    view.show()
    base = datetime(2026, 11, 17, 8, 0)
    many = [Visit(i, f"来访人{i}", base, None, time(8), 1) for i in range(100, 0, -1)]
    m.set_rows(many)
    view.selectRow(40)
    picked = view.currentIndex().data(RowIdRole)
    view.verticalScrollBar().setValue(30)
    scroll = view.verticalScrollBar().value()
    newer = [Visit(101, "新来的", base, None, time(9), 1), *many[:70], *many[71:]]
    with qtbot.assertNotEmitted(m.modelReset):
        assert m.set_rows(newer) is True
    assert [r.id for r in m.rows] == [r.id for r in newer]
    assert view.currentIndex().data(RowIdRole) == picked
    assert view.selectionModel().isRowSelected(view.currentIndex().row())
    assert view.verticalScrollBar().value() == scroll


def test_fit_columns_applies_width_hints(qtbot: QtBot) -> None:
    m = model()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(m)
    fit_columns(view, m)
    header = view.horizontalHeader()
    assert header.sectionSize(0) == 6 * view.fontMetrics().horizontalAdvance("中")
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert header.sectionResizeMode(5) == QHeaderView.ResizeMode.Stretch


def test_runs_group_contiguous_rows() -> None:
    assert runs([1, 2, 3, 7, 8, 10]) == [(1, 3), (7, 8), (10, 10)]
    assert runs([]) == []


def test_clerk_formats() -> None:
    now = datetime(2026, 11, 16, 9, 0)
    assert formats.datetime_text(datetime(2026, 11, 16, 9, 30, 5)) == "2026-11-16 09:30"
    assert formats.datetime_text(datetime(2026, 11, 16, 9, 30, 5), seconds=True) == (
        "2026-11-16 09:30:05"
    )
    assert formats.date_text(datetime(2026, 11, 16, 9, 30)) == "2026-11-16"
    assert formats.weekday_text(date(2026, 11, 16)) == "周一"
    assert formats.relative_text(datetime(2026, 11, 16, 11, 30), now) == "今天 11:30"
    assert formats.relative_text(datetime(2026, 11, 17, 8, 30), now) == "明天 08:30"
    assert formats.relative_text(datetime(2026, 11, 15, 17, 0), now) == "昨天 17:00"
    assert formats.relative_text(datetime(2026, 11, 24, 8, 30), now) == "2026-11-24 08:30"
    assert formats.relative_text(None, now) == ""
    assert [formats.cell_text(v) for v in (None, True, False, 3, time(9, 5))] == [
        "", "是", "", "3", "09:05",
    ]  # fmt: skip
