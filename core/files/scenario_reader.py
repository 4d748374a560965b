"""Reading scenario files, versions 1 and 2, field by field (docs/scenario-files.md).

Reading reports every problem at once, each with the path of its field. Unknown fields, NaN
and Infinity, unknown presets and symbols are errors here; missing prices and conversion
chains are found by the checks between fields (`core.files.scenario_checks`). Writing is
`core.files.scenario_writer`, the field lists `core.files.scenario_fields`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from core.files.file_fields import FieldReader
from core.files.json_files import parse_json, read_text
from core.files.limits import MAX_LOTS
from core.files.scenario_checks import check_references, unknown_symbol
from core.files.scenario_fields import (
    ACCOUNT,
    ACCOUNT_FIELDS,
    FORMAT,
    INSTRUMENT_FIELDS,
    ORDER_FIELDS,
    POSITION,
    POSITION_FIELDS,
    TOP_FIELDS,
    VERSION,
    Field,
)
from core.files.scheme_file import presets, read_scheme, unknown_preset
from core.messages import Message
from core.model.instruments import (
    INSTRUMENT_CLASSES,
    Instrument,
    catalog,
    instrument_fields,
    instrument_from_fields,
)
from core.model.quote import Quote
from core.model.scenario import ORDER_TYPES, Account, Order, Position, Scenario
from core.problems import InputError, Where, join_path


def load_scenario(path: str | os.PathLike[str]) -> Scenario:
    """Read and validate a scenario file; `InputError` lists every problem."""
    file_path = Path(path)
    return scenario_from_json(parse_json(read_text(file_path), str(file_path)))


def scenario_from_json(doc: Any) -> Scenario:
    """Validate a parsed scenario document and build the Scenario."""
    reader = FieldReader()
    scenario = _read_scenario(reader, doc)
    if reader.problems or scenario is None:
        raise InputError(reader.problems)
    cross_problems = check_references(scenario)
    if cross_problems:
        raise InputError(cross_problems)
    return scenario


def _read_scenario(reader: FieldReader, doc: Any) -> Scenario | None:
    if not isinstance(doc, dict):
        reader.fail("", Message("a scenario must be a JSON object, not {value}", value=_kind(doc)))
        return None
    fields = reader.object(
        doc, "", TOP_FIELDS, ("format", "version", "account", "scheme", "prices")
    )
    assert fields is not None
    if "format" in fields and fields["format"] != FORMAT:
        reader.fail("format", Message('must be "{format}"', format=FORMAT))
    if "version" in fields:
        version = reader.number(fields["version"], "version", at_least=1, integer=True)
        if version is not None and version > VERSION:
            reader.fail(
                "version",
                Message(
                    "this file is version {version}, written by a newer fxmargin; this fxmargin "
                    "reads version {supported}",
                    version=str(int(version)),
                    supported=str(VERSION),
                ),
            )
            return None
    instruments = _read_instruments(reader, fields.get("instruments", {}))
    account = _read_account(reader, fields.get("account"))
    scheme_value = fields.get("scheme")
    preset_name: str | None = None
    scheme = None
    if isinstance(scheme_value, str):
        preset_name = scheme_value
        scheme = presets().get(scheme_value)
        if scheme is None:
            reader.fail(
                "scheme",
                unknown_preset(scheme_value),
            )
    elif "scheme" in fields:
        scheme = read_scheme(reader, scheme_value, "scheme")
    restricted = reader.boolean(fields.get("restricted_market", False), "restricted_market")
    source = fields.get("source")
    if source is not None and not isinstance(source, dict):
        reader.fail("source", Message("must be an object of facts about where the file came from"))
    prices = _read_prices(reader, fields.get("prices", {}), instruments)
    positions = _read_positions(reader, fields.get("positions", []), instruments)
    orders = _read_orders(reader, fields.get("orders", []), instruments)
    if (
        reader.problems
        or account is None
        or scheme is None
        or restricted is None
        or prices is None
        or positions is None
        or orders is None
        or instruments is None
    ):
        return None
    overrides, merged = instruments
    return Scenario(
        account=account,
        scheme=scheme,
        quotes=prices,
        positions=positions,
        orders=orders,
        scheme_preset=preset_name,
        restricted_market=restricted,
        instrument_overrides=overrides,
        instruments=merged,
        source=source,
    )


def _kind(value: Any) -> Message | str:
    if value is None:
        return "null"
    return {list: Message("an array"), str: Message("a string"), bool: Message("a boolean")}.get(
        type(value), Message("a number")
    )


def _read_account(reader: FieldReader, value: Any) -> Account | None:
    fields = reader.object(value, "account", ACCOUNT_FIELDS, [f.key for f in ACCOUNT if f.required])
    if fields is None:
        return None
    before = len(reader.problems)
    kwargs = read_fields(reader, fields, ACCOUNT, "account", catalog())
    if len(reader.problems) > before or any(f.key not in fields for f in ACCOUNT if f.required):
        return None
    account = Account(**kwargs)
    if account.levels_in == "money":
        for key in ("margin_call_level", "stop_out_level"):
            if getattr(account, key) is None:
                reader.fail(
                    ("account", key),
                    Message('required when levels_in is "money" (an amount of equity)'),
                )
    if (
        account.margin_call_level is not None
        and account.stop_out_level is not None
        and account.stop_out_level > account.margin_call_level
    ):
        reader.fail(("account", "stop_out_level"), Message("must not be above margin_call_level"))
    return account


def _read_instruments(
    reader: FieldReader, value: Any
) -> tuple[dict[str, dict[str, object]], dict[str, Instrument]] | None:
    """The file's instruments: a catalog symbol may override some fields, a new one needs them all."""
    if not isinstance(value, dict):
        reader.fail(
            "instruments", Message("must be an object mapping symbols to instrument definitions")
        )
        return None
    overrides: dict[str, dict[str, object]] = {}
    merged = dict(catalog())
    for symbol, raw in value.items():
        path = join_path("instruments", symbol)
        known = catalog().get(symbol)
        required = () if known else ("class", "base", "quote", "contract_size", "pip_size")
        fields = reader.object(raw, path, INSTRUMENT_FIELDS, required)
        if fields is None:
            continue
        before = len(reader.problems)
        clean: dict[str, object] = {}
        if "class" in fields:
            clean["class"] = reader.text(
                fields["class"], join_path(path, "class"), INSTRUMENT_CLASSES
            )
        for key in ("base", "quote"):
            if key in fields:
                clean[key] = reader.text(fields[key], join_path(path, key))
        for key in ("contract_size", "pip_size", "margin_rate", "margin_multiplier"):
            if key in fields:
                clean[key] = reader.number(fields[key], join_path(path, key), greater_than=0)
        if "group" in fields:
            group = reader.text(fields["group"], join_path(path, "group"))
            if group is not None and not group.strip():
                reader.fail(join_path(path, "group"), Message("must not be empty"))
            clean["group"] = group
        if "max_leverage" in fields:
            clean["max_leverage"] = reader.leverage(
                fields["max_leverage"], join_path(path, "max_leverage")
            )
        if len(reader.problems) > before or any(k not in fields for k in required):
            continue
        overrides[symbol] = clean
        base_fields = instrument_fields(known) if known else {}
        merged[symbol] = instrument_from_fields(symbol, {**base_fields, **clean})
    return overrides, merged


