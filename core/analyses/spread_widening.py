"""How wide the analysed symbol's spread may get before margin call and stop out (docs/rules.md#analyses).

Spreads widen at the daily rollover and in news; a small account's positions
close at the bid or the ask, so a wide enough spread alone can stop it out.
With the mid fixed, bid and ask each move half the spread away from it:
equity falls linearly with the spread, margin moves with it (buys margined at
the ask), and the equity tiers and unlimited rule apply at each spread.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.analyses.level_prices import equity_thresholds, narrow, sorted_unique
from core.margin.account_model import AccountModel
from core.margin.margin_levels import Level
from core.model.conversion import FloatArray

WIDEST_MULTIPLE = 1000.0  # docs/rules.md#analyses: search up to 1,000 x the current spread ...
WIDEST_PIPS = 10_000.0  # ... or 10,000 pips, whichever is wider
GRID_POINTS = 1500


@dataclass(frozen=True)
class SpreadStress:
    """The smallest spreads (pips of ``symbol``) at which margin call and stop out come, from the
    current spread up to ``widest_pips``; None where neither comes. When the account is there
    already at the current spread, the figure is the current spread."""

    symbol: str
    current_pips: float
    margin_call_pips: float | None
    stop_out_pips: float | None
    widest_pips: float


def spread_stress(model: AccountModel, levels: tuple[Level, Level]) -> SpreadStress:
    """Widen the moving symbol's spread around its mid until each level is reached (docs/rules.md#analyses).

    The search covers the current spread up to the wider of 1,000 times it and
    10,000 pips (and below twice the mid, so that the bid stays above 0), on a
    geometric grid plus both sides of every spread where equity crosses a tier
    threshold, then narrows the first reached cell to 1e-13.
    """
    symbol = model.moving_symbol
    if symbol is None:
        raise ValueError("spread_stress needs a model with a moving symbol")
    mid = model.scenario.prices[symbol]
    pip = model.scenario.instrument(symbol).pip_size
    now = model.half_spread
    widest = max(WIDEST_MULTIPLE * 2.0 * now, WIDEST_PIPS * pip)
    top = min(widest / 2.0, mid * (1.0 - 1e-9))
    grid = _spread_grid(model, mid, now, top)
    x = np.full(grid.shape, mid)
    state = model.state(x, half_spread=grid)
    found: list[float | None] = []
    for level in levels:
        reached = level.reached(state)
        first = np.nonzero(reached)[0]
        if first.size == 0:
            found.append(None)
            continue
        j = int(first[0])
        if j == 0:
            found.append(2.0 * now / pip)
            continue

        def above_level(h: FloatArray, level: Level = level) -> FloatArray:
            at = model.state(np.full(h.shape, mid), half_spread=h)
            threshold = level.value if level.in_money else level.value / 100.0 * at.margin
            return at.equity - threshold

        _, edge = narrow(above_level, grid[j - 1 : j], grid[j : j + 1])
        found.append(2.0 * float(edge[0]) / pip)
    return SpreadStress(symbol, 2.0 * now / pip, found[0], found[1], 2.0 * top / pip)


def _spread_grid(model: AccountModel, mid: float, now: float, top: float) -> FloatArray:
    """Half-spreads from now to top, geometric in the widening, with both sides of every half-
    spread where equity (linear in it) crosses a tier or unlimited-rule threshold."""
    widening = (top - now) * np.geomspace(1e-9, 1.0, GRID_POINTS)
    points = [np.array([now]), now + widening]
    x = np.array([mid, mid])
    at_now, at_one_more = model.equity(x, half_spread=np.array([now, now + 1.0]))
    slope = at_one_more - at_now  # equity per unit of half-spread
    to_scheme = float(model.to_scheme_currency(x[:1])[0])
    if slope != 0.0:
        for threshold, _ in equity_thresholds(model):
            h = now + (threshold / to_scheme - at_now) / slope
            if now < h < top:
                points.append(np.array([h * (1 - 1e-12), h, h * (1 + 1e-12)]))
    # A wider spread lifts the ask to buy stops and lowers the bid to sell stops: both sides of
    # each such fill (docs/rules.md#pending-orders).
    reach = model.fill_direction * (model.fill_trigger - mid)  # the half-spread that fills
    stops = reach[(model.fill_upward == (model.fill_direction > 0)) & (reach > now)]
    points += [stops * (1 - 1e-12), stops * (1 + 1e-12)]
    grid = sorted_unique(np.concatenate(points))
    return grid[(grid >= now) & (grid <= top)]
