"""The positions table's model: the document's positions plus their results from the core."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from core.formatting import format_leverage, format_money
from gui.common.number_text import leverage_text, number_text, parse_leverage, parse_number
from gui.i18n import QT_TRANSLATE_NOOP, local_numbers, say, translate
from gui.inputs.book_rows import MARKED_ROLES, SHOWN_ROLES, BookRowsModel, Index
from gui.scenario_controller import ScenarioController


class PositionColumn(IntEnum):
    SYMBOL = 0
    SIDE = 1
    LOTS = 2
    OPEN_PRICE = 3
    SWAP = 4
    COMMISSION = 5
    OPENED_LEVERAGE = 6
    RESTRICTED = 7
    NOTIONAL = 8
    PNL = 9
    MARGIN = 10
    LEVERAGE = 11


CONTEXT = "PositionsModel"
# Editable columns: (document field, header, help); headers and help in the app's language
# when shown (QT_TRANSLATE_NOOP marks them for translation).
INPUT_COLUMNS: dict[PositionColumn, tuple[str, str, str]] = {
    PositionColumn.SYMBOL: (
        "symbol",
        QT_TRANSLATE_NOOP("PositionsModel", "Symbol"),
        QT_TRANSLATE_NOOP(
            "PositionsModel", "Instrument symbol from the catalog (EURUSD, XAUUSD, US500 ...)"
        ),
    ),
    PositionColumn.SIDE: (
        "side",
        QT_TRANSLATE_NOOP("PositionsModel", "Side"),
        QT_TRANSLATE_NOOP("PositionsModel", "buy or sell"),
    ),
    PositionColumn.LOTS: (
        "lots",
        QT_TRANSLATE_NOOP("PositionsModel", "Lots"),
        QT_TRANSLATE_NOOP("PositionsModel", "Volume in lots; 1 lot = the contract size"),
    ),
    PositionColumn.OPEN_PRICE: (
        "open_price",
        QT_TRANSLATE_NOOP("PositionsModel", "Open"),
        QT_TRANSLATE_NOOP("PositionsModel", "Price the position was opened at"),
    ),
    PositionColumn.SWAP: (
        "swap",
        QT_TRANSLATE_NOOP("PositionsModel", "Swap"),
        QT_TRANSLATE_NOOP("PositionsModel", "Swap so far, in account currency (negative = paid)"),
    ),
    PositionColumn.COMMISSION: (
        "commission",
        QT_TRANSLATE_NOOP("PositionsModel", "Comm."),
        QT_TRANSLATE_NOOP(
            "PositionsModel", "Commission paid, in account currency (negative = paid)"
        ),
    ),
    PositionColumn.OPENED_LEVERAGE: (
        "opened_leverage",
        QT_TRANSLATE_NOOP("PositionsModel", "Open lev."),
        QT_TRANSLATE_NOOP(
            "PositionsModel",
            "Leverage the position was opened with; kept under schemes that apply tier "
            "changes to new positions only",
        ),
    ),
    PositionColumn.RESTRICTED: (
        "restricted",
        QT_TRANSLATE_NOOP("PositionsModel", "Restr."),
        QT_TRANSLATE_NOOP(
            "PositionsModel",
            "Opened in a high-margin period (news, around the weekend): the broker keeps it "
            "on the scheme's restricted leverage cap",
        ),
    ),
}
RESULT_COLUMNS: dict[PositionColumn, tuple[str, str]] = {
    PositionColumn.NOTIONAL: (
        QT_TRANSLATE_NOOP("PositionsModel", "Notional"),
        QT_TRANSLATE_NOOP(
            "PositionsModel",
            "lots x contract size x price (ask for a buy, bid for a sell), in account currency",
        ),
    ),
    PositionColumn.PNL: (
        QT_TRANSLATE_NOOP("PositionsModel", "P/L"),
        QT_TRANSLATE_NOOP(
            "PositionsModel",
            "side x (close - open) x lots x contract size, converted, + swap + commission; "
            "a buy closes at the bid, a sell at the ask",
        ),
    ),
    PositionColumn.MARGIN: (
        QT_TRANSLATE_NOOP("PositionsModel", "Margin"),
        QT_TRANSLATE_NOOP(
            "PositionsModel",
            "margined notional (at the current or the open price, as the scheme says) / "
            "leverage, volume tiers blended in, times the instrument's margin multiplier",
        ),
    ),
    PositionColumn.LEVERAGE: (
        QT_TRANSLATE_NOOP("PositionsModel", "Leverage"),
        QT_TRANSLATE_NOOP(
            "PositionsModel",
            "the leverage the position's margin is charged at: the account's, capped by class, "
            "instrument and market caps, volume tiers blended in",
        ),
    ),
}
SIDES = {
    "buy": QT_TRANSLATE_NOOP("PositionsModel", "buy"),
    "sell": QT_TRANSLATE_NOOP("PositionsModel", "sell"),
}


def side_text(side: object) -> str:
    """A position's side as the table shows it: buy or sell in the app's language."""
    return (
        translate(CONTEXT, SIDES[side])
        if isinstance(side, str) and side in SIDES
        else number_text(side)
    )


def parse_side(text: str) -> str | None:
    """``buy``/``sell``, typed in English or in the app's language."""
    cleaned = text.strip().lower()
    for side, source in SIDES.items():
        if cleaned in (side, translate(CONTEXT, source).lower()):
            return side
    return cleaned or None


