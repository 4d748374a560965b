"""The pending orders table's model: the document's orders plus, from the core, where each
fills as the analysed symbol's price moves and the margin then (docs/rules.md#pending-orders)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from core.analyses.order_fills import OrderFill
from core.formatting import format_money, format_pips, format_price
from core.model.scenario import ORDER_TYPES
from gui.common.number_text import number_text, parse_number
from gui.i18n import QT_TRANSLATE_NOOP, local_numbers, translate
from gui.inputs.book_rows import MARKED_ROLES, SHOWN_ROLES, BookRowsModel, Index
from gui.scenario_controller import ScenarioController


class OrderColumn(IntEnum):
    SYMBOL = 0
    TYPE = 1
    LOTS = 2
    PRICE = 3
    STOP = 4
    FILLS_AT = 5
    MARGIN_AFTER = 6


CONTEXT = "OrdersModel"
INPUT_COLUMNS: dict[OrderColumn, tuple[str, str, str]] = {
    OrderColumn.SYMBOL: (
        "symbol",
        QT_TRANSLATE_NOOP("OrdersModel", "Symbol"),
        QT_TRANSLATE_NOOP("OrdersModel", "Instrument symbol from the catalog"),
    ),
    OrderColumn.TYPE: (
        "type",
        QT_TRANSLATE_NOOP("OrdersModel", "Type"),
        QT_TRANSLATE_NOOP(
            "OrdersModel",
            "buy limit or sell stop: fills on a fall; buy stop or sell limit: fills on a rise. "
            "A buy fills on the ask, a sell on the bid",
        ),
    ),
    OrderColumn.LOTS: (
        "lots",
        QT_TRANSLATE_NOOP("OrdersModel", "Lots"),
        QT_TRANSLATE_NOOP("OrdersModel", "Volume in lots the order opens"),
    ),
    OrderColumn.PRICE: (
        "price",
        QT_TRANSLATE_NOOP("OrdersModel", "Price"),
        QT_TRANSLATE_NOOP(
            "OrdersModel",
            "The order's price: the position opens there (a stop-limit's limit price)",
        ),
    ),
    OrderColumn.STOP: (
        "stop",
        QT_TRANSLATE_NOOP("OrdersModel", "Stop"),
        QT_TRANSLATE_NOOP("OrdersModel", "A stop-limit order's trigger; empty for the other types"),
    ),
}
RESULT_COLUMNS: dict[OrderColumn, tuple[str, str]] = {
    OrderColumn.FILLS_AT: (
        QT_TRANSLATE_NOOP("OrdersModel", "Fills at"),
        QT_TRANSLATE_NOOP(
            "OrdersModel",
            "How far the analysed symbol's mid moves before the order fills, and that mid; "
            "an order on another symbol never fills here (only the analysed price moves)",
        ),
    ),
    OrderColumn.MARGIN_AFTER: (
        QT_TRANSLATE_NOOP("OrdersModel", "Margin after"),
        QT_TRANSLATE_NOOP(
            "OrdersModel",
            "The account's margin once the order has filled (with every order filled on the "
            "way); margin now counts no pending order, as the terminal does",
        ),
    ),
}
TYPES = {
    "buy_limit": QT_TRANSLATE_NOOP("OrdersModel", "buy limit"),
    "sell_limit": QT_TRANSLATE_NOOP("OrdersModel", "sell limit"),
    "buy_stop": QT_TRANSLATE_NOOP("OrdersModel", "buy stop"),
    "sell_stop": QT_TRANSLATE_NOOP("OrdersModel", "sell stop"),
    "buy_stop_limit": QT_TRANSLATE_NOOP("OrdersModel", "buy stop limit"),
    "sell_stop_limit": QT_TRANSLATE_NOOP("OrdersModel", "sell stop limit"),
}
assert tuple(TYPES) == ORDER_TYPES
FILLED = "filled"
"""`OrdersModel.fill` of an order the what-if price has filled."""
NUMERIC = {OrderColumn.LOTS, OrderColumn.PRICE, OrderColumn.STOP, OrderColumn.MARGIN_AFTER}


def type_text(kind: object) -> str:
    """An order's type as the table shows it, in the app's language."""
    if isinstance(kind, str) and kind in TYPES:
        return translate(CONTEXT, TYPES[kind])
    return number_text(kind)


def parse_type(text: str) -> str | None:
    """An order type typed in English (``sell stop``, ``sell_stop``) or the app's language."""
    cleaned = " ".join(text.strip().lower().replace("_", " ").split())
    for kind, source in TYPES.items():
        if cleaned in (kind.replace("_", " "), translate(CONTEXT, source).lower()):
            return kind
    return text.strip() or None


