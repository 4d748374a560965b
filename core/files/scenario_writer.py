"""Writing scenario files: the canonical version-2 document of a scenario, saved atomically
(docs/scenario-files.md)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from core.files.file_fields import leverage_field
from core.files.json_files import write_atomically
from core.files.scenario_fields import ACCOUNT, FORMAT, POSITION, VERSION, Field
from core.files.scheme_file import scheme_fields
from core.model.quote import Quote
from core.model.scenario import Order, Position, Scenario


def quote_field(quote: Quote) -> float | dict[str, float]:
    """A price as the file writes it: one number when bid = ask."""
    return quote.bid if quote.one_sided else {"bid": quote.bid, "ask": quote.ask}


def scenario_to_json(scenario: Scenario) -> dict[str, object]:
    """The scenario as its version-2 JSON document."""
    account_fields = written_fields(scenario.account, ACCOUNT)
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


def written_fields(item: object, table: tuple[Field, ...]) -> dict[str, object]:
    """An account's or a position's fields as the file writes them, as ``table`` says."""
    fields: dict[str, object] = {}
    for field in table:
        value = getattr(item, field.attribute)
        if (field.written == "set" and value is None) or (field.written == "nonzero" and not value):
            continue
        fields[field.key] = leverage_field(value) if field.kind == "leverage" else value
    return fields


def position_fields(position: Position) -> dict[str, object]:
    """A position as the file writes it; optional fields at their defaults are left out."""
    return written_fields(position, POSITION)


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
