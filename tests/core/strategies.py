"""Hypothesis strategies: random but valid scenario documents with consistent cross prices."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

# Each currency's value in USD; pair prices are derived so every chain gives one number.
SYMBOLS = {
    "EURUSD": ("EUR", "USD"),
    "GBPUSD": ("GBP", "USD"),
    "USDJPY": ("USD", "JPY"),
    "EURJPY": ("EUR", "JPY"),
    "EURGBP": ("EUR", "GBP"),
    "XAUUSD": ("XAU", "USD"),
    "BTCUSD": ("BTC", "USD"),
    "US500": ("US500", "USD"),
    "DE40": ("DE40", "EUR"),
}
CURRENCIES = ["USD", "EUR", "GBP", "JPY", "USC"]
CLASSES = ["forex", "metal", "crypto", "index"]

leverages = st.one_of(
    st.just("unlimited"),
    st.sampled_from([1, 2, 3.33, 20, 30, 50, 100, 200, 400, 500, 1000, 2000, 3000]),
)


def _order(value: Any) -> float:
    return float("inf") if value == "unlimited" else float(value)


@st.composite
def tiers(draw: Any, scale: float, falling: bool) -> list[dict[str, Any]]:
    """Tiers from 0; with ``falling`` the leverage never rises with the tier (as brokers do)."""
    count = draw(st.integers(1, 5))
    steps = draw(st.lists(st.floats(0.05, 3.0), min_size=count - 1, max_size=count - 1))
    starts = [0.0]
    for step in steps:
        starts.append(round(starts[-1] + step * scale, 2))
    values = [draw(leverages) for _ in starts]
    if falling:
        values.sort(key=_order, reverse=True)
    return [{"from": start, "leverage": value} for start, value in zip(starts, values, strict=True)]


hedging_rule = st.one_of(
    st.sampled_from(["none", "net", "larger_leg"]), st.sampled_from([0, 0.25, 0.5, 1])
)


@st.composite
def hedging_rules(draw: Any) -> Any:
    """A hedging rule for every symbol, or a map of classes (with or without ``other``)."""
    if draw(st.booleans()):
        return draw(hedging_rule)
    keys = draw(st.lists(st.sampled_from([*CLASSES, "other"]), unique=True, max_size=3))
    return {key: draw(hedging_rule) for key in keys}


@st.composite
def schemes(draw: Any, falling: bool = False) -> dict[str, Any]:
    scheme: dict[str, Any] = {}
    if draw(st.booleans()):
        scheme["equity_tiers"] = draw(tiers(20_000, falling))
    if draw(st.booleans()):
        unit = draw(st.sampled_from(["notional", "lots"]))
        scale = 1_000_000 if unit == "notional" else 10
        scheme["volume_unit"] = unit
        scheme["volume_count"] = draw(st.sampled_from(["margined", "larger_side", "gross"]))
        if draw(st.booleans()):
            scheme["volume_tiers"] = draw(tiers(scale, falling))
            scheme["volume_scope"] = draw(st.sampled_from(["account", "group", "class", "symbol"]))
        else:
            # A map of ladders: keys that are groups or classes stay consistent within a group
            # scope; symbol keys need a symbol scope (docs/rules.md#volume-tiers).
            scope = draw(st.sampled_from(["group", "symbol"]))
            keys = ["major", "minor", "forex", "metal", "crypto", "other"]
            if scope == "symbol":
                keys += ["EURUSD", "XAUUSD"]
            chosen = draw(st.lists(st.sampled_from(keys), unique=True, min_size=1, max_size=4))
            scheme["volume_tiers"] = {key: draw(tiers(scale, falling)) for key in chosen}
            scheme["volume_scope"] = scope
    scheme["hedging"] = draw(hedging_rules())
    scheme["margin_price"] = draw(st.sampled_from(["current", "open"]))
    scheme["apply_to"] = draw(st.sampled_from(["all", "new"]))
    scheme["currency"] = draw(st.sampled_from(["USD", "EUR"]))
    if draw(st.booleans()):
        scheme["class_caps"] = {
            c: draw(leverages) for c in draw(st.lists(st.sampled_from(CLASSES), unique=True))
        }
    if draw(st.booleans()):
        scheme["unlimited"] = {
            "platforms": ["MT4"],
            "max_equity": draw(st.sampled_from([500, 1000, 5000])),
            "min_closed_trades": 10,
            "fallback": draw(st.sampled_from([500, 2000])),
        }
    if draw(st.booleans()):
        scheme["restricted_cap"] = draw(
            st.one_of(leverages, st.just({"forex": 200, "metal": 200, "XAUUSD": 100}))
        )
    return scheme


@st.composite
def scenario_docs(
    draw: Any,
    max_positions: int = 8,
    open_at_market: bool = False,
    falling: bool = False,
    max_orders: int = 0,
) -> dict[str, Any]:
    usd_value = {
        "USD": 1.0,
        "EUR": draw(st.floats(0.9, 1.3)),
        "GBP": draw(st.floats(1.1, 1.5)),
        "JPY": 1 / draw(st.floats(100, 170)),
        "XAU": draw(st.floats(1500, 3000)),
        "BTC": draw(st.floats(20_000, 120_000)),
    }
    prices = {
        symbol: round(usd_value[base] / usd_value[quote], 10)
        for symbol, (base, quote) in SYMBOLS.items()
        if base in usd_value
    }
    # Cross rates are derived from rounded legs so that any chain gives one number.
    prices["EURJPY"] = prices["EURUSD"] * prices["USDJPY"]
    prices["EURGBP"] = prices["EURUSD"] / prices["GBPUSD"]
    prices["US500"] = draw(st.floats(3000, 7000))
    prices["DE40"] = draw(st.floats(12_000, 22_000))
    positions = []
    for _ in range(draw(st.integers(0, max_positions))):
        symbol = draw(st.sampled_from(sorted(SYMBOLS)))
        price = prices[symbol]
        position: dict[str, Any] = {
            "symbol": symbol,
            "side": draw(st.sampled_from(["buy", "sell"])),
            "lots": draw(st.sampled_from([0.01, 0.1, 0.5, 1, 2.5, 5, 10, 40])),
            "open_price": price if open_at_market else price * draw(st.floats(0.9, 1.1)),
        }
        if draw(st.booleans()):
            position["opened_leverage"] = draw(leverages)
        if draw(st.booleans()):
            position["swap"] = draw(st.floats(-50, 50))
        if draw(st.integers(0, 4)) == 0:
            position["restricted"] = True
        positions.append(position)
    quotes: dict[str, Any] = dict(prices)
    # Opened at market means no P/L, so no spread either (a fresh position loses its spread).
    spread_symbols = (
        [] if open_at_market else draw(st.lists(st.sampled_from(sorted(prices)), unique=True))
    )
    for symbol in spread_symbols:
        # Bid and ask around the mid, so cross mids stay consistent (docs/rules.md#prices-and-conversion: conversions use mids).
        half = prices[symbol] * draw(st.sampled_from([1e-5, 1e-4, 2e-3]))
        quotes[symbol] = {"bid": prices[symbol] - half, "ask": prices[symbol] + half}
    orders = [draw(pending_orders(quotes)) for _ in range(draw(st.integers(0, max_orders)))]
    return {
        "format": "fxmargin-scenario",
        "version": 2 if orders else 1,
        **({"orders": orders} if orders else {}),
        "account": {
            "currency": draw(st.sampled_from(CURRENCIES)),
            "balance": draw(st.floats(0, 200_000)),
            "credit": draw(st.sampled_from([0, 100])),
            "platform": draw(st.sampled_from(["MT4", "MT5"])),
            "closed_trades": draw(st.integers(0, 20)),
            "leverage": draw(leverages),
        },
        "scheme": draw(
            st.one_of(
                schemes(falling),
                st.sampled_from(
                    [
                        "exness",
                        "exness-current",
                        "alpari-style",
                        "fxtm-style",
                        "fixed-30",
                        "volume-ladder-500",
                        "equity-ladder-500",
                    ]
                ),
            )
        ),
        "restricted_market": draw(st.booleans()),
        "prices": quotes,
        "positions": positions,
        "instruments": draw(
            st.sampled_from(
                [
                    {},
                    {"XAUUSD": {"max_leverage": 100}},
                    {"BTCUSD": {"margin_rate": 0.5}},
                    {"EURUSD": {"margin_multiplier": 1.15}, "XAUUSD": {"margin_multiplier": 0.5}},
                    {"EURGBP": {"group": "major"}},
                ]
            )
        ),
    }


UPWARD = ("buy_stop", "buy_stop_limit", "sell_limit")


@st.composite
def pending_orders(draw: Any, quotes: dict[str, Any]) -> dict[str, Any]:
    """A pending order on one of the quoted symbols that today's quote does not reach: its
    trigger 0.01% to 20% beyond the bid (a sell) or the ask (a buy), on its own side."""
    symbol = draw(st.sampled_from(sorted(SYMBOLS)))
    quote = quotes[symbol]
    bid, ask = (quote["bid"], quote["ask"]) if isinstance(quote, dict) else (quote, quote)
    kind = draw(st.sampled_from(sorted(ORDER_KINDS)))
    market = ask if kind.startswith("buy") else bid
    away = draw(st.floats(1e-4, 0.2))
    trigger = market * (1 + away) if kind in UPWARD else market * (1 - away)
    order: dict[str, Any] = {
        "symbol": symbol,
        "type": kind,
        "lots": draw(st.sampled_from([0.01, 0.1, 0.5, 1, 5, 20])),
        "price": trigger,
    }
    if kind.endswith("stop_limit"):
        order["stop"] = trigger
        order["price"] = trigger * draw(st.floats(0.99, 1.01))
    return order


ORDER_KINDS = (
    "buy_limit",
    "sell_limit",
    "buy_stop",
    "sell_stop",
    "buy_stop_limit",
    "sell_stop_limit",
)
