"""New order (what if): type an order, read the after column, add it to the positions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.analyses.sizing import max_volume, position_size
from core.resources import resources_dir
from gui.main_window import MainWindow

LADDER = resources_dir() / "examples" / "gbpusd-volume-tier.json"


def after(window: MainWindow, figure: str) -> str:
    return window.order.cells[figure][1].text()


def test_typing_an_order_shows_the_account_after_it(qtbot: QtBot, window: MainWindow) -> None:
    assert window.open_path(LADDER, ask=False)
    panel = window.order
    panel.symbol.setCurrentText("GBPUSD")
    panel.side.setCurrentText("buy")
    qtbot.keyClicks(panel.lots, "1")
    # 7.5 lots x 153,000 = 1,147,500: $1M at 1:500 and $147,500 at 1:250.
    qtbot.waitUntil(lambda: after(window, "Margin") == "2,590.00 USD")
    assert panel.cells["Margin"][0].text() == "1,989.00 USD"
    assert after(window, "Free margin") == "21,910.00 USD"
    assert panel.state_after.text().startswith("Margin needed 601.00 USD. After: OK: margin call")
    assert "the open buy of 6.5 GBPUSD is margined at 1:443.05 instead of 1:500" in (
        panel.changes.text()
    )
    # Nothing is opened until asked: the positions are as they were.
    assert window.results.values["margin"].text() == "1,989.00 USD"

    panel.add_button.click()
    qtbot.waitUntil(lambda: window.results.values["margin"].text() == "2,590.00 USD")
    assert window.controller.value(("positions", 1)) == {
        "symbol": "GBPUSD",
        "side": "buy",
        "lots": 1.0,
        "open_price": 1.53,
    }
    assert panel.lots.text() == ""
    assert not panel.table.isVisible()


def test_an_order_for_an_unpriced_symbol_says_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.order
    panel.symbol.setCurrentText("GBPJPY")
    qtbot.keyClicks(panel.lots, "2")
    qtbot.waitUntil(lambda: panel.problems.isVisible())
    assert panel.problems.text() == "New order: no price for GBPJPY: add it to the prices"
    assert not panel.add_button.isEnabled()
    panel.lots.clear()
    qtbot.keyClicks(panel.lots, "x")
    assert panel.lots.property("invalid") is True


def test_lots_come_from_the_tools_with_one_click(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.controller.dashboard is not None)
    dashboard = window.controller.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: window.controller.dashboard.position_size is not None)  # type: ignore[union-attr]
    window.order.from_size.click()
    size = window.controller.dashboard.position_size  # type: ignore[union-attr]
    assert size is not None
    assert window.order.lots.text() == f"{size.lots:g}"
    qtbot.waitUntil(lambda: window.order.table.isVisible())


def test_an_order_the_terminal_refuses_says_refused_in_red(
    qtbot: QtBot, window: MainWindow
) -> None:
    # 23,900 USD of equity: 200 lots GBPUSD need far more margin than the account has free.
    assert window.open_path(LADDER, ask=False)
    panel = window.order
    panel.symbol.setCurrentText("GBPUSD")
    panel.side.setCurrentText("buy")
    qtbot.keyClicks(panel.lots, "200")
    qtbot.waitUntil(lambda: "REFUSED" in panel.state_after.text())
    assert after(window, "Free margin").startswith("-")
    assert panel.state_after.text().startswith("Margin needed ")
    assert "After: REFUSED: free margin after would be -" in panel.state_after.text()
    assert "OK" not in panel.state_after.text()
    assert panel.state_after.property("role") == "state-stop"


def test_the_lot_buttons_size_the_orders_own_symbol_and_side(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Tools asks about gold; the order is a EURUSD sell: the buttons size the EURUSD sell.
    assert window.open_path(
        resources_dir() / "examples" / "multi-currency-portfolio.json", ask=False
    )
    qtbot.waitUntil(lambda: window.controller.scenario is not None)
    window.tools.size_symbol.setCurrentText("XAUUSD")
    window.tools.volume_symbol.setCurrentText("XAUUSD")
    panel = window.order
    panel.symbol.setCurrentText("EURUSD")
    panel.side.setCurrentIndex(panel.side.findData("sell"))
    scenario = window.controller.scenario
    assert scenario is not None
    panel.from_most.click()
    most = max_volume(scenario, "EURUSD", "sell")
    assert most is not None
    assert (panel.symbol.currentText(), panel.side.currentData()) == ("EURUSD", "sell")
    assert panel.lots.text() == f"{most.lots:g}"
    qtbot.waitUntil(lambda: window.controller.request.sizing is not None)
    sizing = window.controller.request.sizing
    assert sizing is not None
    panel.from_size.click()
    size = position_size(
        scenario,
        "EURUSD",
        sizing.stop_pips,
        risk_percent=sizing.risk if sizing.risk_in_percent else None,
        risk_money=None if sizing.risk_in_percent else sizing.risk,
        commission_per_lot=sizing.commission_per_lot,
        side="sell",
    )
    assert panel.symbol.currentText() == "EURUSD"
    assert panel.lots.text() == f"{size.lots:g}"


def test_nothing_in_the_left_column_moves_while_the_order_fills(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Issue 22 item 12: the column reflowed as the order's sentences came, and a click landed on
    # another control.
    window.resize(1280, 720)
    assert window.open_path(LADDER, ask=False)
    panel = window.order
    controls = [
        window.account_form.balance,
        window.account_form.leverage,
        panel.lots,
        panel.from_most,
        panel.add_button,
    ]

    column = window.account_form.parentWidget()
    assert column is not None

    def places() -> list[tuple[int, int, int, int]]:
        """Where each control sits in the column (its scrolling aside), and its size, once
        every pending layout is done."""
        for _ in range(3):  # a layout done may ask for another one, up the parents
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        return [
            (*(lambda p: (p.x(), p.y()))(c.mapTo(column, QPoint(0, 0))), c.width(), c.height())
            for c in controls
        ]

    qtbot.waitUntil(lambda: window.account_form.balance.isVisible())
    before = places()
    panel.symbol.setCurrentText("GBPUSD")
    qtbot.keyClicks(panel.lots, "40")
    qtbot.waitUntil(lambda: panel.changes.text() != "")
    assert places() == before
