"""The plots in tabs, redrawn from each Dashboard, with export to PNG and CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
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


class PlotsPanel(QWidget):
    def __init__(self, controller: ScenarioController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.tabs = QTabWidget()
        self.price_plot = PricePlot()
        self.level_plot = LevelPlot()
        self.equity_plot = EquityPlot()
        self.tabs.addTab(self.price_plot, "Margin vs price")
        self.tabs.addTab(self.level_plot, "Margin level vs price")
        self.tabs.addTab(self.equity_plot, "Margin and leverage vs equity")
        self.png_button = QPushButton("Export PNG…")
        self.csv_button = QPushButton("Export CSV…")
        self.png_button.clicked.connect(self._export_png)
        self.csv_button.clicked.connect(self._export_csv)
        corner = QWidget()
        buttons = QHBoxLayout(corner)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.csv_button)
        self.tabs.setCornerWidget(corner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        controller.evaluated.connect(self.show_dashboard)
        controller.problems_changed.connect(lambda _: self.tabs.setEnabled(controller.is_valid))

    def show_dashboard(self, dashboard: Dashboard) -> None:
        result = dashboard.result
        curve = dashboard.price_curve
        if curve is not None and curve.symbol is not None:
            current = float(self.controller.value(("prices", curve.symbol)))
            self.price_plot.show_curve(curve, result, current)
            self.level_plot.show_curve(curve, result, current)
        self.equity_plot.show_curve(dashboard.equity_curve, result)

    def current_plot(self) -> PlotFrame:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, PlotFrame)
        return widget

    def current_curve(self) -> Curve | None:
        return getattr(self.current_plot(), "curve", None)

    def export_png(self, path: Path) -> None:
        self.current_plot().grab().save(str(path), "PNG")

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

    def _export_csv(self, _: object = None) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export curve as CSV", "curve.csv", "CSV files (*.csv)"
        )
        if name:
            self.export_csv(Path(name))
