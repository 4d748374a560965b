"""The plots, in tabs or all at once, redrawn from each Dashboard, with export to PNG and CSV."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.analyses.curves import Curve, curve_csv
from core.files.json_files import write_atomically
from core.overview.dashboard import Dashboard
from gui.common.field_marks import set_role
from gui.common.two_row_bar import TwoRowBar
from gui.common.wheel_guard import guarded
from gui.i18n import QT_TRANSLATE_NOOP
from gui.plots.equity_plot import EquityPlot
from gui.plots.level_plot import LevelPlot
from gui.plots.plot_base import PlotFrame
from gui.plots.price_plot import PricePlot
from gui.scenario_controller import ScenarioController

TITLES = (
    QT_TRANSLATE_NOOP("PlotsPanel", "Margin vs price"),
    QT_TRANSLATE_NOOP("PlotsPanel", "Margin level vs price"),
    QT_TRANSLATE_NOOP("PlotsPanel", "Margin and leverage vs equity"),
)


class PlotsPanel(QWidget):
    """Three plots in tabs (or stacked). A plot is built the first time it is needed: one
    behind a tab nobody opened costs start-up time and draws nothing."""

    exported = Signal(object)  # Path: a file the trader saved

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        # Where an export starts, with its suffix ("-plot.png"): the window's choice (the
        # folder last saved to, the scenario's name); else beside nothing, by name alone.
        self.suggest: Callable[[str], Path] = lambda suffix: Path(f"scenario{suffix}")
        self._factories = (PricePlot, LevelPlot, EquityPlot)
        self._built: dict[int, PlotFrame] = {}
        self._dashboard: Dashboard | None = None
        self._drawn: dict[int, Dashboard] = {}  # the dashboard each plot shows
        self._showing = False
        self.pages = [QWidget() for _ in TITLES]
        for page in self.pages:
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        for page, title in zip(self.pages, TITLES, strict=True):
            self.tabs.addTab(page, self.tr(title))
        self.tabs.currentChanged.connect(self._plot)
        self.stack = QSplitter(Qt.Orientation.Vertical)
        self.stack.hide()

        self.all_at_once = QCheckBox(self.tr("All at once"))
        self.all_at_once.setToolTip(self.tr("Show the three plots stacked instead of in tabs"))
        self.all_at_once.toggled.connect(self.show_all)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save the plot as a picture, or its curve's numbers"))
        export_menu = QMenu(self.export_button)
        png = export_menu.addAction(self.tr("Picture (PNG)…"))
        png.setToolTip(self.tr("The plot shown (all plots, when shown at once)"))
        png.triggered.connect(self._export_png)
        csv = export_menu.addAction(self.tr("Numbers (CSV)…"))
        csv.setToolTip(self.tr("The curve's numbers (the price curve, when all plots are shown)"))
        csv.triggered.connect(self._export_csv)
        self.export_button.setMenu(export_menu)
        self.stale = QLabel(self.tr("Out of date"))
        self.stale.setToolTip(
            self.tr("The plots show the last valid input until the marked fields are fixed")
        )
        self.stale.setObjectName("plots_stale")
        set_role(self.stale, "state-stale")
        self.stale.hide()
        self.what_if_pips = guarded(QDoubleSpinBox())
        self.what_if_pips.setObjectName("what_if_pips")
        self.what_if_pips.setRange(-100_000.0, 100_000.0)
        self.what_if_pips.setDecimals(1)
        self.what_if_pips.setSingleStep(1.0)
        prefix, suffix = self.tr("what if "), self.tr(" pips")
        self.what_if_pips.setPrefix(prefix)
        self.what_if_pips.setSuffix(suffix)
        self.what_if_pips.setMinimumWidth(
            self.what_if_pips.fontMetrics().horizontalAdvance(f"{prefix}-1,000.0{suffix}") + 30
        )
        self.what_if_pips.setToolTip(
            self.tr(
                "Move the analysed symbol's price by this many pips from the market: every "
                "figure, table and plot follows, as a what-if. Or drag the price line."
            )
        )
        self.what_if_pips.valueChanged.connect(self._pips_typed)
        self.market_button = QPushButton(self.tr("Market"))
        self.market_button.setObjectName("market_price")
        self.market_button.setToolTip(self.tr("Back to the market price (Esc on the plots)"))
        # Esc only where the plots have the focus: in a table's cell editor it must cancel the
        # edit, not the what-if price.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_to_market)
        self.market_button.clicked.connect(self.back_to_market)
        self.market_button.setEnabled(False)
        self.danger_zoom = QCheckBox(self.tr("Danger zone"))
        self.danger_zoom.setObjectName("danger_zoom")
        self.danger_zoom.setChecked(True)
        self.danger_zoom.setToolTip(
            self.tr(
                "When a margin call or stop out is within 1% of the price, frame the price plots "
                "on it (unticked: the nearest levels and tier thresholds, however far)"
            )
        )
        self.danger_zoom.toggled.connect(
            lambda on: self.controller.set_request(replace(self.controller.request, danger_zoom=on))
        )
        self.orders_fill = QCheckBox(self.tr("Orders fill"))
        self.orders_fill.setObjectName("orders_fill")
        self.orders_fill.setChecked(True)
        self.orders_fill.setToolTip(
            self.tr(
                "Pending orders of the analysed symbol fill where its price reaches them, in "
                "every figure that moves the price (unticked: no order ever fills)"
            )
        )
        self.orders_fill.toggled.connect(
            lambda on: self.controller.set_request(replace(self.controller.request, orders_fill=on))
        )
        for box in (self.all_at_once, self.danger_zoom, self.orders_fill):
            box.setMinimumSize(box.sizeHint())  # never clipped by the buttons beside them
        self.bar = TwoRowBar(
            [self.all_at_once, self.danger_zoom, self.stale],
            [self.what_if_pips, self.market_button, self.export_button],
            spill=[self.orders_fill],
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs)
        layout.addWidget(self.stack)
        self._plot(0)
        controller.evaluated.connect(self.show_dashboard)
        controller.problems_changed.connect(lambda _: self._enable(controller.is_valid))
        controller.emptied.connect(self.clear)

    def _plot(self, index: int) -> PlotFrame:
        """The plot of one page, built on first use and brought up to the last results: a plot
        behind a tab is drawn when it is next shown (or asked for), not on every edit."""
        if index in self._built:
            if self._dashboard is not None and self._drawn.get(index) is not self._dashboard:
                self._show(index, self._dashboard)
        else:
            plot = self._factories[index]()
            if isinstance(plot, PricePlot):
                plot.price_dragged.connect(self.set_what_if_mid)
                # A click on the plot (a drag) gives it the focus, so that Esc then returns.
                plot.plot_widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.pages[index].layout().addWidget(plot)  # type: ignore[union-attr]
            self._built[index] = plot
            plot.setEnabled(self.controller.is_valid)
            if self._dashboard is not None:
                self._show(index, self._dashboard)
        return self._built[index]

    def _on_screen(self, index: int) -> bool:
        return self.stack.isVisibleTo(self) or self.tabs.currentIndex() == index

    @property
    def price_plot(self) -> PricePlot:
        plot = self._plot(0)
        assert isinstance(plot, PricePlot)
        return plot

    @property
    def level_plot(self) -> LevelPlot:
        plot = self._plot(1)
        assert isinstance(plot, LevelPlot)
        return plot

    @property
    def equity_plot(self) -> EquityPlot:
        plot = self._plot(2)
        assert isinstance(plot, EquityPlot)
        return plot

    def plots(self) -> tuple[PlotFrame, ...]:

        return tuple(self._plot(i) for i in range(len(TITLES)))

    def clear(self) -> None:
        """Another document that cannot be computed yet: no curve of the last one stays."""
        self._dashboard = None
        self._drawn.clear()
        for plot in self._built.values():
            if isinstance(plot, PricePlot | LevelPlot | EquityPlot):
                plot.show_empty(self.tr("Nothing to draw until the marked fields are fixed."))

    def _enable(self, valid: bool) -> None:
        """Greyed and labelled while the input has problems: they show the last good input."""
        for plot in self._built.values():
            plot.setEnabled(valid)
        self.stale.setVisible(not valid)

    def show_all(self, all_at_once: bool) -> None:
        """All three plots stacked at once, or one at a time in tabs."""
        if all_at_once == self.stack.isVisible():
            return
        current = self.tabs.currentIndex()
        if all_at_once:
            self.plots()  # built, and brought up to date
        for page, title in zip(self.pages, TITLES, strict=True):
            if all_at_once:
                self.stack.addWidget(page)
                page.show()  # the tab widget had hidden the pages not on top
            else:
                self.tabs.addTab(page, self.tr(title))
        self.tabs.setCurrentIndex(current)
        self.tabs.setVisible(not all_at_once)
        self.stack.setVisible(all_at_once)
        if self.all_at_once.isChecked() != all_at_once:
            self.all_at_once.setChecked(all_at_once)

    # -- what-if price --------------------------------------------------------------------

    def set_what_if_mid(self, mid: float) -> None:
        """Compute everything at this mid of the analysed symbol (a dragged line, typed pips)."""
        dashboard = self._dashboard
        symbol = dashboard.result.analysis_symbol if dashboard is not None else None
        if dashboard is None or symbol is None or mid <= 0:
            return
        curve = dashboard.price_curve
        frame = (float(curve.x[0]), float(curve.x[-1])) if curve is not None else None
        self.controller.set_request(
            replace(self.controller.request, price_override=(symbol, mid), price_frame=frame)
        )

    def _pips_typed(self, pips: float) -> None:
        if self._showing:
            return
        dashboard = self._dashboard
        if dashboard is None or dashboard.result.analysis_symbol is None:
            return
        if pips == 0:
            self.back_to_market()
            return
        market = (
            dashboard.what_if_price.market_mid
            if dashboard.what_if_price is not None
            else dashboard.result.analysis_price
        )
        self.set_what_if_mid(market + pips * dashboard.result.analysis_pip_size)

    def back_to_market(self) -> None:
        self.controller.set_request(
            replace(self.controller.request, price_override=None, price_frame=None)
        )

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self._dashboard = dashboard
        what_if = dashboard.what_if_price
        self._showing = True
        try:
            if not self.what_if_pips.hasFocus():
                self.what_if_pips.setValue(round(what_if.pips, 1) if what_if is not None else 0.0)
        finally:
            self._showing = False
        self.market_button.setEnabled(what_if is not None)
        for index in self._built:
            if self._on_screen(index):
                self._show(index, dashboard)

    def _show(self, index: int, dashboard: Dashboard) -> None:
        result = dashboard.result
        plot = self._built[index]
        drawn = self._drawn.get(index)
        self._drawn[index] = dashboard
        if (
            drawn is not None
            and drawn.result is result
            and drawn.price_curve is dashboard.price_curve
            and drawn.equity_curve is dashboard.equity_curve
            and drawn.what_if_price == dashboard.what_if_price
        ):
            return  # a tool's new input: the same result and curves, already drawn
        if isinstance(plot, EquityPlot):
            plot.show_curve(dashboard.equity_curve, result)
            return
        curve = dashboard.price_curve
        if curve is None or curve.symbol is None:
            if isinstance(plot, PricePlot | LevelPlot):
                plot.show_empty(
                    self.tr("No open positions: add one to see margin against its price.")
                )
            return
        # The dashboard's price curve moves the analysed symbol's mid (docs/rules.md#analyses).
        market = dashboard.what_if_price.market_mid if dashboard.what_if_price else None
        if isinstance(plot, PricePlot | LevelPlot):
            plot.show_curve(curve, result, result.analysis_price, market)

    def current_plot(self) -> PlotFrame:
        return self._plot(0 if self.stack.isVisible() else self.tabs.currentIndex())

    def current_curve(self) -> Curve | None:
        return getattr(self.current_plot(), "curve", None)

    def export_png(self, path: Path) -> None:
        shown = self.stack if self.stack.isVisible() else self.current_plot()
        shown.grab().save(str(path), "PNG")

    def export_csv(self, path: Path) -> None:
        curve = self.current_curve()
        if curve is not None:
            write_atomically(path, curve_csv(curve))

    def _export_png(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export plot as PNG"),
            str(self.suggest("-plot.png")),
            self.tr("PNG images (*.png)"),
        )
        if name:
            self.export_png(Path(name))
            self.exported.emit(Path(name))

    def _export_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export curve as CSV"),
            str(self.suggest("-curve.csv")),
            self.tr("CSV files (*.csv)"),
        )
        if name:
            self.export_csv(Path(name))
            self.exported.emit(Path(name))
