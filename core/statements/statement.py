"""What a MetaTrader statement says (SPEC 10), as a typed value."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

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
    notes: tuple[str, ...] = field(default=())
