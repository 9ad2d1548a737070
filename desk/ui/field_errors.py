"""Showing a domain FieldError at its field: a red frame, a tooltip and a red line under it.

Every form uses this one presenter. `show(field, message)` marks the widget registered for
the key the domain names (``FieldError.field``), writes the message under it and moves the
focus there; a key the form does not know goes to the form's general line, so no message is
ever lost. A list-valued key (``materials[2].name``) marks the widget registered for its
base (``materials``). Editing a marked field clears its mark: the clerk is fixing it.
`warn` shows a softer note (amber, no frame) the clerk may accept, e.g. an unusual ID number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

ERROR_COLOUR = "#b91c1c"
WARNING_COLOUR = "#9a3412"
LABEL_STYLE = f"color: {ERROR_COLOUR};"
WARNING_STYLE = f"color: {WARNING_COLOUR};"
FRAME = f"border: 1px solid {ERROR_COLOUR}; border-radius: 2px;"
_BASE_KEY = re.compile(r"^([^.\[]+)[.\[]")


def _error_style(widget: QWidget) -> str:
    # Scoped to the widget's own class: a frame on a combo box must not reach its popup list.
    if isinstance(widget, QAbstractButton):  # a radio button or check box: red text
        return LABEL_STYLE
    return f"{widget.metaObject().className()} {{{FRAME}}}"


class FieldErrors:
    """Field keys of one form → (input widget, message label under it), plus a general line.

    `general` is None for a form without a general line; `show` then returns False for a key
    it does not know, and the caller decides where the message goes.
    """

    def __init__(self, general: QLabel | None) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel | None]] = {}
        self._general = general
        self._styles: dict[QWidget, str] = {}
        if general is not None:
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
        self._clear_when_edited(field, widget)

    def add_all(self, fields: Mapping[str, tuple[QWidget, QLabel | None]]) -> None:
        for field, (widget, label) in fields.items():
            self.add(field, widget, label)

    def _clear_when_edited(self, field: str, widget: QWidget) -> None:
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.textChanged.connect(lambda: self.clear_field(field))
        elif isinstance(widget, QComboBox):
            widget.currentTextChanged.connect(lambda _t: self.clear_field(field))
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(lambda _on: self.clear_field(field))
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t: self.clear_field(field))

    def _key(self, field: str) -> str | None:
        if field in self._fields:
            return field
        base = _BASE_KEY.match(field)
        return base.group(1) if base and base.group(1) in self._fields else None

    def has(self, field: str) -> bool:
        """Whether the form shows this key at a field of its own."""
        return self._key(field) is not None

    # ---- showing ----------------------------------------------------------------------
    def show(self, field: str, message: str, *, focus: bool = True) -> bool:
        """Mark the field and write the message under it; False if shown on the general line
        (or, without one, nowhere) because the form has no such field."""
        key = self._key(field)
        if key is None:
            self.show_general(message)
            return False
        widget, label = self._fields[key]
        widget.setStyleSheet(_error_style(widget))
        widget.setToolTip(message)
        widget.setProperty("fieldError", message)
        if label is not None:
            label.setStyleSheet(LABEL_STYLE)
            label.setText(message)
            label.show()
        else:
            self.show_general(message)
        if focus:
            widget.setFocus()
        return True

    def warn(self, field: str, message: str) -> bool:
        """A note under the field the clerk may accept: amber, no frame, focus stays."""
        key = self._key(field)
        if key is None:
            self.show_general(message)
            return False
        widget, label = self._fields[key]
        widget.setToolTip(message)
        widget.setProperty("fieldWarning", message)
        if label is not None:
            label.setStyleSheet(WARNING_STYLE)
            label.setText(message)
            label.show()
        return True

    def show_general(self, message: str) -> None:
        if self._general is not None:
            self._general.setText(message)
            self._general.show()

    # ---- reading (tests, screen readers) ------------------------------------------------
    def message(self, field: str) -> str:
        """The error or note shown at a field ("" when none)."""
        key = self._key(field)
        if key is None:
            return ""
        widget = self._fields[key][0]
        return str(widget.property("fieldError") or widget.property("fieldWarning") or "")

    def is_marked(self, field: str) -> bool:
        """Whether the field carries an error (a note does not count)."""
        key = self._key(field)
        return key is not None and bool(self._fields[key][0].property("fieldError"))

    def general_message(self) -> str:
        general = self._general
        return general.text() if general is not None and not general.isHidden() else ""

    # ---- clearing ---------------------------------------------------------------------
    def clear_field(self, field: str) -> None:
        key = self._key(field)
        if key is None:
            return
        widget, label = self._fields[key]
        if widget.property("fieldError") or widget.property("fieldWarning"):
            widget.setStyleSheet(self._styles.get(widget, ""))
            widget.setToolTip("")
            widget.setProperty("fieldError", "")
            widget.setProperty("fieldWarning", "")
        shared = any(
            other is label and k != key and self.is_marked(k)
            for k, (_w, other) in self._fields.items()
        )
        if label is not None and not label.isHidden() and not shared:
            label.clear()
            label.hide()

    def clear(self) -> None:
        """Every field and the general line (before the next check)."""
        for key in self._fields:
            self.clear_field(key)
        if self._general is not None:
            self._general.hide()
