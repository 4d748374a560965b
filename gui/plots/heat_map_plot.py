"""Heat map: margin level against the moves of the book's two largest symbols, with the
margin-call and stop-out contours (computed by the core while the tab is on screen)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.analyses.heat_map import STATE_CALL, STATE_STOP, HeatMap
from core.formatting import format_money
from core.overview.dashboard import Dashboard
from gui.common.field_marks import make_quiet
from gui.i18n import translate
from gui.plots.plot_base import CALL_COLOUR, STOP_COLOUR, PaintedPlot, cache_axes, now_colour
from gui.scenario_controller import ScenarioController

LEVEL_CAP_TIMES = 3.0
"""Colours run from 0% to three times the margin-call level; higher (and no margin) is the
top colour: beyond that, a trader only needs to know it is safe."""


def level_colours(margin_call: float, stop_out: float, top: float) -> pg.ColorMap:
    """Dark red at 0%, red up to the stop out, orange up to the margin call, then green."""
    s = min(max(stop_out / top, 0.0), 1.0)
    c = min(max(margin_call / top, s + 1e-6), 1.0 - 1e-6)
    return pg.ColorMap(
        [0.0, s, min(s + 1e-6, c), c, min(c + 1e-6, 1.0), 1.0],
        ["#4a0000", STOP_COLOUR, "#ef6c00", CALL_COLOUR, "#66bb6a", "#1b5e20"],
    )


class HeatMapPlot(QWidget):
    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.heat: HeatMap | None = None
        self.readout = QLabel(" ")
        self.readout.setObjectName("heat_readout")
        self.plot_widget = PaintedPlot()
        self.plot = self.plot_widget.getPlotItem()
        cache_axes(self.plot)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        for side in ("bottom", "left"):
            self.plot.getAxis(side).enableAutoSIPrefix(False)  # 0.04%, not "40 (x0.001)"
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(
            colorMap=level_colours(100.0, 50.0, 300.0),
            label=translate("Plots", "Margin level (%)"),
            interactive=False,
            colorMapMenu=False,
        )
        self.colour_bar.setImageItem(self.image, insert_in=self.plot)
        # Each contour is drawn in its colour over a dark outline: an orange line beside the
        # orange margin-call cells (or a red one beside the red stopped-out cells) would
        # otherwise vanish into them.
        self.call_outline, self.call_line, self.stop_outline, self.stop_line = (
            pg.IsocurveItem(level=level - 0.5, pen=pen, axisOrder="row-major")
            for level, pen in (
                (STATE_CALL, pg.mkPen("#202020", width=6)),
                (STATE_CALL, pg.mkPen(CALL_COLOUR, width=2)),
                (STATE_STOP, pg.mkPen("#202020", width=6)),
                (STATE_STOP, pg.mkPen(STOP_COLOUR, width=2)),
            )
        )
        for z, line in enumerate(self.contours()):
            line.setParentItem(self.image)
            line.setZValue(z + 1)
        self.now = pg.ScatterPlotItem(
            [0.0], [0.0], symbol="+", size=18, pen=pg.mkPen(now_colour(), width=2)
        )
        self.plot.addItem(self.now)
        self.message = QLabel()
        self.message.setWordWrap(True)
        make_quiet(self.message)
        legend = QLabel(
            translate(
                "Plots",
                "Orange line: margin call; red line: stop out. + is now. Each cell re-prices the "
                "whole account with both prices moved.",
            )
        )
        legend.setWordWrap(True)
        make_quiet(legend)
        layout = QVBoxLayout(self)
        layout.addWidget(self.readout)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.message)
        layout.addWidget(legend)
        self.plot_widget.scene().sigMouseMoved.connect(self._mouse_moved)
        controller.evaluated.connect(self.show_dashboard)
        controller.emptied.connect(self.clear)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.set_request(replace(self.controller.request, heat_map=True))

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.controller.set_request(replace(self.controller.request, heat_map=False))

    def clear(self) -> None:
        """Another document that cannot be computed yet: no map of the last one stays."""
        self.heat = None
        self.image.clear()
        for line in self.contours():
            line.setData(None)
        self.readout.setText(" ")

    def show_dashboard(self, dashboard: Dashboard) -> None:
        if not self.isVisible():
            return
        heat = dashboard.heat_map
        self.heat = heat
        self.plot_widget.setVisible(heat is not None)
        if heat is None:
            self.message.setText(
                translate(
                    "Plots",
                    "The heat map needs positions in two symbols: it moves the two largest.",
                )
            )
            self.readout.setText(" ")
            return
        self.message.setText("")
        top = max(LEVEL_CAP_TIMES * heat.margin_call_level, 1.0)
        # No margin: safe (top colour) unless stopped out (equity gone): then the bottom one.
        safe = np.where(heat.state == STATE_STOP, 0.0, top)
        shown = np.where(np.isnan(heat.margin_level), safe, np.clip(heat.margin_level, 0.0, top))
        x0, x1 = float(heat.x_moves[0]), float(heat.x_moves[-1])
        y0, y1 = float(heat.y_moves[0]), float(heat.y_moves[-1])
        step_x = (x1 - x0) / (len(heat.x_moves) - 1)
        step_y = (y1 - y0) / (len(heat.y_moves) - 1)
        self.image.setImage(shown, autoLevels=False)
        self.colour_bar.setColorMap(level_colours(heat.margin_call_level, heat.stop_out_level, top))
        self.colour_bar.setLevels((0.0, top))
        # Cells centred on the grid's moves.
        self.image.setRect(x0 - step_x / 2, y0 - step_y / 2, x1 - x0 + step_x, y1 - y0 + step_y)
        states = heat.state.astype(float)
        for line in self.contours():
            line.setData(states)
        move = translate("Plots", "{symbol} move (%)")
        self.plot.setLabel("bottom", move.format(symbol=heat.x_symbol))
        self.plot.setLabel("left", move.format(symbol=heat.y_symbol))
        self.plot.setXRange(x0 - step_x / 2, x1 + step_x / 2, padding=0)
        self.plot.setYRange(y0 - step_y / 2, y1 + step_y / 2, padding=0)
        self.readout.setText(self._describe(len(heat.y_moves) // 2, len(heat.x_moves) // 2))

    def contours(self) -> tuple[pg.IsocurveItem, ...]:
        """The margin-call and stop-out contours, each outline before its line."""
        return (self.call_outline, self.call_line, self.stop_outline, self.stop_line)

    def _describe(self, i: int, j: int) -> str:
        heat = self.heat
        assert heat is not None
        level = heat.margin_level[i, j]
        level_text = translate("Plots", "none (no margin)") if np.isnan(level) else f"{level:,.2f}%"
        state = (
            translate("Plots", "ok"),
            translate("Plots", "margin call"),
            translate("Plots", "stop out"),
        )[int(heat.state[i, j])]
        return translate(
            "Plots",
            "{x_symbol} {x_move}%, {y_symbol} {y_move}%: equity {equity}, margin level {level}, "
            "{state}",
        ).format(
            x_symbol=heat.x_symbol,
            x_move=f"{heat.x_moves[j]:+.2f}",
            y_symbol=heat.y_symbol,
            y_move=f"{heat.y_moves[i]:+.2f}",
            equity=format_money(float(heat.equity[i, j])),
            level=level_text,
            state=state,
        )

    def _mouse_moved(self, position: object) -> None:
        heat = self.heat
        if heat is None:
            return
        point = self.plot.vb.mapSceneToView(position)
        j = int(np.abs(heat.x_moves - point.x()).argmin())
        i = int(np.abs(heat.y_moves - point.y()).argmin())
        self.readout.setText(self._describe(i, j))
