"""The heat map tab: computed while shown, readable at a glance."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow


def test_the_heat_map_tab_shows_the_example(qtbot: QtBot, window: MainWindow) -> None:
    assert window.controller.request.heat_map is False
    window.analysis_tabs.setCurrentIndex(2)  # the Heat map tab: built when first opened
    qtbot.waitUntil(lambda: window.heat_map.heat is not None)
    heat = window.heat_map.heat
    assert heat is not None
    assert (heat.x_symbol, heat.y_symbol) == ("EURUSD", "XAUUSD")
    image = window.heat_map.image.image
    assert image is not None
    assert image.shape == (41, 41)
    assert window.heat_map.plot.getAxis("bottom").labelText == "EURUSD move (%)"
    assert window.heat_map.readout.text().startswith("EURUSD +0.00%, XAUUSD +0.00%: equity 688.00")
    window.analysis_tabs.setCurrentWidget(window.plots)
    qtbot.waitUntil(lambda: window.controller.request.heat_map is False)


def test_the_contours_are_drawn_and_stand_out_from_the_cells(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.analysis_tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: window.heat_map.heat is not None)
    hm = window.heat_map
    for outline, line in ((hm.call_outline, hm.call_line), (hm.stop_outline, hm.stop_line)):
        line.generatePath()  # pyqtgraph makes it on the first paint
        assert line.path is not None
        assert line.path.elementCount() > 0  # the example has a margin-call and a stop-out edge
        assert outline.zValue() < line.zValue()
        assert outline.pen.widthF() > line.pen.widthF()
        assert outline.pen.color().lightness() < 60  # dark beneath the orange or red line
