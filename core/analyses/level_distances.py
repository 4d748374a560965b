"""Margin-call and stop-out prices in the trader's units: pips, percent and money (docs/rules.md#analyses),
and which of them the account would reach next, for the state line."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.analyses.level_prices import LevelPrices
from core.margin.account_model import AccountModel

NEAR_SPREADS = 10.0
"""A level is near when it is closer than ten of the symbol's current spreads (at least ten
pips when no spread is given): the spread is what a quiet market moves in moments, and ten of
them is what a news release or the rollover can take at once."""


@dataclass(frozen=True)
class LevelDistance:
    """One level price: ``pips`` and ``percent`` are signed from the current mid;
    ``equity_change`` is what that move does to equity, in the account currency."""

    level: str  # "margin call" or "stop out"
    side: str  # "below" or "above"
    price: float
    pips: float
    percent: float
    equity_change: float


@dataclass(frozen=True)
class Nearness:
    """The level the account reaches next (margin call, or stop out once at margin call), its
    nearer price, and whether that is near by the rule above (``near_pips`` is the limit)."""

    distance: LevelDistance
    near: bool
    near_pips: float


def level_distances(
    model: AccountModel,
    margin_call: LevelPrices | None,
    stop_out: LevelPrices | None,
    current: float,
    pip_size: float,
) -> tuple[LevelDistance, ...]:
    """Every level price below and above, with its distance and the equity it would leave."""
    places = [
        (name, side, price)
        for name, levels in (("margin call", margin_call), ("stop out", stop_out))
        if levels is not None and not levels.already
        for side, price in (("below", levels.below), ("above", levels.above))
        if price is not None
    ]
    if not places:
        return ()
    equity = model.equity(np.array([current] + [price for _, _, price in places]))
    return tuple(
        LevelDistance(
            level=name,
            side=side,
            price=price,
            pips=(price - current) / pip_size,
            percent=(price - current) / current * 100.0,
            equity_change=float(equity[i + 1] - equity[0]),
        )
        for i, (name, side, price) in enumerate(places)
    )


def nearest_level(
    distances: tuple[LevelDistance, ...],
    margin_call: bool,
    stop_out: bool,
    spread_pips: float,
) -> Nearness | None:
    """The next level the account would reach, at its nearer price; None when stopped out or
    when no price reaches it."""
    if stop_out:
        return None
    wanted = "stop out" if margin_call else "margin call"
    candidates = [d for d in distances if d.level == wanted]
    if not candidates:
        return None
    closest = min(candidates, key=lambda d: abs(d.pips))
    limit = NEAR_SPREADS * (spread_pips if spread_pips > 0 else 1.0)
    return Nearness(distance=closest, near=abs(closest.pips) < limit, near_pips=limit)
