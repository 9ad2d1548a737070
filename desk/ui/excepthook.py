"""The last safety net: an unexpected error is logged and explained, never a silent crash.

Installed by the GUI at start-up. The traceback goes to desk-errors.log in the data
directory; the clerk sees a Chinese message (the error's own text when it is one of
desk's Chinese errors) and the window stays open with everything typed in it.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "desk-errors.log"
_showing = False


def _chinese_message(exc: BaseException) -> str | None:
    from desk.db.backup import BackupError
    from desk.db.engine import StorageError
    from desk.domain.common.errors import DomainError

    if isinstance(exc, DomainError | StorageError | BackupError):
        return str(exc)
    return None


def write_log(
    log_file: Path, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> bool:
    """Append the traceback with a time stamp; False when the log cannot be written."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as f:
            f.write(f"==== {datetime.now():%Y-%m-%d %H:%M:%S} ====\n{text}\n")
    except OSError:
        return False
    return True


def make_hook(log_file: Path):  # noqa: ANN201 - the sys.excepthook signature
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        global _showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logged = write_log(log_file, exc_type, exc, tb)
        if _showing or QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        known = _chinese_message(exc)
        where = f"错误详情已记录在：{log_file}" if logged else "（错误记录无法写入磁盘）"
        text = (
            known
            if known
            else "程序遇到意外错误，刚才的操作可能没有完成。\n"
            "已打开窗口中填写的内容仍然保留，请检查后重试；若反复出现，请联系管理员。"
        )
        _showing = True
        try:
            QMessageBox.critical(QApplication.activeWindow(), "出错了", f"{text}\n\n{where}")
        finally:
            _showing = False

    return hook


def install(data_dir: Path) -> Path:
    """Make the hook sys.excepthook; returns the log file's path."""
    log_file = data_dir / LOG_NAME
    sys.excepthook = make_hook(log_file)
    return log_file
