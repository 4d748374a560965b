"""Numbers as statements print them: ``-1 634.20``, ``3 002 745``, ``43 790%``, ``0.01 / 0``."""

from __future__ import annotations

import math
import re

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_GROUPING = re.compile(r"[\s\u00a0\u2007\u202f']")


def parse_amount(text: str) -> float | None:
    """A printed number (spaces between thousands, an optional trailing %), or None when the
    text is not one. Never NaN or infinite."""
    cleaned = _GROUPING.sub("", text).rstrip("%")
    if cleaned.startswith("(") and cleaned.endswith(")"):
        cleaned = "-" + cleaned[1:-1]
    if not _NUMBER.match(cleaned):
        return None
    value = float(cleaned)
    return value if math.isfinite(value) else None


def parse_volume(text: str) -> float | None:
    """Lots as MetaTrader 5 prints filled volumes, ``0.01 / 0.01`` (the first figure), or plain."""
    return parse_amount(text.split("/")[0])
