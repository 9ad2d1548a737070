"""`desk demo`: the demo hall built headless, refused on a database that has people."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desk.cli import main
from desk.excel.ledgers import SHEETS


def test_demo_then_export_with_no_display(tmp_path: Path) -> None:
    """The README's try-out path, in fresh processes with no display and no Qt platform."""
    db = tmp_path / "x.sqlite3"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    made = subprocess.run(
        [sys.executable, "-m", "desk", "demo", "--db", str(db)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "已建立演示服务中心“青石街道便民服务中心”" in made.stdout
    assert "工作人员 25" in made.stdout and "办事登记" in made.stdout
    month = f"{date.today():%Y-%m}"
    out = tmp_path / "book.xlsx"
    exported = subprocess.run(
        [sys.executable, "-m", "desk", "export", "--db", str(db), "--month", month,
         "--out", str(out)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == list(SHEETS)
    assert book["办事登记台账"].max_row > 3  # the demo's intakes of this month


def test_refuses_a_database_with_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.sqlite3"
    assert main(["demo", "--db", str(db), "--seed", "7"]) == 0
    capsys.readouterr()
    assert main(["demo", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "数据库中已有人员，不能再建立演示服务中心" in err
    assert "Traceback" not in err
