"""What the three plots share: theme, a paint signal, marker lines and the crosshair readout."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem, QVBoxLayout, QWidget

from core.analyses.curves import Threshold
from core.formatting import format_compact, price_decimals
from gui.common.eliding_label import ElidingLabel
from gui.i18n import local_numbers, say, translate

MARGIN_COLOUR = "#1f77b4"
EQUITY_COLOUR = "#2ca02c"
FREE_COLOUR = "#9467bd"
LEVEL_COLOUR = "#ff7f0e"
CALL_COLOUR = "#f9a825"
STOP_COLOUR = "#c62828"
TIER_COLOUR = "#8c8c8c"
FILL_COLOUR = "#00796b"  # where a pending order fills
LABEL_LEVELS = 7  # heights for the labels of neighbouring lines, at most


def now_colour() -> str:
    """The current price or equity line: the palette's text colour, so it shows in dark themes."""
    return QApplication.palette().color(QPalette.ColorRole.Text).name()


def configure_theme() -> None:
    """Plots follow the application's palette (light or dark)."""
    palette = QApplication.palette()
    pg.setConfigOptions(
        antialias=True,
        background=palette.color(QPalette.ColorRole.Base),
        foreground=palette.color(QPalette.ColorRole.Text),
    )


class PipsAxis(pg.AxisItem):  # type: ignore[misc]
    """A second price axis that reads in pips from a price (the market's): traders measure
    distances so."""

    def __init__(self, orientation: str = "top") -> None:
        super().__init__(orientation)
        self.origin = 0.0
        self.pip = 1.0

    def set_origin(self, origin: float, pip: float) -> None:
        if (origin, pip) != (self.origin, self.pip):
            self.origin, self.pip = origin, pip
            self.picture = None  # the tick labels change with the origin
            self.update()

    def tickValues(self, low: float, high: float, size: float) -> list[tuple[float, list[float]]]:
        """Ticks at round numbers of pips (1, 2 or 5 times a power of ten apart), counted
        from the origin, about one per 80 pixels."""
        span = (high - low) / self.pip
        if not span > 0 or not math.isfinite(span):
            return []
        wanted = max(2.0, size / 80.0)
        raw = span / wanted
        power = 10.0 ** math.floor(math.log10(raw))
        step = next(m * power for m in (1.0, 2.0, 5.0, 10.0) if m * power >= raw)
        first = math.ceil((low - self.origin) / self.pip / step)
        last = math.floor((high - self.origin) / self.pip / step)
        return [
            (step * self.pip, [self.origin + k * step * self.pip for k in range(first, last + 1)])
        ]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        step = spacing * scale / self.pip
        decimals = 0 if step >= 1 else 1
        pips = [round((v * scale - self.origin) / self.pip, decimals) for v in values]
        return [f"{p:+,.{decimals}f}" if p else "0" for p in pips]


class AmountAxis(pg.AxisItem):  # type: ignore[misc]
    """Amounts as 500k, 2M, -4k: plain numbers, never 2e+06 or "(x1e+06)"."""

    def __init__(self, orientation: str = "left") -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [format_compact(v * scale) for v in values]


