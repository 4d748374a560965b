"""The mouse wheel scrolls the panel under it: a drop-down or a number box takes the wheel
only once the trader has clicked or tabbed into it. Without this, scrolling a column turns
whatever Leverage or symbol box passes under the pointer.

Each box is guarded where it is made (`guarded`), by a filter of its own: an application-wide
filter saw every event of the app in Python, 11,800 of them at start-up alone, and cost the
window 40 ms to build (docs/development.md, "Event filters")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget


class WheelGuard(QObject):
    """A box's event filter: a wheel over it while it has no focus goes to the scroll area
    around it (or nowhere), never to the box."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            area = _scroll_area(watched)
            if area is not None:
                QCoreApplication.sendEvent(area.viewport(), event)
            return True
        return False


def guarded[Box: QComboBox | QAbstractSpinBox](box: Box) -> Box:
    """``box``, taking the wheel only when it has the focus; returns it."""
    # Qt gives a box with WheelFocus the focus on a wheel from the mouse before any filter sees
    # the wheel, so that the box took it after all (Leverage went from 1:500 to 1:300 under a
    # scrolling trader's pointer).
    if box.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    box.installEventFilter(WheelGuard(box))
    return box


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent
