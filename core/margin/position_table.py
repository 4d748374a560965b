"""The open positions as numpy arrays, and the margined share of each (docs/rules.md#one-position, docs/rules.md#each-positions-leverage, docs/rules.md#hedging).

Built once per scenario with one pass over the positions; everything after
works on whole arrays.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.model.conversion import FloatArray
from core.model.instruments import Instrument
from core.model.scenario import Position, Scenario
from core.model.scheme import UNLIMITED, HedgingRule, Ladder, Scheme

IntArray = np.ndarray[tuple[int], np.dtype[np.int64]]
BoolArray = np.ndarray[tuple[int], np.dtype[np.bool_]]


@dataclass(frozen=True)
class PositionTable:
    """Per-position arrays, index-aligned with ``scenario.positions``.

    ``close_price`` and ``entry_price`` are the current prices at which the
    position would close and at which it would open now (bid or ask by side,
    docs/rules.md#one-position). ``leverage_fixed`` is each position's leverage when it does not
    follow the account (opened leverage under ``apply_to: new``, or
    1/margin_rate), else NaN; ``leverage_cap`` is the lowest of its class,
    instrument and restricted caps (docs/rules.md#each-positions-leverage). ``hedge_share`` is the share h of
    covered lots its class's hedging margins (NaN for ``larger_leg``, docs/rules.md#hedging).
    ``ladder_index`` points into ``ladders``, -1 for none (docs/rules.md#volume-tiers).
    """

    symbols: tuple[str, ...]
    classes: tuple[str, ...]
    groups: tuple[str, ...]
    quotes: tuple[str, ...]
    ladders: tuple[Ladder, ...]
    symbol_index: IntArray
    class_index: IntArray
    group_index: IntArray
    quote_index: IntArray
    ladder_index: IntArray
    direction: FloatArray
    lots: FloatArray
    contract_size: FloatArray
    open_price: FloatArray
    close_price: FloatArray
    entry_price: FloatArray
    extras: FloatArray
    leverage_cap: FloatArray
    leverage_fixed: FloatArray
    margin_multiplier: FloatArray
    hedge_share: FloatArray

    @property
    def count(self) -> int:
        return int(self.lots.shape[0])


NAME_FIELDS = (
    ("symbols", "symbol_index"),
    ("classes", "class_index"),
    ("groups", "group_index"),
    ("quotes", "quote_index"),
    ("ladders", "ladder_index"),
)
ARRAY_FIELDS = (
    "direction",
    "lots",
    "contract_size",
    "open_price",
    "close_price",
    "entry_price",
    "extras",
    "leverage_cap",
    "leverage_fixed",
    "margin_multiplier",
    "hedge_share",
)


def position_leverage_cap(scenario: Scenario, symbol: str, restricted: bool = False) -> float:
    """min(class cap, instrument max_leverage, restricted cap when the market or the position is
    restricted) (docs/rules.md#each-positions-leverage)."""
    instrument = scenario.instrument(symbol)
    scheme = scenario.scheme
    cap = scheme.class_cap(instrument.instrument_class, symbol)
    if instrument.max_leverage is not None:
        cap = min(cap, instrument.max_leverage)
    if scenario.restricted_market or restricted:
        cap = min(cap, scheme.restricted_cap_for(symbol, instrument.instrument_class))
    return cap


def fixed_rate_leverage(instrument: Instrument) -> float:
    """A fixed ``margin_rate`` ignores every cap: L = 1 / margin_rate; NaN without one."""
    if instrument.margin_rate is None:
        return float("nan")
    return 1.0 / instrument.margin_rate if instrument.margin_rate > 0 else UNLIMITED


def hedge_share(rule: HedgingRule) -> float:
    """A hedging rule as the share of covered lots margined: none 1, net 0, larger_leg NaN."""
    if rule == "none":
        return 1.0
    if rule == "net":
        return 0.0
    if rule == "larger_leg":
        return float("nan")
    return float(rule)


def build_position_table(scenario: Scenario) -> PositionTable:
    """Arrays of the scenario's positions. Instrument, caps, quotes, hedging and ladder are
    resolved once per symbol and spread to its positions; only what differs by position is read
    one by one."""
    positions = scenario.positions
    scheme = scenario.scheme
    symbols: dict[str, int] = {}
    symbol_index = np.fromiter(
        (symbols.setdefault(p.symbol, len(symbols)) for p in positions),
        dtype=np.int64,
        count=len(positions),
    )
    instruments = [scenario.instrument(symbol) for symbol in symbols]
    names: dict[str, dict[object, int]] = {"classes": {}, "groups": {}, "quotes": {}, "ladders": {}}

    def code(kind: str, value: object) -> int:
        return names[kind].setdefault(value, len(names[kind]))

    def per_symbol(values: list[float] | list[int], dtype: type = np.float64) -> np.ndarray:
        return np.asarray(values, dtype=dtype)[symbol_index] if positions else np.empty(0, dtype)

    class_index = per_symbol([code("classes", i.instrument_class) for i in instruments], np.int64)
    group_index = per_symbol([code("groups", i.group) for i in instruments], np.int64)
    quote_index = per_symbol([code("quotes", i.quote) for i in instruments], np.int64)
    ladder_of = [scheme.ladder_for(i.symbol, i.group, i.instrument_class) for i in instruments]
    ladder_index = per_symbol([code("ladders", lad) if lad else -1 for lad in ladder_of], np.int64)
    quotes = [scenario.quotes[symbol] for symbol in symbols]
    bid, ask = per_symbol([q.bid for q in quotes]), per_symbol([q.ask for q in quotes])

    def column(values: object) -> FloatArray:
        return np.asarray(np.fromiter(values, dtype=np.float64, count=len(positions)))  # type: ignore[call-overload]

    direction = column(p.direction for p in positions)
    is_buy = direction > 0
    restricted = column(p.restricted for p in positions) > 0
    cap = np.where(
        restricted,
        per_symbol([position_leverage_cap(scenario, symbol, True) for symbol in symbols]),
        per_symbol([position_leverage_cap(scenario, symbol) for symbol in symbols]),
    )
    # docs/rules.md#each-positions-leverage: a fixed margin rate, else (under apply_to: new) the opened leverage, capped.
    fixed = per_symbol([fixed_rate_leverage(i) for i in instruments])
    if scheme.apply_to == "new":
        opened = column(
            math.nan if p.opened_leverage is None else p.opened_leverage for p in positions
        )
        fixed = np.where(np.isnan(fixed), np.minimum(opened, cap), fixed)
    return PositionTable(
        symbols=tuple(symbols),
        classes=tuple(names["classes"]),  # type: ignore[arg-type]
        groups=tuple(names["groups"]),  # type: ignore[arg-type]
        quotes=tuple(names["quotes"]),  # type: ignore[arg-type]
        ladders=tuple(names["ladders"]),  # type: ignore[arg-type]
        symbol_index=symbol_index,
        class_index=class_index,
        group_index=group_index,
        quote_index=quote_index,
        ladder_index=ladder_index,
        direction=direction,
        lots=column(p.lots for p in positions),
        contract_size=per_symbol([i.contract_size for i in instruments]),
        open_price=column(p.open_price for p in positions),
        close_price=np.where(is_buy, bid, ask),
        entry_price=np.where(is_buy, ask, bid),
        extras=column(p.swap + p.commission for p in positions),
        leverage_cap=cap,
        leverage_fixed=fixed,
        margin_multiplier=per_symbol([i.margin_multiplier for i in instruments]),
        hedge_share=per_symbol(
            [hedge_share(scheme.hedging_for(i.instrument_class)) for i in instruments]
        ),
    )


def with_extra_position(
    table: PositionTable, scenario: Scenario, position: Position
) -> PositionTable:
    """The table with one more position at the end (what-if analyses), without rebuilding it."""
    return with_extra_positions(table, scenario, (position,))


def with_extra_positions(
    table: PositionTable, scenario: Scenario, positions: tuple[Position, ...]
) -> PositionTable:
    """The table with more positions at the end (what-if analyses, filled orders), without
    rebuilding it."""
    if not positions:
        return table
    extra = build_position_table(scenario.with_positions(positions))
    fields: dict[str, object] = {}
    for names_field, index_field in NAME_FIELDS:
        known = list(getattr(table, names_field))
        own_names = getattr(extra, names_field)
        for name in own_names:
            if name not in known:
                known.append(name)
        remap = np.array([known.index(name) for name in own_names] + [-1], dtype=np.int64)
        fields[names_field] = tuple(known)
        # index -1 (no ladder) maps to the remap's last entry, -1
        fields[index_field] = np.concatenate(
            [getattr(table, index_field), remap[getattr(extra, index_field)]]
        )
    for name in ARRAY_FIELDS:
        fields[name] = np.concatenate([getattr(table, name), getattr(extra, name)])
    return PositionTable(**fields)  # type: ignore[arg-type]


def take_rows(table: PositionTable, rows: IntArray) -> PositionTable:
    """Some rows of the table, with its names (symbols, classes, ...) as they are."""
    fields: dict[str, object] = {names: getattr(table, names) for names, _ in NAME_FIELDS}
    for _, index in NAME_FIELDS:
        fields[index] = getattr(table, index)[rows]
    for name in ARRAY_FIELDS:
        fields[name] = getattr(table, name)[rows]
    return PositionTable(**fields)  # type: ignore[arg-type]


def side_sums(table: PositionTable, values: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Per symbol, the sum of ``values`` over its buys and over its sells (with the lots: B and
    S)."""
    is_buy = table.direction > 0
    n_symbols = len(table.symbols)
    buy = np.bincount(table.symbol_index, np.where(is_buy, values, 0.0), minlength=n_symbols)
    sell = np.bincount(table.symbol_index, np.where(is_buy, 0.0, values), minlength=n_symbols)
    return buy.astype(np.float64), sell.astype(np.float64)


def hedged_fraction(table: PositionTable) -> FloatArray:
    """The margined share of each position's notional, per symbol (docs/rules.md#hedging).

    With buy lots B, sell lots S and covered lots C = min(B, S), a side margins
    h x C plus, on the larger side, |B - S|, spread over its positions in
    proportion to their lots: the smaller side's share is h, the larger side's
    1 - (1 - h) C / larger. ``none`` is h = 1, ``net`` h = 0. ``larger_leg``
    (NaN): the larger side in full, the other not at all, ties to the buy side.
    """
    h = table.hedge_share
    if table.count == 0 or bool(np.all(h == 1.0)):
        return np.ones(table.count)
    is_buy = table.direction > 0
    buy, sell = side_sums(table, table.lots)
    buy_i, sell_i = buy[table.symbol_index], sell[table.symbol_index]
    larger = np.maximum(buy_i, sell_i)
    covered = np.minimum(buy_i, sell_i)
    own_side = np.where(is_buy, buy_i, sell_i)
    on_larger = (own_side == larger) & (buy_i != sell_i)
    with np.errstate(invalid="ignore", divide="ignore"):
        larger_share = 1.0 - (1.0 - h) * covered / larger
    share = np.where(on_larger, larger_share, h)
    buy_leads = buy_i >= sell_i
    return np.where(np.isnan(h), np.where(is_buy == buy_leads, 1.0, 0.0), share)


def scope_index(table: PositionTable, scheme: Scheme) -> tuple[IntArray, int]:
    """Each position's volume-tier scope (docs/rules.md#volume-tiers) and how many scopes there are."""
    if scheme.volume_scope == "group":
        return table.group_index, len(table.groups)
    if scheme.volume_scope == "class":
        return table.class_index, len(table.classes)
    if scheme.volume_scope == "symbol":
        return table.symbol_index, len(table.symbols)
    return np.zeros(table.count, dtype=np.int64), 1
