"""Prices of one symbol where the account reaches margin call or stop out (SPEC 7).

Between tier thresholds the account is a smooth function of the price, so
the search samples a log-spaced grid over (0, 100 x current], adds the
points on both sides of every equity threshold (where margin jumps: the
leverage tier or the unlimited rule changes), and bisects the cell next to
the current price on each side. A narrow band that a gain lifts into (a
margin call from a winning trade) therefore starts at a grid point.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core.account_model import AccountModel, tier_starts
from core.conversion import FloatArray
from core.margin_levels import Level
from core.position_table import BoolArray

GRID_LOW = 1e-12  # lowest sampled price, relative to the current one
GRID_HIGH = 100.0  # SPEC 7: search (0, 100 x current]
GRID_PER_DECADE = 300
BISECTIONS = 80  # far past the 1e-6 relative accuracy SPEC 7 asks for


@dataclass(frozen=True)
class LevelPrices:
    """The nearest prices below and above the current one where a level is reached."""

    symbol: str
    below: float | None
    above: float | None
    already: bool


def price_grid(current: float) -> FloatArray:
    """Log-spaced prices from 1e-12 to 100 times the current price, the current one included."""
    decades = np.log10(GRID_HIGH / GRID_LOW)
    grid = current * np.logspace(
        np.log10(GRID_LOW), np.log10(GRID_HIGH), int(decades * GRID_PER_DECADE) + 1
    )
    return np.unique(np.append(grid, current))


def bisect(
    inside: Callable[[FloatArray], BoolArray], outside_end: FloatArray, inside_end: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """Narrow each [outside_end, inside_end] cell around the change of ``inside``, all at once.

    ``inside`` is False at the first end and True at the second (the ends may
    be in either order). Returns both ends after narrowing, to ~1e-15 relative.
    """
    out, ins = outside_end.astype(np.float64).copy(), inside_end.astype(np.float64).copy()
    for _ in range(BISECTIONS):
        mid = 0.5 * (out + ins)
        is_inside = inside(mid)
        ins = np.where(is_inside, mid, ins)
        out = np.where(is_inside, out, mid)
        if np.all(np.abs(ins - out) <= 1e-15 * np.abs(ins)):
            break
    return out, ins


def equity_thresholds(model: AccountModel) -> list[tuple[float, str]]:
    """Equity levels (scheme currency) where the account leverage may change, with a label.

    A tier start and the unlimited rule's ``max_equity`` at the same value
    are one threshold.
    """
    scheme = model.scenario.scheme
    thresholds = {float(start): "equity tier" for start in tier_starts(scheme.equity_tiers)[1:]}
    if scheme.unlimited is not None and scheme.unlimited.max_equity is not None:
        thresholds.setdefault(scheme.unlimited.max_equity, "unlimited leverage limit")
    return sorted(thresholds.items())


@dataclass(frozen=True)
class Crossing:
    """Where a price move crosses a threshold: ``low_side``/``high_side`` bracket it tightly."""

    low_side: float
    high_side: float
    threshold: float
    kind: str  # "equity tier", "unlimited leverage limit" or "volume tier"
    scope: int = 0

    @property
    def price(self) -> float:
        return self.high_side


def _crossings(
    grid: FloatArray,
    values: FloatArray,
    threshold: float,
    measure: Callable[[FloatArray], FloatArray],
) -> tuple[FloatArray, FloatArray]:
    """Cells of the grid where ``measure`` crosses ``threshold``, narrowed by bisection."""
    above = values >= threshold
    cells = np.nonzero(above[:-1] != above[1:])[0]
    if cells.size == 0:
        return np.empty(0), np.empty(0)
    left, right = grid[cells], grid[cells + 1]
    left_above = above[cells]
    outside_end = np.where(left_above, right, left)
    inside_end = np.where(left_above, left, right)
    out, ins = bisect(lambda x: measure(x) >= threshold, outside_end, inside_end)
    return np.minimum(out, ins), np.maximum(out, ins)


def threshold_crossings(
    model: AccountModel, grid: FloatArray, include_volume: bool = True
) -> list[Crossing]:
    """Every price in the grid's range where equity or a scope's volume crosses a tier start."""
    crossings: list[Crossing] = []

    def equity_measure(x: FloatArray) -> FloatArray:
        return model.equity(x) * model.to_scheme_currency(x)

    equity_values = equity_measure(grid)
    for threshold, kind in equity_thresholds(model):
        lows, highs = _crossings(grid, equity_values, threshold, equity_measure)
        crossings += [
            Crossing(float(lo), float(hi), threshold, kind)
            for lo, hi in zip(lows, highs, strict=True)
        ]
    scheme = model.scenario.scheme
    if include_volume and scheme.volume_tiers and scheme.volume_unit == "notional":
        for scope in range(model.scope_count):

            def volume_measure(x: FloatArray, scope: int = scope) -> FloatArray:
                margined = model.group_margined[None, :] * x[:, None] ** model.group_power[None, :]
                return model.scope_volume(margined, model.to_scheme_currency(x))[:, scope]

            volumes = volume_measure(grid)
            for threshold in tier_starts(scheme.volume_tiers)[1:]:
                lows, highs = _crossings(grid, volumes, float(threshold), volume_measure)
                crossings += [
                    Crossing(float(lo), float(hi), float(threshold), "volume tier", scope)
                    for lo, hi in zip(lows, highs, strict=True)
                ]
    return sorted(crossings, key=lambda c: c.price)


def search_grid(model: AccountModel, current: float) -> FloatArray:
    """The price grid plus both sides of every equity threshold crossing."""
    grid = price_grid(current)
    extra = [
        value
        for crossing in threshold_crossings(model, grid, include_volume=False)
        for value in (crossing.low_side, crossing.high_side)
    ]
    return np.unique(np.append(grid, extra))


def level_prices(model: AccountModel, levels: list[Level]) -> list[LevelPrices]:
    """For each level, the nearest price below and above the current one where it is reached.

    All other prices stay fixed and every rule applies at each price,
    equity tiers and eligibility included (SPEC 7). None where no such
    price lies in the searched range; ``already`` when the account is there now.
    """
    symbol = model.moving_symbol
    if symbol is None:
        raise ValueError("level_prices needs a model with a moving symbol")
    current = model.scenario.prices[symbol]
    grid = search_grid(model, current)
    here = int(np.searchsorted(grid, current))
    state = model.state(grid)
    results: list[LevelPrices] = []
    for level in levels:
        reached = level.reached(state)
        if reached[here]:
            results.append(LevelPrices(symbol, None, None, already=True))
            continue
        found: dict[str, float | None] = {"below": None, "above": None}
        below = np.nonzero(reached[:here])[0]
        above = np.nonzero(reached[here + 1 :])[0] + here + 1
        if below.size:
            j = int(below[-1])
            found["below"] = _edge(model, level, grid[j + 1], grid[j])
        if above.size:
            j = int(above[0])
            found["above"] = _edge(model, level, grid[j - 1], grid[j])
        results.append(LevelPrices(symbol, found["below"], found["above"], already=False))
    return results


def _edge(model: AccountModel, level: Level, outside: float, inside: float) -> float:
    """The first price, moving from ``outside`` towards ``inside``, at which the level is reached."""
    _, edge = bisect(
        lambda x: level.reached(model.state(x)), np.array([outside]), np.array([inside])
    )
    return float(edge[0])
