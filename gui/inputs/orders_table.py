"""The pending orders table: edit in place, add, duplicate and remove rows from the keyboard,
with where each order fills (docs/desktop-app.md, "Pending orders")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QWidget,
)

from gui.inputs.book_rows import BookDelegate, book_view, chosen_rows, fill_box
from gui.inputs.orders_model import OrderColumn, OrdersModel, type_text
from gui.scenario_controller import ScenarioController

ORDER_LIST = (
    "sell_stop",
    "buy_stop",
    "sell_limit",
    "buy_limit",
    "sell_stop_limit",
    "buy_stop_limit",
)
"""The types in the editor's list, the most common first."""


class OrdersTable(QGroupBox):
    """The scenario's pending orders. Margin now counts none of them, as the terminal does;
    the analysed symbol's fill where its price reaches them."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pending orders"), parent)
        self.controller = controller
        self.model = OrdersModel(controller)
        self.view = book_view(
            "orders",
            self.model,
            BookDelegate(OrderColumn.SYMBOL, OrderColumn.TYPE, ORDER_LIST, type_text),
        )
        header = self.view.horizontalHeader()
        price = self.view.fontMetrics().horizontalAdvance("99999.999") + 16
        fills = self.view.fontMetrics().horizontalAdvance("9999.9 pips below (99999.999)") + 16
        widths = {
            OrderColumn.SYMBOL: 66,
            OrderColumn.TYPE: 96,
            OrderColumn.LOTS: 44,
            OrderColumn.PRICE: max(62, price),
            OrderColumn.STOP: max(62, price),
            OrderColumn.MARGIN_AFTER: 90,
            OrderColumn.FILLS_AT: fills,
        }
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)
        # The result a trader reads first, right after the order itself.
        order = (
            OrderColumn.SYMBOL,
            OrderColumn.TYPE,
            OrderColumn.LOTS,
            OrderColumn.PRICE,
            OrderColumn.STOP,
            OrderColumn.MARGIN_AFTER,
            OrderColumn.FILLS_AT,
        )
        for visual, column in enumerate(order):
            header.moveSection(header.visualIndex(column), visual)

        made, self.hint = fill_box(
            self,
            self.view,
            (
                self.tr("Add a pending order (Insert)"),
                self.tr("Duplicate the selected order (Ctrl+D)"),
                self.tr("Remove the selected orders (Delete)"),
            ),
            (self.add, self.duplicate, self.remove),
            self.tr("Margin now counts none; each fills as the price moves"),
        )
        self.add_button, _, self.remove_button = made
        controller.evaluated.connect(self._show_currency)
        controller.orders_changed.connect(self._show_columns)
        controller.positions_changed.connect(self._show_columns)
        self._show_columns()

    def _show_currency(self, dashboard: object) -> None:
        currency = getattr(getattr(dashboard, "result", None), "currency", "")
        self.setTitle(
            self.tr("Pending orders (amounts in {currency})").format(currency=currency)
            if currency
            else self.tr("Pending orders")
        )

    def _show_columns(self) -> None:
        """The stop column only where a stop-limit order is."""
        orders = self.controller.value(("orders",), []) or []
        stop_limits = any(
            isinstance(o, dict) and ("stop" in o or str(o.get("type", "")).endswith("stop_limit"))
            for o in orders
        )
        self.view.setColumnHidden(OrderColumn.STOP, not stop_limits)

    def add(self) -> None:
        row = self.controller.add_order()
        self.view.setCurrentIndex(self.model.index(row, OrderColumn.SYMBOL))
        self.view.setFocus()

    def duplicate(self) -> None:
        rows = chosen_rows(self.view)
        if rows:
            self.view.selectRow(self.controller.duplicate_order(rows[-1]))

    def remove(self) -> None:
        rows = chosen_rows(self.view)
        if rows:
            self.controller.remove_orders(rows)
            remaining = self.model.rowCount()
            if remaining:
                self.view.selectRow(min(rows[0], remaining - 1))
