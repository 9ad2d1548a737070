"""Python code generated from forms/*.ui by `python -m desk.ui.build_forms` — do not edit."""
