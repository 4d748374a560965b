"""Issue 22 item 13: every edit of the document undoes and redoes from the Edit menu and with
Ctrl+Z / Ctrl+Shift+Z, and the figures follow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.inputs.positions_model import PositionColumn
from gui.main_window import MainWindow


def figure(window: MainWindow, key: str) -> str:
    return window.results.values[key].text()


def test_a_removed_position_comes_back_with_ctrl_z(qtbot: QtBot, window: MainWindow) -> None:
    margin = figure(window, "floating_pnl")
    count = len(window.controller.document["positions"])
    view = window.positions_table.view
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.positions_table.model.rowCount() == count - 1)
    qtbot.waitUntil(lambda: figure(window, "floating_pnl") != margin)
    assert len(window.controller.document["positions"]) == count - 1
    assert window.undo_action.text() == "&Undo removal of positions"

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: figure(window, "floating_pnl") == margin)
    assert len(window.controller.document["positions"]) == count
    assert window.positions_table.model.rowCount() == count

    qtbot.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: len(window.controller.document["positions"]) == count - 1)


def test_undo_walks_back_edits_of_every_kind_and_the_forms_follow(
    qtbot: QtBot, window: MainWindow
) -> None:
    controller = window.controller
    start = controller.document
    form = window.account_form
    form.balance.selectAll()
    qtbot.keyClicks(form.balance, "2500")
    qtbot.keyClick(form.balance, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.value(("account", "balance")) == 2500)
    model = window.positions_table.model
    model.setData(model.index(0, PositionColumn.LOTS), "3")
    controller.set_price("EURUSD", 1.1)
    combo = form.scheme
    combo.setCurrentIndex(combo.findData("fixed-30"))
    assert controller.dirty
    assert window.undo_action.text() == "&Undo change of scheme"

    window.undo_action.trigger()
    assert window.undo_action.text() == "&Undo price of EURUSD"
    window.undo_action.trigger()
    assert window.undo_action.text() == "&Undo position 1: Lots"
    window.undo_action.trigger()
    assert window.undo_action.text() == "&Undo Balance"
    qtbot.waitUntil(lambda: form.balance.text() == "2500")
    window.undo_action.trigger()
    assert controller.document == start
    qtbot.waitUntil(lambda: form.balance.text() == str(start["account"]["balance"]))
    assert not window.undo_action.isEnabled()
    # Back where it was opened: nothing unsaved (the example is never asked about anyway).
    assert not controller.dirty
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: form.balance.text() == "2500")
    assert controller.dirty


def test_a_new_document_starts_a_new_history(qtbot: QtBot, window: MainWindow) -> None:
    window.controller.set_price("EURUSD", 1.1)
    assert window.undo_action.isEnabled()
    window.controller.open_example()
    assert not window.undo_action.isEnabled()


def test_saving_marks_where_the_document_is_saved(
    qtbot: QtBot, window: MainWindow, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    controller = window.controller
    controller.set_price("EURUSD", 1.1)
    controller.save(tmp_path / "a.json")
    assert not controller.dirty
    controller.set_price("EURUSD", 1.2)
    assert controller.dirty
    window.undo_action.trigger()
    assert not controller.dirty
    window.undo_action.trigger()
    assert controller.dirty  # before the save: not what the file holds
