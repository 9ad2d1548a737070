"""Showing domain errors in the notice, refusal and catalogue forms.

A FieldError is shown AT its field (red frame, tooltip, red text under it); a key the
form does not know (or a DomainError) goes to the form's general error line.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_FRAME = "border: 1px solid #b91c1c;"
ERROR_TEXT = "color: #b91c1c;"


class FormErrors:
    """Field key → (widget, label under it) of one form."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self.fields: dict[str, tuple[QWidget, QLabel | None]] = {}
        general.setStyleSheet(ERROR_TEXT)
        general.setWordWrap(True)
        general.hide()

    def add(self, field: str, widget: QWidget, label: QLabel | None = None) -> None:
        self.fields[field] = (widget, label)
        if label is not None:
            label.setStyleSheet(ERROR_TEXT)
            label.hide()

    def show(self, field: str, message: str) -> None:
        """Mark the field (or, if unknown, write the general line) and focus it."""
        widget, label = self.fields.get(field, (None, None))
        if widget is None:
            self.show_general(message)
            return
        widget.setStyleSheet(ERROR_FRAME)
        widget.setToolTip(message)
        widget.setProperty("fieldError", message)
        if label is not None:
            label.setText(message)
            label.show()
        else:
            self.show_general(message)
        widget.setFocus()

    def show_general(self, message: str) -> None:
        self.general.setText(message)
        self.general.show()

    def message(self, field: str) -> str:
        """The message shown at a field ("" when none)."""
        widget, _ = self.fields.get(field, (None, None))
        return str(widget.property("fieldError") or "") if widget is not None else ""

    def clear(self) -> None:
        for widget, label in self.fields.values():
            widget.setStyleSheet("")
            widget.setToolTip("")
            widget.setProperty("fieldError", "")
            if label is not None:
                label.hide()
        self.general.hide()
