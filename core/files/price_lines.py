"""Prices pasted as lines of text (docs/desktop-app.md, "Market prices"): ``SYMBOL BID ASK``
or ``SYMBOL PRICE`` per line, separated by tabs, semicolons, commas or spaces, as a
spreadsheet, a terminal's Market Watch or a web page copies them."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from core.messages import Message
from core.problems import Problem

SYMBOL = re.compile(r"^[A-Za-z0-9._#+-]{2,30}$")


@dataclass(frozen=True)
class PastedPrice:
    symbol: str
    bid: float
    ask: float | None  # None: one number, the whole price


def _fields(line: str) -> list[str]:
    """The line's fields: split on tabs or semicolons where it has them, else on commas
    where they separate (``EURUSD,1.0841`` or ``EURUSD, 1.0841``), else on spaces."""
    for separator in ("\t", ";"):
        if separator in line:
            return [f.strip() for f in line.split(separator) if f.strip()]
    if re.search(r",\s", line):  # "XAUUSD, 2,650.10, 2,650.40": a comma in a number stays
        return [f.strip() for f in re.split(r",\s+", line) if f.strip()]
    if "," in line and not re.search(r"\s", line):
        return [f.strip() for f in line.split(",") if f.strip()]
    return line.split()


def _number(text: str) -> float | None:
    """A price as copied: ``1.08407``, ``1,08407`` (a comma alone is the decimal mark),
    ``2,650.00`` or ``2.650,00`` (with both, the last one is)."""
    cleaned = re.sub(r"[\s\u00a0']", "", text)
    if "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def read_price_lines(
    text: str, known: frozenset[str] | set[str]
) -> tuple[list[PastedPrice], list[Problem]]:
    """The prices of the lines, and a problem for each line that is not one, named by its
    number (``line 3: ...``); a first line of titles (``Symbol Bid Ask``) and blank lines are
    skipped. ``known`` are the symbols fxmargin can price (the catalog's and the scenario's);
    a symbol is matched without regard to case."""
    by_upper = {symbol.upper(): symbol for symbol in known}
    prices: list[PastedPrice] = []
    problems: list[Problem] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        fields = _fields(line)

        def bad(problem: Message, line: int = number) -> Problem:
            return Problem((), Message("line {line}: {problem}", line=str(line), problem=problem))

        values = [_number(f) for f in fields[1:3]]
        if number == 1 and values and values[0] is None:
            continue  # the titles of a copied table
        symbol = by_upper.get(fields[0].upper()) if SYMBOL.match(fields[0]) else None
        if symbol is None:
            problems.append(
                bad(Message("{symbol} is not a symbol fxmargin knows", symbol=fields[0]))
            )
            continue
        if not values or values[0] is None or values[0] <= 0:
            problems.append(bad(Message("needs a price after the symbol")))
            continue
        bid = values[0]
        ask = values[1] if len(values) > 1 else None
        if len(values) > 1 and (ask is None or ask <= 0):
            problems.append(bad(Message("the ask is not a price")))
            continue
        if ask is not None and ask < bid:
            problems.append(bad(Message("the ask is below the bid")))
            continue
        prices.append(PastedPrice(symbol, bid, None if ask == bid else ask))
    return prices, problems
