"""A small editable table of text cells (tiers, caps, levels) with Add and Remove buttons.

Cells hold what the trader typed; the scheme editor turns rows into the scheme's JSON and
the core's reader says what is wrong, which the table shows on the cell it names.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.common.cell_editing import ReplacingDelegate
from gui.common.wheel_guard import guarded

INVALID_BACKGROUND = QColor(208, 49, 45, 90)
"""Translucent red: readable under light and dark themes alike."""
Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with an editable combo box: the usual choices, or anything typed."""

    def __init__(self, choices: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = guarded(QComboBox(parent))
        combo.setEditable(True)
        combo.addItems(self.choices)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setEditText(str(index.data() or ""))
        line = editor.lineEdit()
        if line is not None:
            line.selectAll()  # typing replaces the cell, as in a spreadsheet

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class RowsTable(QWidget):
    """Rows of text cells under named columns; ``edited`` after any change."""

    edited = Signal()

    def __init__(
        self,
        columns: list[str],
        new_row: list[str],
        choices: dict[int, list[str]] | None = None,
        tips: dict[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.new_row = new_row
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setItemDelegate(ReplacingDelegate(self.table))
        for column, items in (choices or {}).items():
            self.table.setItemDelegateForColumn(column, ChoiceDelegate(items, self.table))
        for column, tip in (tips or {}).items():
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(tip)
        self.table.itemChanged.connect(lambda _: self._changed())
        self._loading = False

        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_rows)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def rows(self) -> list[list[str]]:
        """The cells' texts, stripped, row by row."""
        return [
            [
                (item.text().strip() if (item := self.table.item(r, c)) is not None else "")
                for c in range(self.table.columnCount())
            ]
            for r in range(self.table.rowCount())
        ]

    def set_rows(self, rows: list[list[str]]) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for row in rows:
                self._append(row)
        finally:
            self._loading = False
        self.edited.emit()

    def _append(self, row: list[str]) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, c, item)

    def add_row(self) -> None:
        self._loading = True
        try:
            self._append(self.new_row)
        finally:
            self._loading = False
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.edited.emit()

    def remove_rows(self) -> None:
        chosen = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not chosen and self.table.rowCount():
            chosen = [self.table.rowCount() - 1]
        self._loading = True
        try:
            for row in chosen:
                self.table.removeRow(row)
        finally:
            self._loading = False
        self.edited.emit()

    def set_cell(self, row: int, column: int, text: str) -> None:
        """Type ``text`` into a cell, as the trader would."""
        item = self.table.item(row, column)
        assert item is not None
        item.setText(text)

    def mark(self, problems: dict[tuple[int, int], list[str]]) -> None:
        """Tint the cells that have problems and give them the reasons as tooltips."""
        self._loading = True
        try:
            for r in range(self.table.rowCount()):
                for c in range(self.table.columnCount()):
                    item = self.table.item(r, c)
                    if item is None:
                        continue
                    reasons = problems.get((r, c), [])
                    item.setBackground(QBrush(INVALID_BACKGROUND) if reasons else QBrush())
                    item.setToolTip("\n".join(reasons))
        finally:
            self._loading = False
