"""Showing a domain FieldError at its field: a red frame, a tooltip and a red line under it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "border: 1px solid #b91c1c; border-radius: 2px;"
LABEL_STYLE = "color: #b91c1c;"


class FieldErrors:
    """Maps a form's field keys (as FieldError.field names them) to widgets and error labels.

    `show(field, message)` marks the widget and writes the message under it; unknown keys go
    to the form's general error label, so no message is ever lost.
    """

    def __init__(self, general: QLabel) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel | None]] = {}
        self._general = general
        self._styles: dict[QWidget, str] = {}
        general.setStyleSheet(LABEL_STYLE)
        general.setWordWrap(True)
        general.hide()

    def add(self, field: str, widget: QWidget, label: QLabel | None = None) -> None:
        self._fields[field] = (widget, label)
        self._styles.setdefault(widget, widget.styleSheet())
        if label is not None:
            label.setStyleSheet(LABEL_STYLE)
            label.setWordWrap(True)
            label.hide()

    def show(self, field: str, message: str) -> None:
        widget, label = self._fields.get(field, (None, None))
        if widget is None:
            self.show_general(message)
            return
        widget.setStyleSheet(ERROR_STYLE)
        widget.setToolTip(message)
        widget.setProperty("fieldError", message)
        if label is not None:
            label.setText(message)
            label.show()
        else:
            self.show_general(message)
        widget.setFocus()

    def show_general(self, message: str) -> None:
        self._general.setText(message)
        self._general.show()

    def message(self, field: str) -> str:
        """The message shown at a field ("" when none): what tests and screen readers read."""
        widget, _ = self._fields.get(field, (None, None))
        return str(widget.property("fieldError") or "") if widget is not None else ""

    def clear(self) -> None:
        for widget, label in self._fields.values():
            widget.setStyleSheet(self._styles.get(widget, ""))
            widget.setToolTip("")
            widget.setProperty("fieldError", "")
            if label is not None:
                label.hide()
        self._general.hide()
