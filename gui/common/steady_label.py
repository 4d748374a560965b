"""A label whose new text re-lays out the window only when it needs another size.

A QLabel asks its layout to be done again on every new text, and that request climbs to the
window: every layout on the way is computed again, the scrolled column is measured again for
its height, and a word-wrapped label is measured at each step. Most new figures need no other
room ("7,455.07 USD" becomes "7,460.12 USD"), so `hold` puts the label in a holder that lays
it out by hand and passes the request on only when one of the label's sizes changed
(docs/performance.md)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

Sizes = tuple[QSize, QSize, int]
_DIGITS = str.maketrans("123456789", "000000000")
_TABULAR: dict[str, bool] = {}
"""Per font: whether all its digits are equally wide."""


class _Holder(QWidget):
    def __init__(self, label: QLabel) -> None:
        super().__init__(label.parentWidget())
        self.label = label
        label.setParent(self)
        self._sizes = self._measure()
        self._shape = self._text_shape()
        self._filled = label.text()
        self.setSizePolicy(label.sizePolicy())
        self.setVisible(not label.isHidden())
        label.installEventFilter(self)

    def _measure(self) -> Sizes:
        label = self.label
        height = label.heightForWidth(self.width()) if label.hasHeightForWidth() else -1
        return label.sizeHint(), label.minimumSizeHint(), height

    def _text_shape(self) -> tuple[str, ...] | None:
        """What the label's sizes depend on, found without measuring (measuring a word-wrapped
        label lays its text out, 0.1 ms a label): its text with every digit written 0, its
        font and its style, where the font draws all digits equally wide, as interface fonts
        do. None where only measuring tells."""
        label = self.label
        font = label.font()
        key = font.key()
        tabular = _TABULAR.get(key)
        if tabular is None:
            metrics = label.fontMetrics()
            tabular = len({metrics.horizontalAdvance(digit) for digit in "0123456789"}) == 1
            _TABULAR[key] = tabular
        if not tabular:
            return None
        return label.text().translate(_DIGITS), key, label.styleSheet()

    def _has_document(self) -> bool:
        """Whether the label shows its text through a text document (rich or selectable
        text), which it fills the first time it is measured or painted after a new text."""
        label = self.label
        selectable = Qt.TextInteractionFlag.TextSelectableByMouse | (
            Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        return bool(label.textInteractionFlags() & selectable) or (
            label.textFormat() == Qt.TextFormat.RichText
            or (label.textFormat() == Qt.TextFormat.AutoText and "<" in label.text())
        )

    def sizeHint(self) -> QSize:
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.label.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return self.label.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self.label.heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.setGeometry(self.rect())
        # A text the layout was not told of (set while the panel was hidden) is told of now.
        self._follow_text()
        self._sizes = self._measure()

    def event(self, event: QEvent) -> bool:
        # The label's request arrives here, as at any parent without a layout. A label hidden
        # with its panel asks nothing of a hidden parent, so its place is checked when shown.
        if event.type() == QEvent.Type.LayoutRequest:
            self._follow_text()
            return True
        if event.type() == QEvent.Type.Show:
            self._follow_text()
        return super().event(event)

    def _follow_text(self) -> None:
        shape = self._text_shape()
        if shape is None or shape != self._shape:
            self._shape = shape
            sizes = self._measure()
            if sizes != self._sizes:
                self._sizes = sizes
                self.updateGeometry()
        elif self._has_document() and self._filled != self.label.text():
            # Its text is put in its document now, at the width it is painted at, rather
            # than while it is painted: that asks for a second paint.
            self._filled = self.label.text()
            self.label.heightForWidth(self.width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Hiding or showing the label hides or shows its place in the layout.
        if watched is self.label:
            if event.type() == QEvent.Type.HideToParent:
                self.hide()
            elif event.type() == QEvent.Type.ShowToParent:
                self.show()
        return False


def hold(label: QLabel) -> QWidget:
    """The widget to put in a layout in place of `label` (which stays the one to set texts on,
    style, hide and show): a new text that fits the label's present sizes lays out nothing."""
    return _Holder(label)
