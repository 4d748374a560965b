"""The positions table: edit in place, add, duplicate and remove rows from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.model.instruments import catalog
from gui.inputs.positions_model import PositionColumn, PositionsModel
from gui.scenario_controller import ScenarioController


class PositionDelegate(QStyledItemDelegate):
    """Symbol with completion from the catalog; side as a buy/sell list."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        column = PositionColumn(index.column())
        if column == PositionColumn.SIDE:
            combo = QComboBox(parent)
            combo.addItems(["buy", "sell"])
            return combo
        editor = super().createEditor(parent, option, index)
        if column == PositionColumn.SYMBOL and isinstance(editor, QLineEdit):
            completer = QCompleter(sorted(catalog()), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or "buy"))
            return
        super().setEditorData(editor, index)


class PositionsTable(QGroupBox):
    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__("Positions", parent)
        self.controller = controller
        self.model = PositionsModel(controller)
        self.view = QTableView()
        self.view.setObjectName("positions")
        self.view.setModel(self.model)
        self.view.setItemDelegate(PositionDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setTabKeyNavigation(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {
            PositionColumn.SYMBOL: 70,
            PositionColumn.SIDE: 42,
            PositionColumn.LOTS: 46,
            PositionColumn.OPEN_PRICE: 64,
            PositionColumn.SWAP: 54,
            PositionColumn.COMMISSION: 54,
            PositionColumn.OPENED_LEVERAGE: 68,
            PositionColumn.RESTRICTED: 46,
            PositionColumn.NOTIONAL: 100,
            PositionColumn.PNL: 84,
            PositionColumn.MARGIN: 80,
        }
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)

        self.add_button = QPushButton("&Add")
        self.add_button.setToolTip("Add a position (Insert)")
        self.duplicate_button = QPushButton("D&uplicate")
        self.duplicate_button.setToolTip("Duplicate the selected position (Ctrl+D)")
        self.remove_button = QPushButton("&Remove")
        self.remove_button.setToolTip("Remove the selected positions (Delete)")
        self.add_button.clicked.connect(self.add)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.remove_button.clicked.connect(self.remove)
        for keys, slot in (
            ("Insert", self.add),
            ("Ctrl+D", self.duplicate),
            ("Delete", self.remove),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.view.setMinimumHeight(110)
        controller.evaluated.connect(self._show_currency)

    def _show_currency(self, dashboard: object) -> None:
        currency = getattr(getattr(dashboard, "result", None), "currency", "")
        self.setTitle(f"Positions (amounts in {currency})" if currency else "Positions")
        self._show_opened_leverage()

    def _show_opened_leverage(self) -> None:
        """The opened-leverage column matters only where tier changes spare open positions."""
        from core.files.scheme_file import presets

        scheme = self.controller.value(("scheme",))
        apply_to = scheme.get("apply_to") if isinstance(scheme, dict) else None
        if isinstance(scheme, str):
            apply_to = presets()[scheme].apply_to if scheme in presets() else None
        positions = self.controller.value(("positions",), []) or []
        used = any(isinstance(p, dict) and "opened_leverage" in p for p in positions)
        self.view.setColumnHidden(PositionColumn.OPENED_LEVERAGE, not (used or apply_to == "new"))
        # Likewise the restricted mark: where the scheme has a restricted cap, or a position is.
        has_cap = (
            scheme.get("restricted_cap") is not None
            if isinstance(scheme, dict)
            else isinstance(scheme, str)
            and scheme in presets()
            and presets()[scheme].restricted_cap is not None
        )
        marked = any(isinstance(p, dict) and p.get("restricted") for p in positions)
        self.view.setColumnHidden(PositionColumn.RESTRICTED, not (has_cap or marked))

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.view.selectionModel().selectedRows()})

    def add(self) -> None:
        row = self.controller.add_position()
        self.view.setCurrentIndex(self.model.index(row, PositionColumn.SYMBOL))
        self.view.setFocus()

    def duplicate(self) -> None:
        rows = self.selected_rows() or (
            [self.view.currentIndex().row()] if self.view.currentIndex().isValid() else []
        )
        if rows:
            row = self.controller.duplicate_position(rows[-1])
            self.view.selectRow(row)

    def remove(self) -> None:
        rows = self.selected_rows() or (
            [self.view.currentIndex().row()] if self.view.currentIndex().isValid() else []
        )
        if rows:
            self.controller.remove_positions(rows)
            # Keep a neighbour selected so that Delete can be pressed again.
            remaining = self.model.rowCount()
            if remaining:
                self.view.selectRow(min(rows[0], remaining - 1))
