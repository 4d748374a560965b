"""Input problems in the trader's words: which field of the window, and what to do.

The core names a field by its path in the scenario file (``positions[0].lots``), which is
right for the command line. In the window the same problem says where the field is
("Positions, row 1, Lots") and, for the common ones, what to type and where.
"""

from __future__ import annotations

import re

from core.problems import Problem

ACCOUNT_FIELDS = {
    "balance": "Balance",
    "credit": "Credit",
    "currency": "Currency",
    "leverage": "Leverage",
    "type": "Account type",
    "platform": "Platform",
    "closed_trades": "Closed trades",
    "closed_lots": "Closed lots",
    "margin_call_level": "Margin call",
    "stop_out_level": "Stop out",
    "levels_in": "Levels in",
}
POSITION_FIELDS = {
    "symbol": "Symbol",
    "side": "Side",
    "lots": "Lots",
    "open_price": "Open",
    "swap": "Swap",
    "commission": "Comm.",
    "opened_leverage": "Opened at leverage",
    "restricted": "Restr.",
}
POSITION = re.compile(r"^positions\[(\d+)\](?:\.(\w+))?")
PRICE = re.compile(r"^prices\.([^.]+)(?:\.(bid|ask))?$")
MISSING_PRICE = re.compile(r'^no price for (\S+) under "prices"$')
CONVERSION = re.compile(r"^no price converts (\S+) to (\S+); add a price for (.+)$")
TEXT_VALUE = re.compile(r'a string \("([^"]*)"\)')


def field_place(path: str) -> str:
    """Where a scenario-file path is in the window."""
    if path.startswith("account."):
        key = path.split(".", 1)[1]
        return ACCOUNT_FIELDS.get(key, key.replace("_", " ").capitalize())
    if match := POSITION.match(path):
        row, key = int(match.group(1)) + 1, match.group(2)
        place = f"Positions, row {row}"
        return f"{place}, {POSITION_FIELDS.get(key, key)}" if key else place
    if match := PRICE.match(path):
        symbol, side = match.groups()
        return f"Market prices, {symbol}" + (f" {side}" if side else "")
    if path.startswith("scheme"):
        return "Broker scheme (Scheme > Edit…)"
    if path.startswith("order"):
        return "New order"
    if path.startswith("instruments."):
        return f"Instrument {path.split('.', 2)[1]} in the file"
    return path or "The scenario"


def problem_words(problem: Problem) -> str:
    """One problem as the window says it."""
    message = problem.message
    if match := MISSING_PRICE.match(message):
        return f"Type {match.group(1)}'s price in Market prices."
    if match := CONVERSION.match(message):
        source, target, pair = match.groups()
        return (
            f"{source} amounts cannot be turned into {target} yet: type a price for {pair} "
            "in Market prices."
        )
    message = TEXT_VALUE.sub(r'"\1"', message).replace("not null", "not empty")
    return f"{field_place(problem.path)}: {message}"
