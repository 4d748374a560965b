"""The mouse wheel scrolls the panel under it: a drop-down or a number box takes the wheel
only once the trader has clicked or tabbed into it. Without this, scrolling a column turns
whatever Leverage or symbol box passes under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """An application-wide event filter: a wheel over a guarded box without focus goes to the
    scroll area around it (or nowhere), never to the box."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            # Before it is first shown: Qt gives a box with WheelFocus the focus on a wheel
            # from the mouse before any filter sees the wheel, so that the box took it after
            # all (Leverage went from 1:500 to 1:300 under a scrolling trader's pointer).
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, GUARDED):
            box: QWidget = watched
            if not box.hasFocus():
                area = _scroll_area(box)
                if area is not None:
                    QCoreApplication.sendEvent(area.viewport(), event)
                return True
        return super().eventFilter(watched, event)


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent
