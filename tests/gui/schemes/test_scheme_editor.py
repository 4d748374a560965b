"""Scheme -> Edit…, the trader's own presets, and the scheme list that shows them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from gui.schemes.rows_table import RowsTable
from gui.schemes.scheme_editor import SchemeEditor

MY_LADDER = "Two tiers — my preset"


def ladder_scenario(tmp_path: Path) -> Path:
    """15 lots EURUSD at 1.0: $1,500,000 of notional in a $100,000 account at 1:1000."""
    path = tmp_path / "ladder.json"
    path.write_text(
        json.dumps(
            {
                "format": "fxmargin-scenario",
                "version": 2,
                "account": {"currency": "USD", "balance": 100_000, "leverage": 1000},
                "scheme": "fixed-50",
                "prices": {"EURUSD": 1.0},
                "positions": [{"symbol": "EURUSD", "side": "buy", "lots": 15, "open_price": 1.0}],
            }
        )
    )
    return path


def margin_text(window: MainWindow) -> str:
    return window.results.values["margin"].text()


def clear(qtbot: QtBot, table: RowsTable) -> None:
    while table.table.rowCount():
        qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)


def add_row(qtbot: QtBot, table: RowsTable, *cells: str) -> None:
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    row = table.table.rowCount() - 1
    for column, text in enumerate(cells):
        table.set_cell(row, column, text)


def name_the_preset(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    def answer(dialog: QInputDialog) -> int:
        # What the trader sees: the whole title (it was cut to "Save a… reset").
        title = dialog.windowTitle()
        assert dialog.minimumWidth() > dialog.fontMetrics().horizontalAdvance(title) + 100
        dialog.setTextValue(name)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QInputDialog, "exec", answer)


def test_a_two_tier_ladder_saved_as_my_preset_gives_its_margin_after_a_restart(
    qtbot: QtBot,
    window: MainWindow,
    settings: QSettings,
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = window.edit_scheme()
    qtbot.waitExposed(editor)
    editor.lines["name"].setText("")
    qtbot.keyClicks(editor.lines["name"], "Two tiers")
    clear(qtbot, editor.equity_tiers)
    clear(qtbot, editor.volume_tiers)
    add_row(qtbot, editor.volume_tiers, "all", "0", "500")
    add_row(qtbot, editor.volume_tiers, "all", "1,000,000", "100")
    assert editor.problems == []
    # The step chart follows the tiers: 1:500 from 0, 1:100 from $1M, drawn to $1.5M.
    xs, _ = editor.volume_chart.curves["all"].getOriginalDataset()
    assert list(xs) == [0, 1_000_000, 1_500_000]
    name_the_preset(monkeypatch, "Two tiers")
    with qtbot.waitSignal(editor.finished):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = json.loads((data_dir / "presets" / "two-tiers.json").read_text())
    assert saved["volume_tiers"] == [
        {"from": 0, "leverage": 500},
        {"from": 1_000_000, "leverage": 100},
    ]
    # The example's Exness "checked on" date is not this new preset's (issue 22 item 19).
    assert not saved.get("checked")

    # A new session of the app: the preset is in the scheme list, marked as the trader's.
    window.controller.new_document()
    window.close()
    again = MainWindow(settings=settings)
    qtbot.addWidget(again)
    again.show()
    assert again.open_path(ladder_scenario(tmp_path), ask=False)
    qtbot.waitUntil(lambda: margin_text(again) == "30,000.00 USD")  # 1:50
    combo = again.account_form.scheme
    combo.setCurrentIndex(combo.findText(MY_LADDER))
    # $1M at 1:500 and $500,000 at 1:100.
    qtbot.waitUntil(lambda: margin_text(again) == "7,000.00 USD")
    assert combo.currentText() == MY_LADDER
    # Saved inline: the scenario opens on a machine without this preset.
    again.controller.save(tmp_path / "mine.json")
    scheme = json.loads((tmp_path / "mine.json").read_text())["scheme"]
    assert scheme["name"] == "Two tiers"
    assert scheme["volume_tiers"][1] == {"from": 1_000_000, "leverage": 100}
    again.controller.new_document()
    again.close()


def test_invalid_entries_are_marked_with_the_core_messages(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.controller.set_scheme("exness")
    editor = window.edit_scheme()
    qtbot.waitExposed(editor)
    tiers = editor.equity_tiers
    tiers.set_cell(1, 1, "lots")
    tiers.set_cell(0, 0, "5")
    item = tiers.table.item(1, 1)
    assert item is not None
    assert 'must be a number greater than 0 or "unlimited"' in item.toolTip()
    assert item.background().color().alpha() > 0
    text = editor.problem_list.text()
    assert "Equity tiers, row 1, From: the first tier must start at 0" in text
    assert "Equity tiers, row 2, Leverage: must be a number greater than 0" in text
    assert not editor.use_button.isEnabled()
    assert not editor.save_button.isEnabled()
    tiers.set_cell(1, 1, "1:2000")
    tiers.set_cell(0, 0, "0")
    assert editor.problems == []
    assert editor.use_button.isEnabled()
    assert tiers.table.item(1, 1).toolTip() == ""  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("table", "row", "expected"),
    [
        ("hedging", ["metals", "net"], "Hedging, row 2: unknown instrument class"),
        ("hedging", ["forex", "2"], "Hedging, row 2: must be between 0 and 1"),
        ("class_caps", ["gold", "100"], "Caps, row 5: unknown instrument class"),
        ("margin_levels", ["vip", "", "20"], "Levels, row 6, Margin call: required field"),
    ],
)
def test_tables_name_the_row_of_a_problem(
    qtbot: QtBot, window: MainWindow, table: str, row: list[str], expected: str
) -> None:
    window.controller.set_scheme("exness")
    editor = window.edit_scheme()
    if table == "hedging":
        editor.hedging.set_cell(0, 0, "metal")
    add_row(qtbot, getattr(editor, table), *row)
    assert expected in editor.problem_list.text()


def test_unlimited_rules_and_duplicate_rows(qtbot: QtBot, window: MainWindow) -> None:
    window.controller.set_scheme("exness")
    editor = window.edit_scheme()
    editor.unlimited_lines["fallback"].setText("")
    qtbot.keyClicks(editor.unlimited_lines["fallback"], "none")
    assert "Unlimited: Fallback: must be a number, not" in editor.problem_list.text()
    assert editor.unlimited_lines["fallback"].property("invalid") is True
    editor.unlimited.setChecked(False)
    assert editor.problems == []
    add_row(qtbot, editor.class_caps, "index", "100")
    assert "Caps, row 5: appears in two rows" in editor.problem_list.text()


def test_use_in_this_scenario_keeps_a_preset_until_its_rules_change(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.controller.set_scheme("xm")
    editor = window.edit_scheme()
    editor.use_button.click()
    assert window.controller.value(("scheme",)) == "xm"  # nothing changed

    editor = window.edit_scheme()
    editor.combos["margin_price"].setCurrentIndex(1)
    with qtbot.waitSignal(editor.finished):
        editor.use_button.click()
    scheme = window.controller.value(("scheme",))
    assert isinstance(scheme, dict)
    assert scheme["margin_price"] == "open"
    assert scheme["hedging"] == {"forex": "net", "metal": "net", "other": 0.5}
    assert window.account_form.scheme.currentText().endswith("(in this file)")


def test_cancel_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    before = window.controller.value(("scheme",))
    editor = window.edit_scheme()
    clear(qtbot, editor.equity_tiers)
    editor.reject()
    assert window.controller.value(("scheme",)) == before


def test_per_group_ladders_round_trip_through_the_editor(window: MainWindow) -> None:
    window.controller.set_scheme("fxtm")
    editor = window.edit_scheme()
    assert editor.volume_tiers.rows()[:2] == [["major", "0", "2000"], ["major", "50,000", "1000"]]
    assert set(editor.volume_chart.curves) == {"major", "minor", "exotic"}
    fields = editor.fields()
    assert fields["volume_tiers"]["exotic"] == [
        {"from": 0, "leverage": 200},
        {"from": 300_000, "leverage": 100},
        {"from": 3_000_000, "leverage": 25},
    ]
    assert fields["volume_scope"] == "group"


def test_my_presets_rename_delete_export_import(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.controller.set_scheme("roboforex")
    name_the_preset(monkeypatch, "My Robo")
    window.save_scheme_as_preset()
    combo = window.account_form.scheme
    assert combo.currentText() == "My Robo — my preset"
    # Issue 22 item 19: the copy does not take RoboForex's "checked on" date as its own.
    assert window.user_presets.presets["my-robo"].checked == ""

    dialog = window.manage_presets()
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["My Robo"]
    dialog.rename("my-robo", "Robo cent")
    assert (data_dir / "presets" / "robo-cent.json").is_file()
    assert combo.findText("Robo cent — my preset") >= 0
    assert combo.findText("My Robo — my preset") < 0
    dialog.export("robo-cent", tmp_path / "robo.json")
    dialog.delete("robo-cent")
    assert dialog.list.count() == 0
    assert combo.findText("Robo cent — my preset") < 0
    # The scenario keeps the scheme it took: it is inline.
    assert window.controller.value(("scheme",))["name"] == "My Robo"

    dialog.import_path(tmp_path / "robo.json")
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["Robo cent"]

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "bad", "volume_tiers": [{"from": 0, "leverage": -5}]}')
    dialog.import_path(bad)
    assert warnings == ["scheme.volume_tiers[0].leverage: must be greater than 0"]
    assert dialog.list.count() == 1
    dialog.close()


def test_a_broken_preset_file_is_listed_and_the_app_still_starts(
    qtbot: QtBot, settings: QSettings, data_dir: Path
) -> None:
    (data_dir / "presets").mkdir(parents=True)
    (data_dir / "presets" / "half.json").write_text('{"name": "half", "equity_tiers": [')
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    dialog = window.manage_presets()
    assert dialog.broken.isVisibleTo(dialog)
    assert "half.json: not valid JSON" in dialog.broken.text()
    dialog.close()


def test_the_editor_opens_on_a_broken_inline_scheme(qtbot: QtBot, window: MainWindow) -> None:
    window.controller.set_scheme({"name": "typo", "equity_tiers": [{"from": 0}]})
    editor = window.edit_scheme()
    assert isinstance(editor, SchemeEditor)
    assert "Equity tiers, row 1, Leverage: required field is missing" in (
        editor.problem_list.text()
    )
    editor.equity_tiers.set_cell(0, 1, "300")
    with qtbot.waitSignal(editor.finished):
        editor.use_button.click()
    assert window.controller.value(("scheme",))["equity_tiers"] == [{"from": 0, "leverage": 300}]


def test_typing_into_a_cell_replaces_it_as_in_a_spreadsheet(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Seen under a real keyboard: "unlimited" then 3000 typed read "unlimited3000".
    editor = window.edit_scheme()
    qtbot.addWidget(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    tiers = editor.equity_tiers
    clear(qtbot, tiers)
    add_row(qtbot, tiers, "0", "unlimited")
    for column, typed in ((1, "3000"), (0, "500")):  # a choice column, then a plain one
        tiers.table.setCurrentCell(0, column)
        tiers.table.setFocus()
        qtbot.waitUntil(tiers.table.hasFocus)
        qtbot.keyClick(tiers.table, typed[0])  # the first key opens the cell's editor
        typing = QApplication.focusWidget()
        assert typing is not None
        assert typing is not tiers.table
        qtbot.keyClicks(typing, typed[1:])
        qtbot.keyClick(typing, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda c=column, t=typed: tiers.rows()[0][c] == t)
    assert tiers.rows()[0] == ["500", "3000"]
