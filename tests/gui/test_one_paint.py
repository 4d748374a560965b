"""Issue 25, "one paint per edit": the figures a new result changes are laid out before the
window paints, so an edit paints the results column once, not once per layout pass."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from tests.benchmarks.books import big_book


class PaintCounter(QObject):
    def __init__(self, watched: QObject) -> None:
        super().__init__()
        self.watched, self.count = watched, 0

    def eventFilter(self, target: QObject, event: QEvent) -> bool:
        if target is self.watched and event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_an_edit_paints_the_results_once(qtbot: QtBot, window: MainWindow) -> None:
    window.controller.new_document(big_book(200))
    qtbot.waitUntil(lambda: window.controller.dashboard is not None)
    for _ in range(5):
        QCoreApplication.processEvents()
    counter = PaintCounter(window.results)
    app = QCoreApplication.instance()
    assert app is not None
    app.installEventFilter(counter)
    try:
        lots = window.controller.value(("positions", 0, "lots"))
        window.controller.set_value(("positions", 0, "lots"), lots * 2)
        qtbot.waitUntil(lambda: counter.count >= 1)
        for _ in range(10):  # every later turn of the event loop: layouts, repaints
            QCoreApplication.processEvents()
    finally:
        app.removeEventFilter(counter)
    assert counter.count == 1


def test_a_tools_new_input_repaints_the_tools_and_not_the_plot_or_the_book(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A tool's input asks nothing new of the result, the levels or the curves: the plot and
    the positions keep their picture, and only the tool's answer changes."""
    window.controller.new_document(big_book(200))
    qtbot.waitUntil(lambda: window.controller.dashboard is not None)
    for _ in range(5):
        QCoreApplication.processEvents()
    plot = window.plots.price_plot.plot_widget
    plot_paints: list[int] = []
    plot.painted.connect(lambda: plot_paints.append(1))
    table = PaintCounter(window.positions_table.view.viewport())
    window.positions_table.view.viewport().installEventFilter(table)
    result = window.controller.dashboard.result
    answer = window.tools.size_result.text()

    window.tools.stop_pips.setText("40")
    window.tools.stop_pips.textEdited.emit("40")  # as typed
    qtbot.waitUntil(lambda: window.tools.size_result.text() != answer)
    for _ in range(10):
        QCoreApplication.processEvents()
    assert window.controller.dashboard.result is result
    assert plot_paints == []
    assert table.count == 0

    # An edit of the book still repaints both.
    lots = window.controller.value(("positions", 0, "lots"))
    window.controller.set_value(("positions", 0, "lots"), lots * 2)
    qtbot.waitUntil(lambda: bool(plot_paints) and table.count > 0)
    assert window.controller.dashboard.result is not result
