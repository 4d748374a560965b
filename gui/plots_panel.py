"""The plots, in tabs or all at once, redrawn from each Dashboard, with export to PNG and CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.curves import Curve, curve_csv
from core.dashboard import Dashboard
from core.scenario_file import write_atomically
from gui.equity_plot import EquityPlot
from gui.level_plot import LevelPlot
from gui.plot_base import PlotFrame
from gui.price_plot import PricePlot
from gui.scenario_controller import ScenarioController

TITLES = ("Margin vs price", "Margin level vs price", "Margin and leverage vs equity")


class PlotsPanel(QWidget):
    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.price_plot = PricePlot()
        self.level_plot = LevelPlot()
        self.equity_plot = EquityPlot()
        self.tabs = QTabWidget()
        for plot, title in zip(self.plots(), TITLES, strict=True):
            self.tabs.addTab(plot, title)
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
        bar = QHBoxLayout()
        bar.addWidget(self.all_at_once)
        bar.addStretch()
        bar.addWidget(self.png_button)
        bar.addWidget(self.csv_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)
        layout.addWidget(self.stack)
        controller.evaluated.connect(self.show_dashboard)
        controller.problems_changed.connect(lambda _: self._enable(controller.is_valid))

    def plots(self) -> tuple[PlotFrame, ...]:
        return (self.price_plot, self.level_plot, self.equity_plot)

    def _enable(self, valid: bool) -> None:
        for plot in self.plots():
            plot.setEnabled(valid)

    def show_all(self, all_at_once: bool) -> None:
        """All three plots stacked at once, or one at a time in tabs."""
        if all_at_once == self.stack.isVisible():
            return
        current = self.tabs.currentIndex()
        for plot, title in zip(self.plots(), TITLES, strict=True):
            if all_at_once:
                self.stack.addWidget(plot)
                plot.show()  # the tab widget had hidden the pages not on top

            else:
                self.tabs.addTab(plot, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.setVisible(not all_at_once)
        self.stack.setVisible(all_at_once)
        if self.all_at_once.isChecked() != all_at_once:
            self.all_at_once.setChecked(all_at_once)

    def show_dashboard(self, dashboard: Dashboard) -> None:
        result = dashboard.result
        curve = dashboard.price_curve
        if curve is not None and curve.symbol is not None:
            current = float(self.controller.value(("prices", curve.symbol)))
            self.price_plot.show_curve(curve, result, current)
            self.level_plot.show_curve(curve, result, current)
        self.equity_plot.show_curve(dashboard.equity_curve, result)

    def current_plot(self) -> PlotFrame:
        if self.stack.isVisible():
            return self.price_plot
        widget = self.tabs.currentWidget()
        assert isinstance(widget, PlotFrame)
        return widget

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
