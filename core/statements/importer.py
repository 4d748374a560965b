"""A statement as a scenario (docs/command-line.md, docs/statements.md): the account, positions and prices it shows, the
history counts, the leverage it states or the one that reproduces its printed margin, and the
printed figures kept in ``source``."""

from __future__ import annotations

import copy
import itertools
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core.analyses.required_prices import required_prices
from core.files.file_fields import leverage_field
from core.files.json_files import parse_json, read_bytes, scenario_text
from core.files.scenario_fields import FORMAT, VERSION
from core.files.scenario_reader import scenario_from_json
from core.files.scenario_writer import order_fields, position_fields
from core.files.scheme_file import presets, scheme_fields, unknown_preset
from core.formatting import (
    format_leverage,
    format_money,
    format_percent,
    price_decimals,
    printed_unit,
    to_unit,
)
from core.margin.account_model import AccountModel
from core.messages import Message
from core.model.conversion import ConversionError, find_chain
from core.model.instruments import CONVERTING_CLASSES, catalog
from core.model.quote import Quote
from core.model.scenario import Order, Position, Scenario
from core.problems import InputError, Problem
from core.statements.broker_rule import (
    BASES,
    HEDGING_READINGS,
    NO_RULE,
    NOT_DETERMINED,
    USUAL_LEVERAGES,
    closest_note,
    find_rule,
    plain_scheme,
    readings,
    reproduced_note,
    search_notes,
)
from core.statements.file_kind import looks_like_statement, refuse_unknown
from core.statements.statement import Statement

FALLBACK_LEVERAGE = 100.0
# A rate implied by profits to within this share beats a chain through prices the statement
# prints on one side only (each off by about half a spread, some 0.01%).
PRECISE = 0.0005
# How far a price printed on one side only may be from the one the broker margined at: half a
# typical spread (two pips on EURUSD), as a share of the price.
ONE_SIDE = 0.0002


@dataclass(frozen=True)
class Uncertainty:
    """What the statement leaves uncertain in its prices: each conversion price implied by
    printed profits (its relative uncertainty), and the prices printed on one side only."""

    implied: dict[str, float]
    one_sided: tuple[str, ...] = ()

    @property
    def share(self) -> float:
        """The largest relative uncertainty of a price: the most uncertain implied rate, and
        half a typical spread where prices are printed on one side only."""
        return max(self.implied.values(), default=0.0) + (ONE_SIDE if self.one_sided else 0.0)

    def wobbles(self, prices: dict[str, Any]) -> list[dict[str, Any]]:
        """The prices with each implied price moved by its uncertainty, and with all the
        one-sided ones moved by `ONE_SIDE` at once."""
        moved = [
            {**prices, pair: prices[pair] * (1 + share)}
            for pair, share in self.implied.items()
            if share > 0 and isinstance(prices.get(pair), float)
        ]
        sided = {s: prices[s] * (1 + ONE_SIDE) for s in self.one_sided if s in prices}
        if sided:
            moved.append({**prices, **sided})
        return moved


@dataclass(frozen=True)
class Imported:
    """A statement and the scenario document made from it (a document, since an unmapped symbol
    leaves an instrument for the trader to complete)."""

    statement: Statement
    document: dict[str, Any]
    notes: tuple[Message, ...]
    uncertainty: Uncertainty = Uncertainty({})
    read_notes: tuple[Message, ...] = ()  # the notes on reading it, before the rule's


def import_statement(
    data: bytes,
    file_name: str,
    scheme: str | None = None,
    leverage: float | None = None,
) -> Imported:
    """Read a statement and make its scenario: ``scheme`` a preset's name (default: a plain
    scheme), ``leverage`` the trader's (default: the file's, else the one that reproduces the
    printed margin, else 1:100)."""
    if scheme is not None and scheme not in presets():
        raise InputError(
            [
                Problem(
                    "--scheme",
                    unknown_preset(scheme),
                )
            ]
        )
    # The HTML parser (lxml) loads when a statement is read, not when the app starts.
    from core.statements.reader import read_statement

    return imported(read_statement(data, catalog()), file_name, scheme, leverage)


def imported(
    statement: Statement,
    file_name: str,
    scheme: str | None = None,
    leverage: float | None = None,
) -> Imported:
    """The scenario of a statement already read (`import_statement` after reading)."""
    if statement.balance is None:
        raise InputError([Problem("statement", Message("the statement prints no balance"))])
    notes = list(statement.notes)
    document, uncertainty = _document(statement, file_name, scheme, notes)
    read = _said_once(notes)
    own = scheme_fields(presets()[scheme]) if scheme is not None else None
    return _with_rule(statement, document, read, uncertainty, own, scheme, leverage)


