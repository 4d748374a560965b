"""The mouse wheel over a drop-down or number box the trader has not clicked into scrolls the
panel around it and leaves the box's value alone (docs/desktop-app.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui.common.wheel_guard import WheelGuard, guarded
from gui.inputs.positions_model import PositionColumn
from gui.main_window import MainWindow
from tests.core.statement_files import mt4_statement
from tests.gui.mouse import wheel


def unguarded(root: QWidget) -> list[str]:
    """The boxes under ``root`` that would take a wheel without the focus."""
    boxes: list[QWidget] = [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]
    return [
        box.objectName() or type(box).__name__
        for box in boxes
        if box.focusPolicy() == Qt.FocusPolicy.WheelFocus
        or not any(isinstance(child, WheelGuard) for child in box.children())
    ]


def test_an_unfocused_box_passes_the_wheel_to_the_scroll_area(qtbot: QtBot) -> None:
    area = QScrollArea()
    page = QWidget()
    column = QVBoxLayout(page)
    box = guarded(QDoubleSpinBox())
    box.setRange(0, 100)
    box.setValue(50)
    column.addWidget(box)
    column.addWidget(QLabel("tall"), 0)
    page.setMinimumHeight(3000)
    area.setWidget(page)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()
    assert bar.value() == 0

    wheel(box, 3)
    assert box.value() == 50
    assert bar.value() > 0  # the column scrolled instead

    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    wheel(box, 1)
    assert box.value() == 49  # clicked into, it takes the wheel as a number box does


def test_every_box_of_the_window_is_guarded(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # The boxes a statement with an unknown symbol adds, and a cell's drop-down editor.
    statement = tmp_path / "s.htm"
    statement.write_bytes(mt4_statement().replace("EURUSDm", "ZZTOP.x").encode("cp1252"))
    assert window.open_path(statement, ask=False)
    assert window.statement.mapping_box.isVisibleTo(window)
    view = window.positions_table.view
    side = view.model().index(0, PositionColumn.SIDE)
    view.setCurrentIndex(side)
    view.edit(side)
    qtbot.waitUntil(lambda: view.findChild(QComboBox) is not None)
    assert unguarded(window) == []
    editor = window.edit_scheme()
    assert unguarded(editor) == []
    editor.close()
