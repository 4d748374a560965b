"""Margin, equity and free margin against the price of one symbol, thresholds marked."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from core.analyses.curves import Curve
from core.formatting import format_money, format_price
from core.result import Result
from gui.i18n import say, translate
from gui.plots.plot_base import (
    CALL_COLOUR,
    EQUITY_COLOUR,
    FREE_COLOUR,
    MARGIN_COLOUR,
    STOP_COLOUR,
    TIER_COLOUR,
    MarkerLines,
    PriceFrame,
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
        (result.margin_call_price, translate("Plots", "margin call"), CALL_COLOUR),
        (result.stop_out_price, translate("Plots", "stop out"), STOP_COLOUR),
    ):
        if level is None:
            continue
        for price in (level.below, level.above):
            if price is not None:
                marks.append((price, name, colour, Qt.PenStyle.DashLine))
    return marks


WHAT_IF_COLOUR = "#c2185b"


class PricePlot(PriceFrame):
    """Margin, equity and free margin against the analysed symbol's mid. The "now" line can be
    dragged: ``price_dragged`` gives the mid it is dragged to (a what-if price)."""

    price_dragged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Plots", "Amount"), parent)
        self.add_legend()
        self.margin = self.plot.plot(
            name=translate("Plots", "Margin"), pen=pg.mkPen(MARGIN_COLOUR, width=2)
        )
        self.equity = self.plot.plot(
            name=translate("Plots", "Equity"), pen=pg.mkPen(EQUITY_COLOUR, width=2)
        )
        self.free_margin = self.plot.plot(
            name=translate("Plots", "Free margin"),
            pen=pg.mkPen(FREE_COLOUR, width=2, style=Qt.PenStyle.DashLine),
        )
        for item in (self.margin, self.equity, self.free_margin):
            item.setClipToView(True)
        self.marks = MarkerLines(self.plot)
        self.curve: Curve | None = None
        self.now_line = pg.InfiniteLine(
            angle=90,
            movable=True,
            label="",
            labelOpts={"position": 0.96, "fill": (128, 128, 128, 60)},
        )
        self.now_line.setZValue(20)
        self.now_line.setToolTip(
            translate("Plots", "Drag to see the account at another price (a what-if price)")
        )
        self.now_line.sigDragged.connect(lambda line: self.price_dragged.emit(float(line.value())))
        self.plot.addItem(self.now_line, ignoreBounds=True)
        self._now_style: tuple[str, str] | None = None  # the now line's colour and label

    def show_empty(self, message: str) -> None:
        """No analysed symbol (no positions): nothing drawn, and the readout says why."""
        self.curve = None
        for item in (self.margin, self.equity, self.free_margin):
            item.setData([], [])
        self.marks.show([])
        self.now_line.hide()
        self.show_fills(())
        self.clear_readout(message)

    def show_curve(
        self,
        curve: Curve,
        result: Result,
        current_price: float,
        market_price: float | None = None,
    ) -> None:
        """``current_price`` is the mid the results are at; ``market_price``, when given and
        different, is the market's, and the current one is a what-if price."""
        same_curve = curve is self.curve  # a drag: the market's curve, already drawn
        self.curve = curve
        currency = result.currency
        symbol = curve.symbol or ""
        pip = result.analysis_pip_size
        set_label_if_changed(
            self.plot, "left", translate("Plots", "Amount ({currency})").format(currency=currency)
        )
        self.frame_price(symbol, pip, current_price, market_price)
        if not same_curve:
            self.margin.setData(curve.x, curve.margin)
            self.equity.setData(curve.x, curve.equity)
            self.free_margin.setData(curve.x, curve.free_margin)
        what_if = market_price is not None and market_price != current_price
        marks = []
        if what_if and market_price is not None:
            marks.append(
                (
                    market_price,
                    translate("Plots", "market {price}").format(
                        price=format_price(market_price, pip)
                    ),
                    now_colour(),
                    Qt.PenStyle.SolidLine,
                )
            )
        colour = WHAT_IF_COLOUR if what_if else now_colour()
        self.now_line.show()
        if not self.now_line.moving:
            self.now_line.setValue(current_price)
        label = (
            (
                translate("Plots", "what if {price}")
                if what_if
                else translate("Plots", "now {price}")
            )
            .format(price=format_price(current_price, pip))
            .replace("{", "{{")
            .replace("}", "}}")
        )
        if (colour, label) != self._now_style:  # each setter lays the line and label out again
            self._now_style = (colour, label)
            self.now_line.setPen(pg.mkPen(colour, width=2.5))
            self.now_line.setHoverPen(pg.mkPen(colour, width=4))
            self.now_line.label.setFormat(label)
            self.now_line.label.setColor(pg.mkColor(colour))
        marks += [(t.x, say(t.label), TIER_COLOUR, Qt.PenStyle.DotLine) for t in curve.thresholds]
        marks += level_marks(result)
        x_low, x_high = float(curve.x[0]), float(curve.x[-1])
        self.marks.show([m for m in marks if x_low <= m[0] <= x_high])
        self.show_fills(curve.fills)
        if not same_curve:
            y_range = nice_range([curve.margin, curve.equity, curve.free_margin])
            set_range_if_changed(self.plot, (x_low, x_high), y_range)

        readout = translate(
            "Plots",
            "{symbol} {price}:  margin {margin}  equity {equity}  free margin {free} {currency}",
        )

        def describe(i: int) -> str:
            return readout.format(
                symbol=symbol,
                price=format_price(float(curve.x[i]), pip),
                margin=format_money(float(curve.margin[i])),
                equity=format_money(float(curve.equity[i])),
                free=format_money(float(curve.free_margin[i])),
                currency=currency,
            )

        when = translate("Plots", "What if") if what_if else translate("Plots", "Now")
        resting = f"{when}, " + readout.format(
            symbol=symbol,
            price=format_price(current_price, pip),
            margin=format_money(result.margin),
            equity=format_money(result.equity),
            free=format_money(result.free_margin),
            currency=currency,
        )
        self.set_readout(curve.x, describe, resting)
