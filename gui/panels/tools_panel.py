"""Tools: position size by risk and maximum volume, both live."""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.formatting import format_lots, format_money
from core.model.instruments import catalog
from core.overview.dashboard import Dashboard, SizingRequest
from gui.common.field_marks import mark, set_text
from gui.common.number_text import parse_number
from gui.common.steady_label import hold
from gui.common.wheel_guard import guarded
from gui.inputs.positions_model import side_text
from gui.scenario_controller import ScenarioController


def symbol_combo() -> QComboBox:
    combo = guarded(QComboBox())
    combo.setEditable(True)
    completer = QCompleter(sorted(catalog()), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    return combo


def side_combo() -> QComboBox:
    """Buy or sell, in the app's language; the item's data is the side."""
    combo = guarded(QComboBox())
    for side in ("buy", "sell"):
        combo.addItem(side_text(side), side)
    return combo


class ToolsPanel(QGroupBox):
    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tools"), parent)
        self.controller = controller
        layout = QVBoxLayout(self)

        size_box = QGroupBox(self.tr("Position size by risk"))
        size_form = QFormLayout(size_box)
        self.size_symbol = symbol_combo()
        self.size_symbol.setObjectName("size_symbol")
        self.size_side = side_combo()
        row = QHBoxLayout()
        row.addWidget(self.size_symbol, 1)
        row.addWidget(self.size_side)
        size_form.addRow(self.tr("Symbol"), row)
        self.stop_pips = QLineEdit("20")
        self.stop_pips.setObjectName("stop_pips")
        self.stop_pips.setToolTip(self.tr("Stop-loss distance in pips."))
        size_form.addRow(self.tr("Stop (pips)"), self.stop_pips)
        risk_row = QHBoxLayout()
        self.risk = QLineEdit("1")
        self.risk.setObjectName("risk")
        self.risk_unit = guarded(QComboBox())
        self.risk_unit.addItems([self.tr("% of equity"), self.tr("money")])
        risk_row.addWidget(self.risk, 1)
        risk_row.addWidget(self.risk_unit)
        size_form.addRow(self.tr("Risk"), risk_row)
        self.commission = QLineEdit("0")
        self.commission.setObjectName("commission_per_lot")
        self.commission.setToolTip(self.tr("Round-turn commission per lot, in account currency."))
        size_form.addRow(self.tr("Commission / lot"), self.commission)
        self.size_result = QLabel("-")
        self.size_result.setObjectName("size_result")
        self.size_result.setWordWrap(True)
        self.size_result.setToolTip(
            self.tr(
                "lots = risk / (stop pips x pip value + commission per lot), rounded down to 0.01."
            )
        )
        size_form.addRow(self.tr("Size"), hold(self.size_result))
        layout.addWidget(size_box)

        volume_box = QGroupBox(self.tr("Maximum volume"))
        volume_form = QFormLayout(volume_box)
        self.volume_symbol = symbol_combo()
        self.volume_symbol.setObjectName("volume_symbol")
        self.volume_side = side_combo()
        row = QHBoxLayout()
        row.addWidget(self.volume_symbol, 1)
        row.addWidget(self.volume_side)
        volume_form.addRow(self.tr("Symbol"), row)
        self.volume_result = QLabel("-")
        self.volume_result.setObjectName("volume_result")
        self.volume_result.setWordWrap(True)
        self.volume_result.setToolTip(
            self.tr("The most lots you can open now leaving free margin >= 0.")
        )
        volume_form.addRow(self.tr("Most lots"), hold(self.volume_result))
        layout.addWidget(volume_box)

        for edit in (self.stop_pips, self.risk, self.commission):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.textEdited.connect(self._changed)
        for combo in (
            self.size_symbol,
            self.size_side,
            self.risk_unit,
            self.volume_symbol,
            self.volume_side,
        ):
            combo.currentTextChanged.connect(self._changed)
        self._filling = False
        controller.evaluated.connect(self.show_dashboard)
        controller.emptied.connect(self.clear)
        self._changed()

    def _number(self, edit: QLineEdit, positive: bool, at_most: float = 1e9) -> float | None:
        value = parse_number(edit.text())
        problem = []
        if not isinstance(value, int | float) or not math.isfinite(value):
            problem = [self.tr("must be a number")]
        elif positive and value <= 0:
            problem = [self.tr("must be greater than 0")]
        elif value < 0:
            problem = [self.tr("must not be negative")]
        elif value > at_most:
            problem = [self.tr("must be at most {limit}").format(limit=f"{at_most:g}")]
        mark(edit, problem, edit.toolTip() if not problem else "")
        return None if problem else float(value)  # type: ignore[arg-type]

    def _offer_priced_symbols(self, dashboard: Dashboard) -> None:
        """The tools list the scenario's priced symbols; one without a price moves to the
        analysed symbol (a new scenario, or one that dropped the symbol)."""
        priced = list(self.controller.value(("prices",), {}) or {})
        default = dashboard.result.analysis_symbol or (priced[0] if priced else "")
        self._filling = True
        try:
            for combo in (self.size_symbol, self.volume_symbol):
                chosen = combo.currentText().strip().upper()
                if [combo.itemText(i) for i in range(combo.count())] != priced:
                    combo.clear()
                    combo.addItems(priced)
                combo.setCurrentText(chosen if chosen in priced else default)
        finally:
            self._filling = False

    def refresh_request(self) -> None:
        """Send the tools' inputs to the controller (after they were set in code)."""
        self._changed()

    def _changed(self, _: object = None) -> None:
        if self._filling:
            return

        stop = self._number(self.stop_pips, positive=True)
        in_percent = self.risk_unit.currentIndex() == 0
        risk = self._number(self.risk, positive=True, at_most=100.0 if in_percent else 1e15)

        commission = self._number(self.commission, positive=False)
        sizing = None
        if stop is not None and risk is not None and commission is not None:
            sizing = SizingRequest(
                symbol=self.size_symbol.currentText().strip().upper(),
                side="buy" if self.size_side.currentData() == "buy" else "sell",
                stop_pips=stop,
                risk=risk,
                risk_in_percent=self.risk_unit.currentIndex() == 0,
                commission_per_lot=commission,
            )
        self.controller.set_request(
            replace(
                self.controller.request,
                sizing=sizing,
                max_volume_symbol=self.volume_symbol.currentText().strip().upper(),
                max_volume_side="buy" if self.volume_side.currentData() == "buy" else "sell",
            )
        )

    def clear(self) -> None:
        """Another document that cannot be computed yet: none of the last one's answers stay."""
        for label in (self.size_result, self.volume_result):
            set_text(label, "-")

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self._offer_priced_symbols(dashboard)
        self._changed()
        currency = dashboard.result.currency
        size = dashboard.position_size
        if size is None:
            set_text(
                self.size_result,
                self.tr("needs a price for {symbol} under Market prices").format(
                    symbol=self.size_symbol.currentText()
                ),
            )
        else:
            set_text(
                self.size_result,
                self.tr(
                    "<b>{lots} lots</b> (risk {risk} {currency}, pip {pip} {currency}/lot)<br>"
                    "margin needed {margin} {currency}, free margin after {free} {currency}"
                ).format(
                    lots=format_lots(size.lots),
                    risk=format_money(size.risk_money),
                    pip=format_money(size.pip_value),
                    margin=format_money(size.what_if.margin_needed),
                    free=format_money(size.what_if.free_margin_after),
                    currency=currency,
                ),
            )
        if dashboard.max_volume_unlimited:
            set_text(
                self.volume_result,
                self.tr("<b>no limit</b>: this position needs no margin (unlimited leverage)"),
            )
        elif dashboard.max_volume is None:
            set_text(
                self.volume_result,
                self.tr("needs a price for {symbol} under Market prices").format(
                    symbol=self.volume_symbol.currentText()
                ),
            )
        else:
            most = dashboard.max_volume
            set_text(
                self.volume_result,
                self.tr("<b>{lots} lots</b>, margin then {margin} {currency}").format(
                    lots=format_lots(most.lots),
                    margin=format_money(most.margin_after),
                    currency=currency,
                ),
            )
