"""Typing into a table cell replaces what it held, as in a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QWidget


class ReplacingDelegate(QStyledItemDelegate):
    """Opens a cell's editor with its text selected. Tab moves straight into the next cell's
    editor, and without this the trader's typing would be appended to the old value
    ("1.084" + "1.08407" -> "1.0841.08407", seen under a real keyboard)."""

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        super().setEditorData(editor, index)
        if isinstance(editor, QLineEdit):
            editor.selectAll()
