"""Stress tests tab: computed while shown, two rows checked by hand, exported with the CSV."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow


def cells(window: MainWindow, name: str) -> list[str]:
    table = window.stress.table
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == name:  # type: ignore[union-attr]
            return [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
    raise AssertionError(f"no row {name}")


def test_the_stress_table_on_the_example(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.controller.request.stress_gap_pips is None  # not computed while hidden
    window.analysis_tabs.setCurrentWidget(window.stress)
    qtbot.waitUntil(lambda: window.stress.table.rowCount() > 0)
    assert window.controller.request.stress_gap_pips == 50
    # XAUUSD -2%: the gold sell gains 530.00, equity 1,218.00 passes $1,000 into 1:2000:
    # margin 2,168.14 + 12.985 = 2,181.125 (shown 2,181.12: an exact half rounds to even),
    # 55.84%: margin call.
    assert cells(window, "XAUUSD -2%") == [
        "XAUUSD -2%",
        "1,218.00",
        "2,181.12",
        "55.84%",
        "+530.00",
        "MARGIN CALL",
    ]
    # EURUSD -1%: 40 lots x 100,000 x 1.08407 x 1% = 43,362.80 lost.
    assert cells(window, "EURUSD -1%")[4:] == ["-43,362.80", "STOP OUT"]

    window.stress.gap.setValue(10)
    qtbot.waitUntil(
        lambda: any(
            window.stress.table.item(r, 0).text().startswith("gap 10 pips")  # type: ignore[union-attr]
            for r in range(window.stress.table.rowCount())
        )
    )
    target = tmp_path / "results.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_results()
    assert "XAUUSD -2%," in target.read_text()
    assert "gap 10 pips against all" in target.read_text()

    window.analysis_tabs.setCurrentWidget(window.plots)
    qtbot.waitUntil(lambda: window.controller.request.stress_gap_pips is None)
