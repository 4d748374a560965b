"""Margin and maximum leverage against equity (moving the balance), a step chart of the tiers."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.analyses.curves import Curve
from core.formatting import format_leverage, format_money
from core.result import Result
from gui.i18n import say, translate
from gui.plots.plot_base import (
    MARGIN_COLOUR,
    TIER_COLOUR,
    AmountAxis,
    MarkerLines,
    PaintedPlot,
    PlotFrame,
    cache_axes,
    nice_range,
    now_colour,
    set_label_if_changed,
    set_range_if_changed,
)

LEVERAGE_COLOUR = "#d62728"


class EquityPlot(PlotFrame):
    """Top: margin against equity. Below, sharing the equity axis: the account's leverage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Plots", "Equity"), translate("Plots", "Margin"), parent)
        self.plot.setAxisItems({"bottom": AmountAxis("bottom")})
        self.plot.setLabel("bottom", translate("Plots", "Equity"))
        cache_axes(self.plot)
        self.margin = self.plot.plot(
            name=translate("Plots", "Margin"), pen=pg.mkPen(MARGIN_COLOUR, width=2)
        )
        self.marks = MarkerLines(self.plot)
        self.leverage_widget = PaintedPlot()
        self.leverage_plot = self.leverage_widget.getPlotItem()
        self.leverage_plot.setAxisItems({"bottom": AmountAxis("bottom")})
        cache_axes(self.leverage_plot)
        self.leverage_plot.showGrid(x=True, y=True, alpha=0.2)
        set_label_if_changed(self.leverage_plot, "left", translate("Plots", "Max leverage 1:"))
        self.leverage_plot.setXLink(self.plot)
        self.leverage = self.leverage_plot.plot(
            name=translate("Plots", "Leverage"), pen=pg.mkPen(LEVERAGE_COLOUR, width=2)
        )
        self.leverage_marks = MarkerLines(self.leverage_plot)
        self.layout().addWidget(self.leverage_widget)  # type: ignore[union-attr]
        self.plot_widget.setMinimumHeight(120)
        self.leverage_widget.setMinimumHeight(90)
        self.curve: Curve | None = None
        self.leverage_values = np.empty(0)
        self.leverage_ticks: list[tuple[float, str]] = []

    def show_empty(self, message: str) -> None:
        """Nothing to draw: no curve, no marks, and the readout says why."""
        self.curve = None
        self.margin.setData([], [])
        self.leverage.setData([], [])
        self.marks.show([])
        self.leverage_marks.show([])
        self.clear_readout(message)

    def show_curve(self, curve: Curve, result: Result) -> None:
        self.curve = curve
        currency = result.currency
        set_label_if_changed(
            self.plot, "left", translate("Plots", "Margin ({currency})").format(currency=currency)
        )
        set_label_if_changed(
            self.leverage_plot,
            "bottom",
            translate("Plots", "Equity ({currency})").format(currency=currency),
        )
        self.margin.setData(curve.x, curve.margin)
        finite = curve.leverage[np.isfinite(curve.leverage)]
        top = float(np.max(finite)) * 1.25 if finite.size else 1.0

        self.leverage_values = np.where(np.isfinite(curve.leverage), curve.leverage, top)
        self.leverage.setData(curve.x, self.leverage_values)
        ticks = sorted({float(v) for v in finite})
        labels = [(v, f"{v:g}") for v in ticks]
        if not np.all(np.isfinite(curve.leverage)):
            labels.append((top, translate("Plots", "unlimited")))
        if labels != self.leverage_ticks:
            self.leverage_plot.getAxis("left").setTicks([labels])
            self.leverage_ticks = labels
        set_range_if_changed(self.leverage_plot, None, (0.0, top * 1.08))
        marks = [
            (
                result.equity,
                translate("Plots", "now {price}").format(price=format_money(result.equity)),
                now_colour(),
                Qt.PenStyle.SolidLine,
            )
        ]
        marks += [(t.x, say(t.label), TIER_COLOUR, Qt.PenStyle.DotLine) for t in curve.thresholds]
        self.marks.show(marks)
        self.leverage_marks.show([(m[0], "", m[2], m[3]) for m in marks])
        set_range_if_changed(
            self.plot,
            (float(curve.x[0]), float(curve.x[-1])),
            nice_range([curve.margin], floor_zero=True),
        )

        readout = translate(
            "Plots", "equity {equity} {currency}:  margin {margin} {currency}  leverage {leverage}"
        )

        def describe(i: int) -> str:
            return readout.format(
                equity=format_money(float(curve.x[i])),
                margin=format_money(float(curve.margin[i])),
                leverage=say(format_leverage(float(curve.leverage[i]))),
                currency=currency,
            )

        resting = (
            translate("Plots", "Now")
            + ", "
            + readout.format(
                equity=format_money(result.equity),
                margin=format_money(result.margin),
                leverage=say(format_leverage(result.effective_leverage)),
                currency=currency,
            )
        )
        self.set_readout(curve.x, describe, resting)