class PriceAxis(pg.AxisItem):  # type: ignore[misc]
    """A price axis in the symbol's own digits at any magnitude (0.5864, 151.20, 2,650.0,
    64,410): as many decimals as the tick spacing needs, never more than the symbol quotes,
    and no "(x0.001)" scaling."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)
        self.digits = 5

    def set_digits(self, digits: int) -> None:
        if digits != self.digits:
            self.digits = digits
            self.picture = None
            self.update()

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        step = spacing * scale
        needed = max(0, -math.floor(math.log10(step) + 1e-9)) if step > 0 else 0
        decimals = min(self.digits, needed)
        return [f"{v * scale:,.{decimals}f}" for v in values]


FILL_SIZE = 9  # pixels: a fill's triangle on the price axis
FILL_REACH = 6  # pixels: how near the pointer must be to name a fill


class FillAxis(PriceAxis):
    """The price axis with a small triangle where each pending order fills, pointing up at
    the plot; hovering one names its orders (docs/desktop-app.md, "Pending orders"). On the
    axis, not in the plot, so no curve, label or legend hides it or is hidden."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation)
        self.fills: list[tuple[float, str]] = []
        self.setAcceptHoverEvents(True)

    def set_fills(self, fills: list[tuple[float, str]]) -> None:
        if fills != self.fills:
            self.fills = fills
            self.update()

    def fill_pixels(self) -> list[tuple[float, str]]:
        view = self.linkedView()
        if view is None:
            return []
        return [
            (self.mapFromScene(view.mapViewToScene(QPointF(x, 0.0))).x(), label)
            for x, label in self.fills
        ]

    def paint(self, painter: QPainter, *args: object) -> None:
        super().paint(painter, *args)
        if not self.fills:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pg.mkPen(FILL_COLOUR))
        painter.setBrush(pg.mkBrush(FILL_COLOUR))
        width = self.boundingRect().width()
        for at, _ in self.fill_pixels():
            if 0 <= at <= width:
                half = FILL_SIZE / 2
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(at, 1.0),
                            QPointF(at - half, FILL_SIZE),
                            QPointF(at + half, FILL_SIZE),
                        ]
                    )
                )
        painter.restore()

    def fill_at(self, pixel: float) -> str | None:
        """The names of the fills within reach of a pixel along the axis, one a line."""
        near = [label for at, label in self.fill_pixels() if abs(at - pixel) <= FILL_REACH]
        return "\n".join(near) if near else None

    def hoverEvent(self, event: object) -> None:
        if getattr(event, "isExit", lambda: True)():
            self.setToolTip("")
            return
        pos = event.pos()  # type: ignore[attr-defined]
        named = self.fill_at(pos.x()) if pos.y() <= FILL_SIZE + 4 else None
        self.setToolTip(named or "")


def add_pips_axis(plot: pg.PlotItem) -> PipsAxis:
    """A pips axis along the top of a price plot, linked to its price axis."""
    axis = PipsAxis("top")
    axis.enableAutoSIPrefix(False)  # pips are counted, never "(x0.001)"
    plot.setAxisItems({"top": axis})
    plot.showAxis("top")
    axis.setLabel(translate("Plots", "pips from the market"))
    axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    axis.setStyle(maxTickLevel=0)
    return axis


class PaintedPlot(pg.PlotWidget):  # type: ignore[misc]
    """A PlotWidget that says when it has really painted (an event filter fires too early).
    It has no right-click menu: pyqtgraph's is a developer's (untranslated axis and export
    settings); the plots' own Export button and the Market button do what a trader needs."""

    painted = Signal()

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.getPlotItem().setMenuEnabled(False)
        self.scene().contextMenu = []

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()


def nice_range(values: list[np.ndarray], floor_zero: bool = False) -> tuple[float, float]:
    """Bounds of the finite values, padded 5% and widened to round steps: a y range that stays
    put while the data moves a little (an unchanged axis is not redrawn)."""
    finite = [v[np.isfinite(v)] for v in values]
    finite = [v for v in finite if v.size]
    if not finite:
        return 0.0, 1.0
    low = min(float(np.min(v)) for v in finite)
    high = max(float(np.max(v)) for v in finite)
    if floor_zero:
        low = min(low, 0.0)
    pad = 0.05 * (high - low) or max(abs(high), 1.0) * 0.05
    low, high = low - pad, high + pad
    step = 10.0 ** np.floor(np.log10(high - low)) / 5.0
    return float(np.floor(low / step) * step), float(np.ceil(high / step) * step)


def set_range_if_changed(
    plot: pg.PlotItem, x: tuple[float, float] | None, y: tuple[float, float] | None
) -> None:
    """Set the view range only when needed: any change re-lays out and redraws the axes.

    x is taken as given when it differs. y keeps its current range while the new one fits
    inside it and fills at least 60% of it, so values that move a little do not redraw it.
    """
    (x0, x1), (y0, y1) = plot.vb.viewRange()
    if x is not None and (
        abs(x0 - x[0]) > 1e-12 * abs(x[0] or 1) or abs(x1 - x[1]) > 1e-12 * abs(x[1] or 1)
    ):
        plot.setXRange(*x, padding=0)
    if y is not None:
        fits = y0 <= y[0] and y[1] <= y1 and (y[1] - y[0]) >= 0.6 * (y1 - y0)
        if not fits:
            plot.setYRange(*y, padding=0)


