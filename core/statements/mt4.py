"""MetaTrader 4 "Statement" and "Detailed Statement" (docs/statements.md).

One table of 14-column rows under section titles ("Closed Transactions:", "Open Trades:",
"Working Orders:", "Summary:") that brokers' templates translate. So rows are read by what
they hold, not by their labels: a trade row starts with a ticket, a time and a type; a closed
trade has a close time where an open one has none; the summary is the block of rows of label and
number pairs after the trades. English labels are used where they are found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.messages import Message
from core.problems import InputError, Problem
from core.statements.amounts import parse_amount
from core.statements.printed_rows import FIGURE_LABELS, pairs, printed_figures
from core.statements.statement import (
    ORDER_WORDS,
    Statement,
    StatementOrder,
    StatementPosition,
    cut_short,
    mapped_symbol,
    not_a_statement,
    working_order,
)

DATETIME = re.compile(r"^\d{4}\.\d{2}\.\d{2}( \d{1,2}:\d{2}(:\d{2})?)?$")
TICKET = re.compile(r"^\d+$")
MONEY_ROWS = {"balance", "credit", "deposit", "withdrawal"}
CURRENCY = re.compile(r":\s*([A-Z]{3})$")
ACCOUNT = re.compile(r":\s*(\d{3,})\b")
LEVERAGE = re.compile(r"(?:^|[\s:])1\s*:\s*(\d+(?:\.\d+)?)\s*$")
REPORT_TIME = re.compile(r"^\d{4} \w+ \d{1,2}, \d{1,2}:\d{2}$")
# Positions of the summary's figures when the labels are translated: (row, pair) of the rows
# "deposit/withdrawal, credit", "closed P/L, floating P/L, margin", "balance, equity, free margin".
SUMMARY_PLACES = {
    (0, 1): "credit",
    (1, 1): "floating_pnl",
    (1, 2): "margin",
    (2, 0): "balance",
    (2, 1): "equity",
    (2, 2): "free_margin",
}


def looks_like_mt4(texts: list[list[str]]) -> bool:
    """Whether the rows (visible cell texts) hold MetaTrader 4 trade rows or its summary block."""
    return (
        any(_trade_type(cells) is not None for cells in texts) or _summary_rows(texts) is not None
    )


def read_mt4(texts: list[list[str]], known_symbols: Iterable[str]) -> Statement:
    """Read a MetaTrader 4 statement's rows (visible cell texts); `InputError` when it is not
    one or is cut short."""
    known = list(known_symbols)
    summary = _summary_rows(texts)
    if summary is None:
        if any(_trade_type(cells) is not None for cells in texts):
            raise cut_short(Message("summary (balance, equity)"))
        raise not_a_statement()
    notes: list[Message] = []
    positions: list[StatementPosition] = []
    orders: list[StatementOrder] = []
    closed_trades, closed_lots, pending = 0, 0.0, 0
    skipped_archive = 0
    for index, cells in enumerate(texts[: summary[0]]):
        kind = _trade_type(cells)
        if kind is None or kind in MONEY_ROWS:
            continue
        closed_time = len(cells) > 8 and DATETIME.match(cells[8]) is not None
        if kind in ORDER_WORDS:
            if not closed_time:
                pending += 1
                order = _working_order(cells, kind, known, notes)
                if order is not None:
                    orders.append(order)
            continue
        if kind not in ("buy", "sell"):
            notes.append(
                Message("row {row}: trade type {kind} skipped", row=str(index + 1), kind=repr(kind))
            )
            continue
        if len(cells) < 10:
            notes.append(
                Message(
                    "row {row}: a {kind} row with too few cells, skipped",
                    row=str(index + 1),
                    kind=kind,
                )
            )
            continue
        if cells[4].lower() == "profit":
            skipped_archive += 1
            continue
        lots = parse_amount(cells[3])
        if lots is None:
            raise InputError(
                [
                    Problem(
                        f"statement row {index + 1}",
                        Message("size {text} is not a number", text=repr(cells[3])),
                    )
                ]
            )
        if closed_time:
            closed_trades += 1
            closed_lots += lots
            continue
        positions.append(_open_trade(cells, kind, lots, index, known, notes))
    if skipped_archive:
        notes.append(
            Message(
                "{count} broker archive rows (item 'profit') not counted as trades",
                count=str(skipped_archive),
            )
        )
    printed = printed_figures(texts, summary, FIGURE_LABELS, SUMMARY_PLACES)
    header = _header(texts[: summary[0]])
    if header["leverage"] is None:
        notes.append(Message("the statement does not show the leverage"))
    return Statement(
        platform="MT4",
        currency=header["currency"],
        leverage=float(header["leverage"]) if header["leverage"] else None,
        account=header["account"],
        time=header["time"],
        balance=printed.balance,
        credit=printed.credit or 0.0,
        closed_trades=closed_trades,
        closed_lots=round(closed_lots, 8),
        pending_orders=pending,
        positions=tuple(positions),
        printed=printed,
        notes=tuple(notes),
        orders=tuple(orders),
    )


def _working_order(
    cells: list[str], kind: str, known: list[str], notes: list[Message]
) -> StatementOrder | None:
    """A working order's row: ticket, time, type, size, item, price, S/L, T/P, market price."""
    lots = parse_amount(cells[3]) if len(cells) > 5 else None
    if lots is None:
        return None
    market = cells[8] if len(cells) > 8 else ""
    return working_order(cells[4], kind, lots, cells[5], market, known, notes)


