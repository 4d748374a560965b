"""Marking a field as invalid (a red border and the reason in its tooltip), and label styles.

Styles are set on the few widgets that need one, never application-wide: an application
style sheet makes every widget paint through Qt's slower style-sheet style.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from gui.i18n import local_numbers

INVALID_BORDER = "border: 2px solid #d0312d; border-radius: 3px;"
ROLE_STYLES = {
    "state-ok": "color: white; background: #2e7d32; border-radius: 4px; padding: 2px 8px; font-weight: bold;",
    "state-call": "color: black; background: #f9a825; border-radius: 4px; padding: 2px 8px; font-weight: bold;",
    "state-stop": "color: white; background: #c62828; border-radius: 4px; padding: 2px 8px; font-weight: bold;",
    "state-near": "color: white; background: #e65100; border-radius: 4px; padding: 2px 8px; font-weight: bold;",
    "what-if": "color: white; background: #c2185b; border-radius: 4px; padding: 2px 8px; font-weight: bold;",
    "state-stale": "color: white; background: #757575; border-radius: 4px; padding: 2px 8px; font-weight: bold;",
    "problems": "color: #d0312d;",
    "differs": "color: #d0312d; font-weight: bold;",
    "agrees": "",
}


def set_text(label: QLabel, text: str, numbers: bool = True) -> None:
    """Set a label's text only when it changes: a new text re-lays out and repaints around it.
    Its numbers are written with the locale's separators (``numbers=False`` for data shown as
    the file has it, such as a statement's dates)."""
    if numbers:
        text = local_numbers(text)
    if label.text() != text:
        label.setText(text)


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget one of the styles above, touching it only when the role changes."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        widget.setStyleSheet(ROLE_STYLES.get(role, ""))


def make_bold(label: QLabel) -> None:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)


def make_quiet(label: QLabel) -> None:
    """Secondary text in the palette's placeholder colour (follows light and dark themes)."""
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)


def mark(widget: QWidget, problems: list[str], help_text: str = "") -> None:
    """Show ``problems`` on ``widget`` (none: back to normal, with its help tooltip)."""
    invalid = bool(problems)
    if widget.property("invalid") != invalid:
        widget.setProperty("invalid", invalid)
        widget.setStyleSheet(INVALID_BORDER if invalid else "")
    tip = "\n".join(problems)
    widget.setToolTip(f"{tip}\n\n{help_text}".strip() if invalid else help_text)
