"""A broker's leverage scheme: tiers, caps, hedging, unlimited rules, levels (docs/rules.md#the-rules, docs/scenario-files.md)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

ApplyTo = Literal["all", "new"]
MarginPrice = Literal["current", "open"]
VolumeUnit = Literal["notional", "lots"]
VolumeScope = Literal["account", "group", "class", "symbol"]
VolumeCount = Literal["margined", "larger_side", "gross"]
HedgingMode = Literal["none", "net", "larger_leg"]
HedgingRule = HedgingMode | float
"""A hedging rule: a named one, or the share h in [0, 1] of covered lots that is margined."""
Hedging = HedgingRule | tuple[tuple[str, HedgingRule], ...]
"""One rule for every symbol, or a map class -> rule with ``"other"`` for the rest (docs/rules.md#hedging)."""
OTHER = "other"

UNLIMITED = math.inf
"""Leverage ``"unlimited"``: L = infinity, no margin (docs/rules.md#prices-and-conversion)."""


@dataclass(frozen=True)
class Tier:
    """A tier covers ``[start, next tier's start)`` and grants ``leverage`` (inf = unlimited)."""

    start: float
    leverage: float


Ladder = tuple[Tier, ...]
VolumeTiers = Ladder | tuple[tuple[str, Ladder], ...]
"""One ladder for every position, or a map symbol / group / class / ``"other"`` -> ladder."""


@dataclass(frozen=True)
class UnlimitedRules:
    """Conditions for unlimited leverage; unmet, the account gets ``fallback`` (docs/rules.md#account-leverage)."""

    account_types: tuple[str, ...] | None = None
    platforms: tuple[str, ...] | None = None
    max_equity: float | None = None
    min_closed_trades: int | None = None
    min_closed_lots: float | None = None
    fallback: float = 2000.0


@dataclass(frozen=True)
class MarginLevels:
    """Margin-call and stop-out levels in percent of margin for one account type."""

    margin_call: float
    stop_out: float


@dataclass(frozen=True)
class Scheme:
    """A broker's leverage rules. Every field defaults as docs/scenario-files.md says.

    ``margin_price`` is the margin price basis (docs/rules.md#one-position): ``current`` (MetaTrader 4) or
    ``open`` (MetaTrader 5: each position margined at its open price). ``checked`` is the
    date a preset's published numbers were last read.
    """

    name: str = "Custom"
    description: str = ""
    source: str = ""
    checked: str = ""
    currency: str = "USD"
    margin_price: MarginPrice = "current"
    equity_tiers: tuple[Tier, ...] = ()
    apply_to: ApplyTo = "all"
    volume_tiers: VolumeTiers = ()
    volume_unit: VolumeUnit = "notional"
    volume_scope: VolumeScope = "account"
    volume_count: VolumeCount = "margined"
    hedging: Hedging = "none"
    class_caps: tuple[tuple[str, float], ...] = ()
    unlimited: UnlimitedRules | None = None
    restricted_cap: float | tuple[tuple[str, float], ...] | None = None
    margin_levels: tuple[tuple[str, MarginLevels], ...] = field(default=())

    @property
    def counts_in_own_currency(self) -> bool:
        """Whether any rule looks at money in the scheme's currency (equity tiers, the
        unlimited rules' equity limit, notional volume tiers): then equity or notional must be
        converted into it, and a price for that conversion is needed."""
        return bool(
            self.equity_tiers
            or self.unlimited is not None
            or (self.volume_tiers and self.volume_unit == "notional")
        )

    @property
    def ladders(self) -> dict[str, Ladder]:
        """The volume ladders by key; one ladder for every position is the ``"other"`` entry."""
        tiers = self.volume_tiers
        if not tiers:
            return {}
        if isinstance(tiers[0], Tier):
            return {OTHER: tiers}
        return dict(tiers)

    def ladder_for(self, symbol: str, group: str, instrument_class: str) -> Ladder:
        """A position's volume ladder: its symbol's, else its group's, else its class's, else
        ``other``; none is an empty ladder (docs/rules.md#volume-tiers)."""
        ladders = self.ladders
        for key in (symbol, group, instrument_class, OTHER):
            if key in ladders:
                return ladders[key]
        return ()

    def volume_scope_key(self, symbol: str, group: str, instrument_class: str) -> str:
        """The volume scope a position counts in, by name: ``account``, its group, class or
        symbol (docs/rules.md#volume-tiers)."""
        return {
            "account": "account",
            "group": group,
            "class": instrument_class,
            "symbol": symbol,
        }[self.volume_scope]

    def hedging_for(self, instrument_class: str) -> HedgingRule:
        """The hedging rule of a class: the one rule, or the map's entry, else ``other``, else
        ``none`` (docs/rules.md#hedging)."""
        if not isinstance(self.hedging, tuple):
            return self.hedging
        rules = dict(self.hedging)
        return rules.get(instrument_class, rules.get(OTHER, "none"))

    def class_cap(self, instrument_class: str, symbol: str = "") -> float:
        """The cap on an instrument's leverage: its symbol's entry, else its class's, else inf.
        (Brokers cap some symbols apart from their class: FBS's US30 at 1:500, other indices
        at 1:200.)"""
        caps = dict(self.class_caps)
        return caps.get(symbol, caps.get(instrument_class, UNLIMITED))

    def restricted_cap_for(self, symbol: str, instrument_class: str) -> float:
        """The high-margin-period cap for one instrument: a symbol entry wins over its class."""
        cap = self.restricted_cap
        if cap is None:
            return UNLIMITED
        if isinstance(cap, float):
            return cap
        caps = dict(cap)
        return caps.get(symbol, caps.get(instrument_class, UNLIMITED))

    def levels_for(self, account_type: str) -> MarginLevels | None:
        """The scheme's published levels for an account type, if it has them."""
        return dict(self.margin_levels).get(account_type)
