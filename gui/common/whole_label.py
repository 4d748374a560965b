"""A word-wrapped label that is never given fewer lines than its text takes at its width.

A form lays its rows out from each label's height for a width; when the column around it
was laid out twice in a row (a panel below grew), the form gave a scheme's note the height
of a wider column and cut its first and last lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WholeLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def _hold(self) -> None:
        """The text's height at the label's width, measured afresh (the label's own
        heightForWidth never answers less than the minimum this sets)."""
        if self.width() <= 0:
            return
        margins = self.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 2 * self.margin()
        flags = int(Qt.TextFlag.TextWordWrap) | int(self.alignment().value)
        text = self.fontMetrics().boundingRect(0, 0, max(room, 1), 1 << 20, flags, self.text())
        needed = text.height() + margins.top() + margins.bottom() + 2 * self.margin()
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._hold()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._hold()
