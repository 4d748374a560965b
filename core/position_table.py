"""The open positions as numpy arrays, and the margined share of each (SPEC 4, 6.2, 6.3).

Built once per scenario with one pass over the positions; everything after
works on whole arrays.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.conversion import FloatArray
from core.scenario import Position, Scenario
from core.scheme import UNLIMITED, Hedging, Scheme

IntArray = np.ndarray[tuple[int], np.dtype[np.int64]]
BoolArray = np.ndarray[tuple[int], np.dtype[np.bool_]]


@dataclass(frozen=True)
class PositionTable:
    """Per-position arrays, index-aligned with ``scenario.positions``.

    ``leverage_fixed`` is each position's leverage when it does not follow the
    account (opened leverage under ``apply_to: new``, or 1/margin_rate), else
    NaN; ``leverage_cap`` is the lowest of its class, instrument and
    restricted-market caps (SPEC 6.2).
    """

    symbols: tuple[str, ...]
    classes: tuple[str, ...]
    quotes: tuple[str, ...]
    symbol_index: IntArray
    class_index: IntArray
    quote_index: IntArray
    direction: FloatArray
    lots: FloatArray
    contract_size: FloatArray
    open_price: FloatArray
    price: FloatArray
    extras: FloatArray
    leverage_cap: FloatArray
    leverage_fixed: FloatArray

    @property
    def count(self) -> int:
        return int(self.lots.shape[0])


def position_leverage_cap(scenario: Scenario, symbol: str) -> float:
    """min(class cap, instrument max_leverage, restricted cap when restricted) (SPEC 6.2)."""
    instrument = scenario.instrument(symbol)
    scheme = scenario.scheme
    cap = scheme.class_cap(instrument.instrument_class)
    if instrument.max_leverage is not None:
        cap = min(cap, instrument.max_leverage)
    if scenario.restricted_market:
        cap = min(cap, scheme.restricted_cap_for(symbol, instrument.instrument_class))
    return cap


def position_fixed_leverage(scenario: Scenario, position: Position, cap: float) -> float:
    """The leverage a position keeps whatever the account's tier, NaN when it follows the account.

    A fixed ``margin_rate`` ignores every cap: L = 1 / margin_rate. Under
    ``apply_to: new`` a position with ``opened_leverage`` keeps it, capped.
    """
    instrument = scenario.instrument(position.symbol)
    if instrument.margin_rate is not None:
        return 1.0 / instrument.margin_rate if instrument.margin_rate > 0 else UNLIMITED
    if scenario.scheme.apply_to == "new" and position.opened_leverage is not None:
        return min(position.opened_leverage, cap)
    return float("nan")


def build_position_table(scenario: Scenario) -> PositionTable:
    """Arrays of the scenario's positions; caps and fixed leverages resolved per position."""
    symbols: dict[str, int] = {}
    classes: dict[str, int] = {}
    quotes: dict[str, int] = {}
    rows = []
    for position in scenario.positions:
        instrument = scenario.instrument(position.symbol)
        cap = position_leverage_cap(scenario, position.symbol)
        rows.append(
            (
                symbols.setdefault(position.symbol, len(symbols)),
                classes.setdefault(instrument.instrument_class, len(classes)),
                quotes.setdefault(instrument.quote, len(quotes)),
                position.direction,
                position.lots,
                instrument.contract_size,
                position.open_price,
                scenario.prices[position.symbol],
                position.swap + position.commission,
                cap,
                position_fixed_leverage(scenario, position, cap),
            )
        )
    columns = list(zip(*rows, strict=True)) if rows else [()] * 11

    def ints(i: int) -> IntArray:
        return np.asarray(columns[i], dtype=np.int64)

    def floats(i: int) -> FloatArray:
        return np.asarray(columns[i], dtype=np.float64)

    return PositionTable(
        symbols=tuple(symbols),
        classes=tuple(classes),
        quotes=tuple(quotes),
        symbol_index=ints(0),
        class_index=ints(1),
        quote_index=ints(2),
        direction=floats(3),
        lots=floats(4),
        contract_size=floats(5),
        open_price=floats(6),
        price=floats(7),
        extras=floats(8),
        leverage_cap=floats(9),
        leverage_fixed=floats(10),
    )


def hedged_fraction(table: PositionTable, hedging: Hedging) -> FloatArray:
    """The margined share of each position's notional, per symbol (SPEC 6.3).

    ``none``: all of it. ``net``: |B - S| spread over the larger side in
    proportion to lots, nothing for the smaller side. ``larger_leg``: the
    larger side in full, ties to the buy side.
    """
    if hedging == "none" or table.count == 0:
        return np.ones(table.count)
    n_symbols = len(table.symbols)
    is_buy = table.direction > 0
    buy = np.bincount(
        table.symbol_index, weights=np.where(is_buy, table.lots, 0.0), minlength=n_symbols
    )
    sell = np.bincount(
        table.symbol_index, weights=np.where(is_buy, 0.0, table.lots), minlength=n_symbols
    )
    buy_i, sell_i = buy[table.symbol_index], sell[table.symbol_index]
    if hedging == "larger_leg":
        buy_leads = buy_i >= sell_i
        return np.where(is_buy == buy_leads, 1.0, 0.0)
    larger = np.maximum(buy_i, sell_i)
    own_side = np.where(is_buy, buy_i, sell_i)
    on_larger = (own_side == larger) & (buy_i != sell_i)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.abs(buy_i - sell_i) / larger
    return np.where(on_larger, share, 0.0)


def scope_index(table: PositionTable, scheme: Scheme) -> tuple[IntArray, int]:
    """Each position's volume-tier scope (SPEC 6.4) and how many scopes there are."""
    if scheme.volume_scope == "class":
        return table.class_index, len(table.classes)
    if scheme.volume_scope == "symbol":
        return table.symbol_index, len(table.symbols)
    return np.zeros(table.count, dtype=np.int64), 1
