"""A held label: a new text that needs no other size lays nothing out; one that does, does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from gui.common.steady_label import hold


class LayoutRequests(QObject):
    """Counts the layout requests that reach one widget."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__()
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def panel(qtbot: QtBot, label: QLabel) -> tuple[QWidget, QWidget]:
    window = QWidget()
    layout = QVBoxLayout(window)
    holder = hold(label)
    layout.addWidget(holder)
    layout.addStretch()
    qtbot.addWidget(window)
    window.resize(240, 300)
    window.show()
    qtbot.waitExposed(window)
    return window, holder


def settle() -> None:
    for _ in range(5):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def test_new_figures_of_the_same_shape_lay_nothing_out(qtbot: QtBot) -> None:
    label = QLabel("7,455.07 USD")
    label.setWordWrap(True)
    window, _ = panel(qtbot, label)
    settle()
    requests = LayoutRequests(window)
    for text in ("7,460.12 USD", "1,234.56 USD", "9,999.99 USD"):
        label.setText(text)
        settle()
    assert requests.count == 0
    assert label.text() == "9,999.99 USD"


def wrapped_dash(qtbot: QtBot) -> tuple[QLabel, QWidget, QWidget, int]:
    """A word-wrapped label showing "-", laid out: the label, its window, its holder and the
    height of one line."""
    label = QLabel("-")
    label.setWordWrap(True)
    window, holder = panel(qtbot, label)
    settle()
    return label, window, holder, holder.height()


def test_a_text_that_needs_more_lines_gets_them(qtbot: QtBot) -> None:
    label, window, holder, one_line = wrapped_dash(qtbot)
    requests = LayoutRequests(window)
    label.setText("the sell stop 0.5 EURUSD at 1.08000 fills 40.5 pips below " * 4)
    settle()
    assert requests.count >= 1
    assert holder.height() > 2 * one_line
    assert label.height() >= label.heightForWidth(label.width())
    label.setText("-")
    settle()
    assert holder.height() == one_line


def test_a_wider_number_that_no_longer_fits_widens_its_place(qtbot: QtBot) -> None:
    label = QLabel("1.0")
    window, holder = panel(qtbot, label)
    window.layout().setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
    settle()
    narrow = holder.minimumSizeHint().width()
    label.setText("1,000,000,000.00 USD")
    settle()
    assert holder.minimumSizeHint().width() > narrow
    assert label.width() >= label.sizeHint().width()


def test_hiding_the_label_hides_its_place(qtbot: QtBot) -> None:
    label = QLabel("WHAT IF")
    _, holder = panel(qtbot, label)
    label.hide()
    assert holder.isHidden()
    label.show()
    assert holder.isVisible()
    assert label.isVisible()


def test_a_text_set_while_hidden_gets_its_lines_when_shown(qtbot: QtBot) -> None:
    label, window, holder, one_line = wrapped_dash(qtbot)
    window.hide()
    label.setText("1.49530\n(347.0 pips below)")
    window.show()
    qtbot.waitExposed(window)
    settle()
    assert holder.height() >= 2 * one_line
    assert label.height() >= label.heightForWidth(label.width())
