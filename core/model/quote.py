"""A market price with two sides: bid and ask (docs/rules.md#prices-and-conversion)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Quote:
    """A symbol's current price: a buy opens at ``ask`` and closes at ``bid``, a sell the other
    way round (docs/rules.md#one-position). One number in a file is ``bid == ask``."""

    bid: float
    ask: float

    @property
    def mid(self) -> float:
        """(bid + ask) / 2: the price that conversions use and that analyses move (docs/rules.md#prices-and-conversion, docs/rules.md#analyses)."""
        return (self.bid + self.ask) / 2.0

    @property
    def spread(self) -> float:
        """ask - bid, in price units."""
        return self.ask - self.bid

    @property
    def one_sided(self) -> bool:
        """Whether bid and ask are one number (a version 1 price)."""
        return self.bid == self.ask

    def spread_pips(self, pip_size: float) -> float:
        """The spread in pips of the symbol (docs/rules.md#analyses measures spreads so)."""
        return self.spread / pip_size