def find_rule_again(previous: Imported, document: dict[str, Any]) -> Imported:
    """The search for the broker's rule run again on the scenario as the trader has it now:
    their prices (a price they typed is no longer uncertain), the leverage where they changed
    it, and the scheme where they picked a preset or edited the one the import wrote."""
    statement = previous.statement
    document = copy.deepcopy(document)
    before = previous.document
    leverage = document.get("account", {}).get("leverage")
    typed = leverage != before["account"]["leverage"] and isinstance(leverage, int | float)
    scheme = document.get("scheme")
    own: dict[str, Any] | None = None
    name = None
    if isinstance(scheme, str) and scheme in presets():
        own, name = scheme_fields(presets()[scheme]), scheme
    elif isinstance(scheme, dict) and scheme != before["scheme"]:
        own, name = scheme, str(scheme.get("name") or "")
    prices = document.get("prices", {})
    kept = previous.uncertainty
    uncertainty = Uncertainty(
        {
            pair: share
            for pair, share in kept.implied.items()
            if prices.get(pair) == before["prices"].get(pair)
        },
        tuple(s for s in kept.one_sided if prices.get(s) == before["prices"].get(s)),
    )
    read = [
        note
        for note in previous.read_notes
        if not (note.key == NO_PRICE and note.values.get("symbol") in prices)
    ]
    if not typed:
        document["account"]["leverage"] = before["account"]["leverage"]
    return _with_rule(
        statement, document, read, uncertainty, own, name, float(leverage) if typed else None
    )


NO_PRICE = Message("no price for {symbol} in the statement ({reason}): add it").key
PROFITS_OFF = Message(
    "the profits of {count} positions ({symbols}) come out a {unit} off the printed ones: the "
    "terminal converted them at another rate than the middle of the prices the statement prints"
).key
LACKING = Message(
    "the file does not print {pair}, and the broker's margin of {symbols} goes through it: the "
    "printed margin needs {pair} {needed}, where the statement's own prices give {now}"
).key


def _said_once(notes: list[Message]) -> list[Message]:
    """The reading's notes without what the leverage note says again."""
    said_elsewhere = (
        Message("the statement does not show the leverage"),
        Message("MetaTrader 5 reports do not show the leverage"),
    )
    return [note for note in notes if note not in said_elsewhere]


def _with_rule(
    statement: Statement,
    document: dict[str, Any],
    read: list[Message],
    uncertainty: Uncertainty,
    own: dict[str, Any] | None,
    name: str | None,
    leverage: float | None,
) -> Imported:
    """The document with the broker's rule found and written in, and every note."""
    notes = list(read)
    fixed = leverage if leverage is not None else statement.leverage
    if leverage is not None:
        notes.append(Message("leverage {leverage} as given", leverage=format_leverage(leverage)))
    elif statement.leverage is not None:
        notes.append(
            Message(
                "leverage {leverage} as the statement shows",
                leverage=format_leverage(statement.leverage),
            )
        )
    _broker_rule(statement, document, own, name, fixed, uncertainty, notes)
    unfit = any(note.key in (NO_RULE, NOT_DETERMINED) for note in notes)
    notes.extend(_unexplained(statement, document, unfit))
    return Imported(statement, document, tuple(notes), uncertainty, tuple(read))


