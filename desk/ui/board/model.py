"""The board's item model: departments as group rows, their staff as child rows.

Rows are BoardRow dataclasses from the domain. A refresh with the same people in the same
order only emits dataChanged, so views keep their selection, scroll position and expanded
groups; only a change of who is on the board resets the model.

The board keeps a model of its own, a tree (departments over their staff) rather than the
flat lists of desk.ui.table_model, but shares that module's roles and desk.ui.formats' times.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from desk.domain.board.views import BoardRow, PostRole
from desk.ui.formats import relative_text
from desk.ui.table_model import FIRST_FREE_ROLE, RowIdRole, RowRole, runs
from desk.ui.theme import OVERDUE, status_colours

Index = QModelIndex | QPersistentModelIndex

# RowIdRole: the staff id (None on a department row); RowRole: the BoardRow itself.
BoardRowRole = RowRole
StatusRole = FIRST_FREE_ROLE  # Status of the person
IsGroupRole = FIRST_FREE_ROLE + 1  # True on a department row
DepartmentIdRole = FIRST_FREE_ROLE + 2

COL_NAME, COL_POSTS, COL_STATUS, COL_PLACE, COL_RETURN, COL_COVER, COL_BADGES = range(7)
HEADERS = ["姓名", "岗位", "去向", "地点/事由", "预计返回", "顶岗", "提醒"]

# Chinese names of the badges other features register (desk.domain.board.service.register_badge):
# the full name (detail panel, tooltips) and a short one for the board's narrow column.
BADGE_LABELS: dict[str, str] = {
    "post_notes": "交接事项",
    "handovers": "待办转交",
    "handovers_overdue": "转交超时",
    "callbacks": "待回电",
    "callbacks_overdue": "回电超时",
    "appointments": "预约",
    "appointments_today": "今日预约",
    "cases": "在办件",
    "cases_overdue": "办件超期",
    "complaints": "投诉",
    "leave_planned": "已批请假",
    "leave_pending": "请假待批",
}
BADGE_SHORT: dict[str, str] = {
    "post_notes": "交接",
    "handovers": "转交",
    "callbacks": "回电",
    "appointments": "预约",
    "appointments_today": "今约",
    "cases": "在办",
    "complaints": "投诉",
    "leave_planned": "请假",
    "leave_pending": "待批",
}
UNCOVERED_BG = QColor("#fde2e2")
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
GROUP_BG = QColor("#eef1f5")


def badge_label(key: str) -> str:
    return BADGE_LABELS.get(key, key)


def badge_is_alarm(key: str) -> bool:
    return key.endswith("_overdue")


# Shown in the detail panel and tooltip only: the narrow column keeps the work waiting.
DETAIL_ONLY_BADGES = frozenset({"leave_planned", "leave_pending"})


def badges_text(badges: dict[str, int]) -> str:
    """Compact: "转交2(超1) 回电1" — an overdue count rides on its base badge."""
    parts = []
    badges = {k: n for k, n in badges.items() if k not in DETAIL_ONLY_BADGES}
    for key in sorted(k for k in badges if not badge_is_alarm(k)):
        late = badges.get(f"{key}_overdue", 0)
        parts.append(f"{BADGE_SHORT.get(key, badge_label(key))}{badges[key]}"
                     + (f"(超{late})" if late else ""))  # fmt: skip
    for key in sorted(k for k in badges if badge_is_alarm(k)):
        if key.removesuffix("_overdue") not in badges:
            parts.append(f"{badge_label(key)}{badges[key]}")
    return " ".join(parts)


def badges_tooltip(badges: dict[str, int]) -> str:
    return "\n".join(f"{badge_label(k)}：{n}" for k, n in sorted(badges.items()))


def overdue_text(row: BoardRow, now: datetime) -> str:
    if not row.return_overdue or row.expected_return is None:
        return ""
    late = now - row.expected_return
    if late < timedelta(hours=1):
        span = f"{max(1, late.seconds // 60)}分钟"
    elif late < timedelta(days=1):
        span = f"{late.seconds // 3600}小时{late.seconds % 3600 // 60:02d}分"
    else:
        span = f"{late.days}天"
    return f"已超时{span}，待确认"


@dataclass
class _Group:
    department_id: int
    name: str
    rows: list[BoardRow]

    @property
    def in_post(self) -> int:
        return sum(not r.status.is_absent for r in self.rows)


def group_rows(rows: list[BoardRow]) -> list[_Group]:
    groups: list[_Group] = []
    for row in rows:
        if not groups or groups[-1].department_id != row.department_id:
            groups.append(_Group(row.department_id, row.department, []))
        groups[-1].rows.append(row)
    return groups


def _shape(groups: list[_Group]) -> list[tuple[int, tuple[int, ...]]]:
    return [(g.department_id, tuple(r.staff_id for r in g.rows)) for g in groups]


class BoardModel(QAbstractItemModel):
    """Two levels: department rows (internal id 0) and staff rows (internal id = group + 1)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._now = datetime.now()
        self._covered_posts: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)
        self._warning_icon = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
        )

    # ---- loading -----------------------------------------------------------------------
    def set_rows(self, rows: list[BoardRow], now: datetime) -> bool:
        """Show these rows; returns True when the model had to be reset (people changed).

        With the same people in the same order only the rows that differ are announced
        (dataChanged), so a refresh in which nothing happened costs the views nothing.
        """
        groups = group_rows(rows)
        new_day = now.date() != self._now.date()  # "今天/明天" texts move at midnight
        self._now = now
        if _shape(groups) != _shape(self._groups):
            self.beginResetModel()
            self._groups = groups
            self._index_covering()
            self.endResetModel()
            return True
        old = self._groups
        self._groups = groups
        covered = self._covered_posts
        self._index_covering()
        everything = new_day or covered != self._covered_posts
        last_column = len(HEADERS) - 1
        for g, (before, after) in enumerate(zip(old, groups, strict=True)):
            changed = [
                r for r, (a, b) in enumerate(zip(before.rows, after.rows, strict=True))
                if everything or a != b
            ]  # fmt: skip
            if not changed:
                continue
            parent = self.index(g, 0)
            self.dataChanged.emit(parent, parent)  # the group's "在岗 n/m"
            for first, last in runs(changed):
                self.dataChanged.emit(
                    self.index(first, 0, parent), self.index(last, last_column, parent)
                )
        return False

    def _index_covering(self) -> None:
        # A post's B is covering now when its A is out and the coverage names someone.
        covered_posts = {
            p.post_id
            for g in self._groups
            for r in g.rows
            if r.status.is_absent
            for p in r.posts
            if p.role == "A" and p.covered_by
        }
        self._covered_posts = covered_posts

    def rows(self) -> list[BoardRow]:
        return [r for g in self._groups for r in g.rows]

    def index_of_staff(self, staff_id: int) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for r, row in enumerate(group.rows):
                if row.staff_id == staff_id:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    # ---- structure ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked by hand: hasIndex() would call back into rowCount/columnCount.
        if row < 0 or not 0 <= column < len(HEADERS):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        g = parent.row()
        if g >= len(self._groups) or row >= len(self._groups[g].rows):
            return QModelIndex()
        return self.createIndex(row, column, g + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # ---- data --------------------------------------------------------------------------
    def row_at(self, index: Index) -> BoardRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].rows[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self._groups[index.row()], index.column(), role)
        row = self._groups[index.internalId() - 1].rows[index.row()]
        return self._row_data(row, index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        if role == IsGroupRole:
            return True
        if role == DepartmentIdRole:
            return group.department_id
        if role == RowIdRole:
            return None
        if column != COL_NAME:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            out = len(group.rows) - group.in_post
            tail = f"，{out}人不在岗" if out else ""
            return f"{group.name}　在岗 {group.in_post}/{len(group.rows)}{tail}"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(GROUP_BG)
        return None

    def _row_data(self, row: BoardRow, column: int, role: int) -> Any:
        if role == RowIdRole:
            return row.staff_id
        if role == StatusRole:
            return row.status
        if role == IsGroupRole:
            return False
        if role == DepartmentIdRole:
            return row.department_id
        if role == BoardRowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == COL_STATUS:
                return QBrush(status_colours(row.status)[0])
            if column == COL_COVER and row.uncovered_posts:
                return QBrush(UNCOVERED_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_STATUS:
                colour = OVERDUE if row.return_overdue else None
                return QBrush(QColor(colour) if colour else status_colours(row.status)[1])
            if column == COL_RETURN and row.return_overdue:
                return QBrush(QColor(OVERDUE))
            if column == COL_COVER and row.uncovered_posts:
                return QBrush(QColor(OVERDUE))
            if column == COL_BADGES and any(badge_is_alarm(k) for k in row.badges):
                return QBrush(QColor(OVERDUE))
        if role == Qt.ItemDataRole.FontRole and (
            (column == COL_STATUS and (row.status.is_absent or row.return_overdue))
            or (column == COL_COVER and row.uncovered_posts)
            or column == COL_NAME
        ):
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS and row.return_overdue:
            return self._warning_icon
        return None

    def _display(self, row: BoardRow, column: int) -> str:
        if column == COL_NAME:
            return row.name
        if column == COL_POSTS:
            return "、".join(f"{p.post}({p.role})" for p in row.posts)
        if column == COL_STATUS:
            if row.return_overdue:
                return f"{row.status_label} · 超时待确认"
            return row.status_label
        if column == COL_PLACE:
            return row.place if row.status.is_absent else ""
        if column == COL_RETURN:
            return relative_text(row.expected_return, self._now) if row.status.is_absent else ""
        if column == COL_COVER:
            return self._cover_text(row)
        if column == COL_BADGES:
            return badges_text(row.badges)
        return ""

    def _cover_text(self, row: BoardRow) -> str:
        if row.status.is_absent:
            posts = [p for p in row.posts if p.role == "A"]
            if len(posts) == 1:  # the 岗位 column already names the post
                return posts[0].cover_text
            return "；".join(f"{p.post}：{p.cover_text}" for p in posts)
        covering = [p.post for p in row.posts if p.role == "B" and p.post_id in self._covered_posts]
        designated = [p.post for p in row.posts if p.role == PostRole.DESIGNATED]
        parts = []
        if covering:
            parts.append(f"顶岗：{'、'.join(covering)}")
        if designated:
            parts.append(f"指定顶岗：{'、'.join(designated)}")
        return "；".join(parts)

    def _tooltip(self, row: BoardRow, column: int) -> str:
        if column == COL_BADGES and row.badges:
            return badges_tooltip(row.badges)
        lines = [f"{row.name}（{row.department}{'，' + row.title if row.title else ''}）"]
        lines.append(f"去向：{row.status_label}，自 {relative_text(row.since, self._now)}")
        if row.status.is_absent:
            if row.place:
                lines.append(f"地点/事由：{row.place}")
            if row.expected_return:
                lines.append(f"预计返回：{relative_text(row.expected_return, self._now)}")
            if row.contact_phone:
                lines.append(f"联系电话：{row.contact_phone}")
        if row.status.is_absent and row.leave_request_id is not None:
            lines.append("按已批准的请假单离岗（请销假页可查看）")
        overdue = overdue_text(row, self._now)
        if overdue:
            lines.append(f"⚠ {overdue}（右键或 Enter 确认）")
        if column == COL_COVER:
            for p in row.uncovered_posts:
                who = f"，由{p.fallback}负责" if p.fallback else ""
                lines.append(f"{p.post}：A、B岗均不在岗{who}")
        if row.duties:
            lines.append(f"职责：{row.duties}")
        return "\n".join(lines)
