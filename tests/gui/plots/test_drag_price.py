"""Drag the price line: every figure follows as a what-if price, then back to the market."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from tests.gui.mouse import send

MARKET = 1.08407


def drag_line(window: MainWindow, to_price: float, steps: int = 12) -> None:
    """Press on the price line, move the mouse across in steps with the button held, release."""
    plot = window.plots.price_plot
    view = plot.plot_widget
    box = plot.plot.vb
    (y_low, y_high) = box.viewRange()[1]
    y = (y_low + y_high) / 2

    def at(price: float) -> QPointF:
        return QPointF(view.mapFromScene(box.mapViewToScene(QPointF(price, y))))

    start, end = at(plot.now_line.value()), at(to_price)
    viewport = view.viewport()
    send(viewport, QEvent.Type.MouseMove, start, Qt.MouseButton.NoButton)
    send(viewport, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        send(viewport, QEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
    send(viewport, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


@pytest.fixture
def every_mouse_move(monkeypatch: pytest.MonkeyPatch) -> None:
    """pyqtgraph drops mouse moves closer than 10 ms apart (its rate limit); synthesized
    moves come microseconds apart, so the limit is lifted rather than the test slowed."""
    monkeypatch.setitem(pg.CONFIG_OPTIONS, "mouseRateLimit", -1)


@pytest.mark.usefixtures("every_mouse_move")
def test_dragging_the_price_line_moves_every_figure(qtbot: QtBot, window: MainWindow) -> None:
    window.plots.price_plot.plot.vb.setXRange(1.080, 1.088, padding=0)
    drag_line(window, 1.0850)
    qtbot.waitUntil(lambda: window.results.what_if.isVisible())
    dashboard = window.controller.dashboard
    assert dashboard is not None
    what_if = dashboard.what_if_price
    assert what_if is not None
    assert what_if.symbol == "EURUSD"
    assert what_if.mid == pytest.approx(1.0850, abs=0.0001)  # to the pixel
    mid = what_if.mid
    # The example's 40 lots EURUSD gain 4,000,000 x the move; gold is still.
    equity = 688.0 + 4_000_000 * (mid - MARKET)
    qtbot.waitUntil(lambda: window.results.values["equity"].text() == f"{equity:,.2f} USD")
    # Past $1,000 of equity: 1:2000 on 40 lots at the dragged price and 0.1 lot of gold.
    margin = 4_000_000 * mid / 2000 + 10 * 2650 / 2000  # 0.1 lot of gold is 10 oz
    assert window.results.values["margin"].text() == f"{margin:,.2f} USD"
    assert window.results.what_if.text().startswith("WHAT IF EURUSD were at ")
    assert f"pips from the market ({MARKET:.5f})" in window.results.what_if.text()
    assert window.plots.price_plot.now_line.label.format.startswith("what if 1.08")
    assert window.plots.what_if_pips.value() == pytest.approx(what_if.pips, abs=0.05)
    # The market price in the file is untouched.
    assert window.controller.value(("prices", "EURUSD")) == MARKET
    assert not window.controller.dirty

    window.plots.market_button.click()
    qtbot.waitUntil(lambda: not window.results.what_if.isVisible())
    assert window.results.values["equity"].text() == "688.00 USD"
    assert window.plots.price_plot.now_line.value() == MARKET


def test_typed_pips_move_the_price_and_zero_returns(qtbot: QtBot, window: MainWindow) -> None:
    window.plots.what_if_pips.setValue(-1.0)
    qtbot.waitUntil(lambda: window.results.what_if.isVisible())
    # A 1-pip fall costs 40 lots x $10 = $400.
    qtbot.waitUntil(lambda: window.results.values["equity"].text() == "288.00 USD")
    assert "-1.0 pips from the market" in window.results.what_if.text()
    window.plots.what_if_pips.setValue(0.0)
    qtbot.waitUntil(lambda: window.results.values["equity"].text() == "688.00 USD")
    assert not window.results.what_if.isVisible()
