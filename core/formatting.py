"""How money, lots and leverage read in words and tables: the only place numbers are rounded."""

from __future__ import annotations

import math

from core.messages import Message

UNLIMITED = Message("unlimited").key
"""How an unlimited leverage reads; a word of `core.messages.WORDS`, so said in the trader's
language where it is shown."""


def format_money(value: float) -> str:
    """Money to the cent with thousands separators: 1234.5 -> ``1,234.50``; never ``-0.00``
    (a loss of a thousandth of a cent is no loss on screen)."""
    return f"{value + 0.0 if round(value, 2) else 0.0:,.2f}"


def format_lots(value: float) -> str:
    """Lots without trailing zeros: 5.0 -> ``5``, 1.7 -> ``1.7``."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text or "0"


def format_amount(value: float) -> str:
    """An amount as typed in a table: thousands separators, no needless decimals:
    2000000 -> ``2,000,000``, 0.5 -> ``0.5``."""
    text = f"{value:,.6f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def format_compact(value: float) -> str:
    """An axis tick: 2,000,000 -> ``2M``, 500,000 -> ``500k``, 1,500 -> ``1.5k``, 40 -> ``40``."""
    for size, suffix in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


def format_percent(value: float) -> str:
    """A percentage that never reads 0.00% for a move that is not zero: two decimals, or two
    significant digits below 0.1% (0.0083 -> ``0.0083%``)."""
    if value == 0 or abs(value) >= 0.1:
        return f"{value:,.2f}%"
    decimals = min(12, 1 - math.floor(math.log10(abs(value))))
    return f"{value:.{decimals}f}%"


def format_pips(value: float) -> str:
    """A distance in pips to a tenth: 2.44 -> ``2.4``; 1 -> ``1.0``."""
    return f"{value:,.1f}"


def format_leverage(value: float) -> str:
    """``1:2000``, ``1:3.33`` or ``unlimited``."""
    if math.isinf(value):
        return UNLIMITED
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return f"1:{text}"


def price_decimals(pip_size: float) -> int:
    """Decimals a price is quoted with: one more than the pip (0.0001 -> 5, 0.01 -> 3, 1 -> 1)."""
    return max(0, -math.floor(math.log10(pip_size) + 1e-9)) + 1


def format_price(value: float, pip_size: float) -> str:
    """A price to a tenth of a pip: 1.083898 with pip 0.0001 -> ``1.08390``."""
    return f"{value:.{price_decimals(pip_size)}f}"


WHOLE_UNITS = frozenset({"JPY", "KRW", "HUF", "IDR", "VND", "CLP", "ISK"})
"""Currencies whose statements print whole units: their figures are compared to the unit."""


def printed_unit(currency: str) -> float:
    """The smallest amount a statement in ``currency`` prints: a cent, or one yen."""
    return 1.0 if currency in WHOLE_UNITS else 0.01


def to_unit(amount: float, unit: float) -> float:
    """An amount as a statement prints it: rounded to its unit (a cent, or one yen)."""
    return round(amount / unit) * unit
