"""What a trader types into a field, turned into a scenario-document value.

Anything that is not a number is passed on as the text, so that the core's
validation names the field and says what is wrong with it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication


def unlimited_text() -> str:
    """ "Unlimited" in the app's language."""
    return QCoreApplication.translate("Leverage", "Unlimited")


def parse_number(text: str) -> float | str | None:
    """``"1,234.5"`` -> 1234.5; ``""`` -> None (leave the field out); ``"abc"`` -> ``"abc"``."""
    cleaned = text.strip().replace(",", "").replace("_", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        return text.strip()
    return (
        int(value)
        if value.is_integer()
        and abs(value) < 1e15
        and "." not in cleaned
        and "e" not in cleaned.lower()
        else value
    )


def parse_leverage(text: str) -> float | str | None:
    """``"1:500"`` or ``"500"`` -> 500; ``"Unlimited"`` (or the word in the app's language)
    -> ``"unlimited"``."""
    cleaned = text.strip().lower()
    if cleaned in ("unlimited", "inf", "infinite", "∞", unlimited_text().lower()):
        return "unlimited"
    if cleaned.startswith("1:"):
        cleaned = cleaned[2:]
    return parse_number(cleaned)


def number_text(value: object) -> str:
    """A document value as the field shows it: numbers without needless zeros."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        if (
            isinstance(value, float)
            and math.isfinite(value)
            and value.is_integer()
            and abs(value) < 1e15
        ):
            return str(int(value))
        return repr(value) if isinstance(value, float) else str(value)
    return str(value)


def leverage_text(value: object) -> str:
    if value == "unlimited":
        return unlimited_text()
    return number_text(value)
