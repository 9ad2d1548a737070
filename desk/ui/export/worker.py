"""Running a month's export off the GUI thread, with progress and the result by signal.

The task only reads (its own short read sessions from the engine's pool; SQLite gives
each thread its own connection) and writes the file; the audited permission for full
phone numbers is obtained on the GUI thread beforehand, so nothing here writes to the
database or touches a widget.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from desk.domain.ledgers.rows import Month
from desk.domain.ledgers.service import LedgerService, UnmaskedGrant
from desk.excel.ledgers import export_month, failure_message


class ExportSignals(QObject):
    """Emitted from the pool thread; delivered queued to receivers on the GUI thread."""

    # done, total, what is being done
    progress = Signal(int, int, str)
    # desk.excel.ledgers.ExportResult
    finished = Signal(object)
    # a Chinese message
    failed = Signal(str)


class ExportTask(QRunnable):
    def __init__(
        self,
        ledgers: LedgerService,
        month: Month,
        path: Path,
        grant: UnmaskedGrant | None = None,
    ) -> None:
        super().__init__()
        # The dialog keeps the task (and so its signals object) alive until it reports.
        self.setAutoDelete(False)
        self.signals = ExportSignals()
        self.ledgers = ledgers
        self.month = month
        self.path = path
        self.grant = grant

    def run(self) -> None:
        try:
            result = export_month(
                self.ledgers,
                self.month,
                self.path,
                unmasked=self.grant or False,
                progress=self.signals.progress.emit,
            )
        except Exception as exc:  # noqa: BLE001 — every failure becomes a message
            self.signals.failed.emit(failure_message(exc, self.path))
        else:
            self.signals.finished.emit(result)
