"""The validated, immutable inputs of one calculation (docs/scenario-files.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Literal

from core.model.conversion import Chain, find_chain
from core.model.instruments import Instrument, catalog
from core.model.quote import Quote
from core.model.scheme import Scheme

Side = Literal["buy", "sell"]
LevelsIn = Literal["percent", "money"]
OrderType = Literal[
    "buy_limit", "sell_limit", "buy_stop", "sell_stop", "buy_stop_limit", "sell_stop_limit"
]
ORDER_TYPES: tuple[OrderType, ...] = (
    "buy_limit",
    "sell_limit",
    "buy_stop",
    "sell_stop",
    "buy_stop_limit",
    "sell_stop_limit",
)


@dataclass(frozen=True)
class Account:
    """The trading account. ``leverage`` is the trader's pick; inf means ``"unlimited"``.

    Margin-call and stop-out levels are None when the file leaves them to the
    scheme (docs/scenario-files.md: account's own, else the scheme's for the type, else 100/50).
    """

    currency: str
    balance: float
    leverage: float
    credit: float = 0.0
    account_type: str = "standard"
    platform: str = "MT4"
    closed_trades: int = 0
    closed_lots: float = 0.0
    margin_call_level: float | None = None
    stop_out_level: float | None = None
    levels_in: LevelsIn = "percent"


@dataclass(frozen=True)
class Position:
    """One open position. ``swap`` and ``commission`` are in account currency.

    ``restricted`` marks a position opened inside a high-margin period: it stays on the
    scheme's restricted cap (docs/rules.md#each-positions-leverage).
    """

    symbol: str
    side: Side
    lots: float
    open_price: float
    swap: float = 0.0
    commission: float = 0.0
    opened_leverage: float | None = None
    restricted: bool = False

    @property
    def direction(self) -> int:
        """+1 for a buy, -1 for a sell (docs/rules.md#one-position's ``side``)."""
        return 1 if self.side == "buy" else -1


@dataclass(frozen=True)
class Order:
    """A pending order (docs/scenario-files.md): it opens a position of ``lots`` at ``price`` when the market
    reaches it. A stop-limit order's ``stop`` is its trigger and ``price`` its limit. ``sl``,
    ``tp`` and ``expires`` are kept as written; they change no figure."""

    symbol: str
    order_type: OrderType
    lots: float
    price: float
    stop: float | None = None
    sl: float | None = None
    tp: float | None = None
    expires: str | None = None

    @property
    def side(self) -> Side:
        return "buy" if self.order_type.startswith("buy") else "sell"

    @property
    def trigger(self) -> float:
        """The price at which the order fills: the stop of a stop-limit order, else its price."""
        return self.stop if self.stop is not None else self.price

    @property
    def upward(self) -> bool:
        """Whether a rise fills it (buy stops and sell limits), not a fall."""
        return self.order_type in ("buy_stop", "buy_stop_limit", "sell_limit")

    def reached(self, quote: Quote) -> bool:
        """Whether today's quote already reaches the order (the terminal would have filled it):
        a buy triggers on the ask, a sell on the bid; stops above a buy's and below a sell's
        market, limits the other way round (docs/rules.md#analyses)."""
        market = quote.ask if self.side == "buy" else quote.bid
        return self.trigger <= market if self.upward else self.trigger >= market

    @property
    def position(self) -> Position:
        """The position it opens when it fills: at its price, with no swap or commission
        (docs/rules.md#pending-orders)."""
        return Position(self.symbol, self.side, self.lots, self.price)


def _no_overrides() -> Mapping[str, Mapping[str, object]]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Scenario:
    """Account, scheme, quotes and positions, as one scenario file holds them.

    ``quotes`` are the bid and ask of each symbol; ``prices`` are their mids,
    which conversions use and analyses move (docs/rules.md#prices-and-conversion). ``scheme_preset`` is the
    preset name when the file named one (so saving writes the name back);
    ``instrument_overrides`` are the file's own instrument definitions, merged
    over the catalog in ``instruments``; ``source`` is the file's free-form
    note of where it came from, kept as it is (docs/scenario-files.md).
    """

    account: Account
    scheme: Scheme
    quotes: Mapping[str, Quote]
    positions: tuple[Position, ...] = ()
    orders: tuple[Order, ...] = ()
    scheme_preset: str | None = None
    restricted_market: bool = False
    instrument_overrides: Mapping[str, Mapping[str, object]] = field(default_factory=_no_overrides)
    instruments: Mapping[str, Instrument] = field(default_factory=catalog)
    source: Mapping[str, object] | None = None
    prices: Mapping[str, float] = field(init=False, compare=False, repr=False)
    # Not an init field: dataclasses.replace() then starts a new scenario with an empty cache.
    _chains: dict[tuple[str, str], Chain] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        mids = {symbol: quote.mid for symbol, quote in self.quotes.items()}
        object.__setattr__(self, "prices", MappingProxyType(mids))

    def half_spread(self, symbol: str) -> float:
        """Half of a symbol's spread: bid = mid - this, ask = mid + this."""
        return self.quotes[symbol].spread / 2.0

    def instrument(self, symbol: str) -> Instrument:
        """The instrument of a symbol (the scenario's override, else the catalog's)."""
        return self.instruments[symbol]

    def with_positions(self, positions: tuple[Position, ...]) -> Scenario:
        """The same account and market with other positions; conversion chains depend only
        on the prices, so the found ones carry over."""
        changed = replace(self, positions=positions)
        changed._chains.update(self._chains)
        return changed

    def with_mid(self, symbol: str, mid: float) -> Scenario:
        """The same scenario with one symbol's mid moved and its spread kept (docs/rules.md#analyses);
        the symbol's orders the new quote reaches have filled: they are positions now
        (docs/rules.md#pending-orders)."""
        half = self.half_spread(symbol)
        moved = replace(self, quotes={**self.quotes, symbol: Quote(mid - half, mid + half)})
        return moved.with_reached_orders_filled()

    def with_reached_orders_filled(self) -> Scenario:
        """The orders that today's quotes reach opened as positions at their prices (after a
        move of prices; a scenario file may not hold such an order, docs/rules.md#pending-orders)."""
        filled: list[Order] = []
        waiting: list[Order] = []
        for order in self.orders:
            quote = self.quotes.get(order.symbol)
            (filled if quote is not None and order.reached(quote) else waiting).append(order)
        if not filled:
            return self
        return replace(
            self,
            positions=self.positions + tuple(o.position for o in filled),
            orders=tuple(waiting),
        )

    def without_orders(self) -> Scenario:
        """The same scenario with no pending orders (``--no-orders``)."""
        changed = replace(self, orders=())
        changed._chains.update(self._chains)
        return changed

    def chain(self, source: str, target: str) -> Chain:
        """The conversion chain source -> target at this scenario's prices (docs/rules.md#prices-and-conversion), found once."""
        key = (source, target)
        if key not in self._chains:
            self._chains[key] = find_chain(source, target, self.prices, self.instruments)
        return self._chains[key]
