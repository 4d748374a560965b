"""Rows of label-number pairs, as both MetaTrader reports print their summaries and results."""

from __future__ import annotations

import re

from core.statements.amounts import parse_amount

WON = re.compile(r"^\d+ \(\d+(\.\d+)?%\)$")
COLONS = (":", "\uff1a")


def pairs(cells: list[str]) -> list[tuple[str, float]]:
    """(label, number) pairs of a row: a label ending in a colon, then (after the empty cells
    a spanning label leaves) a number."""
    if not any(text.rstrip().endswith(COLONS) for text in cells):
        return []  # most rows (every trade) hold no label
    filled = [text.strip() for text in cells if text.strip()]
    found = []
    for i in range(len(filled) - 1):
        if filled[i].endswith(COLONS):
            value = parse_amount(filled[i + 1])
            if value is not None:
                found.append((filled[i], value))
    return found


def total_trades(texts: list[list[str]]) -> int | None:
    """The printed "Total Trades" in any language: the row of a count and two "N (x%)" figures
    (shorts won, longs won) whose count is the shorts plus the longs."""
    for cells in texts:
        filled = [text.strip() for text in cells if text.strip()]
        if len(filled) >= 6 and WON.match(filled[3]) and WON.match(filled[5]):
            count, short, long = (parse_amount(filled[i].split(" ")[0]) for i in (1, 3, 5))
            if (
                count is not None
                and short is not None
                and long is not None
                and count == short + long
            ):
                return int(count)
    return None
