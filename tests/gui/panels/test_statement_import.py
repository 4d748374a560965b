"""Opening, dropping and importing MetaTrader statements in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from gui.panels.statement_panel import StatementPanel
from tests.core.statement_files import mt4_statement, mt5_rows, mt5_xlsx


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def map_symbol(qtbot: QtBot, panel: StatementPanel, broker_symbol: str, symbol: str) -> None:
    """Pick the catalog's symbol for an imported one, and click Map."""
    choice = panel._mapping_rows[broker_symbol]
    # Set, not typed: the completion popup warns on the offscreen platform.
    choice.setCurrentText(symbol)
    row = choice.parentWidget()
    assert row is not None
    button = row.findChild(QPushButton)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_opening_a_statement_shows_what_it_held(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = write(tmp_path, "Statement.htm", mt4_statement().encode("cp1252"))
    assert window.open_path(path, ask=False)
    panel = window.statement
    qtbot.waitUntil(lambda: panel.isVisible() and "margin" in panel.figure_cells)
    assert "MT4 statement" in panel.summary.text()
    assert "3 closed trades (2.5 lots); 1 pending order" in panel.summary.text()
    balance = panel.figure_cells["balance"]
    assert [cell.text() for cell in balance[1:]] == ["10,234.56", "10,234.56", "agrees"]
    # The file states 1:500 and margins at the open price: the import finds that basis.
    margin = panel.figure_cells["margin"]
    assert [cell.text() for cell in margin[1:]] == ["481.50", "481.50", "agrees"]
    assert margin[3].property("role") == "agrees"
    assert "leverage 1:500 as the statement shows" in panel.notes.text()
    assert "margin at the open price reproduces the printed margin 481.50" in panel.notes.text()
    # A figure that differs is shown, and marked.
    window.controller.set_value(("account", "leverage"), 400)
    qtbot.waitUntil(lambda: margin[3].text() != "agrees")
    assert margin[3].text() == "+120.38"  # 481.50 x 500 / 400 - 481.50
    assert margin[3].property("role") == "differs"
    assert window.windowTitle().startswith("Statement.htm (imported) *")
    assert window.controller.path is None  # saving asks for a scenario file's name


def test_dropping_a_statement_on_the_window_imports_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    path = write(tmp_path, "ReportHistory.xlsx", mt5_xlsx(mt5_rows()))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.results.values["balance"].text().startswith("10,000.00 USD"))
    assert window.controller.value(("account", "leverage")) == 100
    assert window.statement.figure_cells["margin"][3].text() == "agrees"


def test_an_unknown_symbol_is_mapped_to_the_catalog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    text = mt4_statement().replace("EURUSDm", "ZZTOP.x")
    window.open_path(write(tmp_path, "s.htm", text.encode("cp1252")), ask=False)
    panel = window.statement
    assert window.controller.unmapped_symbols() == ["ZZTOP.x"]
    assert panel.mapping_box.isVisibleTo(window)
    assert not window.controller.is_valid
    map_symbol(qtbot, panel, "ZZTOP.x", "eurusd")
    qtbot.waitUntil(lambda: window.controller.is_valid)
    assert window.controller.value(("positions", 0, "symbol")) == "EURUSD"
    assert window.controller.value(("prices", "EURUSD")) == 1.077
    assert window.controller.unmapped_symbols() == []
    assert not panel.mapping_box.isVisibleTo(window)


def test_a_bad_statement_is_refused_and_the_scenario_stays(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(str(args[2])))
    before = window.controller.document
    path = write(tmp_path, "cut.htm", mt4_statement().encode("cp1252")[:3000])
    assert not window.open_path(path, ask=False)
    assert "the file looks cut short" in shown[0]
    assert window.controller.document == before
    assert not window.statement.isVisible()


def test_the_headline_says_whether_the_statement_is_reproduced_and_the_search_runs_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # The report's USDJPY is under a symbol the catalog does not know: nothing can be computed,
    # so no rule was searched for, until the trader maps it.
    rows = [[("ZZJPY.a" if cell == "USDJPY.a" else cell) for cell in row] for row in mt5_rows()]
    window.open_path(write(tmp_path, "ReportHistory.xlsx", mt5_xlsx(rows)), ask=False)
    panel = window.statement
    headline = panel.verdict
    qtbot.waitUntil(lambda: headline.isVisible())
    assert headline.text().startswith("Not reproduced: fxmargin cannot compute the margin (")
    assert headline.text().endswith("; the statement prints 1,635.00 USD")
    assert headline.property("role") == "state-stop"
    assert panel.search_again.isVisible()
    map_symbol(qtbot, panel, "ZZJPY.a", "USDJPY")
    qtbot.waitUntil(lambda: window.controller.is_valid)
    # 1:100 at the current price, where the broker margins at the open price.
    assert headline.text() == (
        "Not reproduced: margin 1,635.50, statement 1,635.00 USD: the scenario changed since the "
        "import: find the broker's rule again"
    )
    assert headline.property("role") == "state-stop"
    qtbot.mouseClick(panel.search_again, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: headline.text().startswith("Reproduced"))
    assert headline.text() == (
        "Reproduced: margin and equity as the statement prints them (1,635.00 and 10,062.02 USD)"
    )
    assert headline.property("role") == "state-ok"
    assert window.controller.value(("scheme", "margin_price")) == "open"
    assert "margin at the open price reproduces the printed margin 1,635.00" in panel.notes.text()


def test_no_figure_of_the_previous_file_stays_after_an_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.open_path(write(tmp_path, "a.htm", mt4_statement().encode("cp1252")), ask=False)
    results = window.results
    qtbot.waitUntil(lambda: results.values["margin"].text().startswith("481.50"))
    text = mt4_statement().replace("EURUSDm", "ZZTOP.x")
    window.open_path(write(tmp_path, "b.htm", text.encode("cp1252")), ask=False)
    assert not window.controller.is_valid
    assert {label.text() for label in results.values.values()} == {"-"}
    assert results.margin_call_price.text() == "-"
    assert [c.text() for c in window.statement.figure_cells["margin"][1:]] == ["481.50", "-", "-"]
    assert window.plots.price_plot.curve is None
    assert window.eligibility.verdict.text() == "-"


def test_a_file_that_is_not_a_statement_says_so(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(str(args[2])))
    notes = write(tmp_path, "notes.txt", b"EURUSD 1.08 buy 1 lot")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(notes), ""))
    window.import_dialog()
    assert shown == ["statement: not a MetaTrader statement"]
    pdf = write(tmp_path, "report.pdf", b"%PDF-1.4\n%\xe2\xe3")
    assert not window.open_path(pdf, ask=False)
    assert shown[1] == (
        f"{pdf}: neither an fxmargin scenario (JSON) nor a MetaTrader statement (HTML or XLSX)"
    )


def test_a_second_import_asks_nothing_when_the_first_was_not_edited(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    first = write(tmp_path, "a.htm", mt4_statement().encode("cp1252"))
    second = write(tmp_path, "ReportHistory.xlsx", mt5_xlsx(mt5_rows()))
    assert window.open_path(first, ask=False)
    qtbot.waitUntil(lambda: window.controller.dashboard is not None)
    assert window.open_path(second)  # nothing typed: the statement is still on disk
    assert asked == []
    window.controller.set_value(("account", "balance"), 5_000)
    assert window.open_path(first)  # typed work would be lost: asked
    assert asked == ["Unsaved changes"]
