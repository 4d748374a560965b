"""Currency conversion through chains of prices (docs/rules.md#prices-and-conversion).

A conversion is kept as a `Chain` of price steps rather than a number, so that
the analyses can evaluate it for a whole array of prices of one symbol: the
rate is ``factor * prod(price[symbol] ** exponent)``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from core.messages import Message
from core.model.instruments import CONVERTING_CLASSES, Instrument

# US cents: 1 USC = 0.01 USD (docs/rules.md#prices-and-conversion, rule 1).
CENT_CURRENCIES: Mapping[str, tuple[str, float]] = {"USC": ("USD", 0.01)}

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Chain:
    """X -> Y as ``factor`` times a product of prices, each to the power +1 or -1."""

    source: str
    target: str
    steps: tuple[tuple[str, int], ...] = ()
    factor: float = 1.0

    def rate(self, prices: Mapping[str, float]) -> float:
        """The rate at these prices."""
        value = self.factor
        for symbol, exponent in self.steps:
            value *= prices[symbol] ** exponent
        return value

    def exponent_of(self, symbol: str) -> int:
        """The power to which the chain raises ``symbol``'s price (0 when not on it)."""
        return sum(exponent for step, exponent in self.steps if step == symbol)

    def rate_without(self, symbols: Collection[str], prices: Mapping[str, float]) -> float:
        """The rate with these symbols' prices factored out:
        rate = this * prod(price[s] ** exponent_of(s))."""
        value = self.factor
        for step, exponent in self.steps:
            if step not in symbols:
                value *= prices[step] ** exponent
        return value


NO_CONVERSION = Message("no price converts {source} to {target}; add a price for {pair}").key
"""What a missing conversion says; the app recognises it to say where to type the price."""


class ConversionError(ValueError):
    """No chain of prices leads from one currency to another."""

    def __init__(self, source: str, target: str, suggestion: str) -> None:
        self.source = source
        self.target = target
        self.suggestion = suggestion
        self.message = Message(NO_CONVERSION, source=source, target=target, pair=suggestion)
        super().__init__(str(self.message))


def _edges(
    prices: Mapping[str, float], instruments: Mapping[str, Instrument]
) -> dict[str, list[tuple[str, str, int, float]]]:
    """Currency graph: node -> [(neighbour, symbol or '', exponent, constant factor)]."""
    graph: dict[str, list[tuple[str, str, int, float]]] = {}
    for symbol in sorted(prices):
        instrument = instruments.get(symbol)
        if instrument is None or instrument.instrument_class not in CONVERTING_CLASSES:
            continue
        graph.setdefault(instrument.base, []).append((instrument.quote, symbol, 1, 1.0))
        graph.setdefault(instrument.quote, []).append((instrument.base, symbol, -1, 1.0))
    for cent, (whole, factor) in CENT_CURRENCIES.items():
        graph.setdefault(cent, []).append((whole, "", 0, factor))
        graph.setdefault(whole, []).append((cent, "", 0, 1.0 / factor))
    return graph


def find_chain(
    source: str,
    target: str,
    prices: Mapping[str, float],
    instruments: Mapping[str, Instrument],
) -> Chain:
    """The shortest chain of prices converting ``source`` into ``target`` (docs/rules.md#prices-and-conversion).

    Breadth-first over the currencies that priced forex, metal and crypto
    instruments connect; ties go to the alphabetically first symbol, so the
    result does not depend on the order prices were given in.
    Raises `ConversionError` naming both currencies and a pair that would do.
    """
    if source == target:
        return Chain(source, target)
    graph = _edges(prices, instruments)
    previous: dict[str, tuple[str, str, int, float]] = {}
    queue = deque([source])
    seen = {source}
    while queue:
        node = queue.popleft()
        if node == target:
            break
        for neighbour, symbol, exponent, factor in graph.get(node, []):
            if neighbour not in seen:
                seen.add(neighbour)
                previous[neighbour] = (node, symbol, exponent, factor)
                queue.append(neighbour)
    if target not in seen:
        raise ConversionError(source, target, suggest_pair(source, target, instruments))
    steps: list[tuple[str, int]] = []
    factor = 1.0
    node = target
    while node != source:
        node, symbol, exponent, step_factor = previous[node]
        factor *= step_factor
        if symbol:
            steps.append((symbol, exponent))
    return Chain(source, target, tuple(reversed(steps)), factor)


def suggest_pair(source: str, target: str, instruments: Mapping[str, Instrument]) -> str:
    """A symbol whose price would convert between two currencies, from the catalog if it has one."""
    for a, b in ((source, target), (target, source)):
        for code in (a, CENT_CURRENCIES.get(a, (a, 1.0))[0]):
            other = CENT_CURRENCIES.get(b, (b, 1.0))[0]
            if code + other in instruments:
                return code + other
    return f"{source}{target}"
