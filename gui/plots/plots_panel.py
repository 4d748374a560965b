"""The plots, in tabs or all at once, redrawn from each Dashboard, with export to PNG and CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.analyses.curves import Curve, curve_csv
from core.analyses.dashboard import Dashboard
from core.files.scenario_file import write_atomically
from gui.inputs.field_marks import set_role
from gui.plots.equity_plot import EquityPlot
from gui.plots.level_plot import LevelPlot
from gui.plots.plot_base import PlotFrame
from gui.plots.price_plot import PricePlot
from gui.scenario_controller import ScenarioController

TITLES = ("Margin vs price", "Margin level vs price", "Margin and leverage vs equity")


class PlotsPanel(QWidget):
    """Three plots in tabs (or stacked). A plot is built the first time it is needed: one
    behind a tab nobody opened costs start-up time and draws nothing."""

    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._factories = (PricePlot, LevelPlot, EquityPlot)
        self._built: dict[int, PlotFrame] = {}
        self._dashboard: Dashboard | None = None
        self.pages = [QWidget() for _ in TITLES]
        for page in self.pages:
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        for page, title in zip(self.pages, TITLES, strict=True):
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(self._plot)
        self.stack = QSplitter(Qt.Orientation.Vertical)
        self.stack.hide()

        self.all_at_once = QCheckBox("All plots at once")
        self.all_at_once.setToolTip("Show the three plots stacked instead of in tabs")
        self.all_at_once.toggled.connect(self.show_all)
        self.png_button = QPushButton("Export PNG…")
        self.png_button.setToolTip("Save a picture of the plot (of all plots, when shown at once)")
        self.csv_button = QPushButton("Export CSV…")
        self.csv_button.setToolTip(
            "Save the curve's numbers (the price curve, when all plots are shown)"
        )
        self.png_button.clicked.connect(self._export_png)
        self.csv_button.clicked.connect(self._export_csv)
        self.stale = QLabel("Out of date: the plots show the last valid input")
        self.stale.setObjectName("plots_stale")
        set_role(self.stale, "state-stale")
        self.stale.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.all_at_once)
        bar.addWidget(self.stale)
        bar.addStretch()
        bar.addWidget(self.png_button)
        bar.addWidget(self.csv_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)
        layout.addWidget(self.stack)
        self._plot(0)
        controller.evaluated.connect(self.show_dashboard)
        controller.problems_changed.connect(lambda _: self._enable(controller.is_valid))

    def _plot(self, index: int) -> PlotFrame:
        """The plot of one page, built (and filled with the last results) on first use."""
        if index not in self._built:
            plot = self._factories[index]()
            self.pages[index].layout().addWidget(plot)  # type: ignore[union-attr]
            self._built[index] = plot
            plot.setEnabled(self.controller.is_valid)
            if self._dashboard is not None:
                self._show(index, self._dashboard)
        return self._built[index]

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

    def built_plots(self) -> tuple[PlotFrame, ...]:
        """The plots built so far (the others have never been shown)."""
        return tuple(self._built.values())

    def plots(self) -> tuple[PlotFrame, ...]:

        return tuple(self._plot(i) for i in range(len(TITLES)))

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
            self.plots()
        for page, title in zip(self.pages, TITLES, strict=True):
            if all_at_once:
                self.stack.addWidget(page)
                page.show()  # the tab widget had hidden the pages not on top
            else:
                self.tabs.addTab(page, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.setVisible(not all_at_once)
        self.stack.setVisible(all_at_once)
        if self.all_at_once.isChecked() != all_at_once:
            self.all_at_once.setChecked(all_at_once)

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self._dashboard = dashboard
        for index in self._built:
            self._show(index, dashboard)

    def _show(self, index: int, dashboard: Dashboard) -> None:
        result = dashboard.result
        plot = self._built[index]
        if isinstance(plot, EquityPlot):
            plot.show_curve(dashboard.equity_curve, result)
            return
        curve = dashboard.price_curve
        if (
            curve is not None
            and curve.symbol is not None
            and isinstance(plot, PricePlot | LevelPlot)
        ):
            # The dashboard's price curve moves the analysed symbol's mid (SPEC 7).
            plot.show_curve(curve, result, result.analysis_price)

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
            self, "Export plot as PNG", "plot.png", "PNG images (*.png)"
        )
        if name:
            self.export_png(Path(name))

    def _export_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export curve as CSV", "curve.csv", "CSV files (*.csv)"
        )
        if name:
            self.export_csv(Path(name))
