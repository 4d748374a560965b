"""Broker symbols to catalog symbols (docs/statements.md): ``eurusd.``, ``EURUSDm``, ``XAUUSD.Z``,
``eurgbp-2``, ``xauusd@``, ``#US30``, ``nq100_m``; ``GOLD`` is XAUUSD, ``SILVER`` XAGUSD."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Names brokers give instruments that the catalog knows under another symbol.
ALIASES: dict[str, str] = {
    "GOLD": "XAUUSD",
    "SILVER": "XAGUSD",
    "NQ100": "USTEC",
    "NAS100": "USTEC",
    "NDX100": "USTEC",
    "US100": "USTEC",
    "SPX500": "US500",
    "SP500": "US500",
    "US30": "US30",
    "DJ30": "US30",
    "WS30": "US30",
    "GER40": "DE40",
    "DAX40": "DE40",
    "GER30": "DE40",
    "FTSE100": "UK100",
    "JPN225": "JP225",
    "NIKKEI225": "JP225",
    "XTIUSD": "USOIL",
    "WTI": "USOIL",
    "XBRUSD": "UKOIL",
    "BRENT": "UKOIL",
}
MOST_EXTRA = 4  # letters a broker adds around a symbol (EURUSDm, EURUSD.pro, m.EURUSD)
_NOT_ALNUM = re.compile(r"[^A-Z0-9]")


def catalog_symbol(broker_symbol: str, known: Iterable[str]) -> str | None:
    """The catalog symbol a broker's symbol stands for, or None.

    Case is folded and separators (``.-_@#!+``) dropped; an exact symbol or alias wins;
    otherwise the longest known symbol or alias inside the name with at most four letters
    around it, preferring one at the start.
    """
    names = {symbol: symbol for symbol in known}
    names.update({alias: target for alias, target in ALIASES.items() if target in names})
    upper = broker_symbol.strip().upper()
    if upper in names:
        return names[upper]
    compact = _NOT_ALNUM.sub("", upper)
    if compact in names:
        return names[compact]
    best: tuple[int, int, str] | None = None
    for name, target in names.items():
        at = compact.find(name)
        if at < 0 or len(compact) - len(name) > MOST_EXTRA:
            continue
        rank = (len(name), -at, target)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return best[2] if best else None
