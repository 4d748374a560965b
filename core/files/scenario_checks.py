"""Checks between a scenario's fields, once each field reads well: a price for every
position, a conversion chain for every currency, margin levels in order, orders not already
reached, one volume ladder per scope (docs/scenario-files.md)."""

from __future__ import annotations

from collections.abc import Mapping

from core.margin.margin_levels import account_levels
from core.messages import Message
from core.model.conversion import ConversionError
from core.model.instruments import Instrument
from core.model.scenario import Scenario
from core.problems import MISSING_PRICE, NO_CONVERSION, Problem, join_path

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
