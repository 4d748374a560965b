"""A row of controls that takes a second row where the column is too narrow for one."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


class TwoRowBar(QWidget):
    """Controls on one row where the width allows, else the right-hand group on a second row
    (the plots' column on a 1024-pixel screen): never clipped, never wider than the column."""

    def __init__(self, left: list[QWidget], right: list[QWidget]) -> None:
        super().__init__()
        self.left = QHBoxLayout()
        self.right = QHBoxLayout()
        for row in (self.left, self.right):
            row.setContentsMargins(0, 0, 0, 0)
        for widget in left:
            self.left.addWidget(widget)
        self.left.addStretch()
        self.right.addStretch()
        for widget in right:
            self.right.addWidget(widget)
        self._left_widgets, self._right_widgets = left, right
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.left)
        layout.addLayout(self.right)
        self.one_row = False
        self._arrange(True)

    @staticmethod
    def _width(widgets: list[QWidget]) -> int:
        """The room the widgets shown take side by side (a hidden one takes none)."""
        shown = [w for w in widgets if not w.isHidden()]
        return sum(w.sizeHint().width() for w in shown) + 8 * len(shown)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        width = max(self._width(self._left_widgets), self._width(self._right_widgets))
        return QSize(width, hint.height())

    def _arrange(self, one_row: bool) -> None:
        if one_row == self.one_row:
            return
        self.one_row = one_row
        target = self.left if one_row else self.right
        for widget in self._right_widgets:
            target.addWidget(widget)

    def resizeEvent(self, event: QResizeEvent) -> None:
        both = self._width(self._left_widgets) + self._width(self._right_widgets)
        self._arrange(event.size().width() >= both + 8)
        super().resizeEvent(event)
