"""Issue 22 item 3: every line on a plot carries its own label, never an earlier mark's, and no
label hides behind the legend or runs out of the view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from gui.plots.plot_base import MarkerLines, PlotFrame


def labelled_lines(marks: MarkerLines) -> list[tuple[float, str]]:
    return [
        (float(line.value()), line.label.toPlainText())
        for line in marks.lines
        if line.isVisible() and line.label.isVisible()
    ]


def shown_labels(marks: MarkerLines) -> list[tuple[float, str]]:
    return [(shown[0], shown[1]) for shown in marks.shown if shown is not None and shown[1]]


def test_switching_schemes_never_leaves_an_earlier_label_on_a_line(
    qtbot: QtBot, window: MainWindow
) -> None:
    # What the trader did: FBS, FXTM, XM, Exness current, one after the other, on the equity tab.
    window.plots.show_all(True)
    plot = window.plots.equity_plot
    combo = window.account_form.scheme
    for preset in ("fbs", "fxtm", "xm", "exness-current", "fixed-30", "exness-current"):
        combo.setCurrentIndex(combo.findData(preset))
        qtbot.waitUntil(lambda: window.plots.equity_plot.curve is not None)
        qtbot.waitUntil(lambda: plot.curve is window.controller.dashboard.equity_curve)
        result = window.controller.dashboard.result
        expected = {round(t.x, 6): str(t.label) for t in plot.curve.thresholds}
        expected.setdefault(round(result.equity, 6), "")
        lines = labelled_lines(plot.marks)
        assert lines == shown_labels(plot.marks)
        for position, text in lines:
            if position != pytest.approx(result.equity):
                assert text == expected[round(position, 6)], (preset, position, text)


def test_a_line_shown_again_takes_its_new_label(qtbot: QtBot) -> None:
    frame = PlotFrame("x", "y")
    qtbot.addWidget(frame)
    marks = MarkerLines(frame.plot)
    dot = Qt.PenStyle.DotLine
    marks.show([(1.0, "equity 2,000 USD", "#000", dot), (2.0, "stop out", "#000", dot)])
    marks.show([(1.0, "now", "#000", dot)])
    marks.show([(1.0, "now", "#000", dot), (5.0, "1:1000 from 5,000", "#000", dot)])
    assert labelled_lines(marks) == [(1.0, "now"), (5.0, "1:1000 from 5,000")]


def test_a_line_takes_each_change_alone(qtbot: QtBot) -> None:
    """Only what changed is set on a line: a move, a new text, a new colour each arrive."""
    frame = PlotFrame("x", "y")
    qtbot.addWidget(frame)
    marks = MarkerLines(frame.plot)
    dot, solid = Qt.PenStyle.DotLine, Qt.PenStyle.SolidLine
    marks.show([(1.0, "margin call", "#ff8800", dot)])
    marks.show([(1.5, "margin call", "#ff8800", dot)])  # moved
    assert labelled_lines(marks) == [(1.5, "margin call")]
    marks.show([(1.5, "margin call, stop out", "#ff8800", dot)])  # new text
    assert labelled_lines(marks) == [(1.5, "margin call, stop out")]
    marks.show([(1.5, "margin call, stop out", "#cc0000", solid)])  # new colour and style
    (line,) = [line for line in marks.lines if line.isVisible()]
    assert line.pen.color().name() == "#cc0000"
    assert line.pen.style() == solid
    assert line.label.color.name() == "#cc0000"
    marks.show([(1.5, "", "#cc0000", solid)])  # no text: the label goes
    assert labelled_lines(marks) == []
    assert [float(line.value()) for line in marks.lines if line.isVisible()] == [1.5]


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768), (1920, 1080)])
def test_no_label_under_the_legend_or_outside_the_view(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    window.resize(*size)
    for index in range(window.plots.tabs.count()):
        window.plots.tabs.setCurrentIndex(index)
        frame = window.plots.current_plot()
        with qtbot.waitSignal(frame.plot_widget.painted):
            frame.plot_widget.update()
        legend = frame.plot.legend.sceneBoundingRect() if frame.plot.legend else QRectF()
        view = frame.plot.vb.sceneBoundingRect()
        pools = [v for v in vars(frame).values() if isinstance(v, MarkerLines)]
        assert pools
        for pool in pools:
            boxes = []
            for line in pool.lines:
                if not (line.isVisible() and line.label.isVisible()):
                    continue
                box = line.label.sceneBoundingRect()
                name = (type(frame).__name__, line.label.toPlainText())
                assert not box.intersects(legend), name
                if pool.angle == 0:
                    assert view.contains(box), name
                # Neither over another label (in a short plot they had overlapped).
                assert not any(box.intersects(other) for other in boxes), name
                boxes.append(box)
