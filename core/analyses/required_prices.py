"""Which prices a scenario needs, and why (docs/rules.md#prices-and-conversion): position symbols and conversion pairs.

Works on incomplete input (the app lists a needed price before it is typed):
where the priced pairs cannot convert, it proposes catalog pairs that can.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from core.messages import Message
from core.model.conversion import Chain, ConversionError, find_chain
from core.model.instruments import CONVERTING_CLASSES, Instrument


@dataclass(frozen=True)
class PriceNeed:
    """A symbol whose price the scenario needs, with the reason in words."""

    symbol: str
    reason: Message


def _chain(
    source: str, target: str, prices: Mapping[str, float], instruments: Mapping[str, Instrument]
) -> Chain | None:
    try:
        return find_chain(source, target, prices, instruments)
    except ConversionError:
        pass
    every_pair = {
        s: 1.0 for s, i in instruments.items() if i.instrument_class in CONVERTING_CLASSES
    }
    try:
        return find_chain(source, target, every_pair, instruments)
    except ConversionError:
        return None


def required_prices(
    account_currency: str,
    scheme_currency: str | None,
    symbols: Iterable[str],
    prices: Mapping[str, float],
    instruments: Mapping[str, Instrument],
) -> list[PriceNeed]:
    """Position symbols first, then the pairs that convert their quotes into the account
    currency, then the pair that converts equity into the scheme's currency (when the scheme
    counts tiers in another currency; pass None when it counts none)."""
    needs: dict[str, list[Message]] = {}
    quotes: list[str] = []
    for symbol in symbols:
        instrument = instruments.get(symbol)
        if instrument is None:
            continue
        needs.setdefault(symbol, [Message("position in {symbol}", symbol=symbol)])
        if instrument.quote != account_currency and instrument.quote not in quotes:
            quotes.append(instrument.quote)
    conversions = [
        (
            quote,
            account_currency,
            Message(
                "converts {currency} profit to {target}", currency=quote, target=account_currency
            ),
        )
        for quote in quotes
    ]
    if scheme_currency is not None and scheme_currency != account_currency:
        conversions.append(
            (
                account_currency,
                scheme_currency,
                Message(
                    "converts {currency} equity to {target} for the broker's tiers",
                    currency=account_currency,
                    target=scheme_currency,
                ),
            )
        )
    for source, target, purpose in conversions:
        chain = _chain(source, target, prices, instruments)
        if chain is None:
            continue
        for step_symbol, _ in chain.steps:
            alone = len(chain.steps) == 1
            reason = (
                purpose
                if alone
                else Message(
                    "{purpose} (with {others})", purpose=purpose, others=_others(chain, step_symbol)
                )
            )
            needs.setdefault(step_symbol, []).append(reason)
    return [
        PriceNeed(
            symbol,
            reasons[0] if len(reasons) == 1 else Message("{reasons}", reasons=tuple(reasons)),
        )
        for symbol, reasons in needs.items()
    ]


def _others(chain: Chain, symbol: str) -> str:
    return ", ".join(s for s, _ in chain.steps if s != symbol)
