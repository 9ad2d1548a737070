"""The layers stay visible: desk/domain and desk/db know no Qt, widgets build no SQL, the demo
is composed in one place, and nothing registers itself by being imported."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import desk

PACKAGE = Path(desk.__file__).resolve().parent
QT_MODULES = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at any depth (``from a import b`` gives a and a.b)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _files(folder: str) -> list[Path]:
    return sorted(p for p in (PACKAGE / folder).rglob("*.py") if "generated" not in p.parts)


def _offenders(folder: str, bad: callable) -> list[str]:  # type: ignore[valid-type]
    found = []
    for path in _files(folder):
        hits = sorted(n for n in _imports(path) if bad(n))
        if hits:
            found.append(f"{path.relative_to(PACKAGE)}: {hits}")
    return found


def _is_qt(name: str) -> bool:
    return name.split(".")[0] in QT_MODULES


def test_domain_and_db_import_no_qt() -> None:
    for folder in ("domain", "db", "excel"):
        assert _offenders(folder, lambda n: _is_qt(n) or n.startswith("desk.ui")) == [], folder

    # The command line starts the window (desk.ui.app) and nothing else of the UI.
    def ui_beyond_app(name: str) -> bool:
        return _is_qt(name) or name.startswith("desk.ui.") and not name.startswith("desk.ui.app")

    assert _offenders("cli", ui_beyond_app) == []


def test_widgets_build_no_sql() -> None:
    """desk/ui calls the domain; SQLAlchemy, the models and sessions stay below it."""

    def sql(name: str) -> bool:
        return name.split(".")[0] == "sqlalchemy" or name.startswith(
            ("desk.db.models", "desk.db.base", "desk.db.audit_hook", "desk.db.intake_fts")
        )

    assert _offenders("ui", sql) == []
    assert _offenders("printing", sql) == []


def test_only_the_seed_package_and_its_callers_import_the_seed() -> None:
    """No domain service imports the demo: the demo calls the services, never the reverse."""
    inside = [p for p in _files("domain") if "seed" not in p.relative_to(PACKAGE).parts]
    offenders = [
        f"{p.relative_to(PACKAGE)}"
        for p in inside
        if any(n.startswith("desk.domain.seed") for n in _imports(p))
    ]
    assert offenders == []


def test_domain_is_packages_plus_the_facade() -> None:
    top = sorted(p.name for p in (PACKAGE / "domain").iterdir() if p.name != "__pycache__")
    modules = [n for n in top if n.endswith(".py")]
    assert modules == ["__init__.py", "hall.py"]
    for name in top:
        if not name.endswith(".py"):
            assert (PACKAGE / "domain" / name / "__init__.py").is_file(), name


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return out.stdout.strip()


def test_importing_the_intake_package_loads_no_demo() -> None:
    code = (
        "import sys\n"
        "import desk.domain.intake.service, desk.domain.intake.handovers\n"
        "import desk.domain.catalogue.service, desk.domain.appointments.service\n"
        "import desk.domain.hall\n"
        "print(sorted(n for n in sys.modules if n.startswith('desk.domain.seed')))\n"
    )
    assert _run(code) == "[]"


def test_importing_every_domain_module_loads_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import desk.domain, desk.db, desk.excel, desk.cli\n"
        "for pkg in (desk.domain, desk.db, desk.excel, desk.cli):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' not in m.name:  # Alembic scripts run only inside Alembic\n"
        "            importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))\n"
    )
    assert _run(code) == "[]"


def test_a_hall_installs_its_own_providers() -> None:
    """Badges and waiting providers belong to each Hall, put there by the facade itself."""
    code = (
        "from desk.bootstrap import open_hall\n"
        "h = open_hall('sqlite://')\n"
        "print(sorted(h.board.badge_providers), sorted(h.waiting.providers))\n"
    )
    out = _run(code)
    assert "handovers_overdue" in out and "callbacks" in out and "'appointment'" in out
