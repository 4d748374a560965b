"""New order: what opening a trade now would do, before and after side by side (what-if)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.analyses.sizing import max_volume, position_size
from core.formatting import format_lots, format_money
from core.model.scenario import OrderType, Scenario, Side
from core.overview.dashboard import Dashboard
from core.overview.what_if import MarketOrder
from core.report import FIGURE_NAMES, order_comparison, pending_fill_text
from gui.common.field_marks import make_bold, make_quiet, mark, set_role, set_text
from gui.common.number_text import parse_number
from gui.common.problem_words import problem_words
from gui.common.steady_label import hold
from gui.common.two_row_bar import TwoRowBar
from gui.common.wheel_guard import guarded
from gui.i18n import say
from gui.panels.tools_panel import side_combo, symbol_combo
from gui.scenario_controller import ScenarioController


class OrderPanel(QGroupBox):
    """Symbol, side and lots of an order not yet placed; the account now and after it."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New order (what if)"), parent)
        self.controller = controller
        self._dashboard: Dashboard | None = None
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.symbol = symbol_combo()
        self.symbol.setObjectName("order_symbol")
        self.side = side_combo()
        self.side.setObjectName("order_side")
        self.lots = QLineEdit()
        self.lots.setObjectName("order_lots")
        self.lots.setPlaceholderText(self.tr("lots"))
        self.lots.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.lots.setMaximumWidth(70)
        row.addWidget(self.symbol, 1)
        row.addWidget(self.side)
        row.addWidget(self.lots)
        layout.addLayout(row)
        # At market, or a pending order: a limit or a stop at a price (docs/desktop-app.md).
        pending = QHBoxLayout()
        self.kind = guarded(QComboBox())
        self.kind.setObjectName("order_kind")
        self.kind.addItem(self.tr("at market"), "market")
        self.kind.addItem(self.tr("limit order at"), "limit")
        self.kind.addItem(self.tr("stop order at"), "stop")
        self.kind.setToolTip(
            self.tr(
                "A pending order opens when the price reaches it (a buy on the ask, a sell on "
                "the bid): a buy limit or sell stop below the market, a buy stop or sell limit "
                "above. Nothing is charged until it fills."
            )
        )
        self.price = QLineEdit()
        self.price.setObjectName("order_price")
        self.price.setPlaceholderText(self.tr("price"))
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight)
        pending.addWidget(self.kind, 1)
        pending.addWidget(self.price, 1)
        layout.addLayout(pending)

        self.from_size = QPushButton(self.tr("Lots from size by risk"))
        self.from_size.setToolTip(
            self.tr(
                "The lots of this order's symbol and side that risk what Tools' position size "
                "by risk asks (its stop, risk and commission)"
            )
        )
        self.from_most = QPushButton(self.tr("Most lots"))
        self.from_most.setToolTip(
            self.tr("The most lots of this order's symbol and side that free margin allows")
        )
        self.from_size.clicked.connect(self._take_size)
        self.from_most.clicked.connect(self._take_most)
        # On two rows where the column is narrow (their words are longer in some languages).
        layout.addWidget(TwoRowBar([self.from_size], [self.from_most]))
        # Above what the order does: the sentences below grow and shrink as the lots are
        # typed, and a button under them moved away from the trader's pointer.
        self.add_button = QPushButton(self.tr("Add to positions"))
        self.add_button.setObjectName("order_add")
        self.add_button.setToolTip(
            self.tr("Open this order in the scenario, at the ask (buy) or bid (sell)")
        )
        self.add_button.clicked.connect(self.add_to_positions)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)

        self.table = QWidget()
        grid = QGridLayout(self.table)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, title in enumerate(("", self.tr("Now"), self.tr("After")), start=0):
            header = QLabel(title)
            make_bold(header)
            grid.addWidget(header, 0, column)
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}
        for r, (figure, name) in enumerate(FIGURE_NAMES.items(), start=1):
            grid.addWidget(QLabel(say(name)), r, 0, Qt.AlignmentFlag.AlignTop)
            now, after = QLabel("-"), QLabel("-")
            for column, cell in ((1, now), (2, after)):
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                cell.setWordWrap(True)  # "(347.0 pips below)" never widens the column
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(hold(cell), r, column)
            self.cells[figure] = (now, after)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addWidget(self.table)

        self.state_after = QLabel()
        self.state_after.setObjectName("order_state_after")
        self.state_after.setWordWrap(True)
        layout.addWidget(hold(self.state_after))
        self.changes = QLabel()
        self.changes.setObjectName("order_changes")
        self.changes.setWordWrap(True)
        layout.addWidget(hold(self.changes))
        self.problems = QLabel()
        set_role(self.problems, "problems")
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)

        self.hint = QLabel(self.tr("Type a symbol and lots to see what the order would do."))
        make_quiet(self.hint)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.symbol.currentTextChanged.connect(self._changed)
        self.side.currentTextChanged.connect(self._changed)
        self.lots.textEdited.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self.price.textEdited.connect(self._changed)
        controller.evaluated.connect(self.show_dashboard)
        controller.emptied.connect(self.clear)
        self.price.setEnabled(False)
        self._show(None)

    # -- the order -----------------------------------------------------------------------

    def order(self) -> MarketOrder | None:
        """The order typed, or None while it is incomplete (the lots or price field is
        marked)."""
        text = self.lots.text().strip()
        lots = parse_number(text)
        symbol = self.symbol.currentText().strip().upper()
        valid = isinstance(lots, int | float) and lots > 0
        mark(self.lots, [] if valid or not text else [self.tr("lots must be a number above 0")])
        kind = self.kind.currentData()
        self.price.setEnabled(kind != "market")
        price_text = self.price.text().strip() if kind != "market" else ""
        price = parse_number(price_text)
        priced = isinstance(price, int | float) and price > 0
        mark(
            self.price,
            [] if priced or not price_text else [self.tr("the price must be a number above 0")],
        )
        if not valid or not symbol or (kind != "market" and not priced):
            return None
        assert isinstance(lots, int | float)
        side: Side = "buy" if self.side.currentData() == "buy" else "sell"
        if kind == "market":
            return MarketOrder(symbol, side, float(lots))
        assert isinstance(price, int | float)
        order_type: OrderType = f"{side}_{kind}"  # type: ignore[assignment]
        return MarketOrder(symbol, side, float(lots), order_type, float(price))

    def _changed(self, _: object = None) -> None:
        order = self.order()
        orders = (order,) if order is not None else ()
        self.controller.set_request(replace(self.controller.request, orders=orders))
        if order is None:
            self._show(None)

    def set_order(self, symbol: str, side: str, lots: float) -> None:
        """Fill the order in, as the buttons do."""
        self.symbol.setCurrentText(symbol)
        self.side.setCurrentIndex(max(self.side.findData(side), 0))
        self.lots.setText(format_lots(lots).replace(",", ""))
        self._changed()

    def _order_terms(self) -> tuple[Scenario, str, Side] | None:
        """The scenario as it stands and this order's symbol and side, when both can be used."""
        scenario = self.controller.scenario
        symbol = self.symbol.currentText().strip().upper()
        side = self.side.currentData()
        if scenario is None or symbol not in scenario.prices or side not in ("buy", "sell"):
            return None
        return scenario, symbol, side

    def _take_size(self) -> None:
        """Lots for this order's symbol and side, by Tools' stop, risk and commission."""
        terms, sizing = self._order_terms(), self.controller.request.sizing
        if terms is None or sizing is None:
            return
        scenario, symbol, side = terms
        size = position_size(
            scenario,
            symbol,
            sizing.stop_pips,
            risk_percent=sizing.risk if sizing.risk_in_percent else None,
            risk_money=None if sizing.risk_in_percent else sizing.risk,
            commission_per_lot=sizing.commission_per_lot,
            side=side,
        )
        self.set_order(symbol, side, size.lots)

    def _take_most(self) -> None:
        """The most lots of this order's symbol and side that free margin allows."""
        terms = self._order_terms()
        if terms is None:
            return
        scenario, symbol, side = terms
        most = max_volume(scenario, symbol, side)
        if most is not None:  # None: margin does not limit it
            self.set_order(symbol, side, most.lots)

    def add_to_positions(self) -> None:
        """Open the order in the scenario at today's ask or bid, or place the pending order
        among the scenario's orders; the what-if is cleared."""
        order = self.order()
        effect = self._dashboard.order_effect if self._dashboard is not None else None
        if order is None or effect is None:
            return
        placed = order.pending
        if placed is not None:
            self.controller.add_order(
                {
                    "symbol": placed.symbol,
                    "type": placed.order_type,
                    "lots": placed.lots,
                    "price": placed.price,
                }
            )
            self.lots.clear()
            self._changed()
            return
        opened = effect.after.positions[-1]
        quote = self.controller.value(("prices", order.symbol))
        price = (
            quote.get("ask" if order.side == "buy" else "bid") if isinstance(quote, dict) else quote
        )
        self.controller.add_position(
            {"symbol": opened.symbol, "side": opened.side, "lots": opened.lots, "open_price": price}
        )
        self.lots.clear()
        self._changed()

    # -- showing -------------------------------------------------------------------------

    def clear(self) -> None:
        """Another document that cannot be computed yet: no effect on the last one stays."""
        self._dashboard = None
        self._show(None)

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self._dashboard = dashboard
        self._offer_symbols(dashboard)
        self._show(dashboard)

    def _offer_symbols(self, dashboard: Dashboard) -> None:
        priced = sorted(self.controller.value(("prices",), {}) or {})
        current = [self.symbol.itemText(i) for i in range(self.symbol.count())]
        if current != priced:
            text = self.symbol.currentText()
            self.symbol.blockSignals(True)
            self.symbol.clear()
            self.symbol.addItems(priced)
            self.symbol.setCurrentText(text or (priced[0] if priced else ""))
            self.symbol.blockSignals(False)

    def _show(self, dashboard: Dashboard | None) -> None:
        effect = dashboard.order_effect if dashboard is not None else None
        problems = dashboard.order_problems if dashboard is not None else ()
        has_order = bool(self.controller.request.orders)
        self.table.setVisible(effect is not None)
        self.add_button.setEnabled(effect is not None)
        self.hint.setVisible(not has_order)
        self.problems.setVisible(bool(problems) and has_order)
        set_text(self.problems, "\n".join(problem_words(p) for p in problems))
        if effect is None:
            self.state_after.hide()
            self.changes.hide()
            return
        pending = effect.orders[-1].pending is not None
        self.add_button.setText(
            self.tr("Add to orders") if pending else self.tr("Add to positions")
        )
        rows = order_comparison(effect)
        for figure, text_now, text_after in rows:
            if figure in self.cells:
                cells = self.cells[figure]
                set_text(cells[0], say(text_now).replace(" (", "\n("))
                set_text(cells[1], say(text_after).replace(" (", "\n("))
        state_after = say({figure: text for figure, _, text in rows}["State"])
        fill = pending_fill_text(effect)
        set_text(
            self.state_after,
            self.tr("{fill}. After: {state}").format(fill=say(fill), state=state_after)
            if fill is not None
            else self.tr("Margin needed {amount} {currency}. After: {state}").format(
                amount=format_money(effect.margin_needed),
                currency=effect.after.currency,
                state=state_after,
            ),
        )
        after = effect.after
        set_role(
            self.state_after,
            "state-stop"
            if after.stop_out or effect.refused
            else "state-call"
            if after.margin_call
            else "state-near"
            if after.nearest_level is not None and after.nearest_level.near
            else "state-ok",
        )
        self.state_after.show()
        set_text(self.changes, "\n".join(f"• {say(c)}" for c in effect.changes))
        self.changes.setVisible(bool(effect.changes))
