"""Market prices: every price the scenario needs, each with why it is needed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QGroupBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from gui.number_text import number_text, parse_number
from gui.scenario_controller import ScenarioController

Index = QModelIndex | QPersistentModelIndex
SYMBOL, PRICE, WHY = range(3)
HEADERS = ("Symbol", "Price", "Why it is needed")


class PricesModel(QAbstractTableModel):
    """Rows: the needed prices in the core's order, then any other priced symbols."""

    def __init__(self, controller: ScenarioController) -> None:
        super().__init__()
        self.controller = controller
        self._rows: list[tuple[str, str]] = []
        controller.problems_changed.connect(self._update)
        controller.document_replaced.connect(self._update)
        self._update()

    def _update(self, _: object = None) -> None:
        needs = [(n.symbol, n.reason) for n in self.controller.price_needs]
        needed = {symbol for symbol, _ in needs}
        priced = self.controller.value(("prices",), {}) or {}
        extra = [(symbol, "not used by this scenario") for symbol in priced if symbol not in needed]
        rows = needs + extra
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 2))

    def symbols(self) -> list[str]:
        return [symbol for symbol, _ in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == PRICE else flags

    def _problems(self, symbol: str) -> list[str]:
        problems = self.controller.problems_at(("prices", symbol))
        if self.controller.value(("prices", symbol)) is None and any(
            symbol == s for s, reason in self._rows if reason != "not used by this scenario"
        ):
            problems = [f"enter the current price of {symbol}", *problems]
        return problems

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        symbol, reason = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == SYMBOL:
                return symbol
            if column == PRICE:
                return number_text(self.controller.value(("prices", symbol)))
            return reason
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == PRICE and self._problems(symbol):
            return QBrush(QColor(208, 49, 45, 70))
        if role == Qt.ItemDataRole.ForegroundRole and column == WHY:
            return QBrush(
                QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self._problems(symbol)
            return "\n".join(problems) if problems and column == PRICE else f"{symbol}: {reason}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != PRICE:
            return False
        symbol = self._rows[index.row()][0]
        self.controller.set_price(symbol, parse_number(str(value)))
        self.dataChanged.emit(index, index)
        return True


class PricesTable(QGroupBox):
    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__("Market prices", parent)
        self.model = PricesModel(controller)
        self.view = QTableView()
        self.view.setObjectName("prices")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SYMBOL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PRICE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setColumnWidth(PRICE, 90)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
