"""Table models of the 人员与岗位 page: one per list, over the domain's view dataclasses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from desk.domain.common import pinyin
from desk.domain.people.staff import DepartmentView, PostView, RosterChangeView, StaffView
from desk.ui.table_model import FIRST_FREE_ROLE, Column, Look, RowTableModel
from desk.ui.theme import GREY_FG

T = TypeVar("T")

Index = QModelIndex | QPersistentModelIndex
# The texts a row is found by (names first), for SearchFilter.
SearchRole = FIRST_FREE_ROLE


def view_model(
    columns: Sequence[Column[T]],
    search: Callable[[T], list[str]],
    parent: QObject | None,
    active: Callable[[T], bool] | None = None,
) -> RowTableModel[T]:
    """Rows of one view dataclass; inactive records (when `active` says so) are greyed."""

    def look(row: T) -> Look | None:
        return Look(foreground=GREY_FG) if active is not None and not active(row) else None

    return RowTableModel(columns, look=look, roles={SearchRole: search}, parent=parent)


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


def staff_model(parent: QObject | None = None) -> RowTableModel[StaffView]:
    columns: list[Column[StaffView]] = [
        Column("姓名", lambda p: p.name),
        Column("部门", lambda p: p.department),
        Column("职务", lambda p: p.title + ("（中心主任）" if p.is_director else "")),
        Column("电话", lambda p: p.phone),
        Column("职责", lambda p: p.duties.replace("\n", "；")),
        Column("状态", lambda p: _active(p.active)),
    ]
    return view_model(
        columns, lambda p: [p.name, p.department, p.title], parent, lambda p: p.active
    )


def department_model(parent: QObject | None = None) -> RowTableModel[DepartmentView]:
    columns: list[Column[DepartmentView]] = [
        Column("部门", lambda d: d.name),
        Column("电话", lambda d: d.phone),
        Column("位置", lambda d: d.location),
        Column("负责人", lambda d: d.head_name),
        Column("状态", lambda d: "正常" if d.active else "已撤销"),
    ]
    return view_model(
        columns, lambda d: [d.head_name, d.name, d.location], parent, lambda d: d.active
    )


def post_model(parent: QObject | None = None) -> RowTableModel[PostView]:
    columns: list[Column[PostView]] = [
        Column("窗口", lambda p: p.window_no),
        Column("岗位", lambda p: p.name),
        Column("部门", lambda p: p.department),
        Column("A岗", lambda p: p.a_name or "（空缺）"),
        Column("B岗", lambda p: p.b_name or "（空缺）"),
        Column("岗位职责", lambda p: p.duties.replace("\n", "；")),
        Column("状态", lambda p: "在用" if p.active else "已停用"),
    ]
    return view_model(
        columns,
        lambda p: [p.a_name, p.b_name, p.name, p.department],
        parent,
        lambda p: p.active,
    )


def _change(old: str, new: str) -> str:
    if old == new:
        return new or "—"
    return f"{old or '（空缺）'} → {new or '（空缺）'}"


def roster_model(parent: QObject | None = None) -> RowTableModel[RosterChangeView]:
    columns: list[Column[RosterChangeView]] = [
        Column("生效日期", lambda r: r.effective_date),
        Column("备案时间", lambda r: r.recorded_at),
        Column("岗位", lambda r: r.post),
        Column("A岗", lambda r: _change(r.old_a, r.new_a)),
        Column("B岗", lambda r: _change(r.old_b, r.new_b)),
        Column("操作员", lambda r: r.operator),
        Column("备注", lambda r: r.note),
    ]
    return view_model(columns, lambda r: [r.new_a, r.new_b, r.old_a, r.old_b, r.post], parent)