def _read_prices(
    reader: FieldReader, value: Any, instruments: tuple[object, dict[str, Instrument]] | None
) -> dict[str, Quote] | None:
    if not isinstance(value, dict):
        reader.fail("prices", Message("must be an object mapping symbols to prices"))
        return None
    known = instruments[1] if instruments else catalog()
    prices: dict[str, Quote] = {}
    for symbol, raw in value.items():
        path = join_path("prices", symbol)
        if symbol not in known:
            reader.fail(path, unknown_symbol(symbol, known))
            continue
        quote = read_quote(reader, raw, path)
        if quote is not None:
            prices[symbol] = quote
    return prices


def read_quote(reader: FieldReader, value: Any, path: Where) -> Quote | None:
    """A price: one number (bid = ask), or ``{"bid": b, "ask": a}`` with 0 < b <= a (docs/rules.md#prices-and-conversion)."""
    if not isinstance(value, dict):
        price = reader.number(value, path, greater_than=0)
        return None if price is None else Quote(price, price)
    fields = reader.object(value, path, ("bid", "ask"), ("bid", "ask"))
    if fields is None or "bid" not in fields or "ask" not in fields:
        return None
    bid = reader.number(fields["bid"], join_path(path, "bid"), greater_than=0)
    ask = reader.number(fields["ask"], join_path(path, "ask"), greater_than=0)
    if bid is None or ask is None:
        return None
    if ask < bid:
        reader.fail(
            join_path(path, "ask"), Message("must be at least the bid ({bid})", bid=f"{bid:g}")
        )
        return None
    return Quote(bid, ask)


def _read_positions(
    reader: FieldReader, value: Any, instruments: tuple[object, dict[str, Instrument]] | None
) -> tuple[Position, ...] | None:
    if not isinstance(value, list):
        reader.fail("positions", Message("must be an array of positions"))
        return None
    known = instruments[1] if instruments else catalog()
    # Positions read before without a problem, by their fields: an edit of one position
    # read the other 199 again. Of the instruments, reading a position asks only whether
    # its symbol is one of them, so that is asked again.
    positions: list[Position] = []
    required = [f.key for f in POSITION if f.required]
    for i, raw in enumerate(value):
        key = _fields_key(raw)
        found = _READ_POSITIONS.get(key) if key is not None else None
        if found is not None and found.symbol in known:
            positions.append(found)
            continue
        path = join_path("positions", i)
        fields = reader.object(raw, path, POSITION_FIELDS, required)
        if fields is None:
            continue
        before = len(reader.problems)
        kwargs = read_fields(reader, fields, POSITION, path, known)
        if len(reader.problems) == before and all(k in fields for k in required):
            position = Position(**kwargs)
            positions.append(position)
            if key is not None:
                if len(_READ_POSITIONS) >= READ_POSITIONS_KEPT:
                    _READ_POSITIONS.clear()
                _READ_POSITIONS[key] = position
    return tuple(positions)


