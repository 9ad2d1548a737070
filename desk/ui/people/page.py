"""人员与岗位: staff, departments, posts (A/B) and the roster's 备案 list, under 管理."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desk.domain.common.errors import DomainError
from desk.domain.hall import Hall
from desk.domain.people.permissions import Permission, can, denial_message
from desk.ui.people.dialogs import DepartmentDialog, PostDialog, RosterDialog, StaffDialog
from desk.ui.people.models import (
    SearchFilter,
    department_model,
    post_model,
    roster_model,
    staff_model,
)
from desk.ui.table_model import RowIdRole, RowTableModel


class ListTab(QWidget):
    """A toolbar, a search box, an optional "显示已停用" switch and one table."""

    def __init__(
        self,
        model: RowTableModel[Any],
        load: Callable[[bool], list[Any]],
        *,
        search_hint: str,
        inactive_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model, self.load = model, load
        self.proxy = SearchFilter(self)
        self.proxy.setSourceModel(model)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_query)
        self.show_inactive = QCheckBox(inactive_text or "显示已停用", self)
        self.show_inactive.setVisible(bool(inactive_text))
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.info = QLabel(self)
        self.info.setStyleSheet("color:#555")
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.show_inactive)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)

    def add(self, text: str, name: str, slot: Callable[[], None], keys: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text}（{keys}）")
            self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def reload(self) -> None:
        selected = self.selected_id()
        self.model.set_rows(self.load(self.show_inactive.isChecked()))
        if selected is not None:
            self.select(selected)
        self.info.setText(f"共 {self.proxy.rowCount()} 条")

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(RowIdRole) if index.isValid() else None

    def selected(self) -> Any:
        wanted = self.selected_id()
        return next((row for row in self.model.rows if row.id == wanted), None)

    def select(self, row_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(RowIdRole) == row_id:
                self.view.setCurrentIndex(index)
                return


class PeoplePage(QWidget):
    """Four tabs; every change goes through hall.staff (which checks the operator's role)."""

    def __init__(self, hall: Hall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self.hall = hall
        st = hall.staff
        self.tabs = QTabWidget(self)
        self.staff_tab = ListTab(
            staff_model(self),
            lambda all_: st.staff(include_inactive=all_),
            search_hint="查找：姓名、拼音首字母、部门、职务",
            inactive_text="显示已停用人员",
        )
        self.dept_tab = ListTab(
            department_model(self),
            lambda all_: st.departments(include_inactive=all_),
            search_hint="查找：部门、负责人",
            inactive_text="显示已撤销部门",
        )
        self.post_tab = ListTab(
            post_model(self),
            lambda all_: st.posts(include_inactive=all_),
            search_hint="查找：岗位、A岗或B岗人员",
            inactive_text="显示已停用岗位",
        )
        self.roster_tab = ListTab(
            roster_model(self),
            lambda _all: self._roster_rows(),
            search_hint="查找：人员或岗位",
        )
        self.roster_post = QComboBox(self.roster_tab)
        self.roster_post.currentIndexChanged.connect(lambda _i: self.roster_tab.reload())
        self.roster_tab.toolbar.addWidget(QLabel("岗位：", self.roster_tab))
        self.roster_tab.toolbar.addWidget(self.roster_post)
        self.tabs.addTab(self.staff_tab, "人员(&1)")
        self.tabs.addTab(self.dept_tab, "部门(&2)")
        self.tabs.addTab(self.post_tab, "岗位与AB岗(&3)")
        self.tabs.addTab(self.roster_tab, "AB岗备案记录(&4)")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)

        s, d, p = self.staff_tab, self.dept_tab, self.post_tab
        self.guarded = [
            s.add("新增人员", "peopleAddStaff", self.add_staff, "Ctrl+N"),
            s.add("编辑", "peopleEditStaff", self.edit_staff),
            s.add("停用/恢复", "peopleToggleStaff", self.toggle_staff),
            d.add("新增部门", "peopleAddDepartment", self.add_department, "Ctrl+N"),
            d.add("编辑", "peopleEditDepartment", self.edit_department),
            d.add("撤销/恢复", "peopleToggleDepartment", self.toggle_department),
            p.add("新增岗位", "peopleAddPost", self.add_post, "Ctrl+N"),
            p.add("编辑", "peopleEditPost", self.edit_post),
            p.add("调整AB岗…", "peopleRoster", self.change_roster, "Ctrl+R"),
            p.add("停用岗位", "peopleDeactivatePost", self.deactivate_post),
        ]
        s.view.doubleClicked.connect(lambda _i: self.edit_staff())
        d.view.doubleClicked.connect(lambda _i: self.edit_department())
        p.view.doubleClicked.connect(lambda _i: self.change_roster())
        self.reload()

    # ---- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        current = self.roster_post.currentData()
        self.roster_post.blockSignals(True)
        self.roster_post.clear()
        self.roster_post.addItem("全部岗位", None)
        for post in self.hall.staff.posts(include_inactive=True):
            self.roster_post.addItem(post.name, post.id)
        self.roster_post.setCurrentIndex(max(0, self.roster_post.findData(current)))
        self.roster_post.blockSignals(False)
        for tab in (self.staff_tab, self.dept_tab, self.post_tab, self.roster_tab):
            tab.reload()
        self._warn_posts_without_b()
        self.apply_role()

    def _warn_posts_without_b(self) -> None:
        """AB岗: a post whose A has no B leaves the post empty whenever A is on leave."""
        lonely = [p for p in self.hall.staff.posts() if p.a_id is not None and p.b_id is None]
        info = self.post_tab.info
        if not lonely:
            info.setStyleSheet("color:#555")
            return
        names = "、".join(f"{p.name}（A岗{p.a_name}）" for p in lonely)
        info.setText(f"{info.text()}　⚠ 未设B岗：{names}——A岗请假或外出时无人顶岗，请尽快确定B岗。")
        info.setStyleSheet("color:#b91c1c")

    def _roster_rows(self) -> list[Any]:
        return self.hall.staff.roster_changes(self.roster_post.currentData())

    def apply_role(self) -> None:
        """Roster changes need a leader: the buttons say so (the domain refuses anyway)."""
        ok = can(self.hall.ctx, Permission.ROSTER)
        for action in self.guarded:
            action.setEnabled(ok)
            base = action.text()
            action.setToolTip(base if ok else f"{base}（{denial_message(Permission.ROSTER)}）")

    def _run(self, dialog: Any) -> None:
        if dialog.exec():
            self.reload()

    def _need(self, tab: ListTab, what: str) -> Any:
        row = tab.selected()
        if row is None:
            QMessageBox.information(self, "请先选择", f"请先在列表中选择{what}。")
        return row

    # ---- staff -------------------------------------------------------------------------
    def add_staff(self) -> None:
        self._run(StaffDialog(self.hall.staff, None, self))

    def edit_staff(self) -> None:
        person = self._need(self.staff_tab, "人员")
        if person is not None:
            self._run(StaffDialog(self.hall.staff, person, self))

    def toggle_staff(self) -> None:
        person = self._need(self.staff_tab, "人员")
        if person is None:
            return
        if person.active:
            question = (
                f"停用“{person.name}”？\n停用后不再显示在去向牌上，去向记录和经办记录全部保留。"
            )
            if QMessageBox.question(self, "停用人员", question) != QMessageBox.StandardButton.Yes:
                return
            self._act(lambda: self.hall.staff.deactivate_staff(person.id))
        else:
            self._act(lambda: self.hall.staff.reactivate_staff(person.id))

    # ---- departments -------------------------------------------------------------------
    def add_department(self) -> None:
        self._run(DepartmentDialog(self.hall.staff, None, self))

    def edit_department(self) -> None:
        dept = self._need(self.dept_tab, "部门")
        if dept is not None:
            self._run(DepartmentDialog(self.hall.staff, dept, self))

    def toggle_department(self) -> None:
        dept = self._need(self.dept_tab, "部门")
        if dept is not None:
            self._act(lambda: self.hall.staff.set_department_active(dept.id, not dept.active))

    # ---- posts -------------------------------------------------------------------------
    def add_post(self) -> None:
        self._run(PostDialog(self.hall.staff, None, self))

    def edit_post(self) -> None:
        post = self._need(self.post_tab, "岗位")
        if post is not None:
            self._run(PostDialog(self.hall.staff, post, self))

    def change_roster(self) -> None:
        post = self._need(self.post_tab, "岗位")
        if post is not None:
            today = self.hall.ctx.now().date()
            self._run(RosterDialog(self.hall.staff, post, today, self))

    def deactivate_post(self) -> None:
        post = self._need(self.post_tab, "岗位")
        if post is None or not post.active:
            return
        question = f"停用岗位“{post.name}”？其AB岗备案记录保留。"
        if QMessageBox.question(self, "停用岗位", question) == QMessageBox.StandardButton.Yes:
            self._act(lambda: self.hall.staff.deactivate_post(post.id))

    def _act(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except DomainError as exc:
            QMessageBox.warning(self, "未能保存", str(exc))
            return
        self.reload()

    # ---- refreshing only what is looked at ---------------------------------------------
    def data_changed(self) -> None:
        """Another part of the desk wrote something: reload now if shown, else when shown."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802
        if getattr(self, "_stale", False):
            self._stale = False
            self.reload()
        super().showEvent(event)
