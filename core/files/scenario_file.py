"""Scenario files, versions 1 and 2: read, validate, write version 2 atomically (docs/scenario-files.md).

Reading reports every problem at once, each with the path of its field.
Unknown fields, NaN and Infinity, unknown presets and symbols, missing
prices and missing conversion chains are all errors.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from core.files.file_fields import FieldReader, leverage_field
from core.files.scheme_file import presets, read_scheme, scheme_fields, unknown_preset
from core.margin.margin_levels import account_levels
from core.messages import Message
from core.model.conversion import ConversionError
from core.model.instruments import (
    INSTRUMENT_CLASSES,
    Instrument,
    catalog,
    instrument_fields,
    instrument_from_fields,
)
from core.model.quote import Quote
from core.model.scenario import ORDER_TYPES, Account, Order, Position, Scenario
from core.problems import MISSING_PRICE, NO_CONVERSION, InputError, Problem, Where, join_path

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
MAX_LOTS = 1e9


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not allowed: numbers must be finite")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"field {key!r} appears twice in one object")
        result[key] = value
    return result


def parse_json(text: str, source: str = "scenario") -> Any:
    """JSON text to Python values, refusing NaN, Infinity and duplicate fields."""
    if not text.strip():
        raise InputError([Problem(source, Message("the file is empty"))])
    try:
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        raise InputError(
            [
                Problem(
                    source,
                    Message(
                        "not valid JSON: {error} at line {line} column {column}",
                        error=error.msg,
                        line=str(error.lineno),
                        column=str(error.colno),
                    ),
                )
            ]
        ) from None
    except (ValueError, RecursionError) as error:
        raise InputError(
            [Problem(source, Message("not valid JSON: {error}", error=str(error)))]
        ) from None


def read_bytes(path: Path) -> bytes:
    """A file's bytes, with every way of failing said as an input problem."""
    name = str(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError([Problem(name, Message("no such file"))]) from None
    except IsADirectoryError:
        raise InputError([Problem(name, Message("is a directory, not a file"))]) from None
    except OSError as error:
        raise InputError(
            [Problem(name, Message("cannot be read: {error}", error=str(error.strerror or error)))]
        ) from None


def read_text(path: Path) -> str:
    """A file's text, with every way of failing said as an input problem."""
    return scenario_text(read_bytes(path), str(path))


def scenario_text(data: bytes, name: str) -> str:
    """A scenario file's bytes as text (UTF-8, a byte-order mark allowed)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError([Problem(name, Message("is not a text (UTF-8) file"))]) from None


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
    fields = reader.object(value, "account", ACCOUNT_FIELDS, ("balance", "leverage"))
    if fields is None:
        return None
    before = len(reader.problems)
    kwargs: dict[str, Any] = {}
    kwargs["currency"] = reader.currency(fields.get("currency", "USD"), ("account", "currency"))
    if "balance" in fields:
        kwargs["balance"] = reader.number(fields["balance"], ("account", "balance"))
    if "leverage" in fields:
        kwargs["leverage"] = reader.leverage(fields["leverage"], ("account", "leverage"))
    if "credit" in fields:
        kwargs["credit"] = reader.number(fields["credit"], ("account", "credit"), at_least=0)
    if "type" in fields:
        kwargs["account_type"] = reader.text(fields["type"], ("account", "type"))
    if "platform" in fields:
        kwargs["platform"] = reader.text(fields["platform"], ("account", "platform"))
    if "closed_trades" in fields:
        trades = reader.number(
            fields["closed_trades"], ("account", "closed_trades"), at_least=0, integer=True
        )
        kwargs["closed_trades"] = None if trades is None else int(trades)
    if "closed_lots" in fields:
        kwargs["closed_lots"] = reader.number(
            fields["closed_lots"], ("account", "closed_lots"), at_least=0
        )
    if "levels_in" in fields:
        kwargs["levels_in"] = reader.text(
            fields["levels_in"], ("account", "levels_in"), ("percent", "money")
        )
    for key in ("margin_call_level", "stop_out_level"):
        if key in fields:
            kwargs[key] = reader.number(fields[key], ("account", key), at_least=0)
    if len(reader.problems) > before or "balance" not in fields or "leverage" not in fields:
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


def quote_field(quote: Quote) -> float | dict[str, float]:
    """A price as the file writes it: one number when bid = ask."""
    return quote.bid if quote.one_sided else {"bid": quote.bid, "ask": quote.ask}


def _read_positions(
    reader: FieldReader, value: Any, instruments: tuple[object, dict[str, Instrument]] | None
) -> tuple[Position, ...] | None:
    if not isinstance(value, list):
        reader.fail("positions", Message("must be an array of positions"))
        return None
    known = instruments[1] if instruments else catalog()
    positions: list[Position] = []
    for i, raw in enumerate(value):
        path = join_path("positions", i)
        fields = reader.object(raw, path, POSITION_FIELDS, ("symbol", "side", "lots", "open_price"))
        if fields is None:
            continue
        before = len(reader.problems)
        kwargs: dict[str, Any] = {}
        if "symbol" in fields:
            kwargs["symbol"] = _read_symbol(reader, fields["symbol"], path, known)
        if "side" in fields:
            kwargs["side"] = reader.text(fields["side"], join_path(path, "side"), ("buy", "sell"))
        if "lots" in fields:
            kwargs["lots"] = _read_lots(reader, fields["lots"], path)
        if "open_price" in fields:
            kwargs["open_price"] = reader.number(
                fields["open_price"], join_path(path, "open_price"), greater_than=0
            )
        for key in ("swap", "commission"):
            if key in fields:
                kwargs[key] = reader.number(fields[key], join_path(path, key))
        if "opened_leverage" in fields:
            kwargs["opened_leverage"] = reader.leverage(
                fields["opened_leverage"], join_path(path, "opened_leverage")
            )
        if "restricted" in fields:
            kwargs["restricted"] = reader.boolean(
                fields["restricted"], join_path(path, "restricted")
            )
        if len(reader.problems) == before and all(
            k in fields for k in ("symbol", "side", "lots", "open_price")
        ):
            positions.append(Position(**kwargs))
    return tuple(positions)


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


MISSING_PRICE_WORDS = Message('no price for {symbol} under "prices"').key
"""What a position without a price says (its kind is `MISSING_PRICE`)."""


def unknown_symbol(symbol: str, known: Mapping[str, Instrument]) -> Message:
    import difflib  # only on this error path: it is not needed to start

    close = difflib.get_close_matches(symbol.upper(), list(known), n=1)
    if close:
        return Message(
            "unknown symbol {symbol} (did you mean {close}?)", symbol=repr(symbol), close=close[0]
        )
    return Message('unknown symbol {symbol}; define it under "instruments"', symbol=repr(symbol))


def check_references(scenario: Scenario) -> list[Problem]:
    """Problems between fields: prices for every position, conversion chains, levels (docs/rules.md#prices-and-conversion, docs/scenario-files.md)."""
    problems: list[Problem] = []
    account = scenario.account
    reported: set[tuple[str, str]] = set()
    for i, position in enumerate(scenario.positions):
        path = join_path(join_path("positions", i), "symbol")
        if position.symbol not in scenario.prices:
            problems.append(
                Problem(path, Message(MISSING_PRICE_WORDS, symbol=position.symbol), MISSING_PRICE)
            )
            continue
        quote = scenario.instrument(position.symbol).quote
        if (quote, account.currency) in reported:
            continue
        try:
            scenario.chain(quote, account.currency)
        except ConversionError as error:
            reported.add((quote, account.currency))
            problems.append(Problem(path, error.message, NO_CONVERSION))
    problems += _order_problems(scenario)
    scheme = scenario.scheme
    problems += _ladder_conflicts(scenario)
    if scheme.counts_in_own_currency:
        try:
            scenario.chain(account.currency, scheme.currency)
        except ConversionError as error:
            problems.append(
                Problem(
                    ("account", "currency"),
                    Message(
                        "{error} (the scheme counts tiers in {currency})",
                        error=error.message,
                        currency=scheme.currency,
                    ),
                )
            )
    if account.levels_in == "percent" and (account.margin_call_level is None) != (
        account.stop_out_level is None
    ):
        call, stop = account_levels(scenario)
        if stop.value > call.value:
            field = "stop_out_level" if account.stop_out_level is not None else "margin_call_level"
            problems.append(
                Problem(
                    ("account", field),
                    Message(
                        "stop out ({stop}%) must not be above margin call ({call}%)",
                        stop=f"{stop.value:g}",
                        call=f"{call.value:g}",
                    ),
                )
            )
    return problems


def _order_problems(scenario: Scenario) -> list[Problem]:
    """An order must not be reached by its symbol's price already (docs/scenario-files.md). An order on a
    symbol without a price is kept: it cannot fill, since only priced symbols move."""
    problems = []
    for i, order in enumerate(scenario.orders):
        path = join_path("orders", i)
        quote = scenario.quotes.get(order.symbol)
        if quote is not None and order.reached(quote):
            market = quote.ask if order.side == "buy" else quote.bid
            problems.append(
                Problem(
                    join_path(path, "stop" if order.stop is not None else "price"),
                    Message(
                        "the {type} {lots} {symbol} at {price} is already reached by the "
                        "{side} {market}: the terminal would have filled it",
                        type=order.order_type.replace("_", " "),
                        lots=f"{order.lots:g}",
                        symbol=order.symbol,
                        price=f"{order.trigger:g}",
                        side="ask" if order.side == "buy" else "bid",
                        market=f"{market:g}",
                    ),
                )
            )
    return problems


def _ladder_conflicts(scenario: Scenario) -> list[Problem]:
    """docs/rules.md#volume-tiers: the positions of one volume scope must take one ladder (or all none)."""
    scheme = scenario.scheme
    if not scheme.ladders:
        return []
    by_scope: dict[str, dict[str, str]] = {}
    for position in scenario.positions:
        if position.symbol not in scenario.instruments:
            continue
        inst = scenario.instrument(position.symbol)
        keys = (position.symbol, inst.group, inst.instrument_class)
        scope = scheme.volume_scope_key(*keys)
        ladder = next((k for k in (*keys, "other") if k in scheme.ladders), "")
        by_scope.setdefault(scope, {}).setdefault(ladder, position.symbol)
    problems = []
    for scope, ladders in by_scope.items():
        if len(ladders) > 1:
            taken = ", ".join(
                f"{symbol} the {key!r} ladder" if key else f"{symbol} none"
                for key, symbol in ladders.items()
            )
            problems.append(
                Problem(
                    ("scheme", "volume_scope"),
                    Message(
                        "the positions counted together in {scope} take different volume_tiers "
                        "ladders ({taken}): choose a finer volume_scope",
                        scope=repr(scope),
                        taken=taken,
                    ),
                )
            )
    return problems


# -- writing -------------------------------------------------------------------


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


def write_atomically(path: Path, text: str, backup: bool = False) -> None:
    """Write a file so that a crash leaves either the old or the new file, never half of one.

    With ``backup``, the previous contents are kept first as ``<name>.bak`` (also written
    atomically, so a crash mid-way never loses both)."""
    if backup and Path(path).is_file():
        write_atomically(
            Path(f"{path}.bak"), Path(path).read_text(encoding="utf-8", errors="surrogateescape")
        )

    import tempfile  # only when saving: it costs start-up time (random, shutil)

    path = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); a saved file keeps the old one's mode, or
        # gets the user's usual one, as a plain save would.
        os.chmod(temp_name, _file_mode(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _file_mode(path: Path) -> int:
    """The existing file's permissions, else 0666 less the process's umask."""
    import stat

    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def save_scenario(scenario: Scenario, path: str | os.PathLike[str], backup: bool = True) -> None:
    """Save a scenario atomically (temporary file in the same folder, then rename), keeping
    the previous file as ``<name>.bak``."""
    text = json.dumps(scenario_to_json(scenario), indent=2, allow_nan=False) + "\n"
    write_atomically(Path(path), text, backup=backup)
