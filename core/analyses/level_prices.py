"""Prices of one symbol where the account reaches margin call or stop out (docs/rules.md#analyses).

Between tier thresholds the account is a smooth function of the price, so
the search samples a log-spaced grid over (0, 100 x current], adds the
points on both sides of every equity threshold (where margin jumps: the
leverage tier or the unlimited rule changes), and bisects the cell next to
the current price on each side. A narrow band that a gain lifts into (a
margin call from a winning trade) therefore starts at a grid point.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core.margin.account_model import AccountModel, tier_starts
from core.margin.margin_levels import Level
from core.model.conversion import FloatArray
from core.model.scheme import Ladder

GRID_LOW = 1e-12  # lowest sampled price, relative to the current one
GRID_HIGH = 100.0  # docs/rules.md#analyses: search (0, 100 x current]
GRID_PER_DECADE = 300
BISECTIONS = 80
TOLERANCE = 1e-13  # relative: far past the 1e-6 docs/rules.md#analyses asks for
FILL_SIDE = 1e-12  # relative: the grid's points either side of a fill price


@dataclass(frozen=True)
class LevelPrices:
    """The nearest prices below and above the current one where a level is reached."""

    symbol: str
    below: float | None
    above: float | None
    already: bool


def sorted_unique(values: FloatArray) -> FloatArray:
    """``values`` sorted, each once (as ``np.unique``, for prices, which are never NaN).

    ``np.unique`` without its optional returns loads ``numpy.ma`` on its first call (numpy
    2.5), which was 20 ms of the app's start-up."""
    ordered = np.sort(values, axis=None)
    keep = np.empty(ordered.shape, dtype=bool)
    keep[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


_UNIT_GRID = np.logspace(
    np.log10(GRID_LOW),
    np.log10(GRID_HIGH),
    int(np.log10(GRID_HIGH / GRID_LOW) * GRID_PER_DECADE) + 1,
)


@functools.lru_cache(maxsize=16)
def price_grid(current: float) -> FloatArray:
    """Log-spaced prices from 1e-12 to 100 times the current price, the current one included.

    Read-only, and kept for the last few prices: one analysis asks for it four times, and
    every edit that leaves the price alone asks for the same one."""
    grid = sorted_unique(np.append(current * _UNIT_GRID, current))
    grid.setflags(write=False)
    return grid


def narrow(
    value: Callable[[FloatArray], FloatArray], outside_end: FloatArray, inside_end: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """Narrow each [outside_end, inside_end] cell around the sign change of ``value``, all at once.

    ``value`` is > 0 at the first end and <= 0 at the second (the ends may be in
    either order). Regula falsi with the Illinois step converges in a few
    evaluations where ``value`` is smooth; every fourth step bisects, so a jump
    inside a cell is still found. Returns both ends, to 1e-13 relative.
    """
    out, ins = outside_end.astype(np.float64).copy(), inside_end.astype(np.float64).copy()
    f_out, f_in = value(out), value(ins)
    last = np.zeros(out.shape)  # +1: the inside end moved last, -1: the outside end
    for step in range(BISECTIONS):
        if np.all(np.abs(ins - out) <= TOLERANCE * np.abs(ins)):
            break
        with np.errstate(divide="ignore", invalid="ignore"):
            guess = ins - f_in * (ins - out) / (f_in - f_out)
        # A guess on (or within tolerance of) an end moves a tolerance step inwards, so that a
        # root hit exactly closes the bracket on the next evaluation (as Brent's method does).
        nudge = 0.4 * TOLERANCE * np.abs(ins) * np.sign(out - ins)
        guess = np.where(np.abs(guess - ins) < np.abs(nudge), ins + nudge, guess)
        guess = np.where(np.abs(guess - out) < np.abs(nudge), out - nudge, guess)
        low, high = np.minimum(out, ins), np.maximum(out, ins)
        poor = ~np.isfinite(guess) | (guess <= low) | (guess >= high) | (step % 4 == 3)
        x = np.where(poor, 0.5 * (out + ins), guess)

        f = value(x)
        now_inside = f <= 0
        # Illinois: when the same end moves twice running, halve the other end's value.
        f_out = np.where(now_inside & (last > 0), 0.5 * f_out, f_out)
        f_in = np.where(~now_inside & (last < 0), 0.5 * f_in, f_in)
        ins, f_in = np.where(now_inside, x, ins), np.where(now_inside, f, f_in)
        out, f_out = np.where(now_inside, out, x), np.where(now_inside, f_out, f)
        last = np.where(now_inside, 1.0, -1.0)
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
    ladder: Ladder = ()  # the volume ladder whose threshold this is

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
    out, ins = narrow(lambda x: threshold - measure(x), outside_end, inside_end)
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
    if include_volume and model.has_ladders and scheme.volume_unit == "notional":
        all_volumes = model.scope_volume(grid)
        for scope in range(model.scope_count):

            def volume_measure(x: FloatArray, scope: int = scope) -> FloatArray:
                return model.scope_volume(x)[:, scope]

            for ladder in model.scope_ladders(scope):
                for threshold in tier_starts(ladder)[1:]:
                    lows, highs = _crossings(
                        grid, all_volumes[:, scope], float(threshold), volume_measure
                    )
                    crossings += [
                        Crossing(
                            float(lo), float(hi), float(threshold), "volume tier", scope, ladder
                        )
                        for lo, hi in zip(lows, highs, strict=True)
                    ]
    return sorted(crossings, key=lambda c: c.price)


def all_crossings(model: AccountModel) -> list[Crossing]:
    """Every threshold crossing over the whole search range of the moving symbol, computed
    once per model: the stop-out search, the tier warnings and the plot marks share it."""
    if model.crossings_cache is None:
        current = model.scenario.prices[str(model.moving_symbol)]
        model.crossings_cache = list(threshold_crossings(model, price_grid(current)))
    return model.crossings_cache  # type: ignore[return-value]


def search_grid(model: AccountModel, current: float) -> FloatArray:
    """The price grid plus both sides of every equity threshold crossing and of every price
    where an order fills (margin jumps there: a band reached only past a fill starts at a grid
    point)."""
    extra = [
        value
        for crossing in all_crossings(model)
        if crossing.kind != "volume tier"
        for value in (crossing.low_side, crossing.high_side)
    ]
    fills = model.fill_mids
    fills = fills[(fills >= GRID_LOW * current) & (fills <= GRID_HIGH * current)]
    extra += [*(fills * (1 - FILL_SIDE)), *(fills * (1 + FILL_SIDE))]
    return sorted_unique(np.append(price_grid(current), extra))


def snap_to_fill(model: AccountModel, x: float) -> float:
    """A level reached where an order fills is reached at that fill's price: the search ends
    within 1e-13 of it, and the price shown must be the one the order list shows."""
    mids = model.fill_mids
    if mids.size:
        nearest = float(mids[np.argmin(np.abs(mids - x))])
        if abs(nearest - x) <= 4 * FILL_SIDE * abs(x):
            return nearest
    return x


def level_prices(model: AccountModel, levels: list[Level]) -> list[LevelPrices]:
    """For each level, the nearest price below and above the current one where it is reached.

    All other prices stay fixed and every rule applies at each price,
    equity tiers and eligibility included (docs/rules.md#analyses). None where no such
    price lies in the searched range; ``already`` when the account is there now.
    """
    symbol = model.moving_symbol
    if symbol is None:
        raise ValueError("level_prices needs a model with a moving symbol")
    current = model.scenario.prices[symbol]
    grid = search_grid(model, current)
    here = int(np.searchsorted(grid, current))
    state = model.state(grid)
    # Each edge: (level, the grid point next to it on the current side, the first point reached).
    edges: list[tuple[int, str, float, float]] = []
    already = []
    for k, level in enumerate(levels):
        reached = level.reached(state)
        already.append(bool(reached[here]))
        if already[-1]:
            continue
        below = np.nonzero(reached[:here])[0]
        above = np.nonzero(reached[here + 1 :])[0] + here + 1
        if below.size:
            j = int(below[-1])
            edges.append((k, "below", float(grid[j + 1]), float(grid[j])))
        if above.size:
            j = int(above[0])
            edges.append((k, "above", float(grid[j - 1]), float(grid[j])))
    found: dict[tuple[int, str], float] = {}
    if edges:
        values = np.array([levels[k].value for k, *_ in edges])
        in_money = np.array([levels[k].in_money for k, *_ in edges])

        def above_level(x: FloatArray) -> FloatArray:
            at = model.state(x)
            return at.equity - np.where(in_money, values, values / 100.0 * at.margin)

        _, edge = narrow(
            above_level, np.array([e[2] for e in edges]), np.array([e[3] for e in edges])
        )
        found = {
            (k, side): snap_to_fill(model, float(x))
            for (k, side, *_), x in zip(edges, edge, strict=True)
        }
    return [
        LevelPrices(symbol, found.get((k, "below")), found.get((k, "above")), already=already[k])
        for k in range(len(levels))
    ]
