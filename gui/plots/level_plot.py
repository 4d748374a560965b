"""Margin level against the price of one symbol, with the margin-call and stop-out levels."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.analyses.curves import Curve
from core.formatting import format_price
from core.result import Result
from gui.i18n import say, translate
from gui.plots.plot_base import (
    CALL_COLOUR,
    LEVEL_COLOUR,
    STOP_COLOUR,
    TIER_COLOUR,
    MarkerLines,
    PriceFrame,
    nice_range,
    now_colour,
    set_range_if_changed,
)
from gui.plots.price_plot import level_marks


class LevelPlot(PriceFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Plots", "Margin level (%)"), parent)
        self.level = self.plot.plot(
            name=translate("Plots", "Margin level"),
            pen=pg.mkPen(LEVEL_COLOUR, width=2),
            connect="finite",
        )
        self.level.setClipToView(True)
        self.vertical = MarkerLines(self.plot, angle=90)
        self.horizontal = MarkerLines(self.plot, angle=0)
        self.curve: Curve | None = None

    def show_empty(self, message: str) -> None:
        """No analysed symbol (no positions): nothing drawn, and the readout says why."""
        self.curve = None
        self.level.setData([], [])
        self.vertical.show([])
        self.horizontal.show([])
        self.show_fills(())
        self.clear_readout(message)

    def show_curve(
        self, curve: Curve, result: Result, current_price: float, market: float | None = None
    ) -> None:
        same_curve = curve is self.curve  # a drag: the market's curve, already drawn
        self.curve = curve
        symbol = curve.symbol or ""
        pip = result.analysis_pip_size
        self.frame_price(symbol, pip, current_price, market)
        if not same_curve:
            self.level.setData(curve.x, curve.margin_level)
        marks = [(current_price, translate("Plots", "now"), now_colour(), Qt.PenStyle.SolidLine)]
        marks += [(t.x, say(t.label), TIER_COLOUR, Qt.PenStyle.DotLine) for t in curve.thresholds]
        marks += level_marks(result)
        x_low, x_high = float(curve.x[0]), float(curve.x[-1])
        self.vertical.show([m for m in marks if x_low <= m[0] <= x_high])
        self.show_fills(curve.fills)
        if result.levels_in == "percent":
            self.horizontal.show(
                [
                    (
                        result.margin_call_level,
                        translate("Plots", "margin call {level}%").format(
                            level=f"{result.margin_call_level:g}"
                        ),
                        CALL_COLOUR,
                        Qt.PenStyle.DashLine,
                    ),
                    (
                        result.stop_out_level,
                        translate("Plots", "stop out {level}%").format(
                            level=f"{result.stop_out_level:g}"
                        ),
                        STOP_COLOUR,
                        Qt.PenStyle.DashLine,
                    ),
                ]
            )
        else:
            self.horizontal.show([])
        finite = curve.margin_level[np.isfinite(curve.margin_level)]
        top = max(
            float(np.percentile(finite, 95)) if finite.size else 0.0,
            result.margin_call_level * 1.5,
            10.0,
        )
        set_range_if_changed(
            self.plot, (x_low, x_high), nice_range([np.array([0.0, top])], floor_zero=True)
        )

        readout = translate("Plots", "{symbol} {price}:  margin level {level}")
        no_margin = translate("Plots", "none (no margin)")

        def describe(i: int) -> str:
            level = curve.margin_level[i]
            shown = no_margin if not np.isfinite(level) else f"{level:,.1f}%"
            return readout.format(
                symbol=symbol, price=format_price(float(curve.x[i]), pip / 10), level=shown
            )

        now = no_margin if result.margin_level is None else f"{result.margin_level:,.1f}%"
        self.set_readout(
            curve.x,
            describe,
            translate("Plots", "Now")
            + ", "
            + readout.format(symbol=symbol, price=format_price(current_price, pip), level=now),
        )
