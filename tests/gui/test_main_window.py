"""The real window, driven as a trader would: typing, clicking, opening and saving."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QMessageBox,
    QScrollArea,
)
from pytestqt.qtbot import QtBot

from core.formatting import format_leverage
from core.resources import resources_dir
from gui.inputs.positions_model import PositionColumn
from gui.inputs.prices_table import ASK, BID, SPREAD, WHY
from gui.main_window import MainWindow
from tests.core.statement_files import mt5_html, mt5_rows
from tests.gui.mouse import wheel

EXAMPLES = resources_dir() / "examples"


def figure(window: MainWindow, key: str) -> str:
    return window.results.values[key].text()


def type_into_cell(qtbot: QtBot, window: MainWindow, row: int, column: int, text: str) -> None:
    view = window.positions_table.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_opens_on_the_example(window: MainWindow) -> None:
    assert figure(window, "equity") == "688.00 USD"
    assert figure(window, "margin") == "0.00 USD"
    # The built-in example is the Exness trap: no margin, but a 0.8-pip rise lifts equity
    # past $1,000 into 1:2000 and brings a margin call. The state says so, in orange.
    assert window.results.state.text() == (
        "NEAR: margin call 0.8 pips away (a rise to 1.08415); "
        "stop out 1.7 pips away (a fall to 1.08390)"
    )
    assert window.results.state.property("role") == "state-near"
    # With no margin, margin call is equity <= 0 (a fall that costs all 688.00), or the
    # rise that takes equity to 1,000.00 (+312.00), where 1:2000 applies.
    assert window.results.margin_call_price.text() == (
        "1.7 pips below (1.08390, -0.016%), equity -688.00 USD\n"
        "0.8 pips above (1.08415, +0.0072%), equity +312.00 USD"
    )
    assert "example" in window.windowTitle()


def test_typing_a_lot_size_changes_the_margin(qtbot: QtBot, window: MainWindow) -> None:
    # Switch to a fixed 1:500 so that lots show in the margin at once.
    window.account_form.leverage.setEditText("500")
    qtbot.waitUntil(lambda: figure(window, "margin") == "8,725.56 USD")
    type_into_cell(qtbot, window, 0, PositionColumn.LOTS, "20")
    # 20 lots EURUSD at 1.08407 on 1:500 = 4,336.28; gold 26,500 / 500 = 53.00.
    qtbot.waitUntil(lambda: figure(window, "margin") == "4,389.28 USD")
    model = window.positions_table.model
    assert model.data(model.index(0, PositionColumn.MARGIN)) == "4,336.28"


def test_switching_scheme_reprices(qtbot: QtBot, window: MainWindow) -> None:
    combo = window.account_form.scheme
    combo.setCurrentIndex(combo.findData("fixed-30"))
    qtbot.waitUntil(lambda: figure(window, "leverage") == "1:30 (tier 1)")
    # EURUSD 4,336,280 / 30 + XAUUSD 26,500 / 20
    assert figure(window, "margin") == "145,867.67 USD"
    assert window.results.state.text() == "STOP OUT"
    assert window.results.state.property("role") == "state-stop"
    assert "no conditions" in window.eligibility.verdict.text()


def test_a_broken_field_is_marked_and_results_greyed(qtbot: QtBot, window: MainWindow) -> None:
    balance = window.account_form.balance
    balance.clear()
    qtbot.keyClicks(balance, "4OO")
    qtbot.waitUntil(lambda: balance.property("invalid") is True)
    assert 'must be a number, not a string ("4OO")' in balance.toolTip()
    assert not window.results.body.isEnabled()
    assert window.results.state.text() == "NOT UP TO DATE: fix the marked fields"
    assert window.results.state.property("role") == "state-stale"
    assert window.results.problems.isVisible()
    assert 'Balance: must be a number, not "4OO"' in window.results.problems.text()
    assert window.plots.stale.isVisible()
    assert figure(window, "equity") == "688.00 USD"  # the last good result stays
    balance.clear()
    qtbot.keyClicks(balance, "900")
    qtbot.waitUntil(lambda: window.results.body.isEnabled())
    assert balance.property("invalid") is False
    assert figure(window, "equity") == "1,188.00 USD"
    assert not window.plots.stale.isVisible()


def test_a_missing_price_is_asked_for_in_words(qtbot: QtBot, window: MainWindow) -> None:
    window.controller.add_position(
        {"symbol": "GBPJPY", "side": "buy", "lots": 1, "open_price": 190.0}
    )
    qtbot.waitUntil(lambda: window.results.problems.isVisible())
    assert "Type GBPJPY's price in Market prices." in window.results.problems.text()
    assert "positions[" not in window.results.problems.text()


def test_a_broken_cell_is_marked(qtbot: QtBot, window: MainWindow) -> None:
    type_into_cell(qtbot, window, 1, PositionColumn.LOTS, "-1")
    model = window.positions_table.model
    qtbot.waitUntil(
        lambda: (
            model.data(model.index(1, PositionColumn.LOTS), Qt.ItemDataRole.ToolTipRole)
            == "must be greater than 0"
        )
    )
    assert (
        model.data(model.index(1, PositionColumn.LOTS), Qt.ItemDataRole.BackgroundRole) is not None
    )


def test_unlimited_checklist_follows_the_account(qtbot: QtBot, window: MainWindow) -> None:
    assert "Eligible" in window.eligibility.verdict.text()
    trades = window.account_form.closed_trades
    trades.clear()
    qtbot.keyClicks(trades, "5")
    qtbot.waitUntil(lambda: "Not eligible" in window.eligibility.verdict.text())
    texts = [label.text() for row in window.eligibility.visible_rows() for label in row]
    assert "✘" in texts
    assert any("5 more closed trades" in t for t in texts)
    assert "1:2000" in window.eligibility.verdict.text()
    window.account_form.leverage.setEditText("Unlimited")
    window.account_form.platform.setEditText("MT5")
    qtbot.waitUntil(
        lambda: any(
            "open the account on MT4" in label.text()
            for row in window.eligibility.visible_rows()
            for label in row
        )
    )


def test_price_edit_updates_levels(qtbot: QtBot, window: MainWindow) -> None:
    view = window.prices_table.view
    model = window.prices_table.model
    row = model.symbols().index("EURUSD")
    assert model.data(model.index(row, WHY)) == "position in EURUSD"
    model.setData(model.index(row, BID), "1.0842")
    qtbot.waitUntil(lambda: window.results.state.text().startswith("MARGIN CALL: stop out"))
    assert view.isVisible()


def test_add_duplicate_remove_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    view = window.positions_table.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.positions_table.model.rowCount() == 3)
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: window.positions_table.model.rowCount() == 4)
    view.selectRow(3)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.positions_table.model.rowCount() == 3)
    qtbot.mouseClick(window.positions_table.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.positions_table.model.rowCount() == 2)


def test_plots_hold_the_core_curves(qtbot: QtBot, window: MainWindow) -> None:
    dashboard = window.controller.dashboard
    assert dashboard is not None
    assert dashboard.price_curve is not None
    x, margin = window.plots.price_plot.margin.getData()
    assert np.array_equal(x, dashboard.price_curve.x)
    assert np.array_equal(margin, dashboard.price_curve.margin)
    marks = window.plots.price_plot.marks.positions()
    assert any(abs(m - 1.084148) < 1e-6 for m in marks)  # margin call above, at the equity tier
    assert window.plots.price_plot.now_line.value() == 1.08407  # now: the draggable line
    _, level = window.plots.level_plot.level.getData()
    assert np.array_equal(level, dashboard.price_curve.margin_level, equal_nan=True)
    assert sorted(window.plots.level_plot.horizontal.positions()) == [0, 60]
    ex, leverage = window.plots.equity_plot.leverage.getData()
    assert np.array_equal(ex, dashboard.equity_curve.x)
    assert leverage[0] > 2000  # unlimited is drawn above the top tier
    assert leverage[-1] in (2000, 1000)
    assert window.plots.price_plot.plot.getAxis("bottom").labelText == "EURUSD price (mid)"
    assert window.plots.price_plot.readout.text().startswith("Now, EURUSD 1.08407:")


def test_choosing_the_moving_symbol(qtbot: QtBot, window: MainWindow) -> None:
    combo = window.results.symbol
    combo.setCurrentIndex(combo.findData("XAUUSD"))
    qtbot.waitUntil(
        lambda: window.plots.price_plot.plot.getAxis("bottom").labelText == "XAUUSD price (mid)"
    )
    dashboard = window.controller.dashboard
    assert dashboard is not None
    assert dashboard.result.analysis_symbol == "XAUUSD"


def test_tools_are_live(qtbot: QtBot, window: MainWindow) -> None:
    # 1% of 688 = 6.88 at 20 pips x 10 USD: 0.03 lots.
    qtbot.waitUntil(lambda: "0.03 lots" in window.tools.size_result.text())
    window.tools.risk.clear()
    qtbot.keyClicks(window.tools.risk, "10")
    qtbot.waitUntil(lambda: "0.34 lots" in window.tools.size_result.text())
    assert "no limit" in window.tools.volume_result.text()
    window.account_form.leverage.setEditText("100")
    # 688 USD at 1:100 after 40 lots of EURUSD (43,362.80 margin) leaves nothing to open.
    qtbot.waitUntil(lambda: "0 lots" in window.tools.volume_result.text())
    window.tools.stop_pips.clear()
    qtbot.keyClicks(window.tools.stop_pips, "x")
    qtbot.waitUntil(lambda: window.tools.stop_pips.property("invalid") is True)


def test_open_and_save(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.open_path(EXAMPLES / "gbpusd-volume-tier.json")
    qtbot.waitUntil(lambda: figure(window, "margin") == "1,989.00 USD")
    assert window.account_form.balance.text() == "5000"
    assert "gbpusd-volume-tier.json" in window.windowTitle()
    window.account_form.balance.clear()
    qtbot.keyClicks(window.account_form.balance, "6000")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("gbpusd-volume-tier.json *"))
    target = tmp_path / "copy.json"
    assert window._save_to(target)
    assert json.loads(target.read_text())["account"]["balance"] == 6000
    assert not window.windowTitle().startswith("copy.json *")
    assert str(target) in window._recent_files()


def test_opening_a_bad_file_explains_and_keeps_the_scenario(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(str(args[2])))
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 9}')
    assert not window.open_path(bad)
    assert "reads version 2" in shown[0]
    assert figure(window, "equity") == "688.00 USD"


def test_unsaved_changes_prompt(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.account_form.balance.clear()
    qtbot.keyClicks(window.account_form.balance, "450")
    qtbot.waitUntil(lambda: window.controller.dirty)
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop())
    window.close()
    assert window.isVisible()
    answers.append(QMessageBox.StandardButton.Discard)
    window.new_file()
    assert not window.controller.dirty
    assert window.account_form.balance.text() == "1000"


def test_exports(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.plots.export_png(tmp_path / "plot.png")
    window.plots.export_csv(tmp_path / "curve.csv")
    assert (tmp_path / "plot.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    lines = (tmp_path / "curve.csv").read_text().splitlines()
    assert lines[0] == "x,equity,margin,free_margin,margin_level,leverage"
    assert len(lines) == 601


def test_settings_keep_window_state_and_preferences(
    qtbot: QtBot, window: MainWindow, settings: QSettings
) -> None:
    window.tools.risk.setText("2.5")
    window.plots.tabs.setCurrentIndex(2)
    window.controller.new_document()
    window.close()
    assert settings.value("geometry") is not None
    again = MainWindow(settings=settings)
    assert again.tools.risk.text() == "2.5"
    assert again.plots.tabs.currentIndex() == 2
    again.deleteLater()


@pytest.mark.parametrize("statement", [False, True])
def test_usable_on_a_1024_by_600_screen(qtbot: QtBot, window: MainWindow, statement: bool) -> None:
    # Issue 22 item 11: the window could not shrink below 1280x720. 600 pixels less a title
    # bar and a panel leave 560; an imported statement's panel widens the right column.
    if statement:
        window.controller.import_statement(mt5_html(mt5_rows()), "ReportHistory.html")
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024
    assert hint.height() <= 560
    window.resize(1024, 560)
    qtbot.waitUntil(lambda: window.width() == 1024 and window.height() == 560)
    plots = window.plots
    qtbot.waitUntil(lambda: not plots.bar.one_row)
    controls = [
        window.account_form.balance,
        window.account_form.scheme,
        window.positions_table.add_button,
        window.positions_table.remove_button,
        plots.all_at_once,
        plots.danger_zoom,
        plots.what_if_pips,
        plots.market_button,
        plots.export_button,
    ]
    for control in controls:
        # Reachable, and whole once its column is scrolled to it (as the trader does).
        area = next((a for a in window.findChildren(QScrollArea) if a.isAncestorOf(control)), None)
        if area is not None:
            area.ensureWidgetVisible(control)
        qtbot.waitUntil(lambda c=control: c.visibleRegion().boundingRect().width() == c.width())
    for area in window.findChildren(QScrollArea):
        assert not area.horizontalScrollBar().isVisible()
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: plots.bar.one_row)
    for control in controls:
        assert control.visibleRegion().boundingRect().width() == control.width(), control


def test_figures_explain_their_formula(window: MainWindow) -> None:
    assert "Equity - margin" in window.results.values["free_margin"].toolTip()
    assert "Equity / margin" in window.results.values["margin_level"].toolTip()


def test_plot_survives_hundreds_of_redraws(qtbot: QtBot, window: MainWindow) -> None:
    # PySide6 6.12 on Python 3.11 crashed pyqtgraph after ~100 setData + repaint cycles.
    plot = window.plots.price_plot
    x = np.linspace(1.0, 1.2, 500)
    for i in range(300):
        plot.margin.setData(x, np.sin(x * i))
        plot.plot_widget.repaint()
    assert plot.margin.getData()[1] is not None


def test_all_plots_at_once(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.plots.all_at_once.setChecked(True)
    qtbot.waitUntil(lambda: all(plot.isVisible() for plot in window.plots.plots()))
    assert not window.plots.tabs.isVisible()
    window.plots.export_png(tmp_path / "all.png")
    assert (tmp_path / "all.png").stat().st_size > 10_000
    window.plots.all_at_once.setChecked(False)
    qtbot.waitUntil(lambda: window.plots.tabs.isVisible())
    assert window.plots.tabs.count() == 3
    assert window.plots.price_plot.isVisible()


def test_current_price_line_follows_a_dark_palette(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from gui.plots.plot_base import now_colour

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    app.setPalette(dark)
    try:
        assert QColor(now_colour()).lightness() > 200
    finally:
        app.setPalette(light)


def test_typing_an_ask_gives_the_price_a_spread(qtbot: QtBot, window: MainWindow) -> None:
    model = window.prices_table.model
    row = model.symbols().index("EURUSD")
    bid = model.data(model.index(row, BID))
    assert model.data(model.index(row, ASK)) == bid  # one number: bid = ask, shown implied
    assert model.data(model.index(row, SPREAD)) == "0.0"
    model.setData(model.index(row, ASK), "1.08427")
    qtbot.waitUntil(lambda: model.data(model.index(row, SPREAD)) == "2.0")
    assert window.controller.value(("prices", "EURUSD")) == {"bid": 1.08407, "ask": 1.08427}
    # Buys close at the bid, which stays: P/L stays 280 + 8 (gold). Their margin is at the ask.
    qtbot.waitUntil(lambda: window.results.values["floating_pnl"].text() == "288.00 USD")


def test_an_ask_below_the_bid_is_marked_on_the_ask(qtbot: QtBot, window: MainWindow) -> None:
    model = window.prices_table.model
    row = model.symbols().index("EURUSD")
    model.setData(model.index(row, ASK), "1.08")
    qtbot.waitUntil(lambda: not window.controller.is_valid)
    assert model.data(model.index(row, ASK), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(row, BID), Qt.ItemDataRole.BackgroundRole) is None
    assert "must be at least the bid" in model.data(
        model.index(row, ASK), Qt.ItemDataRole.ToolTipRole
    )


def test_a_restricted_position_is_ticked_and_capped(qtbot: QtBot, window: MainWindow) -> None:
    # The example's exness preset caps forex at 1:200 in high-margin periods.
    model = window.positions_table.model
    assert not window.positions_table.view.isColumnHidden(PositionColumn.RESTRICTED)
    cell = model.index(0, PositionColumn.RESTRICTED)
    assert model.data(cell, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    model.setData(cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: model.data(model.index(0, PositionColumn.LEVERAGE)) == "1:200")
    assert window.controller.value(("positions", 0, "restricted")) is True
    model.setData(cell, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: window.controller.value(("positions", 0, "restricted")) is None)


def test_prices_show_a_tenth_of_a_pip_and_edit_as_typed(window: MainWindow) -> None:
    model = window.prices_table.model
    window.controller.set_price("EURUSD", {"bid": 1.0841, "ask": 1.08412})
    row = model.symbols().index("EURUSD")
    assert model.data(model.index(row, BID)) == "1.08410"
    assert model.data(model.index(row, BID), Qt.ItemDataRole.EditRole) == "1.0841"


def test_results_show_the_margin_basis_and_the_spread_stress(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_path(resources_dir() / "examples" / "mt5-open-price-ladder.json")
    results = window.results
    qtbot.waitUntil(lambda: results.values["margin_price"].text() == "at the open price")
    assert results.values["margin"].text() == "32,368.95 USD"
    assert results.spread_now.text() == "0.8 pips (GBPUSD)"
    assert results.margin_call_spread.text() == "56.3 pips"
    assert "27.7 pips below (1.27037, -0.22%)" in results.margin_call_price.text()


def test_a_plot_behind_a_tab_catches_up_when_shown(qtbot: QtBot, window: MainWindow) -> None:
    # An edit redraws only the plot on screen; the one behind its tab is drawn when shown.
    plots = window.plots
    level_plot = plots.level_plot  # built, and drawn with the results of now
    assert plots.tabs.currentIndex() == 0
    type_into_cell(qtbot, window, 0, PositionColumn.LOTS, "20")
    qtbot.waitUntil(
        lambda: (
            window.positions_table.model.data(
                window.positions_table.model.index(0, PositionColumn.LOTS)
            )
            == "20"
        )
    )
    dashboard = window.controller.dashboard
    assert dashboard is not None
    curve = dashboard.price_curve
    assert curve is not None
    qtbot.waitUntil(lambda: np.array_equal(plots.price_plot.margin.getData()[1], curve.margin))
    _, stale = level_plot.level.getData()
    assert not np.array_equal(stale, curve.margin_level, equal_nan=True)
    plots.tabs.setCurrentIndex(1)
    _, level = level_plot.level.getData()
    assert np.array_equal(level, curve.margin_level, equal_nan=True)


def test_the_readout_spans_its_plot_and_a_new_text_moves_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    frame = window.plots.price_plot
    readout = frame.readout
    assert readout.width() == frame.width()
    assert readout.geometry().bottom() < frame.plot_widget.geometry().top()
    before = frame.plot_widget.geometry()
    readout.setText("A much longer readout than any before it, " * 3)
    QApplication.processEvents()  # the layout requests the new text posted
    assert frame.plot_widget.geometry() == before
    window.resize(1300, 800)
    qtbot.waitUntil(lambda: readout.width() == frame.width())


def test_the_wheel_scrolls_the_column_and_leaves_an_unfocused_drop_down_alone(
    qtbot: QtBot, window: MainWindow
) -> None:
    # A wheel from the mouse gives focus to a box that takes it from the wheel, before any
    # filter sees the wheel (a real window turned 1:500 into 1:300 so): no box takes it so.
    boxes = window.findChildren(QComboBox) + window.findChildren(QAbstractSpinBox)
    assert boxes
    assert all(box.focusPolicy() != Qt.FocusPolicy.WheelFocus for box in boxes)
    combo = window.account_form.leverage
    before = combo.currentText()
    window.setFocus()
    assert not combo.hasFocus()
    wheel(combo, 3)
    assert combo.currentText() == before
    assert window.controller.value(("account", "leverage")) == "unlimited"
    # Clicked into, it takes the wheel as a drop-down does.
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo, 1)
    assert combo.currentText() != before


def test_an_open_price_reads_in_its_symbols_digits_and_edits_as_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.controller.set_value(("positions", 0, "open_price"), 1.084)
    model = window.positions_table.model
    index = model.index(0, PositionColumn.OPEN_PRICE)
    qtbot.waitUntil(lambda: model.data(index) == "1.08400")  # EURUSD quotes five digits
    assert model.data(index, Qt.ItemDataRole.EditRole) == "1.084"
    assert model.data(model.index(1, PositionColumn.OPEN_PRICE)) == "2651.000"  # as its price


def test_no_open_price_is_cut_short(qtbot: QtBot, window: MainWindow) -> None:
    view = window.positions_table.view
    model = window.positions_table.model
    for row in range(model.rowCount()):
        text = model.data(model.index(row, PositionColumn.OPEN_PRICE))
        room = view.columnWidth(PositionColumn.OPEN_PRICE) - 8  # the cell's margins
        assert view.fontMetrics().horizontalAdvance(text) <= room, text


def test_an_unlimited_account_under_a_volume_ladder_shows_the_leverage_charged(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Issue 22 item 7: FXTM's ladder charged margin while the Leverage column read "unlimited".
    window.controller.set_value(("account", "leverage"), "unlimited")
    combo = window.account_form.scheme
    combo.setCurrentIndex(combo.findData("fxtm"))
    qtbot.waitUntil(lambda: "charged" in figure(window, "leverage"))
    result = window.controller.dashboard.result
    model = window.positions_table.model
    for row, position in enumerate(result.positions):
        shown = model.data(model.index(row, PositionColumn.LEVERAGE))
        assert shown == format_leverage(position.charged_leverage)
        if position.margin > 0:
            assert shown != "unlimited"
            assert position.margin == pytest.approx(
                position.margined_notional / position.charged_leverage
            )
    assert figure(window, "leverage").startswith("unlimited; charged 1:")


def test_an_account_type_left_out_shows_the_default_it_is_read_as(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Issue 22 item 20: after an import the type read blank, and the file was saved "standard".
    document = window.controller.document
    del document["account"]["type"], document["account"]["platform"]
    window.controller.new_document(document)
    form = window.account_form
    qtbot.waitUntil(lambda: form.account_type.currentText() == "")
    assert form.account_type.lineEdit().placeholderText() == "standard"
    assert form.platform.lineEdit().placeholderText() == "MT4"
    assert window.controller.scenario.account.account_type == "standard"
    assert window.controller.scenario.account.platform == "MT4"


def test_results_copy_as_text_and_as_csv(qtbot: QtBot, window: MainWindow) -> None:
    # Issue 22 item 14: results could not be copied.
    clipboard = QApplication.clipboard()
    window.copy_text_action.trigger()
    text = clipboard.text()
    assert f"Margin                  {figure(window, 'margin')}" in text
    assert window.results.state.text().split(":")[0] in text
    window.copy_csv_action.trigger()
    rows = clipboard.text().splitlines()
    assert rows[0] == "figure,value,unit"
    assert any(row.startswith("margin_call_") for row in rows)
    assert window.copy_text_action in window.results.actions()


def test_save_and_export_suggest_a_name_from_the_scenario_and_the_last_folder_saved_to(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # Issue 22 item 20: Save offered scenario.json in a statement's folder, Export the program's.
    window.controller.import_statement(mt5_html(mt5_rows()), "ReportHistory-5036.html")
    suggested = window.suggested_path(".json")
    assert suggested.name == "ReportHistory-5036.json"
    assert window.suggested_path("-results.csv").name == "ReportHistory-5036-results.csv"
    saved = tmp_path / "kept" / "mine.json"
    saved.parent.mkdir()
    assert window._save_to(saved)
    assert window.suggested_path("-results.csv") == saved.parent / "mine-results.csv"
    # The plots' exports start there too, named after the scenario.
    assert window.plots.suggest("-plot.png") == saved.parent / "mine-plot.png"


def test_a_block_of_prices_pasted_with_ctrl_v_is_one_edit(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Issue 22 item 18: prices could only be typed one by one.
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    before = window.controller.document["prices"]
    QApplication.clipboard().setText("Symbol\tBid\tAsk\nEURUSD\t1.09000\t1.09020\nXAUUSD\t2700.5")
    view = window.prices_table.view
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.value(("prices", "XAUUSD")) == 2700.5)
    assert window.controller.value(("prices", "EURUSD")) == {"bid": 1.09, "ask": 1.0902}
    assert said == []
    model = window.prices_table.model
    row = model.symbols().index("EURUSD")
    qtbot.waitUntil(lambda: model.data(model.index(row, SPREAD)) == "2.0")
    window.undo_action.trigger()  # both prices back with one undo
    assert window.controller.document["prices"] == before
    # A bad line is named, the good ones kept.
    window.prices_table.paste("EURUSD 1.1\nEURXYZ 2")
    assert window.controller.value(("prices", "EURUSD")) == 1.1
    assert "line 2: EURXYZ is not a symbol fxmargin knows" in said[-1]


def test_older_presets_are_listed_apart_each_saying_what_to_pick(window: MainWindow) -> None:
    # Issue 22 item 19: two Exness, two FXTM and two Alpari side by side left a trader guessing.
    combo = window.account_form.scheme
    texts = [combo.itemText(i) for i in range(combo.count())]
    title = texts.index("Older presets and examples:")
    assert not combo.model().item(title).isEnabled()
    keys = [combo.itemData(i) for i in range(title + 1, combo.count())]
    assert keys[:5] == [
        "exness",
        "fxtm-style",
        "alpari-style",
        "equity-ladder-500",
        "volume-ladder-500",
    ]
    tip = combo.itemData(combo.findData("fxtm-style"), Qt.ItemDataRole.ToolTipRole)
    assert tip == (
        "kept for files made with it; for this broker pick "
        "FXTM (notional per FX group, Advantage and Standard)"
    )
    assert all(combo.itemData(i) not in keys for i in range(title))


def test_a_new_language_offers_to_restart_now_on_the_same_file(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Issue 22 item 20: a language change needed a restart, with no button for it.
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        "gui.main_window.QProcess.startDetached",
        lambda program, args: started.append((program, args)) or True,
    )
    monkeypatch.setattr("gui.main_window.QApplication.quit", lambda: None)
    window.controller.save(tmp_path / "kept.json")
    window.choose_language("es")
    box = window.findChild(QMessageBox)
    assert box is not None
    assert "Español" in box.text()
    restart = next(b for b in box.buttons() if b.text() == "Restart now")
    qtbot.mouseClick(restart, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: started != [])
    assert started[0][1][-1] == str(tmp_path / "kept.json")
    assert not window.isVisible()


def test_restarting_on_an_imported_statement_reads_the_statement_again(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    started: list[list[str]] = []
    monkeypatch.setattr(
        "gui.main_window.QProcess.startDetached",
        lambda program, args: started.append(args) or True,
    )
    monkeypatch.setattr("gui.main_window.QApplication.quit", lambda: None)
    statement = tmp_path / "ReportHistory.html"
    statement.write_bytes(mt5_html(mt5_rows()))
    assert window.open_path(statement, ask=False)
    assert window.restart()  # an untouched import: nothing to ask
    assert started == [[*started[0][:-1], str(statement)]]
