"""Table models of the 人员与岗位 page: one per list, over the domain's view dataclasses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desk.domain.common import pinyin
from desk.domain.people.staff import DepartmentView, PostView, RosterChangeView, StaffView

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
RowIdRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2
INACTIVE = QColor("#888888")


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    value: Callable[[T], str]


class ViewTableModel(QAbstractTableModel, Generic[T]):
    """Rows of one view dataclass; inactive records are greyed, `id` is the RowIdRole."""

    def __init__(
        self, columns: list[Column[T]], search: Callable[[T], str], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self._search = search
        self.rows: list[T] = []

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()].value(row)
        if role == RowIdRole:
            return row.id  # type: ignore[attr-defined]
        if role == SearchRole:
            return self._search(row)
        if role == Qt.ItemDataRole.ForegroundRole and not getattr(row, "active", True):
            return QBrush(INACTIVE)
        return None


class SearchFilter(QSortFilterProxyModel):
    """Characters or pinyin initials against a row's names (SearchRole gives the texts)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.query = ""

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self.query = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self.query.strip():
            return True
        texts = self.sourceModel().index(source_row, 0, source_parent).data(SearchRole) or ""
        return any(pinyin.matches(self.query, t, is_name=i == 0) for i, t in enumerate(texts))


def _active(flag: bool) -> str:
    return "在册" if flag else "已停用"


def staff_model(parent: Any = None) -> ViewTableModel[StaffView]:
    columns: list[Column[StaffView]] = [
        Column("姓名", lambda p: p.name),
        Column("部门", lambda p: p.department),
        Column("职务", lambda p: p.title + ("（中心主任）" if p.is_director else "")),
        Column("电话", lambda p: p.phone),
        Column("职责", lambda p: p.duties.replace("\n", "；")),
        Column("状态", lambda p: _active(p.active)),
    ]
    return ViewTableModel(columns, lambda p: [p.name, p.department, p.title], parent)


def department_model(parent: Any = None) -> ViewTableModel[DepartmentView]:
    columns: list[Column[DepartmentView]] = [
        Column("部门", lambda d: d.name),
        Column("电话", lambda d: d.phone),
        Column("位置", lambda d: d.location),
        Column("负责人", lambda d: d.head_name),
        Column("状态", lambda d: "正常" if d.active else "已撤销"),
    ]
    return ViewTableModel(columns, lambda d: [d.head_name, d.name, d.location], parent)


def post_model(parent: Any = None) -> ViewTableModel[PostView]:
    columns: list[Column[PostView]] = [
        Column("窗口", lambda p: p.window_no),
        Column("岗位", lambda p: p.name),
        Column("部门", lambda p: p.department),
        Column("A岗", lambda p: p.a_name or "（空缺）"),
        Column("B岗", lambda p: p.b_name or "（空缺）"),
        Column("岗位职责", lambda p: p.duties.replace("\n", "；")),
        Column("状态", lambda p: "在用" if p.active else "已停用"),
    ]
    return ViewTableModel(columns, lambda p: [p.a_name, p.b_name, p.name, p.department], parent)


def _change(old: str, new: str) -> str:
    if old == new:
        return new or "—"
    return f"{old or '（空缺）'} → {new or '（空缺）'}"


def roster_model(parent: Any = None) -> ViewTableModel[RosterChangeView]:
    columns: list[Column[RosterChangeView]] = [
        Column("生效日期", lambda r: f"{r.effective_date:%Y-%m-%d}"),
        Column("备案时间", lambda r: f"{r.recorded_at:%Y-%m-%d %H:%M}"),
        Column("岗位", lambda r: r.post),
        Column("A岗", lambda r: _change(r.old_a, r.new_a)),
        Column("B岗", lambda r: _change(r.old_b, r.new_b)),
        Column("操作员", lambda r: r.operator),
        Column("备注", lambda r: r.note),
    ]
    return ViewTableModel(columns, lambda r: [r.new_a, r.new_b, r.old_a, r.old_b, r.post], parent)
