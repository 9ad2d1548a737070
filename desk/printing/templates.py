"""Rendering the editable HTML templates under resources/templates with Jinja2.

Halls edit those files to change wording or layout without touching code.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from desk.paths import resources_dir

WEEKDAYS = "一二三四五六日"


def template_dir() -> Path:
    return resources_dir() / "templates"


def cn_date(value: date | datetime | None) -> str:
    """2026年11月16日"""
    if value is None:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"


def cn_datetime(value: datetime | None) -> str:
    """2026年11月16日 09:05"""
    if value is None:
        return ""
    return f"{cn_date(value)} {value:%H:%M}"


def cn_weekday(value: date | datetime | None) -> str:
    return "" if value is None else f"星期{WEEKDAYS[value.weekday()]}"


@lru_cache(maxsize=1)
def _environment() -> Any:
    # Jinja2 is imported on first print, not at start-up.
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=FileSystemLoader(str(template_dir())),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["cn_date"] = cn_date
    env.filters["cn_datetime"] = cn_datetime
    env.filters["cn_weekday"] = cn_weekday
    return env


def render(template_name: str, **context: Any) -> str:
    """Render a template to HTML. Missing variables raise instead of printing blanks."""
    env = _environment()
    # Templates are re-read when edited while desk runs.
    return str(env.get_template(template_name).render(**context))
