"""The committed desk/ui/generated/ui_*.py match a fresh compile of forms/*.ui."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from desk.ui.build_forms import FORMS, GENERATED, compile_form, target_for

FORM_FILES = sorted(FORMS.glob("*.ui"))


def _stale(ui_file) -> str:  # type: ignore[no-untyped-def]
    target = target_for(ui_file)
    if not target.exists():
        return f"{target.name} (missing)"
    return "" if target.read_text(encoding="utf-8") == compile_form(ui_file) else target.name


def test_generated_files_are_current() -> None:
    assert len(FORM_FILES) >= 10
    # One uic process per form; threads overlap their start-up.
    with ThreadPoolExecutor(max_workers=4) as pool:
        stale = [name for name in pool.map(_stale, FORM_FILES) if name]
    assert stale == [], "out of date — run: python -m desk.ui.build_forms"


def test_no_generated_file_without_its_form() -> None:
    forms = {p.stem for p in FORM_FILES}
    orphans = [p.name for p in GENERATED.glob("ui_*.py") if p.stem[3:] not in forms]
    assert orphans == []
