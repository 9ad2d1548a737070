"""How desk.ui is put together, checked: features meet through signals and the router.

- No feature reads the main window with getattr/hasattr or sticks attributes of its own on
  it (``window.intake_feature = …``), and none reaches another feature's page through
  ``window.pages[…]`` to call it; they ask ``window.router``.
- Nothing registers as a side effect of an import: no module runs a call at its top level,
  the router of a bare window is empty, and installing every feature changes no module-level
  registry (each window keeps its own).
- One row-table model and one field-error presenter; the UI builds no SQL.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import desk.ui
from desk.domain.overdue.service import KIND_CALLBACK, KIND_CASE, KIND_HANDOVER
from desk.ui.app import build_window
from desk.ui.main_window import MainWindow
from tests.conftest import SmallHall

UI = Path(desk.ui.__file__).parent
# An expression naming the main window: window, w, main, self.window, self.window_, self.main…
WINDOW = re.compile(r"(^|\.)(window_?|w|main|main_window|parent_window)$")


def ui_modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(UI.rglob("*.py")):
        if "generated" not in path.parts:
            rel = path.relative_to(UI.parent.parent).as_posix()
            yield rel, ast.parse(path.read_text(encoding="utf-8"), rel)


def _calls(tree: ast.AST, names: set[str]) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names:
            yield node


def test_no_feature_reads_the_window_with_getattr() -> None:
    found = [
        f"{rel}:{call.lineno}: {ast.unparse(call)}"
        for rel, tree in ui_modules()
        for call in _calls(tree, {"getattr", "hasattr", "setattr"})
        if call.args and WINDOW.search(ast.unparse(call.args[0]))
    ]
    assert found == []


def test_no_feature_sticks_attributes_on_the_window() -> None:
    found = []
    for rel, tree in ui_modules():
        for node in ast.walk(tree):
            targets = (
                node.targets
                if isinstance(node, ast.Assign)
                else [node.target]
                if isinstance(node, ast.AnnAssign | ast.AugAssign)
                else []
            )
            for target in targets:
                if isinstance(target, ast.Attribute) and WINDOW.search(ast.unparse(target.value)):
                    found.append(f"{rel}:{node.lineno}: {ast.unparse(target)} = …")
    assert found == []


def test_no_feature_calls_into_another_feature_s_page() -> None:
    """``window.pages["cases"].open_case(…)`` couples features; the router carries that."""
    found = []
    for rel, tree in ui_modules():
        if rel == "desk/ui/main_window.py":
            continue
        for node in ast.walk(tree):
            base = None
            if isinstance(node, ast.Subscript):
                base = node.value
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                base = node.func.value if node.func.attr == "get" else None
            if isinstance(base, ast.Attribute) and base.attr == "pages":
                found.append(f"{rel}:{node.lineno}: {ast.unparse(node)}")
    assert found == []


def test_no_module_registers_anything_when_imported() -> None:
    """A call at a module's top level (``register_opener(...)``) runs on import."""
    found = [
        f"{rel}:{node.lineno}: {ast.unparse(node)}"
        for rel, tree in ui_modules()
        for node in tree.body
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
    ]
    assert found == []


def _import_every_ui_module() -> list[object]:
    return [
        importlib.import_module(m.name) for m in pkgutil.walk_packages(desk.ui.__path__, "desk.ui.")
    ]


def _registries(modules: list[object]) -> dict[str, int]:
    """Every module-level dict, list and set, by name, with its size."""
    return {
        f"{module.__name__}.{name}": len(value)  # type: ignore[attr-defined]
        for module in modules
        for name, value in vars(module).items()
        if isinstance(value, dict | list | set) and not name.startswith("__")
    }


@pytest.fixture
def bare_window(qtbot: QtBot, small_hall: SmallHall) -> Iterator[MainWindow]:
    w = MainWindow(small_hall.hall, start_timers=False)
    qtbot.addWidget(w)
    yield w


def test_the_router_is_empty_until_the_features_are_installed(
    qtbot: QtBot, small_hall: SmallHall, bare_window: MainWindow
) -> None:
    modules = _import_every_ui_module()
    before = _registries(modules)
    assert bare_window.router.is_empty() and bare_window.pages == {}
    window = build_window(small_hall.hall, start_timers=False)
    qtbot.addWidget(window)
    router = window.router
    assert not router.is_empty()
    assert bare_window.router.is_empty()  # each window has its own
    # What the overdue list, the reminders and the 返岗提醒 rely on, answered at install.
    assert [a.text for a in router.waiting_actions("handover")] == ["联系记录(&L)…", "办结(&B)"]
    assert [a.text for a in router.waiting_actions("appointment")] == [
        "登记回电(&H)…", "在预约簿中打开",
    ]  # fmt: skip
    assert router.waiting_phrases() == {"handover": "件转交待联系", "appointment": "条预约待回电"}
    assert all(router.opens(k) for k in (KIND_HANDOVER, KIND_CALLBACK, KIND_CASE, "appointment"))
    assert router.open_record("no-such-kind", 1) is False
    assert router.selected_intake_id() is None  # nothing selected in the register yet
    assert _registries(modules) == before  # installing filled no module-level registry


def test_a_window_without_a_feature_just_lacks_its_answers(bare_window: MainWindow) -> None:
    router = bare_window.router
    assert router.open_record(KIND_CASE, 1) is False
    assert router.open_notice(intake_id=1) is False
    assert router.selected_intake_id() is None
    assert router.waiting_actions("handover") == ()


def test_one_row_table_model_and_one_field_error_presenter() -> None:
    models, presenters = [], []
    for rel, tree in ui_modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases = {ast.unparse(b).split("[")[0] for b in node.bases}
                if bases & {"QAbstractTableModel", "QAbstractListModel", "QStandardItemModel"}:
                    models.append(f"{rel}:{node.name}")
                if node.name.endswith(("Errors", "Marker")):
                    presenters.append(f"{rel}:{node.name}")
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "RowIdRole" for t in node.targets
            ):
                models.append(f"{rel}: RowIdRole defined")
    assert sorted(models) == [
        "desk/ui/table_model.py: RowIdRole defined",
        "desk/ui/table_model.py:RowTableModel",
    ]
    assert presenters == ["desk/ui/field_errors.py:FieldErrors"]


def test_the_ui_builds_no_sql() -> None:
    """Widgets call the domain (hall.<service>); without sqlalchemy there is no select()."""
    found = []
    for rel, tree in ui_modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
                names = {a.name for a in node.names}
                found.append(f"{rel}:{node.lineno}: from {node.module} import {names}")
            elif isinstance(node, ast.Import):
                found += [f"{rel}: import {a.name}" for a in node.names
                          if a.name.startswith("sqlalchemy")]  # fmt: skip
    assert found == []
