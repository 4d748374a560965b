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
    """Arrays of the scenario's positions. Instrument, caps and price are resolved once per
    symbol and spread to its positions; only what differs by position is read one by one."""
    positions = scenario.positions
    symbols: dict[str, int] = {}
    symbol_index = np.fromiter(
        (symbols.setdefault(p.symbol, len(symbols)) for p in positions),
        dtype=np.int64,
        count=len(positions),
    )
    instruments = [scenario.instrument(symbol) for symbol in symbols]
    classes: dict[str, int] = {}
    quotes: dict[str, int] = {}
    class_of = np.array(
        [classes.setdefault(i.instrument_class, len(classes)) for i in instruments], dtype=np.int64
    )
    quote_of = np.array(
        [quotes.setdefault(i.quote, len(quotes)) for i in instruments], dtype=np.int64
    )
    cap_of = np.array(
        [position_leverage_cap(scenario, symbol) for symbol in symbols], dtype=np.float64
    )
    contract_of = np.array([i.contract_size for i in instruments], dtype=np.float64)
    price_of = np.array([scenario.prices[symbol] for symbol in symbols], dtype=np.float64)

    def column(values: object) -> FloatArray:
        return np.asarray(np.fromiter(values, dtype=np.float64, count=len(positions)))  # type: ignore[call-overload]

    cap = cap_of[symbol_index] if positions else np.empty(0)
    fixed = column(
        position_fixed_leverage(scenario, p, float(c)) for p, c in zip(positions, cap, strict=True)
    )
    return PositionTable(
        symbols=tuple(symbols),
        classes=tuple(classes),
        quotes=tuple(quotes),
        symbol_index=symbol_index,
        class_index=class_of[symbol_index] if positions else np.empty(0, dtype=np.int64),
        quote_index=quote_of[symbol_index] if positions else np.empty(0, dtype=np.int64),
        direction=column(p.direction for p in positions),
        lots=column(p.lots for p in positions),
        contract_size=contract_of[symbol_index] if positions else np.empty(0),
        open_price=column(p.open_price for p in positions),
        price=price_of[symbol_index] if positions else np.empty(0),
        extras=column(p.swap + p.commission for p in positions),
        leverage_cap=cap,
        leverage_fixed=fixed,
    )


def with_extra_position(
    table: PositionTable, scenario: Scenario, position: Position
) -> PositionTable:
    """The table with one more position at the end (what-if analyses), without rebuilding it."""
    extra = build_position_table(scenario.with_positions((position,)))

    names: dict[str, tuple[str, ...]] = {}
    indexes: dict[str, IntArray] = {}
    for names_field, index_field in (
        ("symbols", "symbol_index"),
        ("classes", "class_index"),
        ("quotes", "quote_index"),
    ):
        known = list(getattr(table, names_field))
        own = getattr(extra, names_field)[0]
        if own not in known:
            known.append(own)
        names[names_field] = tuple(known)
        indexes[index_field] = np.append(getattr(table, index_field), known.index(own))
    arrays = {
        name: np.concatenate([getattr(table, name), getattr(extra, name)])
        for name in (
            "direction",
            "lots",
            "contract_size",
            "open_price",
            "price",
            "extras",
            "leverage_cap",
            "leverage_fixed",
        )
    }
    return PositionTable(**names, **indexes, **arrays)  # type: ignore[arg-type]


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
