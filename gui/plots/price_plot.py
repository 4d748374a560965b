"""Margin, equity and free margin against the price of one symbol, thresholds marked."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.analyses.curves import Curve
from core.money import format_money, format_price
from core.result import Result
from gui.plots.plot_base import (
    CALL_COLOUR,
    EQUITY_COLOUR,
    FREE_COLOUR,
    MARGIN_COLOUR,
    STOP_COLOUR,
    TIER_COLOUR,
    MarkerLines,
    PlotFrame,
    nice_range,
    now_colour,
    set_label_if_changed,
    set_range_if_changed,
)


def level_marks(
    result: Result, price_text: object = None
) -> list[tuple[float, str, str, Qt.PenStyle]]:
    """Vertical marks for the current price and the margin-call and stop-out prices."""
    marks: list[tuple[float, str, str, Qt.PenStyle]] = []
    symbol = result.analysis_symbol
    if symbol is None:
        return marks
    for level, name, colour in (
        (result.margin_call_price, "margin call", CALL_COLOUR),
        (result.stop_out_price, "stop out", STOP_COLOUR),
    ):
        if level is None:
            continue
        for price in (level.below, level.above):
            if price is not None:
                marks.append((price, name, colour, Qt.PenStyle.DashLine))
    return marks


class PricePlot(PlotFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Price", "Amount", parent)
        self.margin = self.plot.plot(name="Margin", pen=pg.mkPen(MARGIN_COLOUR, width=2))
        self.equity = self.plot.plot(name="Equity", pen=pg.mkPen(EQUITY_COLOUR, width=2))
        self.free_margin = self.plot.plot(
            name="Free margin", pen=pg.mkPen(FREE_COLOUR, width=2, style=Qt.PenStyle.DashLine)
        )
        for item in (self.margin, self.equity, self.free_margin):
            item.setClipToView(True)
        self.marks = MarkerLines(self.plot)
        self.curve: Curve | None = None

    def show_curve(self, curve: Curve, result: Result, current_price: float) -> None:
        self.curve = curve
        currency = result.currency
        symbol = curve.symbol or ""
        pip = result.analysis_pip_size
        set_label_if_changed(self.plot, "bottom", f"{symbol} price (mid)")
        set_label_if_changed(self.plot, "left", f"Amount ({currency})")
        self.margin.setData(curve.x, curve.margin)
        self.equity.setData(curve.x, curve.equity)
        self.free_margin.setData(curve.x, curve.free_margin)
        marks = [
            (
                current_price,
                f"now {format_price(current_price, pip)}",
                now_colour(),
                Qt.PenStyle.SolidLine,
            )
        ]
        marks += [(t.x, t.label, TIER_COLOUR, Qt.PenStyle.DotLine) for t in curve.thresholds]
        marks += level_marks(result)
        x_low, x_high = float(curve.x[0]), float(curve.x[-1])
        self.marks.show([m for m in marks if x_low <= m[0] <= x_high])
        y_range = nice_range([curve.margin, curve.equity, curve.free_margin])
        set_range_if_changed(self.plot, (x_low, x_high), y_range)

        def describe(i: int) -> str:
            return (
                f"{symbol} {format_price(float(curve.x[i]), pip / 10)}:  margin {format_money(float(curve.margin[i]))}  "
                f"equity {format_money(float(curve.equity[i]))}  free margin {format_money(float(curve.free_margin[i]))} {currency}"
            )

        resting = (
            f"Now, {symbol} {format_price(current_price, pip)}:  margin {format_money(result.margin)}  "
            f"equity {format_money(result.equity)}  free margin {format_money(result.free_margin)} {currency}"
        )
        self.set_readout(curve.x, describe, resting)
