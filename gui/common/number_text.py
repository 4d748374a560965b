"""What a trader types into a field, turned into a scenario-document value.

Anything that is not a number is passed on as the text, so that the core's
validation names the field and says what is wrong with it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale


def unlimited_text() -> str:
    """ "Unlimited" in the app's language."""
    return QCoreApplication.translate("Leverage", "Unlimited")


def plain_number(text: str, locale: QLocale | None = None) -> str:
    """What a trader typed, as Python reads a number: the dot is always a decimal point; the
    locale's decimal separator is one too (1234,5 in German); thousands separators go.
    Where the locale's decimal separator is a comma, ``1.234,5`` and ``1,234.5`` both read
    1234.5: the last of the two marks is the decimal point."""
    locale = locale or QLocale()
    point = locale.decimalPoint()
    cleaned = text.strip()
    for space in (" ", "\u00a0", "\u202f", "_", "'", "\u2019"):
        cleaned = cleaned.replace(space, "")
    if point == ",":
        if "," in cleaned and "." in cleaned:
            decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
            thousands = "." if decimal == "," else ","
            cleaned = cleaned.replace(thousands, "").replace(decimal, ".")
        else:
            mark = "," if "," in cleaned else "."
            # A mark written more than once can only separate thousands: 2.000.000.
            cleaned = cleaned.replace(mark, "" if cleaned.count(mark) > 1 else ".")
    elif point != ".":
        cleaned = cleaned.replace(",", "").replace(point, ".")
    else:
        cleaned = cleaned.replace(locale.groupSeparator(), "").replace(",", "")
    return cleaned


def parse_number(text: str) -> float | str | None:
    """``"1,234.5"`` -> 1234.5 (``"1.234,5"`` too where the locale writes numbers so);
    ``""`` -> None (leave the field out); ``"abc"`` -> ``"abc"``."""
    cleaned = plain_number(text)
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
    """A document value as the field shows it: numbers without needless zeros, with the
    locale's decimal separator (no thousands separators: the field is for typing)."""
    shown = _number_text(value)
    if isinstance(value, float) and not isinstance(value, bool):
        point = QLocale().decimalPoint()
        if point != ".":
            shown = shown.replace(".", point)
    return shown


def _number_text(value: object) -> str:
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
