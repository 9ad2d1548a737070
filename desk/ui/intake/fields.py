"""Marking bad input at the field: a red border, a Chinese message under it, focus on it."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QPlainTextEdit, QWidget

ERROR_STYLE = "color:#b91c1c;"
WARNING_STYLE = "color:#9a3412;"
INVALID_BORDER = "border:2px solid #b91c1c;border-radius:3px;"


class FieldMarker:
    """Maps the domain's field keys to (input widget, message label) pairs of one form."""

    def __init__(self, fields: dict[str, tuple[QWidget, QLabel | None]]) -> None:
        self.fields = fields
        for widget, label in fields.values():
            if label is not None:
                label.setStyleSheet(ERROR_STYLE)
                label.setWordWrap(True)
                label.hide()
            self._watch(widget)

    def _watch(self, widget: QWidget) -> None:
        """Editing a marked field clears its mark: the clerk is fixing it."""
        key = next(k for k, (w, _l) in self.fields.items() if w is widget)
        if isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda: self.clear(key))
        elif isinstance(widget, QComboBox):
            widget.currentTextChanged.connect(lambda _t: self.clear(key))
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(lambda _on: self.clear(key))
        elif hasattr(widget, "textEdited"):
            widget.textEdited.connect(lambda _t: self.clear(key))

    def has(self, key: str) -> bool:
        return key in self.fields

    def mark(self, key: str, message: str, *, warning: bool = False, focus: bool = True) -> bool:
        """Show the message at the field; False if this form has no such field."""
        if key not in self.fields:
            return False
        widget, label = self.fields[key]
        if not warning:
            widget.setProperty("invalid", True)
            widget.setStyleSheet(
                f"{type(widget).__name__}{{{INVALID_BORDER}}}"
                if not isinstance(widget, QAbstractButton)
                else ERROR_STYLE
            )
        widget.setToolTip(message)
        if label is not None:
            label.setStyleSheet(WARNING_STYLE if warning else ERROR_STYLE)
            label.setText(message)
            label.show()
        if focus:
            widget.setFocus()
        return True

    def message(self, key: str) -> str:
        label = self.fields[key][1]
        return label.text() if label is not None and not label.isHidden() else ""

    def is_marked(self, key: str) -> bool:
        return bool(self.fields[key][0].property("invalid"))

    def clear(self, key: str) -> None:
        widget, label = self.fields[key]
        if widget.property("invalid"):
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")
            widget.setToolTip("")
        if label is not None and not label.isHidden():
            label.clear()
            label.hide()

    def clear_all(self) -> None:
        for key in self.fields:
            self.clear(key)
