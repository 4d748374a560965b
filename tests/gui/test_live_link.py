"""File > Connect to MetaTrader 5 on the stand-in terminal (docs/live-link.md): readings in a
worker thread, the terminal's figures beside fxmargin's, a dropped link marked, Disconnect."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from core.files.scenario_reader import load_scenario
from gui.main_window import MainWindow
from tests.core.live.test_mt5_link import terminal


def test_connecting_follows_the_terminal_and_a_dropped_link_keeps_the_last_reading(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    link = terminal()
    window.live_connector = lambda: link
    window.connect_action.setEnabled(True)
    window.connect_action.trigger()
    live = window.live
    assert live is not None
    live_status = window.live_status
    qtbot.waitUntil(lambda: "read at" in live_status.text(), timeout=5000)
    assert "MetaTrader 5: MetaQuotes-Demo, account 5001619248, read at" in live_status.text()
    controller = window.controller
    qtbot.waitUntil(lambda: controller.dashboard is not None and controller.live)
    assert [p["symbol"] for p in controller.document["positions"]] == ["EURUSD", "EURUSD"]
    # The terminal's margin beside fxmargin's, as for a statement.
    assert window.statement.isVisible()
    assert window.statement.summary.text().startswith("Live from MetaTrader 5: MetaQuotes-Demo")
    assert window.statement.title() == "MetaTrader 5, live"
    assert window.statement.headers[1].text() == "Terminal"
    qtbot.waitUntil(lambda: window.results.values["margin"].text() == "11.02 USD")

    # The trader picks the broker's scheme: the next readings keep it.
    combo = window.account_form.scheme
    combo.setCurrentIndex(combo.findData("fixed-30"))
    first = live.last
    qtbot.waitUntil(lambda: live.last is not first, timeout=5000)
    assert controller.value(("scheme",)) == "fixed-30"

    # The terminal stops answering: the last reading stays, marked with its time.
    kept = live.last
    assert kept is not None
    link.fail = {"account_info"}
    qtbot.waitUntil(lambda: "showing the reading of" in live_status.text(), timeout=5000)
    assert f"showing the reading of {kept.time}" in live_status.text()
    assert "No IPC connection" in live_status.text()
    assert [p["symbol"] for p in controller.document["positions"]] == ["EURUSD", "EURUSD"]

    # Save writes the reading as a scenario that opens anywhere.
    saved = window.controller.save(tmp_path / "snapshot.json")
    assert [p.symbol for p in load_scenario(saved).positions] == ["EURUSD", "EURUSD"]

    window.disconnect_action.trigger()
    assert window.live is None
    assert not controller.live
    assert window.connect_action.isEnabled()
    assert live_status.text() == "MetaTrader 5: disconnected"


def test_without_the_package_connect_is_off_and_says_why(window: MainWindow) -> None:
    assert not window.connect_action.isEnabled()
    assert "MetaTrader5 package" in window.connect_action.toolTip()


def test_an_answer_of_an_unknown_shape_is_said_and_the_link_goes_on(
    qtbot: QtBot, window: MainWindow
) -> None:
    link = terminal()

    def broken() -> object:
        raise AttributeError("'AccountInfo' object has no attribute 'margin_so_call'")

    link.account_info = broken  # type: ignore[method-assign]
    window.live_connector = lambda: link
    window.connect_live()
    status = window.live_status
    qtbot.waitUntil(lambda: "could not be read" in status.text(), timeout=5000)
    assert "AttributeError" in status.text()
    assert window.live is not None
    window.stop_live()
