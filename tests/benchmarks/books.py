"""Big scenario documents for the benchmarks: N positions over the 28 forex pairs and gold."""

from __future__ import annotations

import random
from typing import Any

from core.model.instruments import catalog

USD_VALUE = {
    "USD": 1.0,
    "EUR": 1.08,
    "GBP": 1.27,
    "JPY": 1 / 151.2,
    "CHF": 1.13,
    "AUD": 0.65,
    "NZD": 0.59,
    "CAD": 0.72,
    "XAU": 2650.0,
}


def big_book(
    positions: int, seed: int = 1, orders: int = 0, order_symbol: str | None = None
) -> dict[str, Any]:
    """``positions`` positions over 29 symbols, net hedging, equity tiers and notional volume
    tiers (the issue's "core at scale" case); consistent cross prices. ``orders`` pending
    orders of every type, 0.1% to 5% from the market, over the same symbols (or all on
    ``order_symbol``)."""
    rng = random.Random(seed)
    prices = {
        symbol: USD_VALUE[i.base] / USD_VALUE[i.quote]
        for symbol, i in catalog().items()
        if i.instrument_class in ("forex", "metal") and i.base in USD_VALUE and i.quote in USD_VALUE
    }
    symbols = sorted(prices)
    assert len(symbols) == 29
    book = []
    for _ in range(positions):
        symbol = rng.choice(symbols)
        book.append(
            {
                "symbol": symbol,
                "side": rng.choice(["buy", "sell"]),
                "lots": rng.choice([0.01, 0.1, 0.5, 1.0, 2.0]),
                "open_price": round(prices[symbol] * rng.uniform(0.99, 1.01), 6),
            }
        )
    pending = []
    for _ in range(orders):
        symbol = order_symbol or rng.choice(symbols)
        kind = rng.choice(["buy_limit", "sell_limit", "buy_stop", "sell_stop"])
        away = rng.uniform(0.001, 0.05)
        upward = kind in ("buy_stop", "sell_limit")
        pending.append(
            {
                "symbol": symbol,
                "type": kind,
                "lots": rng.choice([0.01, 0.1, 0.5, 1.0, 2.0]),
                "price": round(prices[symbol] * (1 + away if upward else 1 - away), 6),
            }
        )
    return {
        "format": "fxmargin-scenario",
        "version": 2 if pending else 1,
        **({"orders": pending} if pending else {}),
        "account": {
            "currency": "USD",
            "balance": 50_000.0 * max(1, positions // 100),
            "leverage": "unlimited",
            "type": "standard",
            "platform": "MT4",
            "closed_trades": 20,
            "closed_lots": 10,
        },
        "scheme": {
            "name": "benchmark",
            "equity_tiers": [
                {"from": 0, "leverage": "unlimited"},
                {"from": 1000, "leverage": 2000},
                {"from": 5000, "leverage": 1000},
                {"from": 100_000, "leverage": 500},
                {"from": 1_000_000, "leverage": 200},
            ],
            "volume_tiers": [
                {"from": 0, "leverage": 500},
                {"from": 3_000_000, "leverage": 400},
                {"from": 5_000_000, "leverage": 200},
                {"from": 7_500_000, "leverage": 100},
            ],
            "hedging": "net",
            "unlimited": {"platforms": ["MT4"], "max_equity": 1000, "fallback": 2000},
        },
        "prices": prices,
        "positions": book,
    }
