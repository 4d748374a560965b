"""Stress tests: the account after a table of what-if market moves (docs/rules.md#analyses, the trader's view).

- every symbol of the book moved by -5, -2, -1, +1, +2 and +5 percent, alone;
- the account currency (USD when the book has no pair in it) 1% and 3% stronger and weaker
  against every other currency of the book at once ("USD 1% stronger");
- each symbol's spread widened to its spread-stress value, the smallest spread that brings a
  margin call (what a thin rollover or a news spike would have to do);
- a weekend gap of a number of pips against every symbol's net position at once.

Each row is a full re-pricing with every rule applied (tiers, eligibility, conversions).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from core.analyses.spread_widening import spread_stress
from core.formatting import format_pips
from core.margin.account_model import AccountModel, AccountState
from core.margin.margin_levels import account_levels
from core.margin.position_table import build_position_table
from core.messages import Message
from core.model.instruments import CONVERTING_CLASSES
from core.model.quote import Quote
from core.model.scenario import Scenario

MOVES_PERCENT = (-5.0, -2.0, -1.0, 1.0, 2.0, 5.0)
CURRENCY_PERCENT = (-3.0, -1.0, 1.0, 3.0)
DEFAULT_GAP_PIPS = 50.0


@dataclass(frozen=True)
class StressRow:
    """The account after one what-if move. ``kind``: move, currency, spread or gap."""

    kind: str
    name: Message
    equity: float
    margin: float
    free_margin: float
    margin_level: float | None
    equity_change: float
    state: str  # "ok", "margin call" or "stop out"


def stress_tests(scenario: Scenario, gap_pips: float = DEFAULT_GAP_PIPS) -> tuple[StressRow, ...]:
    """Every stress row for the book, in the order above; none without positions."""
    if not scenario.positions:
        return ()
    table = build_position_table(scenario)
    now = AccountModel(scenario, None, table).state(np.array([1.0]))
    equity_now = float(now.equity[0])
    levels = account_levels(scenario)
    symbols = sorted({p.symbol for p in scenario.positions})
    rows: list[StressRow] = []

    def row(kind: str, name: Message, state: AccountState, i: int = 0) -> StressRow:
        equity, margin = float(state.equity[i]), float(state.margin[i])
        reached = [bool(level.reached(state)[i]) for level in levels]
        return StressRow(
            kind=kind,
            name=name,
            equity=equity,
            margin=margin,
            free_margin=equity - margin,
            margin_level=equity / margin * 100.0 if margin > 0 else None,
            equity_change=equity - equity_now,
            state="stop out" if reached[1] else "margin call" if reached[0] else "ok",
        )

    # One model per symbol moves its mid (the moves) or its spread (the spread rows).
    models = {symbol: AccountModel(scenario, symbol, table) for symbol in symbols}
    for symbol, model in models.items():
        mid = scenario.prices[symbol]
        state = model.state(np.array([mid * (1 + p / 100.0) for p in MOVES_PERCENT]))
        rows += [
            row("move", Message("{symbol} {percent}%", symbol=symbol, percent=f"{p:+g}"), state, i)
            for i, p in enumerate(MOVES_PERCENT)
        ]

    currency = _stress_currency(scenario)
    for percent in CURRENCY_PERCENT:
        moved = _currency_moved(scenario, currency, percent)
        values = {"currency": currency, "percent": f"{abs(percent):g}"}
        name = (
            Message("{currency} {percent}% stronger", **values)
            if percent > 0
            else Message("{currency} {percent}% weaker", **values)
        )
        rows.append(row("currency", name, _state(moved)))

    for symbol, model in models.items():
        pip = scenario.instrument(symbol).pip_size
        stress = spread_stress(model, levels)
        # The margin-call spread, else the widest searched (no margin call up to it).
        spread = (
            stress.margin_call_pips if stress.margin_call_pips is not None else stress.widest_pips
        )
        state = model.state(np.array([scenario.prices[symbol]]), half_spread=spread * pip / 2.0)
        rows.append(
            row(
                "spread",
                Message(
                    "{symbol} spread {pips} pips",
                    symbol=symbol,
                    pips=f"{spread:,.0f}" if spread >= 1000 else format_pips(spread),
                ),
                state,
            )
        )

    if gap_pips > 0:
        gapped = _gapped(scenario, gap_pips)
        rows.append(
            row("gap", Message("gap {pips} pips against all", pips=f"{gap_pips:g}"), _state(gapped))
        )
    return tuple(rows)


def _state(scenario: Scenario) -> AccountState:
    return AccountModel(scenario, None, build_position_table(scenario)).state(np.array([1.0]))


def _stress_currency(scenario: Scenario) -> str:
    """The account currency (USC counts as USD), else USD, as the currency that moves."""
    account = "USD" if scenario.account.currency == "USC" else scenario.account.currency
    for symbol in scenario.quotes:
        instrument = scenario.instrument(symbol)
        if instrument.instrument_class in CONVERTING_CLASSES and account in (
            instrument.base,
            instrument.quote,
        ):
            return account
    return "USD"


def _currency_moved(scenario: Scenario, currency: str, percent: float) -> Scenario:
    """Every pair with ``currency`` on one side repriced as if ``currency`` had gained
    ``percent`` against the other side; pairs without it stay as they are."""
    factor = 1 + percent / 100.0
    quotes = dict(scenario.quotes)
    for symbol, quote in scenario.quotes.items():
        instrument = scenario.instrument(symbol)
        if instrument.instrument_class not in CONVERTING_CLASSES:
            continue
        if instrument.base == currency:
            quotes[symbol] = Quote(quote.bid * factor, quote.ask * factor)
        elif instrument.quote == currency:
            quotes[symbol] = Quote(quote.bid / factor, quote.ask / factor)
    return _with_quotes(scenario, quotes)


def _gapped(scenario: Scenario, gap_pips: float) -> Scenario:
    """Each symbol of the book moved ``gap_pips`` against its net position (a net buyer's
    price down, a net seller's up); a symbol with no net position stays."""
    net: dict[str, float] = {}
    for p in scenario.positions:
        net[p.symbol] = net.get(p.symbol, 0.0) + p.direction * p.lots
    quotes = dict(scenario.quotes)
    for symbol, lots in net.items():
        if lots == 0:
            continue
        move = -gap_pips * scenario.instrument(symbol).pip_size * (1 if lots > 0 else -1)
        quote = quotes[symbol]
        if quote.bid + move <= 0:
            move = -quote.bid * (1 - 1e-9)  # a gap never takes a price to zero or below
        quotes[symbol] = Quote(quote.bid + move, quote.ask + move)
    return _with_quotes(scenario, quotes)


def _with_quotes(scenario: Scenario, quotes: dict[str, Quote]) -> Scenario:
    return replace(scenario, quotes=quotes).with_reached_orders_filled()
