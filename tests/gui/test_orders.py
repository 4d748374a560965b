"""Issue 24 in the app: the Pending orders tab, the fills on the price plots, the Orders fill
tick and the pending order in the New order panel (docs/desktop-app.md, "Pending orders")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.resources import resources_dir
from gui.inputs.orders_model import OrderColumn
from gui.main_window import MainWindow
from tests.core.statement_files import mt5_html, mt5_rows

BOOK = resources_dir() / "examples" / "book-of-stops.json"


def cell(window: MainWindow, row: int, column: OrderColumn) -> str:
    model = window.orders_table.model
    return str(model.data(model.index(row, column)))


def open_book(qtbot: QtBot, window: MainWindow) -> None:
    assert window.open_path(BOOK)
    qtbot.waitUntil(lambda: cell(window, 0, OrderColumn.MARGIN_AFTER) == "1,623.07")


def test_the_book_of_stops_shows_where_each_order_fills(qtbot: QtBot, window: MainWindow) -> None:
    open_book(qtbot, window)
    assert window.book_tabs.tabText(0) == "Positions (1)"
    assert window.book_tabs.tabText(1) == "Pending orders (12)"
    assert window.orders_table.model.rowCount() == 12
    assert cell(window, 0, OrderColumn.TYPE) == "sell stop"
    assert cell(window, 0, OrderColumn.PRICE) == "1.08200"
    assert cell(window, 0, OrderColumn.FILLS_AT).startswith("20.5 pips below (1.0820")
    assert cell(window, 2, OrderColumn.MARGIN_AFTER) == "2,700.07"
    # margin now counts none of them; the margin call comes with the third fill
    assert window.results.values["margin"].text() == "1,084.12 USD"
    assert "40.5 pips below" in window.results.margin_call_price.text()
    # the stop column shows only where a stop-limit order is
    assert window.orders_table.view.isColumnHidden(OrderColumn.STOP)


def test_fills_are_marked_on_the_price_plot(qtbot: QtBot, window: MainWindow) -> None:
    open_book(qtbot, window)
    plot = window.plots.price_plot
    qtbot.waitUntil(lambda: len(plot.fill_positions()) > 0)
    marked = plot.fill_positions()
    assert curve_fills(window) == marked
    # each mark is the mid where the bid reaches the stop (a 0.7-pip spread: 0.35 above it)
    assert min(abs(x - 1.082035) for x in marked) < 1e-9
    x_low, x_high = plot.plot.getViewBox().viewRange()[0]
    assert all(x_low <= x <= x_high for x in marked)
    # on the price axis, each named where the pointer is over it
    axis = plot.price_axis
    pixels = [at for at, _ in axis.fill_pixels()]
    assert all(0 <= at <= axis.boundingRect().width() for at in pixels)
    first = min(range(len(marked)), key=lambda i: abs(marked[i] - 1.082035))
    assert axis.fill_at(pixels[first]) == "sell stop 0.5 at 1.08200"
    assert axis.fill_at(pixels[first] + 20) is None


def curve_fills(window: MainWindow) -> list[float]:
    dashboard = window.controller.dashboard
    assert dashboard is not None
    assert dashboard.price_curve is not None
    return [t.x for t in dashboard.price_curve.fills]


def test_unticking_orders_fill_leaves_them_out(qtbot: QtBot, window: MainWindow) -> None:
    open_book(qtbot, window)
    window.plots.orders_fill.setChecked(False)
    qtbot.waitUntil(lambda: "171.4 pips below" in window.results.margin_call_price.text())
    assert cell(window, 0, OrderColumn.FILLS_AT) == ""
    assert window.plots.price_plot.fill_positions() == []
    window.plots.orders_fill.setChecked(True)
    qtbot.waitUntil(lambda: "40.5 pips below" in window.results.margin_call_price.text())


def test_orders_are_added_edited_and_removed_with_undo(qtbot: QtBot, window: MainWindow) -> None:
    open_book(qtbot, window)
    table = window.orders_table
    window.book_tabs.setCurrentIndex(1)
    table.view.setFocus()
    qtbot.waitUntil(table.view.hasFocus)
    table.view.selectRow(11)
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.book_tabs.tabText(1) == "Pending orders (11)")
    assert window.undo_action.text() == "&Undo removal of pending orders"
    qtbot.keyClick(table.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.book_tabs.tabText(1) == "Pending orders (12)")

    table.add_button.click()
    qtbot.waitUntil(lambda: table.model.rowCount() == 13)
    # a sell stop above the bid would fill at once: the cell is marked with why
    model = table.model
    assert model.setData(model.index(12, OrderColumn.PRICE), "1.0900")
    qtbot.waitUntil(lambda: bool(window.controller.problems_at(("orders", 12, "price"))))
    tip = model.data(model.index(12, OrderColumn.PRICE), Qt.ItemDataRole.ToolTipRole)
    assert "already reached by the bid" in tip
    assert model.data(model.index(12, OrderColumn.PRICE), Qt.ItemDataRole.BackgroundRole)
    assert model.setData(model.index(12, OrderColumn.PRICE), "1.0700")
    qtbot.waitUntil(lambda: not window.controller.problems_at(("orders", 12, "price")))
    assert window.controller.document["orders"][12]["price"] == 1.07


def test_a_pending_order_from_the_new_order_panel(qtbot: QtBot, window: MainWindow) -> None:
    open_book(qtbot, window)
    panel = window.order
    panel.symbol.setCurrentText("EURUSD")
    panel.side.setCurrentIndex(panel.side.findData("sell"))
    panel.kind.setCurrentIndex(panel.kind.findData("stop"))
    assert panel.price.isEnabled()
    qtbot.keyClicks(panel.price, "1.0650")
    qtbot.keyClicks(panel.lots, "1")
    qtbot.waitUntil(lambda: panel.state_after.text().startswith("It fills"))
    assert "pips below (1.0650" in panel.state_after.text()
    assert panel.add_button.text() == "Add to orders"
    panel.add_button.click()
    qtbot.waitUntil(lambda: window.book_tabs.tabText(1) == "Pending orders (13)")
    assert window.controller.document["orders"][-1] == {
        "symbol": "EURUSD",
        "type": "sell_stop",
        "lots": 1.0,
        "price": 1.065,
    }
    assert len(window.controller.document["positions"]) == 1


def test_an_imported_statement_brings_its_working_orders(qtbot: QtBot, window: MainWindow) -> None:
    window.controller.import_statement(mt5_html(mt5_rows()), "ReportHistory.html")
    qtbot.waitUntil(lambda: window.book_tabs.tabText(1) == "Pending orders (1)")
    assert window.orders_table.model.rowCount() == 1
    assert cell(window, 0, OrderColumn.SYMBOL) in window.controller.document["prices"]


def test_a_what_if_price_past_orders_says_they_filled(qtbot: QtBot, window: MainWindow) -> None:
    """Dragged 35 pips down (mid 1.08058), the first two stops have filled: their rows say so
    and the others keep their own figures (the core's list then holds only the ten left)."""
    open_book(qtbot, window)
    fourth = cell(window, 3, OrderColumn.MARGIN_AFTER)
    window.plots.set_what_if_mid(1.08408 - 0.0035)
    qtbot.waitUntil(lambda: cell(window, 0, OrderColumn.FILLS_AT) == "filled at this price")
    assert cell(window, 1, OrderColumn.FILLS_AT) == "filled at this price"
    assert cell(window, 0, OrderColumn.MARGIN_AFTER) == ""
    # the third fills when the mid falls from 1.08058 to 1.080035: 5.4 pips below
    assert cell(window, 2, OrderColumn.FILLS_AT) == "5.4 pips below (1.08004)"
    assert cell(window, 3, OrderColumn.MARGIN_AFTER) == fourth
    window.plots.back_to_market()
    qtbot.waitUntil(lambda: cell(window, 0, OrderColumn.FILLS_AT).startswith("20.5 pips below"))