def _document(
    statement: Statement, file_name: str, scheme: str | None, notes: list[Message]
) -> tuple[dict[str, Any], Uncertainty]:
    """The scenario document, and what its prices leave uncertain."""
    currency = statement.currency or "USD"
    if statement.currency is None:
        notes.append(Message("the statement does not show its currency: USD assumed"))
    instruments: dict[str, dict[str, Any]] = {}
    positions = []
    for position in statement.positions:
        symbol = position.symbol or position.broker_symbol
        if position.symbol is None:
            instruments[symbol] = {}
        positions.append(
            position_fields(
                Position(
                    symbol,
                    position.side,
                    position.lots,
                    position.open_price,
                    swap=position.swap,
                    commission=position.commission,
                )
            )
        )
    prices = statement_prices(statement, notes)
    one_sided = tuple(symbol for symbol, price in prices.items() if not isinstance(price, dict))
    implied, shares = implied_rates(statement, currency, prices, notes)
    prices.update(implied)
    symbols = [str(p["symbol"]) for p in positions if p["symbol"] in catalog()]
    for need in required_prices(currency, None, symbols, _mids(prices), catalog()):
        if need.symbol not in prices:
            notes.append(
                Message(
                    NO_PRICE,
                    symbol=need.symbol,
                    reason=need.reason,
                )
            )
    printed = statement.printed
    source: dict[str, Any] = {
        "file": file_name,
        "platform": statement.platform,
        "account": statement.account,
        "time": statement.time,
        "printed": {
            "balance": printed.balance,
            "equity": printed.equity,
            "margin": printed.margin,
            "free_margin": printed.free_margin,
            "floating_pnl": printed.floating_pnl,
        },
    }
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "account": {
            "currency": currency,
            "balance": statement.balance,
            "credit": statement.credit,
            "platform": statement.platform,
            "closed_trades": statement.closed_trades,
            "closed_lots": statement.closed_lots,
            "leverage": leverage_field(FALLBACK_LEVERAGE),
        },
        "scheme": scheme
        if scheme is not None
        else plain_scheme(statement.platform, "current", "none"),
        "prices": prices,
        "positions": positions,
        "source": source,
    }
    orders = statement_orders(statement, prices, notes)
    if orders:
        document["orders"] = orders
    if instruments:
        document["instruments"] = instruments
    return document, Uncertainty(shares, one_sided)


def _quote(price: float | dict[str, float]) -> Quote:
    """A price as the document writes it: one number, or its bid and ask."""
    return Quote(price["bid"], price["ask"]) if isinstance(price, dict) else Quote(price, price)


def _mids(prices: dict[str, Any]) -> dict[str, float]:
    return {symbol: _quote(price).mid for symbol, price in prices.items()}


def statement_prices(statement: Statement, notes: list[Message]) -> dict[str, Any]:
    """Each symbol's price from its rows: a buy's row prints the bid, a sell's the ask, so a
    symbol held both ways gets both; a working order's row prints its market side, for symbols
    no position holds. A one-sided symbol gets one number, and a note says so."""
    sides: dict[str, dict[str, float]] = {}
    for position in statement.positions:
        if position.market_price is not None and position.market_price > 0:
            symbol = position.symbol or position.broker_symbol
            side = "bid" if position.side == "buy" else "ask"
            sides.setdefault(symbol, {}).setdefault(side, position.market_price)
    for order in statement.orders:
        symbol = order.symbol or order.broker_symbol
        if order.market_price and order.market_price > 0 and symbol not in sides:
            side = "ask" if order.order_type.startswith("buy") else "bid"
            sides.setdefault(f"order:{symbol}", {}).setdefault(side, order.market_price)
    prices: dict[str, Any] = {}
    one_sided = []
    for key, found in sides.items():
        symbol = key.removeprefix("order:")
        if symbol in prices:
            continue
        if "bid" in found and "ask" in found and found["bid"] <= found["ask"]:
            prices[symbol] = {"bid": found["bid"], "ask": found["ask"]}
        else:
            prices[symbol] = found.get("bid", found.get("ask"))
            one_sided.append(symbol)
    if one_sided:
        notes.append(
            Message(
                "the statement prints one side of the price of {symbols} (the bid on a buy, the "
                "ask on a sell): their spread is not in it",
                symbols=", ".join(one_sided),
            )
        )
    return prices


