"""Marking a field as invalid: a red border and the reason in its tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

INVALID_STYLE = """
*[invalid="true"] { border: 2px solid #d0312d; border-radius: 3px; }
QLabel[role="problems"] { color: #d0312d; }
QLabel[role="state-ok"] { color: white; background: #2e7d32; border-radius: 4px; padding: 2px 8px; font-weight: bold; }
QLabel[role="state-call"] { color: black; background: #f9a825; border-radius: 4px; padding: 2px 8px; font-weight: bold; }
QLabel[role="state-stop"] { color: white; background: #c62828; border-radius: 4px; padding: 2px 8px; font-weight: bold; }
QLabel[role="figure"] { font-weight: bold; }
QLabel[role="note"] { color: palette(mid); }
"""


def set_text(label: QLabel, text: str) -> None:
    """Set a label's text only when it changes: a new text re-lays out and repaints around it."""
    if label.text() != text:
        label.setText(text)


def set_role(widget: QWidget, role: str) -> None:
    """Change a widget's style-sheet role, re-polishing it only when the role changes."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def mark(widget: QWidget, problems: list[str], help_text: str = "") -> None:
    """Show ``problems`` on ``widget`` (none: back to normal, with its help tooltip)."""
    invalid = bool(problems)
    if widget.property("invalid") != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    tip = "\n".join(problems)
    widget.setToolTip(f"{tip}\n\n{help_text}".strip() if invalid else help_text)