NUMERIC = {
    PositionColumn.LOTS,
    PositionColumn.OPEN_PRICE,
    PositionColumn.SWAP,
    PositionColumn.COMMISSION,
    PositionColumn.OPENED_LEVERAGE,
    *RESULT_COLUMNS,
}


class PositionsModel(BookRowsModel):
    def __init__(self, controller: ScenarioController) -> None:
        super().__init__(
            controller, "positions", CONTEXT, PositionColumn, INPUT_COLUMNS, RESULT_COLUMNS
        )
        controller.positions_changed.connect(self._reset)

    def column_flags(self, column: Any) -> Qt.ItemFlag:
        if column == PositionColumn.RESTRICTED:
            return (
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
        return super().column_flags(column)

    def _result_value(self, row: int, column: PositionColumn) -> str:
        dashboard = self.controller.dashboard
        if dashboard is None or row >= len(dashboard.result.positions):
            return ""
        position = dashboard.result.positions[row]
        if column == PositionColumn.NOTIONAL:
            return local_numbers(format_money(position.notional))
        if column == PositionColumn.PNL:
            return local_numbers(format_money(position.pnl))
        if column == PositionColumn.MARGIN:
            return local_numbers(format_money(position.margin))
        return say(format_leverage(position.charged_leverage))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in SHOWN_ROLES or not index.isValid():
            return None
        row, column = index.row(), PositionColumn(index.column())
        field = INPUT_COLUMNS[column][0] if column in INPUT_COLUMNS else None
        problems = (
            self.controller.problems_at(("positions", row, field))
            if field is not None and role in MARKED_ROLES
            else []
        )
        if column == PositionColumn.RESTRICTED and role == Qt.ItemDataRole.CheckStateRole:
            restricted = self.controller.value(("positions", row, "restricted")) is True
            return Qt.CheckState.Checked if restricted else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == PositionColumn.RESTRICTED:
                return None
            if field is None:
                return self._result_value(row, column)
            value = self.controller.value(("positions", row, field))
            if field == "side":
                return side_text(value)
            if field == "open_price" and role == Qt.ItemDataRole.DisplayRole:
                return self.price_text(row, value)
            return leverage_text(value) if field == "opened_leverage" else number_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(QColor(208, 49, 45, 70))
        if role == Qt.ItemDataRole.ForegroundRole and field is None:
            if not self.controller.is_valid:
                return QBrush(
                    QApplication.palette().color(
                        QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                    )
                )
            if column == PositionColumn.PNL and round(self._pnl(row), 2) < 0:
                return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems:
                return "\n".join(problems)
            return translate(
                CONTEXT, INPUT_COLUMNS[column][2] if field else RESULT_COLUMNS[column][1]
            )
        return None

    def _pnl(self, row: int) -> float:
        dashboard = self.controller.dashboard
        if dashboard is None or row >= len(dashboard.result.positions):
            return 0.0
        return dashboard.result.positions[row].pnl

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = PositionColumn(index.column())
        if column == PositionColumn.RESTRICTED and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.controller.set_value(("positions", index.row(), "restricted"), checked or None)
            self.dataChanged.emit(index, index)
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column not in INPUT_COLUMNS:
            return False
        field = INPUT_COLUMNS[column][0]
        text = str(value)
        if field == "symbol":
            parsed: Any = text.strip().upper() or None
        elif field == "side":
            parsed = parse_side(text)
        elif field == "opened_leverage":
            parsed = parse_leverage(text)
        else:
            parsed = parse_number(text)
        self.controller.set_value(("positions", index.row(), field), parsed)
        self.dataChanged.emit(index, index)
        return True