class OrdersModel(BookRowsModel):
    def __init__(self, controller: ScenarioController) -> None:
        super().__init__(controller, "orders", CONTEXT, OrderColumn, INPUT_COLUMNS, RESULT_COLUMNS)
        controller.positions_changed.connect(self._reset)  # a new document
        controller.orders_changed.connect(self._reset)

    def fill(self, row: int) -> OrderFill | str | None:
        """The core's reading of this order, while the figures are of this document:
        ``FILLED`` for an order a what-if price has filled already (the core then counts it
        among the positions), None where no order fills (the Orders fill tick is off)."""
        dashboard, scenario = self.controller.dashboard, self.controller.scenario
        if dashboard is None or scenario is None or not self.controller.is_valid:
            return None
        if not self.controller.request.orders_fill or row >= len(scenario.orders):
            return None
        left = list(dashboard.result.orders)  # in the document's order, less the filled ones
        for index, order in enumerate(scenario.orders):
            found: OrderFill | str = FILLED
            if left and left[0].order == order:
                found = left.pop(0)
            if index == row:
                return found
        return None

    def _result_value(self, row: int, column: OrderColumn) -> str:
        fill = self.fill(row)
        if fill is None:
            return ""
        if isinstance(fill, str):
            if column == OrderColumn.MARGIN_AFTER:
                return ""
            return translate(CONTEXT, QT_TRANSLATE_NOOP("OrdersModel", "filled at this price"))
        if column == OrderColumn.MARGIN_AFTER:
            after = fill.margin_after
            return "" if after is None else local_numbers(format_money(after))
        if fill.pips is None or fill.price is None:
            return translate(CONTEXT, QT_TRANSLATE_NOOP("OrdersModel", "never"))
        words = (
            QT_TRANSLATE_NOOP("OrdersModel", "{pips} pips below ({price})")
            if fill.pips < 0
            else QT_TRANSLATE_NOOP("OrdersModel", "{pips} pips above ({price})")
        )
        return local_numbers(
            translate(CONTEXT, words).format(
                pips=format_pips(abs(fill.pips)),
                price=format_price(fill.price, fill.pip_size).replace(",", ""),
            )
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in SHOWN_ROLES or not index.isValid():
            return None
        row, column = index.row(), OrderColumn(index.column())
        field = INPUT_COLUMNS[column][0] if column in INPUT_COLUMNS else None
        problems = (
            self.controller.problems_at(("orders", row, field))
            if field is not None and role in MARKED_ROLES
            else []
        )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if field is None:
                return self._result_value(row, column)
            value = self.controller.value(("orders", row, field))
            if field == "type":
                return type_text(value)
            if field in ("price", "stop") and role == Qt.ItemDataRole.DisplayRole:
                return self.price_text(row, value)
            return number_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(QColor(208, 49, 45, 70))
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and field is None
            and not self.controller.is_valid
        ):
            return QBrush(
                QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems:
                return "\n".join(problems)
            return translate(
                CONTEXT, INPUT_COLUMNS[column][2] if field else RESULT_COLUMNS[column][1]
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = OrderColumn(index.column())
        if column not in INPUT_COLUMNS:
            return False
        field = INPUT_COLUMNS[column][0]
        text = str(value)
        parsed: Any
        if field == "symbol":
            parsed = text.strip().upper() or None
        elif field == "type":
            parsed = parse_type(text)
        else:
            parsed = parse_number(text)
        self.controller.set_value(("orders", index.row(), field), parsed)
        self.dataChanged.emit(index, index)
        return True
