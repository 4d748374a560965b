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
