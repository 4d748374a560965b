"""Market prices: every price the scenario needs, with its bid, ask and spread, and why it is
needed. A price typed once is bid = ask; typing an ask gives it a spread (as MetaTrader's Market
Watch shows bid and ask)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.files.price_lines import read_price_lines
from core.formatting import format_price
from core.messages import Message
from core.model.instruments import catalog
from core.model.quote import Quote
from gui.common.cell_editing import ReplacingDelegate
from gui.common.number_text import number_text, parse_number
from gui.i18n import QT_TRANSLATE_NOOP, local_numbers, problem_text, say, translate
from gui.scenario_controller import ScenarioController

Index = QModelIndex | QPersistentModelIndex
SYMBOL, BID, ASK, SPREAD, WHY = range(5)
CONTEXT = "PricesModel"
HEADERS = (
    QT_TRANSLATE_NOOP("PricesModel", "Symbol"),
    QT_TRANSLATE_NOOP("PricesModel", "Bid"),
    QT_TRANSLATE_NOOP("PricesModel", "Ask"),
    QT_TRANSLATE_NOOP("PricesModel", "Spread"),
    QT_TRANSLATE_NOOP("PricesModel", "Why it is needed"),
)
SIDES = {BID: "bid", ASK: "ask"}
HELP = {
    BID: QT_TRANSLATE_NOOP(
        "PricesModel",
        "The bid: sells open and buys close here. Typed alone, it is the whole price (no spread).",
    ),
    ASK: QT_TRANSLATE_NOOP(
        "PricesModel", "The ask: buys open and sells close here. Leave it as the bid for no spread."
    ),
    SPREAD: QT_TRANSLATE_NOOP("PricesModel", "Ask - bid, in pips of the symbol"),
}
UNUSED = QT_TRANSLATE_NOOP("PricesModel", "not used by this scenario")


class PricesModel(QAbstractTableModel):
    """Rows: the needed prices in the core's order, then any other priced symbols."""

    def __init__(self, controller: ScenarioController) -> None:
        super().__init__()
        self.controller = controller
        self._rows: list[tuple[str, Message | str]] = []
        self._shown = ""
        controller.problems_changed.connect(self._update)
        controller.document_replaced.connect(self._update)
        self._update()

    def _update(self, _: object = None) -> None:
        needs = [(n.symbol, n.reason) for n in self.controller.price_needs]
        needed = {symbol for symbol, _ in needs}
        priced = self.controller.value(("prices",), {}) or {}
        extra: list[tuple[str, Message | str]] = [
            (symbol, UNUSED) for symbol in priced if symbol not in needed
        ]
        rows = needs + extra
        # What the cells show: repainted only when it changed, not after every edit elsewhere.
        shown = repr(
            (
                [
                    (p.path, p.message)
                    for p in self.controller.problems
                    if p.path[:1] == ("prices",)
                ],
                priced,
                self.controller.value(("instruments",)),
            )
        )
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows and shown != self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, WHY))
        self._shown = shown

    def symbols(self) -> list[str]:
        return [symbol for symbol, _ in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(CONTEXT, HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(CONTEXT, HELP[section]) if section in HELP else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in SIDES else flags

    def _problems(self, symbol: str, column: int = BID) -> list[str]:
        on_ask = self.controller.problems_at(("prices", symbol, "ask"))
        if column == ASK:
            return on_ask
        problems = [p for p in self.controller.problems_at(("prices", symbol)) if p not in on_ask]
        if self.controller.value(("prices", symbol)) is None and any(
            symbol == s for s, reason in self._rows if reason != UNUSED
        ):
            enter = QCoreApplication.translate("PricesModel", "enter the current price of {symbol}")
            problems = [enter.format(symbol=symbol), *problems]
        return problems

    @staticmethod
    def _reason_text(reason: Message | str) -> str:
        return say(reason) if isinstance(reason, Message) else translate(CONTEXT, reason)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        symbol, reason = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == SYMBOL:
                return symbol
            if column in SIDES:
                value = self.controller.price_side(symbol, SIDES[column])[0]
                pip = self._pip_size(symbol)
                number = isinstance(value, int | float) and not isinstance(value, bool)
                if role == Qt.ItemDataRole.DisplayRole and pip is not None and number:
                    # to a tenth of a pip, as terminals show it
                    return local_numbers(format_price(float(value), pip))
                if (
                    role == Qt.ItemDataRole.EditRole
                    and self.controller.price_side(symbol, SIDES[column])[1]
                ):
                    return ""  # the greyed ask of a one-number price is not there to edit
                return number_text(value)
            if column == SPREAD:
                return self._spread_text(symbol)
            return self._reason_text(reason)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (BID, ASK, SPREAD):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column in SIDES:
            return QBrush(QColor(208, 49, 45, 70)) if self._problems(symbol, column) else None
        quiet = column in (WHY, SPREAD) or (
            column == ASK and self.controller.price_side(symbol, "ask")[1]
        )
        if role == Qt.ItemDataRole.ForegroundRole and quiet:
            return QBrush(
                QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self._problems(symbol, column) if column in SIDES else []
            if problems:
                return "\n".join(problems)
            if column in HELP:
                return translate(CONTEXT, HELP[column])
            return f"{symbol}: {self._reason_text(reason)}"
        return None

    def _pip_size(self, symbol: str) -> float | None:
        """The file's pip size for the symbol, else the catalog's; None when neither is usable."""
        pip = self.controller.value(("instruments", symbol, "pip_size"))
        if not isinstance(pip, int | float) or isinstance(pip, bool):
            instrument = catalog().get(symbol)
            pip = instrument.pip_size if instrument else None
        return float(pip) if pip is not None and pip > 0 else None

    def _spread_text(self, symbol: str) -> str:
        """The spread in pips, from the core's Quote, when both sides are valid numbers."""
        bid, ask = (self.controller.price_side(symbol, side)[0] for side in ("bid", "ask"))
        pip = self._pip_size(symbol)
        numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (bid, ask))
        if not numbers or pip is None or ask < bid:
            return ""
        return local_numbers(f"{Quote(float(bid), float(ask)).spread_pips(pip):,.1f}")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in SIDES:
            return False
        symbol = self._rows[index.row()][0]
        self.controller.set_price_side(symbol, SIDES[index.column()], parse_number(str(value)))
        self.dataChanged.emit(self.index(index.row(), BID), self.index(index.row(), SPREAD))
        return True


class PricesTable(QGroupBox):
    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Market prices"), parent)
        self.model = PricesModel(controller)
        self.view = QTableView()
        self.view.setObjectName("prices")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SYMBOL, QHeaderView.ResizeMode.ResizeToContents)
        for column in (BID, ASK, SPREAD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setItemDelegate(ReplacingDelegate(self.view))
        self.view.setColumnWidth(BID, 70)
        self.view.setColumnWidth(ASK, 70)
        self.view.setColumnWidth(SPREAD, 46)
        # The reason may be cut short (its tooltip has it whole) rather than scroll sideways.
        header.setMinimumSectionSize(24)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controller = controller
        self.paste_button = QPushButton(self.tr("Paste prices"))
        self.paste_button.setObjectName("paste_prices")
        self.paste_button.setToolTip(
            self.tr(
                "Paste lines of SYMBOL BID ASK or SYMBOL PRICE (Ctrl+V in the table), "
                "separated by tabs, semicolons, commas or spaces, as a spreadsheet or the "
                "terminal's Market Watch copies them"
            )
        )
        self.paste_button.clicked.connect(self.paste)
        paste_keys = QShortcut(QKeySequence.StandardKey.Paste, self.view)
        paste_keys.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste_keys.activated.connect(self.paste)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.paste_button, 0, Qt.AlignmentFlag.AlignRight)

    def paste(self, text: str | None = None) -> list[str]:
        """Prices from lines of text (the clipboard's by default), as one edit that one undo
        takes back; the lines that are not prices are listed, the others are kept. Returns
        those problems as the message box says them."""
        if text is None:
            text = QApplication.clipboard().text()
        instruments = self.controller.value(("instruments",), {})
        known = set(catalog()) | (set(instruments) if isinstance(instruments, dict) else set())
        prices, problems = read_price_lines(text, known)
        stack = self.controller.undo_stack
        if prices:
            stack.beginMacro(self.tr("paste of {count} prices").format(count=len(prices)))
            for price in prices:
                value: Any = (
                    price.bid if price.ask is None else {"bid": price.bid, "ask": price.ask}
                )
                self.controller.set_price(price.symbol, value)
            stack.endMacro()
        said = [problem_text(p) for p in problems]
        if said or not prices:
            QMessageBox.warning(
                self,
                self.tr("Paste prices"),
                self.tr("{count} prices pasted.").format(count=len(prices))
                + ("\n\n" + "\n".join(said) if said else "")
                + (
                    ""
                    if prices or said
                    else "\n" + self.tr("The clipboard holds no lines of SYMBOL BID ASK.")
                ),
            )
        return said