def implied_rates(
    statement: Statement, currency: str, prices: dict[str, Any], notes: list[Message]
) -> tuple[dict[str, float], dict[str, float]]:
    """The conversion rates the printed profits imply (docs/statements.md, "Conversion rates
    from printed profits"): a profit is in the account currency, so the positions quoted in
    currency Q give Q -> account as the sum of their profits over the sum of their moves
    (side x (close - open) x lots x contract). Written as the price of the catalog pair of Q and
    the account currency, for each Q that no printed price converts directly. Returns those
    prices and the relative uncertainty of each that profits rounded to the printed unit leave:
    the number of profits used times half a unit over the size of their sum."""
    instruments = catalog()
    unit = printed_unit(currency)
    by_quote: dict[str, list[tuple[float, float, str]]] = {}
    for p in statement.positions:
        if p.symbol is None or p.profit is None or p.market_price is None:
            continue
        inst = instruments[p.symbol]
        move = (1 if p.side == "buy" else -1) * (p.market_price - p.open_price)
        if move == 0 or inst.quote == currency:
            continue
        by_quote.setdefault(inst.quote, []).append(
            (p.profit, move * p.lots * inst.contract_size, p.symbol)
        )
    implied: dict[str, float] = {}
    uncertainty: dict[str, float] = {}
    for quote, rows in by_quote.items():
        pair = _pair(quote, currency, instruments)
        if pair is None or pair in prices:
            continue
        profits = sum(row[0] for row in rows)
        moves = sum(row[1] for row in rows)
        sizes = sum(abs(row[1]) for row in rows)
        if abs(moves) >= sizes / 2:  # the moves add up: the sum of profits over the sum of moves
            rate = profits / moves if moves else 0.0
            share = len(rows) * unit / 2 / abs(profits) if profits else math.inf
        else:  # they cancel out: least squares, profit by profit
            rate = sum(row[0] * row[1] for row in rows) / sum(row[1] ** 2 for row in rows)
            share = unit / 2 * sizes / sum(row[1] ** 2 for row in rows) / rate if rate else math.inf
        # Each printed profit is the position's own rounded to the unit: where some rates give
        # every one of them (a broker converting gains and losses at one rate), the middle one.
        bounds = [sorted(((p - unit / 2) / move, (p + unit / 2) / move)) for p, move, _ in rows]
        low, high = max(b[0] for b in bounds), min(b[1] for b in bounds)
        if 0 < low <= high:
            rate = (low + high) / 2
        if rate <= 0:
            continue
        chain = _printed_chain(quote, currency, prices)
        if chain is not None and (chain == "exact" or share > PRECISE):
            continue
        inverse = instruments[pair].base == currency
        digits = price_decimals(instruments[pair].pip_size) + 1
        implied[pair] = round(1 / rate if inverse else rate, digits)
        uncertainty[pair] = share
        values = {
            "pair": pair,
            "price": f"{implied[pair]:.{digits}f}",
            "count": str(len(rows)),
            "quote": quote,
            "symbols": ", ".join(dict.fromkeys(row[2] for row in rows)),
            "share": format_percent(100 * uncertainty[pair]),
        }
        notes.append(
            Message(
                "{pair} {price} implied by the printed profits of {count} positions in {quote} "
                "({symbols}), to within {share}",
                **values,
            )
        )
    return implied, uncertainty


def _printed_chain(quote: str, currency: str, prices: dict[str, Any]) -> str | None:
    """How the statement's own prices convert ``quote`` to ``currency``: None when they do
    not, "exact" through prices read on both sides, "one-sided" through a price read on one
    side (off by about half a spread a step)."""
    try:
        chain = find_chain(quote, currency, _mids(prices), catalog())
    except ConversionError:
        return None
    one_sided = any(not isinstance(prices[symbol], dict) for symbol, _ in chain.steps)
    return "one-sided" if one_sided else "exact"


def _pair(quote: str, currency: str, instruments: Any) -> str | None:
    """The catalog's pair of two currencies, either way round."""
    for symbol in (quote + currency, currency + quote):
        if symbol in instruments and instruments[symbol].instrument_class in CONVERTING_CLASSES:
            return symbol
    return None


def statement_orders(
    statement: Statement, prices: dict[str, Any], notes: list[Message]
) -> list[dict[str, Any]]:
    """The working orders on catalog symbols as the scenario writes them; an order the
    statement's own price already reaches (a quote read from one side) is left out with a
    note."""
    orders = []
    for read in statement.orders:
        if read.symbol is None:
            continue
        order = Order(read.symbol, read.order_type, read.lots, read.price, read.stop)
        price = prices.get(read.symbol)
        if price is not None and order.reached(_quote(price)):
            notes.append(
                Message(
                    "the {type} {lots} {symbol} at {price} is left out: the statement's "
                    "price already reaches it",
                    type=order.order_type.replace("_", " "),
                    lots=f"{order.lots:g}",
                    symbol=order.symbol,
                    price=f"{order.price:g}",
                )
            )
            continue
        orders.append(order_fields(order))
    return orders