READ_POSITIONS_KEPT = 20_000
_READ_POSITIONS: dict[tuple[tuple[str, type, Any], ...], Position] = {}
"""Positions read without a problem, by their fields."""


def _fields_key(raw: object) -> tuple[tuple[str, type, Any], ...] | None:
    """An object's fields as a key: each with its value's type (True and 1 are equal in
    Python, not in a file), None where a value is not a plain JSON scalar."""
    if not isinstance(raw, dict):
        return None
    key = tuple((name, type(value), value) for name, value in raw.items())
    scalars = (str, int, float, bool, type(None))
    if not all(isinstance(name, str) and kind in scalars for name, kind, _ in key):
        return None
    return key


def read_fields(
    reader: FieldReader,
    fields: Mapping[str, Any],
    table: tuple[Field, ...],
    path: Where,
    known: Mapping[str, Instrument],
) -> dict[str, Any]:
    """The model's keyword arguments from the fields of one object, each read as its entry
    in ``table`` says; a field the object leaves out takes the entry's default, if any."""
    kwargs: dict[str, Any] = {}
    for field in table:
        if field.key not in fields and field.default is None:
            continue
        value = fields.get(field.key, field.default)
        where = join_path(path, field.key)
        if field.kind == "symbol":
            read: Any = _read_symbol(reader, value, path, known)
        elif field.kind == "lots":
            read = _read_lots(reader, value, path)
        elif field.kind in ("number", "count"):
            read = reader.number(
                value,
                where,
                at_least=field.at_least,
                greater_than=field.greater_than,
                integer=field.kind == "count",
            )
            read = int(read) if read is not None and field.kind == "count" else read
        elif field.kind == "text":
            read = reader.text(value, where, field.choices)
        elif field.kind == "currency":
            read = reader.currency(value, where)
        elif field.kind == "leverage":
            read = reader.leverage(value, where)
        else:
            read = reader.boolean(value, where)
        kwargs[field.attribute] = read
    return kwargs


def _read_symbol(
    reader: FieldReader, value: Any, path: Where, known: Mapping[str, Instrument]
) -> str | None:
    """The ``symbol`` field of a position or an order: a string the instruments know."""
    symbol = reader.text(value, join_path(path, "symbol"))
    if symbol is not None and symbol not in known:
        reader.fail(join_path(path, "symbol"), unknown_symbol(symbol, known))
    return symbol


def _read_lots(reader: FieldReader, value: Any, path: Where) -> float | None:
    """The ``lots`` field of a position or an order."""
    return reader.number(value, join_path(path, "lots"), greater_than=0, at_most=MAX_LOTS)


def _read_orders(
    reader: FieldReader, value: Any, instruments: tuple[object, dict[str, Instrument]] | None
) -> tuple[Order, ...] | None:
    """Pending orders (docs/scenario-files.md): type, lots and price; a stop-limit order's ``stop`` trigger;
    ``sl``, ``tp`` and ``expires`` kept as written."""
    if not isinstance(value, list):
        reader.fail("orders", Message("must be an array of pending orders"))
        return None
    known = instruments[1] if instruments else catalog()
    orders: list[Order] = []
    for i, raw in enumerate(value):
        path = join_path("orders", i)
        fields = reader.object(raw, path, ORDER_FIELDS, ("symbol", "type", "lots", "price"))
        if fields is None:
            continue
        before = len(reader.problems)
        symbol = order_type = lots = price = None
        if "symbol" in fields:
            symbol = _read_symbol(reader, fields["symbol"], path, known)
        if "type" in fields:
            order_type = reader.text(fields["type"], join_path(path, "type"), ORDER_TYPES)
        if "lots" in fields:
            lots = _read_lots(reader, fields["lots"], path)
        if "price" in fields:
            price = reader.number(fields["price"], join_path(path, "price"), greater_than=0)
        extra: dict[str, Any] = {}
        for key in ("stop", "sl", "tp"):
            if key in fields:
                extra[key] = reader.number(fields[key], join_path(path, key), at_least=0)
        if "expires" in fields:
            extra["expires"] = reader.text(fields["expires"], join_path(path, "expires"))
        stop_limit = order_type is not None and order_type.endswith("_stop_limit")
        if stop_limit and "stop" not in fields:
            reader.fail(
                join_path(path, "stop"),
                Message("a stop-limit order needs its stop price (the trigger)"),
            )
        elif not stop_limit and extra.get("stop") is not None:
            reader.fail(join_path(path, "stop"), Message("only stop-limit orders have a stop"))
        if len(reader.problems) == before and all(
            k in fields for k in ("symbol", "type", "lots", "price")
        ):
            orders.append(Order(symbol, order_type, lots, price, **extra))  # type: ignore[arg-type]
    return tuple(orders)
