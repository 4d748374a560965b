"""What a MetaTrader statement says (docs/statements.md), as a typed value."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from core.messages import Message
from core.model.scenario import ORDER_TYPES, OrderType
from core.problems import InputError, Problem
from core.statements.amounts import parse_amount
from core.statements.symbols import catalog_symbol

Platform = Literal["MT4", "MT5"]


@dataclass(frozen=True)
class StatementPosition:
    """One open trade. ``symbol`` is the catalog's symbol, None when the broker's name could not
    be mapped (``broker_symbol`` is what the file says)."""

    broker_symbol: str
    symbol: str | None
    side: Literal["buy", "sell"]
    lots: float
    open_price: float
    market_price: float | None
    swap: float = 0.0
    commission: float = 0.0
    profit: float | None = None


@dataclass(frozen=True)
class StatementOrder:
    """One working (pending) order: its type as the scenario writes it (``sell_stop``), lots,
    price (a stop-limit order's limit; ``stop`` its trigger) and the market price its row
    prints (the ask for a buy order, the bid for a sell one), None where it prints none."""

    broker_symbol: str
    symbol: str | None
    order_type: OrderType
    lots: float
    price: float
    stop: float | None = None
    market_price: float | None = None


@dataclass(frozen=True)
class Printed:
    """The figures the statement itself prints, None where it prints none."""

    balance: float | None = None
    equity: float | None = None
    margin: float | None = None
    free_margin: float | None = None
    floating_pnl: float | None = None
    credit: float | None = None
    total_trades: int | None = None


@dataclass(frozen=True)
class Statement:
    """A statement's account, open positions, history counts and printed figures.

    ``closed_trades`` and ``closed_lots`` count closed buy and sell trades (MT4) or out deals
    (MT5), for unlimited-leverage eligibility; ``notes`` say in words what was skipped or
    guessed.
    """

    platform: Platform
    currency: str | None
    leverage: float | None
    account: str | None
    time: str | None
    balance: float | None
    credit: float
    closed_trades: int
    closed_lots: float
    pending_orders: int
    positions: tuple[StatementPosition, ...]
    printed: Printed
    notes: tuple[Message, ...] = field(default=())
    orders: tuple[StatementOrder, ...] = ()


def not_a_statement() -> InputError:
    return InputError([Problem("statement", Message("not a MetaTrader statement"))])


def cut_short(missing: Message) -> InputError:
    """A statement whose closing block is missing: most likely a file cut off on its way."""
    return InputError(
        [
            Problem(
                "statement",
                Message("the {block} is missing: the file looks cut short", block=missing),
            )
        ]
    )


def mapped_symbol(broker_symbol: str, known: Iterable[str], notes: list[Message]) -> str | None:
    """The catalog symbol of a broker's symbol; None, with a note, when there is none."""
    symbol = catalog_symbol(broker_symbol, known)
    if symbol is None:
        notes.append(
            Message(
                "symbol {symbol} is not in the catalog: complete its instrument",
                symbol=repr(broker_symbol),
            )
        )
    return symbol


# The order types as the reports print them ("sell stop") -> as the scenario writes them.
ORDER_WORDS: dict[str, OrderType] = {kind.replace("_", " "): kind for kind in ORDER_TYPES}


def working_order(
    broker_symbol: str,
    kind: str,
    lots: float,
    price_text: str,
    market_text: str,
    known: Iterable[str],
    notes: list[Message],
) -> StatementOrder | None:
    """A working order from its row's cells: its type as the report prints it, its lots, its
    price cell (a stop limit's ``trigger / limit``) and market price cell. None when the type
    is not a pending order's or the price cell holds no price."""
    order_type = ORDER_WORDS.get(kind)
    prices = order_prices(price_text)
    if order_type is None or prices is None:
        return None
    return StatementOrder(
        broker_symbol=broker_symbol,
        symbol=mapped_symbol(broker_symbol, known, notes),
        order_type=order_type,
        lots=lots,
        price=prices[0],
        stop=prices[1],
        market_price=parse_amount(market_text),
    )


def order_prices(text: str) -> tuple[float, float | None] | None:
    """An order row's price cell: ``1.0850``, or a stop-limit's ``1.0860 / 1.0850`` (trigger,
    then limit) as (price, stop); None when it is not a price."""
    parts = [parse_amount(part) for part in text.split("/")]
    if len(parts) == 1 and parts[0] is not None:
        return parts[0], None
    if len(parts) == 2 and parts[0] is not None and parts[1] is not None:
        return parts[1], parts[0]
    return None
