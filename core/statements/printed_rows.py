"""Rows of label-number pairs, as both MetaTrader reports print their summaries and results."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from core.statements.amounts import parse_amount
from core.statements.statement import Printed

WON = re.compile(r"^\d+ \(\d+(\.\d+)?%\)$")
COLONS = (":", "\uff1a")
# The English labels of the printed figures, the same in both terminals' reports.
FIGURE_LABELS = {
    "balance:": "balance",
    "equity:": "equity",
    "margin:": "margin",
    "free margin:": "free_margin",
    "floating p/l:": "floating_pnl",
    "credit facility:": "credit",
}


def pairs(cells: list[str]) -> list[tuple[str, float]]:
    """(label, number) pairs of a row: a label ending in a colon, then (after the empty cells
    a spanning label leaves) a number."""
    if not any(":" in text or "\uff1a" in text for text in cells):
        return []  # most rows (every trade) hold no label: one fast look for a colon
    if not any(text.rstrip().endswith(COLONS) for text in cells):
        return []
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


def printed_figures(
    texts: list[list[str]],
    rows: Sequence[int],
    labels: Mapping[str, str],
    places: Mapping[tuple[int, int], str],
) -> Printed:
    """The figures of a summary block: in a row with English labels, by label; in a translated
    one, by place ((row, pair) -> figure). Total Trades is looked for below the block."""
    found: dict[str, float] = {}
    for row, index in enumerate(rows):
        row_pairs = pairs(texts[index])
        labelled = any(label.lower() in labels for label, _ in row_pairs)
        for place, (label, value) in enumerate(row_pairs):
            key = labels.get(label.lower()) if labelled else places.get((row, place))
            if key is not None:
                found.setdefault(key, value)
    return Printed(
        balance=found.get("balance"),
        equity=found.get("equity"),
        margin=found.get("margin"),
        free_margin=found.get("free_margin"),
        floating_pnl=found.get("floating_pnl"),
        credit=found.get("credit"),
        total_trades=total_trades(texts[rows[-1] + 1 :]),
    )