def set_label_if_changed(plot: pg.PlotItem, axis: str, text: str) -> None:
    """Set an axis title only when it changes: setting it redraws the whole axis."""
    if plot.getAxis(axis).labelText != text:
        plot.setLabel(axis, text)


def cache_axes(plot: pg.PlotItem) -> None:
    """Keep each axis as a pixmap: pyqtgraph replays its tick labels on every repaint otherwise,
    which costs more than everything else in an edit. The cache renews when the axis changes.
    Grid lines only at labelled ticks: the minor levels doubled the cost of a first paint
    (and made the grid busy)."""
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        axis.setStyle(maxTickLevel=0)


class MarkerLines:
    """A pool of labelled InfiniteLines on one plot, moved rather than rebuilt."""

    def __init__(self, plot: pg.PlotItem, angle: int = 90) -> None:
        self.plot = plot
        self.angle = angle
        self.lines: list[pg.InfiniteLine] = []
        self.shown: list[tuple[float, str, str, Qt.PenStyle, float] | None] = []
        self._marks: list[tuple[float, str, str, Qt.PenStyle]] = []
        # The labels' heights depend on the view's: placed again when it is resized.
        plot.vb.sigResized.connect(lambda _: self.show(self._marks))

    def show(self, marks: list[tuple[float, str, str, Qt.PenStyle]]) -> None:
        """``marks``: (position, label, colour, pen style). Marks at the same position become
        one line carrying both labels. Lines that did not change are not touched."""
        self._marks = list(marks)
        merged: list[tuple[float, str, str, Qt.PenStyle]] = []
        for mark in sorted(marks, key=lambda m: m[0]):
            if merged and abs(mark[0] - merged[-1][0]) <= 1e-9 * max(abs(mark[0]), 1e-300):
                position, label, colour, style = merged[-1]
                labels = [t for t in (label, mark[1]) if t]
                merged[-1] = (position, ", ".join(dict.fromkeys(labels)), colour, style)
            else:
                merged.append(mark)
        marks = merged
        while len(self.lines) < len(marks):
            options: dict[str, object] = {"fill": (128, 128, 128, 40)}
            if self.angle == 0:  # along the left edge, all of the text inside the view
                options["anchors"] = [(0.0, 0.0), (0.0, 1.0)]
            line = pg.InfiniteLine(angle=self.angle, movable=False, label="", labelOpts=options)
            self.plot.addItem(line, ignoreBounds=True)

            self.lines.append(line)
            self.shown.append(None)
        # Labels of neighbouring lines go at different heights so that none covers another:
        # a label's height apart at least, in a short plot too (there they overlapped).
        view_height = float(self.plot.vb.height())
        step = max(0.08, 24.0 / view_height) if view_height > 0 else 0.08
        heights = [h for h in (0.8 - k * step for k in range(LABEL_LEVELS)) if h >= 0.12]
        for rank, (line, (position, label, colour, style)) in enumerate(
            zip(self.lines, marks, strict=False)
        ):
            height = heights[rank % len(heights)] if self.angle == 90 else 0.01
            wanted = (position, label, colour, style, height)
            was = self.shown[rank]
            if was == wanted:  # setting an unchanged line still costs a relayout
                continue
            # Only what changed is set: each setter lays the line and its label out again (a
            # level line that moves keeps its colour, style, text height and often its text).
            if was is None:
                # Shown first: a label under a hidden line ignores a new format and kept the
                # text of an earlier mark (a $1,000 tier line read "stop out").
                line.show()
            if was is None or was[2:4] != (colour, style):
                line.setPen(pg.mkPen(colour, width=1.5, style=style))
            if was is None or was[0] != position:
                line.setPos(position)
            if was is None or was[1] != label:
                line.label.setFormat(label.replace("{", "{{").replace("}", "}}"))
                line.label.setText(label)
                line.label.setVisible(bool(label))
            if was is None or was[2] != colour:
                line.label.setColor(QColor(colour))
            if was is None or was[4] != height:
                line.label.setPosition(height)
            self.shown[rank] = wanted
        for i in range(len(marks), len(self.lines)):
            if self.shown[i] is not None:
                self.lines[i].hide()
                self.shown[i] = None

    def positions(self) -> list[float]:
        return [float(line.value()) for line in self.lines if line.isVisible()]


