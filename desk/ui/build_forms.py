"""Compile every Qt Designer file in forms/ into desk/ui/generated/ui_<name>.py.

Run `python -m desk.ui.build_forms` after editing a form; a test fails when a generated
file is out of date.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
GENERATED = Path(__file__).resolve().parent / "generated"
HEADER = "# Generated from forms/{name}.ui by desk.ui.build_forms — do not edit.\n"


def uic_command() -> list[str]:
    """Qt's uic in Python mode; called directly, it skips pyside6-uic's own Python start-up."""
    import PySide6

    native = Path(PySide6.__file__).resolve().parent / "Qt" / "libexec" / "uic"
    if native.exists():
        return [str(native), "-g", "python"]
    exe = Path(sys.executable).with_name("pyside6-uic")
    return [str(exe) if exe.exists() else "pyside6-uic"]


def compile_form(ui_file: Path) -> str:
    out = subprocess.run(
        [*uic_command(), str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # Drop uic's own banner (it names the Qt version and would churn on upgrades).
    lines = out.splitlines(keepends=True)
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    return HEADER.format(name=ui_file.stem) + "".join(lines)


def target_for(ui_file: Path) -> Path:
    return GENERATED / f"ui_{ui_file.stem}.py"


def main() -> int:
    for ui_file in sorted(FORMS.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(target_for(ui_file).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