def _broker_rule(
    statement: Statement,
    document: dict[str, Any],
    own: dict[str, Any] | None,
    name: str | None,
    leverage: float | None,
    uncertainty: Uncertainty,
    notes: list[Message],
) -> None:
    """Write into the document the simplest rule that reproduces the printed margin: under
    ``own``, a scheme's fields (a preset's, named ``name``), only its leverage and what it
    leaves unset."""
    printed = statement.printed.margin
    currency = document["account"]["currency"]
    if leverage is not None:
        document["account"]["leverage"] = leverage_field(leverage)
    if not statement.positions or not printed:
        if leverage is None:
            notes.append(
                Message(
                    "leverage not in the file and no margin to match: 1:100 assumed; set the "
                    "leverage (--leverage on the command line)"
                )
            )
        return
    unit = printed_unit(currency)
    tolerance = unit / 2 + 1e-9
    if own is not None:
        tolerance += uncertainty.share * printed
        _preset_rule(statement, document, own, name or "", leverage, tolerance, notes)
        return
    found = readings(
        document,
        statement.platform,
        BASES[statement.platform],
        HEDGING_READINGS,
        uncertainty.wobbles(document["prices"]),
    )
    if not found:
        notes.append(_not_searched(leverage))
        return
    search = find_rule(found, printed, tolerance, leverage)
    rule = search.rule
    document["account"]["leverage"] = leverage_field(rule.leverage)
    plain = plain_scheme(statement.platform, rule.basis, rule.hedging)
    caps = {item.name: item.leverage for item in rule.lower if item.kind == "class"}
    if caps:
        plain["class_caps"] = caps
    document["scheme"] = plain
    for item in rule.lower:
        if item.kind == "symbol":
            entry = document.setdefault("instruments", {}).setdefault(item.name, {})
            entry["margin_multiplier"] = round(rule.leverage / item.leverage, 6)
    notes.extend(search_notes(search, printed, _hedged(statement)))


def _not_searched(leverage: float | None) -> Message:
    """The note when missing prices leave the margin uncomputable."""
    return Message(
        "the margin cannot be computed without the missing prices, so no rule was searched "
        "for: {leverage} used; set the leverage (--leverage on the command line)",
        leverage=format_leverage(leverage or FALLBACK_LEVERAGE),
    )


def _hedged(statement: Statement) -> bool:
    sides: dict[str, set[str]] = {}
    for p in statement.positions:
        sides.setdefault(p.symbol or p.broker_symbol, set()).add(p.side)
    return any(len(found) == 2 for found in sides.values())


def _preset_rule(
    statement: Statement,
    document: dict[str, Any],
    own: dict[str, Any],
    name: str,
    leverage: float | None,
    tolerance: float,
    notes: list[Message],
) -> None:
    """With a preset the margin is no longer a division (tiers): step 1 only, each candidate a
    model. The preset's own margin basis and hedging stand where it sets them; where it leaves
    them at their defaults, the search fills them in."""
    printed = statement.printed.margin
    assert printed is not None
    bases = (own["margin_price"],) if "margin_price" in own else BASES[statement.platform]
    hedgings = (own["hedging"],) if "hedging" in own else HEDGING_READINGS
    leverages = (leverage,) if leverage is not None else USUAL_LEVERAGES
    candidates: list[tuple[float, float, object, object]] = []
    for basis, hedging, trial_leverage in itertools.product(bases, hedgings, leverages):
        trial = dict(document)
        trial["scheme"] = {**own, "margin_price": basis, "hedging": hedging}
        trial["account"] = {**document["account"], "leverage": leverage_field(trial_leverage)}
        margin = _margin(trial)
        if margin is None:
            notes.append(_not_searched(leverage))
            return
        candidates.append((margin, trial_leverage, basis, hedging))
    margin, best, basis, hedging = min(candidates, key=lambda c: abs(c[0] - printed))
    document["account"]["leverage"] = leverage_field(best)
    changed = {
        key: value
        for key, value in (("margin_price", basis), ("hedging", hedging))
        if key not in own and value != {"margin_price": "current", "hedging": "none"}[key]
    }
    if changed:
        document["scheme"] = {**own, **changed}
    words = Message(
        "{leverage} with the {preset} preset", leverage=format_leverage(best), preset=name
    )
    fits = abs(margin - printed) <= tolerance
    notes.append(reproduced_note(words, printed) if fits else closest_note(words, printed, margin))


