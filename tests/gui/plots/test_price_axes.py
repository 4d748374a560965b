"""The price plots' axes read in the symbol's own digits at any magnitude, and the pips axis
counts pips, never with a "(x0.001)" scale."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from tests.core.builders import buy, doc


def axis_labels(axis: object, low: float, high: float) -> list[str]:
    """The tick labels an axis draws over a range, as pyqtgraph asks for them."""
    ticks = axis.tickValues(low, high, 600)  # type: ignore[attr-defined]
    spacing, values = ticks[-1][0], ticks[-1][1]
    return axis.tickStrings(values, 1.0, spacing)  # type: ignore[attr-defined, no-any-return]


@pytest.mark.parametrize(
    ("symbol", "price", "pattern"),
    [
        ("NZDUSD", 0.58643, r"^0\.\d{2,4}$"),
        ("USDJPY", 151.2, r"^1[45]\d(\.\d{1,2})?$"),
        ("XAUUSD", 2650.0, r"^2,[5-7]\d\d(\.\d)?$"),
        ("BTCUSD", 64410.0, r"^6\d,\d{3}$"),
    ],
)
def test_price_and_pips_axes_at_any_magnitude(
    qtbot: QtBot, window: MainWindow, symbol: str, price: float, pattern: str
) -> None:
    scenario = doc(prices={symbol: price}, positions=[buy(symbol, 0.1, price)])
    window.controller.new_document(scenario)
    plot = window.plots.price_plot
    qtbot.waitUntil(lambda: plot.curve is not None and plot.curve.symbol == symbol)
    price_axis, pips_axis = plot.price_axis, plot.pips_axis
    assert "x0.0" not in price_axis.labelString()
    assert "x0.0" not in pips_axis.labelString()
    labels = axis_labels(price_axis, price * 0.98, price * 1.02)
    assert labels
    assert all(re.match(pattern, label) for label in labels), labels
    pips = axis_labels(pips_axis, price * 0.999, price * 1.001)
    # A 0.1% move is tens of pips (thousands for a coin), never millions.
    assert all(abs(float(p.replace(",", ""))) < 10_000 for p in pips), pips


def test_the_plots_have_no_developer_menu(window: MainWindow) -> None:
    # pyqtgraph's right-click menu is untranslated axis and export settings: not offered.
    for plot in window.plots.plots():
        widget = plot.plot_widget
        assert not widget.getPlotItem().menuEnabled()
        assert widget.scene().contextMenu == []
