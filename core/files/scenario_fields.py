"""The fields of a scenario file, by where they sit (docs/scenario-files.md)."""

from __future__ import annotations

FORMAT = "fxmargin-scenario"
VERSION = 2

TOP_FIELDS = (
    "format",
    "version",
    "account",
    "scheme",
    "restricted_market",
    "prices",
    "positions",
    "orders",
    "instruments",
    "source",
)
ACCOUNT_FIELDS = (
    "currency",
    "balance",
    "credit",
    "type",
    "platform",
    "closed_trades",
    "closed_lots",
    "leverage",
    "margin_call_level",
    "stop_out_level",
    "levels_in",
)
POSITION_FIELDS = (
    "symbol",
    "side",
    "lots",
    "open_price",
    "swap",
    "commission",
    "opened_leverage",
    "restricted",
)
ORDER_FIELDS = ("symbol", "type", "lots", "price", "stop", "sl", "tp", "expires")
INSTRUMENT_FIELDS = (
    "class",
    "base",
    "quote",
    "contract_size",
    "pip_size",
    "max_leverage",
    "margin_rate",
    "margin_multiplier",
    "group",
)