def _unexplained(statement: Statement, document: dict[str, Any], unfit: bool) -> list[Message]:
    """What the statement prints that the scenario, as imported, does not give, said with the
    figure behind it: profits a cent off, a free margin without the floating P/L, and, where no
    rule fits (``unfit``), a margin whose conversion goes through a rate the file does not
    print."""
    try:
        scenario = scenario_from_json(document)
    except InputError:
        return []
    model = AccountModel(scenario)
    state = model.state(np.array([1.0]))
    printed = statement.printed
    currency = scenario.account.currency
    unit = printed_unit(currency)
    notes = []
    pnl = model.position_pnl(1.0)
    off = [
        p.symbol
        for p, computed, read in zip(scenario.positions, pnl, statement.positions, strict=True)
        if read.profit is not None
        and abs(to_unit(computed - p.swap - p.commission, unit) - read.profit) > unit / 2
    ]
    if off:
        notes.append(
            Message(
                PROFITS_OFF,
                count=str(len(off)),
                symbols=", ".join(dict.fromkeys(off)),
                unit=format_money(unit) + " " + currency,
            )
        )
    balance = (statement.balance or 0.0) + statement.credit
    if (
        printed.free_margin is not None
        and printed.margin is not None
        and printed.equity is not None
        and abs(printed.equity - balance) > unit
        and abs(balance - printed.margin - printed.free_margin) <= unit
    ):
        notes.append(
            Message(
                "the statement's free margin is the balance less the margin: the broker leaves "
                "the floating P/L out of free margin (a server setting). fxmargin's free margin "
                "includes it; margin level, margin call and stop out do in both"
            )
        )
    margin = float(state.margin[0])
    if unfit and printed.margin and abs(margin - printed.margin) > unit / 2:
        notes.extend(_lacking_rate(scenario, model, state, printed.margin, document["prices"]))
    return notes


def _lacking_rate(
    scenario: Scenario, model: AccountModel, state: Any, printed: float, prices: dict[str, Any]
) -> list[Message]:
    """Where one currency's margins reach the account currency only through prices the file
    does not print as that pair (a cross of other prices, or a rate implied by profits), the
    value of the pair that gives the printed margin: the figure the file lacks."""
    currency = scenario.account.currency
    instruments = catalog()
    margins = model.position_margin(state, 1.0)
    lacking: dict[str, list[int]] = {}
    for i, p in enumerate(scenario.positions):
        base = scenario.instrument(p.symbol).base
        pair = _pair(base, currency, instruments)
        if base != currency and pair is not None and not isinstance(prices.get(pair), dict):
            lacking.setdefault(pair, []).append(i)
    if len(lacking) != 1:
        return []
    ((pair, indices),) = lacking.items()
    own = float(sum(margins[i] for i in indices))
    if own <= 0:
        return []
    factor = (printed - (float(state.margin[0]) - own)) / own
    if factor <= 0:
        return []
    try:
        now = find_chain(
            instruments[pair].base, instruments[pair].quote, _mids(prices), instruments
        )
    except ConversionError:
        return []
    rate = now.rate(_mids(prices))
    base_is_account = instruments[pair].base == currency
    needed = rate / factor if base_is_account else rate * factor
    digits = price_decimals(instruments[pair].pip_size) + 1
    return [
        Message(
            LACKING,
            pair=pair,
            symbols=", ".join(dict.fromkeys(scenario.positions[i].symbol for i in indices)),
            needed=f"{needed:.{digits}f}",
            now=f"{rate:.{digits}f}",
        )
    ]


def _margin(document: dict[str, Any]) -> float | None:
    try:
        scenario = scenario_from_json(document)
    except InputError:
        return None
    return float(AccountModel(scenario).state(np.array([1.0])).margin[0])


def load_any(path: str | os.PathLike[str]) -> Scenario:
    """A scenario file, or a statement imported with the defaults (docs/command-line.md)."""
    file_path = Path(path)
    data = read_bytes(file_path)
    if looks_like_statement(data):
        return scenario_from_json(import_statement(data, file_path.name).document)
    name = str(file_path)
    refuse_unknown(data, name)
    return scenario_from_json(parse_json(scenario_text(data, name), name))


def statement_json(imported: Imported) -> dict[str, Any]:
    """What the statement says (docs/command-line.md ``import --json``)."""
    s = imported.statement
    printed = imported.document["source"]["printed"]
    return {
        "platform": s.platform,
        "currency": s.currency,
        "leverage": leverage_field(s.leverage) if s.leverage is not None else None,
        "balance": s.balance,
        "credit": s.credit,
        "closed_trades": s.closed_trades,
        "closed_lots": s.closed_lots,
        "pending_orders": s.pending_orders,
        "positions": [
            {
                "symbol": p.symbol or p.broker_symbol,
                "broker_symbol": p.broker_symbol,
                "side": p.side,
                "lots": p.lots,
                "open_price": p.open_price,
                "swap": p.swap,
                "commission": p.commission,
            }
            for p in s.positions
        ],
        "prices": imported.document["prices"],
        "printed": printed,
        "notes": [str(note) for note in imported.notes],
    }
