"""The positions table: edit in place, add, duplicate and remove rows from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QMenu,
    QWidget,
)

from gui.inputs.book_rows import BookDelegate, book_view, chosen_rows, fill_box
from gui.inputs.positions_model import PositionColumn, PositionsModel, side_text
from gui.scenario_controller import ScenarioController

VISUAL_ORDER = (
    PositionColumn.SYMBOL,
    PositionColumn.SIDE,
    PositionColumn.LOTS,
    PositionColumn.OPEN_PRICE,
    PositionColumn.PNL,
    PositionColumn.MARGIN,
    PositionColumn.LEVERAGE,
    PositionColumn.NOTIONAL,
    PositionColumn.SWAP,
    PositionColumn.COMMISSION,
    PositionColumn.OPENED_LEVERAGE,
    PositionColumn.RESTRICTED,
)
OPTIONAL = (PositionColumn.NOTIONAL, PositionColumn.SWAP, PositionColumn.COMMISSION)
"""Hidden until the trader asks (the header's menu): P/L already includes swap and commission,
and without them the table fits the window at 1440 px without scrolling sideways."""


class PositionsTable(QGroupBox):
    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Positions"), parent)
        self.controller = controller
        self.model = PositionsModel(controller)
        self.view = book_view(
            "positions",
            self.model,
            BookDelegate(PositionColumn.SYMBOL, PositionColumn.SIDE, ("buy", "sell"), side_text),
        )
        header = self.view.horizontalHeader()
        widths = {
            PositionColumn.SYMBOL: 66,
            PositionColumn.SIDE: 40,
            PositionColumn.LOTS: 44,
            PositionColumn.OPEN_PRICE: 62,
            PositionColumn.SWAP: 54,
            PositionColumn.COMMISSION: 54,
            PositionColumn.OPENED_LEVERAGE: 66,
            PositionColumn.RESTRICTED: 44,
            PositionColumn.NOTIONAL: 100,
            PositionColumn.PNL: 80,
            PositionColumn.MARGIN: 78,
            PositionColumn.LEVERAGE: 68,
        }
        # An open price shows its symbol's digits: room for the longest a book holds (a coin's
        # 64410.00, gold's 2651.000), never an elided "2651.0…".
        price_width = self.view.fontMetrics().horizontalAdvance("99999.999") + 16
        widths[PositionColumn.OPEN_PRICE] = max(widths[PositionColumn.OPEN_PRICE], price_width)
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)
        # What a trader reads first, first: the results right after the position itself; the
        # rest after them, and optional (the header's menu shows or hides them).
        for visual, column in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(column), visual)
        self.shown_optional: dict[PositionColumn, bool] = dict.fromkeys(OPTIONAL, False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)

        made, self.hint = fill_box(
            self,
            self.view,
            (
                self.tr("Add a position (Insert)"),
                self.tr("Duplicate the selected position (Ctrl+D)"),
                self.tr("Remove the selected positions (Delete)"),
            ),
            (self.add, self.duplicate, self.remove),
            self.tr("Notional, swap, comm.: right-click the header"),
        )
        self.add_button, _, self.remove_button = made
        controller.evaluated.connect(self._show_currency)

    def _show_currency(self, dashboard: object) -> None:
        currency = getattr(getattr(dashboard, "result", None), "currency", "")
        self.setTitle(
            self.tr("Positions (amounts in {currency})").format(currency=currency)
            if currency
            else self.tr("Positions")
        )
        self._show_columns()

    def _column_menu(self, at: QPoint) -> None:
        menu = QMenu(self)
        for column in OPTIONAL:
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.show_optional(c, on))
        menu.popup(self.view.horizontalHeader().mapToGlobal(at))

    def show_optional(self, column: PositionColumn, shown: bool) -> None:
        """Show or hide an optional column (the trader's choice wins over "when used")."""
        self.shown_optional[column] = shown
        self._show_columns()

    def _show_columns(self) -> None:
        """Optional columns show when the trader asks; the opened-leverage column matters only
        where tier changes spare open positions."""
        positions = self.controller.value(("positions",), []) or []
        for column in OPTIONAL:
            self.view.setColumnHidden(column, not self.shown_optional[column])
        from core.files.scheme_file import presets

        scheme = self.controller.value(("scheme",))
        apply_to = scheme.get("apply_to") if isinstance(scheme, dict) else None
        if isinstance(scheme, str):
            apply_to = presets()[scheme].apply_to if scheme in presets() else None
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

    def add(self) -> None:
        row = self.controller.add_position()
        self.view.setCurrentIndex(self.model.index(row, PositionColumn.SYMBOL))
        self.view.setFocus()

    def duplicate(self) -> None:
        rows = chosen_rows(self.view)
        if rows:
            row = self.controller.duplicate_position(rows[-1])
            self.view.selectRow(row)

    def remove(self) -> None:
        rows = chosen_rows(self.view)
        if rows:
            self.controller.remove_positions(rows)
            # Keep a neighbour selected so that Delete can be pressed again.
            remaining = self.model.rowCount()
            if remaining:
                self.view.selectRow(min(rows[0], remaining - 1))
