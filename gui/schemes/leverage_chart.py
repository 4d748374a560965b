"""A step chart of leverage against equity or volume, one line per ladder, drawn while editing.

Leverage is on a log scale: 1:25 and 1:2000 both stay readable on one chart.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.model.scheme import Ladder
from gui.plots.plot_base import MARGIN_COLOUR, AmountAxis, PaintedPlot, cache_axes

LADDER_COLOURS = (MARGIN_COLOUR, "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")


def step_points(ladder: Ladder, end: float, top: float) -> tuple[np.ndarray, np.ndarray]:
    """Edges and levels of a ladder's steps up to ``end``; unlimited drawn at ``top``."""
    edges = np.array([t.start for t in ladder] + [end], dtype=float)
    levels = np.array([t.leverage if math.isfinite(t.leverage) else top for t in ladder])
    return edges, levels


class LeverageChart(QWidget):
    """Leverage (1:N) against an amount; ``show_ladders`` redraws it from the tiers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = PaintedPlot(axisItems={"bottom": AmountAxis("bottom")})
        self.plot = self.plot_widget.getPlotItem()
        cache_axes(self.plot)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setLabel("left", self.tr("Leverage 1:"))
        self.plot.setLogMode(x=False, y=True)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.plot_widget.setMinimumHeight(170)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)
        self.curves: dict[str, pg.PlotDataItem] = {}

    def show_ladders(self, ladders: dict[str, Ladder], x_label: str) -> None:
        """Draw each ladder as steps; the x axis runs half again past the last tier's start."""
        self.plot.setLabel("bottom", x_label)
        self.plot.clear()
        self.legend.clear()
        self.curves = {}
        tiers = [t for ladder in ladders.values() for t in ladder]
        finite = sorted({t.leverage for t in tiers if math.isfinite(t.leverage)})
        end = max((t.start for t in tiers), default=0.0) * 1.5 or 1.0
        top = max(finite, default=1.0) * 2.5
        for n, (name, ladder) in enumerate(ladders.items()):
            edges, levels = step_points(ladder, end, top)
            colour = LADDER_COLOURS[n % len(LADDER_COLOURS)]
            self.curves[name] = self.plot.plot(
                edges, levels, stepMode="center", name=name, pen=pg.mkPen(colour, width=2)
            )
        # In log mode the axis works in log10 of the values.
        ticks = [(math.log10(v), f"{v:g}") for v in finite]
        if any(not math.isfinite(t.leverage) for t in tiers):
            ticks.append((math.log10(top), self.tr("unlimited")))
        self.plot.getAxis("left").setTicks([ticks] if ticks else None)
        self.plot.setXRange(0.0, end, padding=0)
        low = min(finite, default=1.0)
        self.plot.setYRange(math.log10(low / 1.6), math.log10(top * 1.6), padding=0)
