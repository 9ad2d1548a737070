"""openpyxl's write-only worksheet writer, with the sheet data written as ready XML.

openpyxl serialises everything around the rows (sheet properties, views, column widths,
filters, merged cells, print setup, header/footer, drawings) from its own objects; this
subclass only replaces how ``<sheetData>`` is produced: from row XML strings made by
:class:`desk.excel.cells.RowRenderer`, written straight to the sheet's temporary file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Generator, Iterable
from typing import Any, BinaryIO

from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import tostring

_BATCH = 500


class _RawStream:
    """What ``write_rows`` receives instead of an lxml incremental writer."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh


class RawSheetWriter(WorksheetWriter):
    def __init__(self, ws: Any, rows_xml: Iterable[str]) -> None:
        self._rows_xml = rows_xml
        super().__init__(ws)

    def get_stream(self) -> Generator[Any, Any, None]:  # type: ignore[override]
        with open(self.out, "wb") as fh:
            fh.write(f'<worksheet xmlns="{SHEET_MAIN_NS}">'.encode())
            try:
                while True:
                    el = yield
                    if el is True:
                        yield _RawStream(fh)
                    elif el is not None:
                        fh.write(tostring(el))
            except GeneratorExit:
                pass
            fh.write(b"</worksheet>")

    def write_rows(self) -> None:
        stream: _RawStream = self.xf.send(True)
        fh = stream.fh
        fh.write(b"<sheetData>")
        batch: list[str] = []
        for row in self._rows_xml:
            batch.append(row)
            if len(batch) >= _BATCH:
                fh.write("".join(batch).encode())
                batch.clear()
        fh.write("".join(batch).encode())
        fh.write(b"</sheetData>")
        self.xf.send(None)

    def remove_file(self) -> None:
        """Delete the temporary sheet file if it is still there (idempotent)."""
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.out)
        with contextlib.suppress(ValueError):
            ALL_TEMP_FILES.remove(self.out)
