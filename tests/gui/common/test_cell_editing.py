"""Typing into a cell replaces its value, as a spreadsheet does (found under a real keyboard)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from gui.inputs.positions_model import PositionColumn
from gui.inputs.prices_table import ASK, BID
from gui.main_window import MainWindow


def open_editor(qtbot: QtBot, view, index) -> QLineEdit:  # type: ignore[no-untyped-def]
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    qtbot.waitUntil(lambda: isinstance(view.focusWidget(), QLineEdit))
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    return editor


def test_a_filled_cell_opens_with_its_text_selected(qtbot: QtBot, window: MainWindow) -> None:
    model = window.positions_table.model
    editor = open_editor(qtbot, window.positions_table.view, model.index(0, PositionColumn.LOTS))
    assert editor.text() == "40"
    assert editor.selectedText() == "40"  # the first key typed replaces it


def test_the_greyed_ask_of_a_one_number_price_opens_empty(qtbot: QtBot, window: MainWindow) -> None:
    prices = window.prices_table
    row = prices.model.symbols().index("EURUSD")
    assert prices.model.data(prices.model.index(row, ASK)) == "1.08407"  # shown greyed
    editor = open_editor(qtbot, prices.view, prices.model.index(row, ASK))
    assert editor.text() == ""
    editor.setText("1.08409")
    prices.view.commitData(editor)
    assert window.controller.value(("prices", "EURUSD")) == {"bid": 1.08407, "ask": 1.08409}
    bid = open_editor(qtbot, prices.view, prices.model.index(row, BID))
    assert bid.selectedText() == "1.08407"