class PlotFrame(QWidget):
    """A plot with a readout line above it showing the values under the mouse."""

    def __init__(self, x_label: str, y_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The readout is laid out by hand at a fixed size: its text changes on every edit and
        # mouse move, and a label in a layout then re-lays out the window up to the top, and
        # makes each tab widget on the way repaint all of itself (two thirds of an edit's paint).
        self.readout = ElidingLabel(" ", self, tooltip=False)  # "…" where the column is narrow
        self.readout.setObjectName("readout")
        self._readout_height = self.readout.sizeHint().height()
        self.plot_widget = PaintedPlot()
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setAxisItems({"left": AmountAxis("left")})
        cache_axes(self.plot)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setLabel("bottom", x_label)
        self.plot.setLabel("left", y_label)

        # Room for the axes and a readable plot even when all plots are stacked at once
        # (below ~100 px the view collapses to nothing under the two price axes).
        self.plot_widget.setMinimumHeight(140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, self._readout_height, 0, 0)
        layout.addWidget(self.plot_widget)
        self._describe: Callable[[int], str] | None = None
        self._x: np.ndarray = np.empty(0)
        self._resting = " "
        self.plot_widget.scene().sigMouseMoved.connect(self._mouse_moved)

    def add_legend(self) -> None:
        """A legend for a plot of several curves (a plot of one names it on its axis), in the
        bottom left corner: the marker lines' labels take the top of the view, and a legend
        there hid "now" and "margin call" from the trader."""
        legend = self.plot.addLegend(offset=(10, -4), colCount=3)
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        base.setAlpha(200)
        legend.setBrush(pg.mkBrush(base))
        legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.readout.setFixedSize(self.width(), self._readout_height)

    def set_readout(self, x: np.ndarray, describe: Callable[[int], str], resting: str) -> None:
        """``describe(i)`` says the values at sample i, shown for the sample nearest the mouse;
        ``resting`` (the account now) is shown when the mouse is elsewhere."""
        self._x = x
        self._describe = describe
        self._resting = local_numbers(resting)
        self.readout.setText(self._resting)

    def clear_readout(self, message: str) -> None:
        """Nothing drawn: the readout says ``message`` wherever the mouse is."""
        self._describe = None
        self._resting = local_numbers(message)
        self.readout.setText(self._resting)

    def _mouse_moved(self, position: QPointF) -> None:
        if self._describe is None or self._x.size == 0:
            return
        if not self.plot.sceneBoundingRect().contains(position):
            self.readout.setText(self._resting)
            return
        self.show_readout_at(self.plot.vb.mapSceneToView(position).x())

    def show_readout_at(self, x: float) -> None:
        if self._describe is None or self._x.size == 0:
            return
        index = int(np.clip(np.searchsorted(self._x, x), 0, self._x.size - 1))
        if index > 0 and abs(self._x[index - 1] - x) < abs(self._x[index] - x):
            index -= 1
        self.readout.setText(local_numbers(self._describe(index)))


class PriceFrame(PlotFrame):
    """A plot against one symbol's mid, with pips from the market along the top."""

    def __init__(self, y_label: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("Plots", "Price"), y_label, parent)
        self.price_axis = FillAxis("bottom")
        self.plot.setAxisItems({"bottom": self.price_axis})
        self.plot.setLabel("bottom", translate("Plots", "Price"))
        self.pips_axis = add_pips_axis(self.plot)
        cache_axes(self.plot)

    def show_fills(self, fills: Sequence[Threshold]) -> None:
        """Mark where these orders fill (a curve's ``fills``, all within it) on the price axis;
        none when empty."""
        self.price_axis.set_fills([(fill.x, say(fill.label)) for fill in fills])

    def fill_positions(self) -> list[float]:
        """The prices marked as fills."""
        return [x for x, _ in self.price_axis.fills]

    def frame_price(
        self, symbol: str, pip: float, current_price: float, market_price: float | None
    ) -> None:
        """Name the price axis and count pips from the market price (the current one when
        there is no what-if price)."""
        set_label_if_changed(
            self.plot, "bottom", translate("Plots", "{symbol} price (mid)").format(symbol=symbol)
        )
        self.pips_axis.set_origin(market_price if market_price is not None else current_price, pip)
        self.price_axis.set_digits(price_decimals(pip) - 1)
