"""A row of controls that takes a second (and a third) row where the column is too narrow."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


class TwoRowBar(QWidget):
    """Controls on one row where the width allows, else the right-hand group on a second row
    (the plots' column on a 1024-pixel screen): never clipped, never wider than the column.
    ``spill`` controls follow the left group, and take a row of their own between the two
    where even the left group and they do not fit side by side."""

    def __init__(
        self, left: list[QWidget], right: list[QWidget], spill: Sequence[QWidget] = ()
    ) -> None:
        super().__init__()
        self.rows = [QHBoxLayout(), QHBoxLayout(), QHBoxLayout()]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for row in self.rows:
            row.setContentsMargins(0, 0, 0, 0)
            layout.addLayout(row)
        self._groups = (list(left), list(spill), list(right))
        self.row_count = 0
        self._arrange(1)

    @staticmethod
    def _width(widgets: list[QWidget]) -> int:
        """The room the widgets shown take side by side (a hidden one takes none)."""
        shown = [w for w in widgets if not w.isHidden()]
        return sum(w.sizeHint().width() for w in shown) + 8 * len(shown)

    @property
    def one_row(self) -> bool:
        return self.row_count == 1

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(self._width(group) for group in self._groups), hint.height())

    def _arrange(self, rows: int) -> None:
        """Put the groups on 1, 2 or 3 rows: left (and spill) first, right to the right, last."""
        if rows == self.row_count:
            return
        self.row_count = rows
        left, spill, right = self._groups
        for row in self.rows:
            while row.count():
                row.takeAt(0)
        first = left + spill if rows < 3 else left
        for widget in first:
            self.rows[0].addWidget(widget)
        self.rows[0].addStretch()
        if rows == 3:
            for widget in spill:
                self.rows[1].addWidget(widget)
            self.rows[1].addStretch()
        last = self.rows[0] if rows == 1 else self.rows[2]
        if rows > 1:
            last.addStretch()
        for widget in right:
            last.addWidget(widget)

    def resizeEvent(self, event: QResizeEvent) -> None:
        left, spill, right = (self._width(group) for group in self._groups)
        width = event.size().width()
        if width >= left + spill + right + 8:
            self._arrange(1)
        elif width >= left + spill + 8 or not spill:
            self._arrange(2)
        else:
            self._arrange(3)
        super().resizeEvent(event)
