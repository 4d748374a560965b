"""Writing scenario files: the canonical version-2 document of a scenario, saved atomically
(docs/scenario-files.md)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from core.files.file_fields import leverage_field
from core.files.json_files import write_atomically
from core.files.scenario_fields import FORMAT, VERSION
from core.files.scheme_file import scheme_fields
from core.model.quote import Quote
from core.model.scenario import Order, Position, Scenario


def quote_field(quote: Quote) -> float | dict[str, float]:
    """A price as the file writes it: one number when bid = ask."""
    return quote.bid if quote.one_sided else {"bid": quote.bid, "ask": quote.ask}


def scenario_to_json(scenario: Scenario) -> dict[str, object]:
    """The scenario as its version-1 JSON document."""
    account = scenario.account
    account_fields: dict[str, object] = {
        "currency": account.currency,
        "balance": account.balance,
        "credit": account.credit,
        "type": account.account_type,
        "platform": account.platform,
        "closed_trades": account.closed_trades,
        "closed_lots": account.closed_lots,
        "leverage": leverage_field(account.leverage),
    }
    for key in ("margin_call_level", "stop_out_level"):
        if getattr(account, key) is not None:
            account_fields[key] = getattr(account, key)
    account_fields["levels_in"] = account.levels_in
    positions = [position_fields(position) for position in scenario.positions]
    doc: dict[str, object] = {
        "format": FORMAT,
        "version": VERSION,
        "account": account_fields,
        "scheme": scenario.scheme_preset
        if scenario.scheme_preset
        else scheme_fields(scenario.scheme),
        "restricted_market": scenario.restricted_market,
        "prices": {symbol: quote_field(quote) for symbol, quote in scenario.quotes.items()},
        "positions": positions,
    }
    if scenario.orders:
        doc["orders"] = [order_fields(order) for order in scenario.orders]
    if scenario.instrument_overrides:
        doc["instruments"] = {
            symbol: {k: leverage_field(v) if k == "max_leverage" else v for k, v in fields.items()}  # type: ignore[arg-type]
            for symbol, fields in scenario.instrument_overrides.items()
        }
    if scenario.source is not None:
        doc["source"] = scenario.source
    return doc


def position_fields(position: Position) -> dict[str, object]:
    """A position as the file writes it; optional fields at their defaults are left out."""
    fields: dict[str, object] = {
        "symbol": position.symbol,
        "side": position.side,
        "lots": position.lots,
        "open_price": position.open_price,
    }
    if position.swap:
        fields["swap"] = position.swap
    if position.commission:
        fields["commission"] = position.commission
    if position.opened_leverage is not None:
        fields["opened_leverage"] = leverage_field(position.opened_leverage)
    if position.restricted:
        fields["restricted"] = True
    return fields


def order_fields(order: Order) -> dict[str, object]:
    """A pending order as the file writes it; optional fields left out when unset."""
    fields: dict[str, object] = {
        "symbol": order.symbol,
        "type": order.order_type,
        "lots": order.lots,
        "price": order.price,
    }
    for key in ("stop", "sl", "tp", "expires"):
        if getattr(order, key) is not None:
            fields[key] = getattr(order, key)
    return fields


def save_scenario(scenario: Scenario, path: str | os.PathLike[str], backup: bool = True) -> None:
    """Save a scenario atomically (temporary file in the same folder, then rename), keeping
    the previous file as ``<name>.bak``."""
    text = json.dumps(scenario_to_json(scenario), indent=2, allow_nan=False) + "\n"
    write_atomically(Path(path), text, backup=backup)