def _trade_type(cells: list[str]) -> str | None:
    """The type of a trade row (ticket, time, type ...), None for any other row."""
    if len(cells) >= 3 and TICKET.match(cells[0]) and DATETIME.match(cells[1]):
        return cells[2].strip().lower()
    return None


def _open_trade(
    cells: list[str], side: str, lots: float, index: int, known: list[str], notes: list[Message]
) -> StatementPosition:
    def number(column: int, what: str, required: bool = False) -> float | None:
        text = cells[column] if column < len(cells) else ""
        value = parse_amount(text)
        if value is None and (required or text.strip()):
            raise InputError(
                [
                    Problem(
                        f"statement row {index + 1}",
                        Message("{what} {text} is not a number", what=what, text=repr(text)),
                    )
                ]
            )
        return value

    broker_symbol = cells[4]
    symbol = mapped_symbol(broker_symbol, known, notes)
    return StatementPosition(
        broker_symbol=broker_symbol,
        symbol=symbol,
        side="buy" if side == "buy" else "sell",
        lots=lots,
        open_price=float(number(5, "open price", required=True) or 0.0),
        market_price=number(9, "market price"),
        commission=(number(10, "commission") or 0.0) + (number(11, "taxes") or 0.0),
        swap=number(12, "swap") or 0.0,
        profit=number(13, "profit"),
    )


def _summary_rows(texts: list[list[str]]) -> tuple[int, int, int] | None:
    """Indexes of the summary's three rows: two rows running of three label-number pairs
    (closed P/L, floating P/L, margin; balance, equity, free margin) and the row before them."""
    for i in range(1, len(texts) - 1):
        if len(pairs(texts[i])) >= 3 and len(pairs(texts[i + 1])) >= 3:
            return i - 1, i, i + 1
    return None


def _header(texts: list[list[str]]) -> dict[str, str | None]:
    """Account number, currency, leverage and report time from the rows above the trades."""
    found: dict[str, str | None] = {
        "account": None,
        "currency": None,
        "leverage": None,
        "time": None,
    }
    for cells in texts:
        if _trade_type(cells) is not None:
            break
        for text in cells:
            if found["time"] is None and REPORT_TIME.match(text):
                found["time"] = text
                continue
            if found["leverage"] is None and (match := LEVERAGE.search(text)):
                found["leverage"] = match.group(1)
                continue
            if found["currency"] is None and (match := CURRENCY.search(text)):
                found["currency"] = match.group(1)
                continue
            if found["account"] is None and (match := ACCOUNT.search(text)):
                found["account"] = match.group(1)
    return found
