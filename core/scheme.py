"""A broker's leverage scheme: tiers, caps, hedging, unlimited rules, levels (SPEC 6, 8)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

ApplyTo = Literal["all", "new"]
VolumeUnit = Literal["notional", "lots"]
VolumeScope = Literal["account", "class", "symbol"]
Hedging = Literal["none", "net", "larger_leg"]

UNLIMITED = math.inf
"""Leverage ``"unlimited"``: L = infinity, no margin (SPEC 1)."""


@dataclass(frozen=True)
class Tier:
    """A tier covers ``[start, next tier's start)`` and grants ``leverage`` (inf = unlimited)."""

    start: float
    leverage: float


@dataclass(frozen=True)
class UnlimitedRules:
    """Conditions for unlimited leverage; unmet, the account gets ``fallback`` (SPEC 6.1)."""

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
    """A broker's leverage rules. Every field defaults as SPEC 8 says."""

    name: str = "Custom"
    description: str = ""
    source: str = ""
    currency: str = "USD"
    equity_tiers: tuple[Tier, ...] = ()
    apply_to: ApplyTo = "all"
    volume_tiers: tuple[Tier, ...] = ()
    volume_unit: VolumeUnit = "notional"
    volume_scope: VolumeScope = "account"
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

    def class_cap(self, instrument_class: str) -> float:
        """The cap on a class's leverage, inf when none."""
        return dict(self.class_caps).get(instrument_class, UNLIMITED)

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
