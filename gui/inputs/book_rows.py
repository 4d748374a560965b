"""What the positions and the pending orders tables share: a model over one list of the
document with input and result columns, and a table with add, duplicate and remove."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.formatting import format_price
from core.model.instruments import catalog
from core.problems import Problem
from core.result import Result
from gui.common.cell_editing import ReplacingDelegate
from gui.common.eliding_label import ElidingLabel
from gui.common.field_marks import make_quiet
from gui.common.number_text import number_text
from gui.common.wheel_guard import guarded
from gui.i18n import QT_TRANSLATE_NOOP, local_numbers, translate
from gui.scenario_controller import ScenarioController

Index = QModelIndex | QPersistentModelIndex
SHOWN_ROLES = frozenset(
    role.value
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.CheckStateRole,
    )
)
"""The roles the books answer: a paint asks each cell for about a dozen, and a table of 200
positions is asked a thousand times per edit, so the others are turned away first."""
MARKED_ROLES = frozenset({Qt.ItemDataRole.BackgroundRole.value, Qt.ItemDataRole.ToolTipRole.value})
"""The roles that show a cell's problems (the only ones that look them up)."""


class BookRowsModel(QAbstractTableModel):
    """Rows of ``controller.value((rows,))``; columns of ``columns``, each an input (document
    field, title, help) or a result (title, help), titles translated in ``context``."""

    def __init__(
        self,
        controller: ScenarioController,
        rows: str,
        context: str,
        columns: type[IntEnum],
        inputs: dict[Any, tuple[str, str, str]],
        results: dict[Any, tuple[str, str]],
    ) -> None:
        super().__init__()
        self.controller = controller
        self.rows, self.context, self.columns = rows, context, columns
        self.inputs, self.results = inputs, results
        # Each column's flags, once: a paint asks for every cell's.
        self._flags = tuple(self.column_flags(column) for column in columns)
        self._shown: tuple[int, tuple[Problem, ...], Result | None] | None = None
        controller.evaluated.connect(self._refresh)
        controller.problems_changed.connect(self._refresh)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _refresh(self, _: object = None) -> None:
        # The cells show the document, its problems and the result. A new dashboard of the
        # same document with the same result (a tool's new input) changes none of them, and
        # repainting 200 rows for it cost a paint of the table.
        controller = self.controller
        dashboard = controller.dashboard
        result = dashboard.result if dashboard is not None else None
        shown = (controller.revision, controller.problems, result)
        last = self._shown
        if last is not None and last[:2] == shown[:2] and last[2] is shown[2]:
            return
        self._shown = shown
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        found = self.controller.value((self.rows,), [])
        return len(found) if isinstance(found, list) else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        column = self.columns(section)
        if column in self.inputs:
            _, title, tip = self.inputs[column]
        else:
            title, tip = self.results[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(self.context, title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(self.context, tip)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self._flags[index.column()]

    def column_flags(self, column: Any) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if column in self.inputs:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def price_text(self, row: int, value: object) -> str:
        """A price in its row's symbol's digits (0.89280, not 0.8928); as typed where the
        symbol or the value is not one the catalog can read."""
        symbol = self.controller.value((self.rows, row, "symbol"))
        instrument = catalog().get(symbol) if isinstance(symbol, str) else None
        if instrument is None or isinstance(value, bool) or not isinstance(value, int | float):
            return number_text(value)
        return local_numbers(format_price(float(value), instrument.pip_size).replace(",", ""))


class BookDelegate(ReplacingDelegate):
    """Cells edited in place: the symbol with completion from the catalog; one column chosen
    from a list (``choices``: its codes, and ``words`` says each in the app's language)."""

    def __init__(
        self,
        symbol_column: int,
        list_column: int,
        choices: tuple[str, ...],
        words: Callable[[str], str],
    ) -> None:
        super().__init__()
        self.symbol_column, self.list_column = symbol_column, list_column
        self.choices, self.words = choices, words

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        if index.column() == self.list_column:
            combo = guarded(QComboBox(parent))
            for code in self.choices:
                combo.addItem(self.words(code), code)
            return combo
        editor = super().createEditor(parent, option, index)
        if index.column() == self.symbol_column and isinstance(editor, QLineEdit):
            completer = QCompleter(sorted(catalog()), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            text = index.data(Qt.ItemDataRole.EditRole)
            editor.setCurrentText(str(text or self.words(self.choices[0])))
            return
        super().setEditorData(editor, index)


def book_view(name: str, model: QAbstractTableModel, delegate: QAbstractItemDelegate) -> QTableView:
    """A table edited in place: whole rows selected, typing starts an edit, Tab moves on."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setItemDelegate(delegate)
    delegate.setParent(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setTabKeyNavigation(True)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.setMinimumHeight(110)
    return view


def fill_box(
    box: QGroupBox,
    view: QTableView,
    tips: tuple[str, str, str],
    slots: tuple[Callable[[], None], ...],
    hint: str,
) -> tuple[list[QPushButton], ElidingLabel]:
    """The table, and under it Add, Duplicate and Remove (their tooltips ``tips``) and a
    quiet hint; the buttons' keys are Insert, Ctrl+D and Delete where the table has the
    focus."""
    buttons = QHBoxLayout()
    made = []
    titles = (
        translate("PositionsTable", QT_TRANSLATE_NOOP("PositionsTable", "&Add")),
        translate("PositionsTable", QT_TRANSLATE_NOOP("PositionsTable", "D&uplicate")),
        translate("PositionsTable", QT_TRANSLATE_NOOP("PositionsTable", "&Remove")),
    )
    for title, tip, slot, keys in zip(
        titles, tips, slots, ("Insert", "Ctrl+D", "Delete"), strict=True
    ):
        button = QPushButton(title)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        buttons.addWidget(button)
        made.append(button)
        shortcut = QShortcut(QKeySequence(keys), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)
    label = ElidingLabel(hint)
    make_quiet(label)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    buttons.addWidget(label, 1)
    layout = QVBoxLayout(box)
    layout.addWidget(view)
    layout.addLayout(buttons)
    return made, label


def chosen_rows(view: QTableView) -> list[int]:
    """The selected rows, else the current one."""
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    current = view.currentIndex()
    return rows or ([current.row()] if current.isValid() else [])
