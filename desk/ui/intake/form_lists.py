"""The intake form's choice lists: catalogue hits, posts and scopes, departments to refer to.

Each combo item carries plain data (a "scope:post" string, a department tuple) so the form
reads choices without parsing what it shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desk.domain.catalogue.views import ServiceItemView
from desk.domain.common.codes import MatterScope
from desk.domain.people.staff import DepartmentView, PostView


def item_label(item: ServiceItemView) -> str:
    """A catalogue hit in the matter popup: name, where it is handled, kind."""
    window = f"{item.window_no}号窗口" if item.window_no else ""
    where = "·".join(x for x in (item.post or item.department, window) if x)
    return f"{item.name}　{where}　{item.kind.label}"


def post_key(scope: MatterScope, post_id: int | None = None) -> str:
    return f"{scope.value}:{post_id if post_id is not None else ''}"


def fill_posts(combo: QComboBox, posts: list[PostView]) -> None:
    """The hall's posts, then the scopes without a post (no post / elsewhere / outside)."""
    combo.addItem("（选定事项后自动带出，也可在此指定）", None)
    for post in posts:
        window = f"·{post.window_no}号窗口" if post.window_no else ""
        text = f"{post.name}（{post.department}{window}）"
        combo.addItem(text, post_key(MatterScope.POST, post.id))
    combo.insertSeparator(combo.count())
    for scope in (MatterScope.UNASSIGNED, MatterScope.OTHER_DEPARTMENT, MatterScope.OUTSIDE):
        combo.addItem(scope.label, post_key(scope))


def scope_and_post(combo: QComboBox) -> tuple[MatterScope, int | None]:
    data = combo.currentData()
    if not data:
        return MatterScope.POST, None
    scope, _sep, post_id = str(data).partition(":")
    return MatterScope.of(scope), int(post_id) if post_id else None


def fill_departments(combo: QComboBox, departments: list[DepartmentView]) -> None:
    combo.lineEdit().setPlaceholderText("选择本中心部门，或填写外单位名称")
    for dept in departments:
        text = f"{dept.name}（{dept.phone}）" if dept.phone else dept.name
        combo.addItem(text, (dept.id, dept.name, dept.phone))
    combo.setCurrentIndex(-1)


def referred_choice(combo: QComboBox) -> tuple[int | None, str]:
    """A department of this hall from the list, or the name typed for another agency."""
    text = combo.currentText().strip()
    i = combo.currentIndex()
    if i >= 0 and text == combo.itemText(i):
        dept_id, name, _phone = combo.itemData(i)
        return dept_id, name
    return None, text
