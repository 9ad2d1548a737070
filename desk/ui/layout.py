"""Small layout pieces the list pages share: a filter row, a button row, a record table."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)


def filter_row(
    fields: Iterable[tuple[str, QWidget]], trailing: QWidget | None = None
) -> QHBoxLayout:
    """Label + widget pairs left to right, then a stretch and an optional trailing widget."""
    row = QHBoxLayout()
    for text, widget in fields:
        row.addWidget(QLabel(text))
        row.addWidget(widget)
    row.addStretch(1)
    if trailing is not None:
        row.addWidget(trailing)
    return row


def button_row(buttons: Iterable[QWidget]) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def record_table(model: QAbstractItemModel) -> QTableView:
    """A sortable, one-row-at-a-time list with columns sized to their contents."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table
