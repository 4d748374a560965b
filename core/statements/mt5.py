"""MetaTrader 5 "Trade History Report" and the Trade tab's report, HTML or XLSX (docs/statements.md).

The history report: sections Positions (closed), Orders, Deals, Open Positions and Working
Orders, then the account block and Results, with labels in the terminal's language. The Trade
tab's report: the account lines, the open positions and the working orders, whose rows start
with the symbol rather than the time (symbol, ticket, time, ...: the history report's first and
third cells swapped), then the account block. Rows are read by what they hold: a
deal has a direction (in, out, in/out, out by), an order a "filled / requested" volume, a closed
position a close time where an open one has its market price. The account block is the run of
rows of label-number pairs: balance and free margin, credit and margin, floating P/L and margin
level, then equity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.messages import Message
from core.problems import InputError, Problem
from core.statements.amounts import parse_amount, parse_volume
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

DATETIME = re.compile(r"^\d{4}\.\d{2}\.\d{2} \d{1,2}:\d{2}(:\d{2})?$")
IDENTIFIER = re.compile(r"^\d+(\.0)?$")
ACCOUNT_LINE = re.compile(r"^(\d+)\s*\(([A-Z]{3}),\s*(.*?),\s*(\w+),\s*(\w+)\)$")
DIRECTIONS = {"in", "out", "in/out", "out by"}
CLOSING = {"out", "out by"}
SIDES = {"buy", "sell"}
# Where each figure stands when the labels are translated: (row, pair) in the account block.
ACCOUNT_PLACES = {
    (0, 0): "balance",
    (0, 1): "free_margin",
    (1, 0): "credit",
    (1, 1): "margin",
    (2, 0): "floating_pnl",
    (3, 0): "equity",
}


def account_line(texts: list[list[str]]) -> re.Match[str] | None:
    """MT5's "70358000 (EUR, MetaQuotes-Demo, demo, Hedge)" among the first rows."""
    for cells in texts[:20]:
        for text in cells:
            if match := ACCOUNT_LINE.match(text.strip()):
                return match
    return None


def looks_like_mt5(texts: list[list[str]]) -> bool:
    return account_line(texts) is not None or _account_block(texts) is not None


def read_mt5(texts: list[list[str]], known_symbols: Iterable[str]) -> Statement:
    """Read a MetaTrader 5 report's rows; `InputError` when it is not one or is cut short."""
    known = list(known_symbols)
    block = _account_block(texts)
    if block is None:
        if account_line(texts) is not None:
            raise cut_short(Message("account block (balance, equity)"))
        raise not_a_statement()
    notes: list[Message] = []
    positions: list[StatementPosition] = []
    closed, closed_lots, pending, credit_deals = 0, 0.0, 0, 0.0
    orders: list[StatementOrder] = []
    for index, row in enumerate(texts[:block]):
        cells = _history_layout(row)
        if len(cells) < 5 or not DATETIME.match(cells[0]) or not IDENTIFIER.match(cells[1]):
            continue
        kind, fifth = cells[3].strip().lower(), cells[4].strip().lower()
        if fifth in DIRECTIONS or (kind and not cells[2] and not fifth):
            if fifth in CLOSING:
                closed += 1
                closed_lots += _number(cells, 5, index, "volume", required=True)
            elif kind == "credit":
                credit_deals += _number(cells, 11, index, "profit") if len(cells) > 11 else 0.0
            continue
        if "/" in fifth:  # an order: "filled / requested"
            if not (len(cells) > 8 and DATETIME.match(cells[8])):
                pending += 1
                order = _working_order(cells, kind, index, known, notes)
                if order is not None:
                    orders.append(order)
            continue
        if kind in SIDES and not (len(cells) > 8 and DATETIME.match(cells[8])):
            positions.append(_open_position(cells, kind, index, known, notes))
    printed = printed_figures(texts, range(block, block + 4), FIGURE_LABELS, ACCOUNT_PLACES)
    header = account_line(texts)
    credit = printed.credit if printed.credit is not None else credit_deals
    notes.append(Message("MetaTrader 5 reports do not show the leverage"))
    return Statement(
        platform="MT5",
        currency=header.group(2) if header else None,
        leverage=None,
        account=header.group(1) if header else None,
        time=_report_time(texts),
        balance=printed.balance,
        credit=credit,
        closed_trades=closed,
        closed_lots=round(closed_lots, 8),
        pending_orders=pending,
        positions=tuple(positions),
        printed=printed,
        notes=tuple(notes),
        orders=tuple(orders),
    )


def _history_layout(cells: list[str]) -> list[str]:
    """A Trade-tab row (symbol, ticket, time, ...) in the history report's layout (time, ticket,
    symbol, ...); any other row as it is."""
    if (
        len(cells) >= 5
        and cells[0].strip()
        and IDENTIFIER.match(cells[1])
        and DATETIME.match(cells[2])
        and not DATETIME.match(cells[0])
    ):
        return [cells[2], cells[1], cells[0], *cells[3:]]
    return cells


def _working_order(
    cells: list[str], kind: str, index: int, known: list[str], notes: list[Message]
) -> StatementOrder | None:
    """A placed order's row: type, "volume / filled", price (a stop limit's "trigger / limit"),
    S/L, T/P, market price. None, with a note, for a type that is not a pending order."""
    if kind not in ORDER_WORDS:
        order = None
    else:
        order = working_order(
            cells[2],
            kind,
            _number(cells, 4, index, "volume", required=True),
            cells[5] if len(cells) > 5 else "",
            cells[8] if len(cells) > 8 else "",
            known,
            notes,
        )
    if order is None:
        notes.append(
            Message("row {row}: order type {kind} skipped", row=str(index + 1), kind=repr(kind))
        )
    return order


def _number(cells: list[str], column: int, index: int, what: str, required: bool = False) -> float:
    text = cells[column] if column < len(cells) else ""
    value = parse_volume(text) if what == "volume" else parse_amount(text)
    if value is None:
        if required or text.strip():
            raise InputError(
                [
                    Problem(
                        f"statement row {index + 1}",
                        Message("{what} {text} is not a number", what=what, text=repr(text)),
                    )
                ]
            )
        return 0.0
    return value


def _open_position(
    cells: list[str], side: str, index: int, known: list[str], notes: list[Message]
) -> StatementPosition:
    broker_symbol = cells[2]
    symbol = mapped_symbol(broker_symbol, known, notes)
    market = parse_amount(cells[8]) if len(cells) > 8 else None
    return StatementPosition(
        broker_symbol=broker_symbol,
        symbol=symbol,
        side="buy" if side == "buy" else "sell",
        lots=_number(cells, 4, index, "volume", required=True),
        open_price=_number(cells, 5, index, "open price", required=True),
        market_price=market,
        swap=_number(cells, 9, index, "swap"),
        commission=0.0,  # MT5 lists no commission for open positions
        profit=parse_amount(cells[10]) if len(cells) > 10 else None,
    )


def _account_block(texts: list[list[str]]) -> int | None:
    """Index of the account block's first row: three rows of two label-number pairs, then one."""
    counts = [len(pairs(cells)) for cells in texts]
    for i in range(len(counts) - 3):
        if counts[i] == counts[i + 1] == counts[i + 2] == 2 and counts[i + 3] == 1:
            return i
    return None


def _report_time(texts: list[list[str]]) -> str | None:
    for cells in texts[:20]:
        for text in cells:
            if DATETIME.match(text.strip()):
                return text.strip()
    return None
