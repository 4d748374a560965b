"""Margin level against the moves of the book's two largest symbols at once (the trader's view).

Each cell re-prices the whole account with both mids moved by a percentage and every rule
applied; the state grid (ok, margin call, stop out) gives the margin-call and stop-out
contours whatever the levels are in (percent or money).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from core.analyses.level_distances import LevelDistance
from core.margin.account_model import AccountModel
from core.margin.margin_levels import account_levels
from core.margin.position_table import build_position_table
from core.model.conversion import FloatArray
from core.model.scenario import Scenario

GRID = 41
DEFAULT_PERCENT = 2.0
MIN_PERCENT, MAX_PERCENT = 0.05, 10.0
STATE_OK, STATE_CALL, STATE_STOP = 0, 1, 2


@dataclass(frozen=True)
class HeatMap:
    """``margin_level[i, j]`` (percent; NaN without margin) and ``state[i, j]`` with
    ``x_symbol`` moved by ``x_moves[j]`` percent and ``y_symbol`` by ``y_moves[i]``."""

    x_symbol: str
    y_symbol: str
    x_moves: FloatArray
    y_moves: FloatArray
    margin_level: FloatArray
    equity: FloatArray
    state: np.ndarray
    margin_call_level: float
    stop_out_level: float


class Holding(Protocol):
    """A position as a result shows it: its symbol and notional."""

    @property
    def symbol(self) -> str: ...

    @property
    def notional(self) -> float: ...


def largest_symbols(positions: Sequence[Holding], count: int = 2) -> list[str]:
    """The book's symbols with the largest total notional, largest first."""
    totals: dict[str, float] = {}
    for p in positions:
        totals[p.symbol] = totals.get(p.symbol, 0.0) + abs(p.notional)
    return sorted(totals, key=lambda s: -totals[s])[:count]


def heat_map_span(distances: tuple[LevelDistance, ...], symbols: list[str]) -> float:
    """The moves shown, in percent either way: half again the nearest stop out of the
    analysed symbol when it is within 10%, else 2%; at least 0.05%."""
    nearest = [abs(d.percent) for d in distances if d.level == "stop out"]
    if not nearest or min(nearest) > MAX_PERCENT:
        return DEFAULT_PERCENT
    return float(min(MAX_PERCENT, max(MIN_PERCENT, 1.5 * min(nearest))))


def heat_map(
    scenario: Scenario, symbols: list[str], span_percent: float, points: int = GRID
) -> HeatMap | None:
    """The grid, or None when the book has fewer than two symbols."""
    if len(symbols) < 2:
        return None
    x_symbol, y_symbol = symbols[0], symbols[1]
    moves = np.linspace(-span_percent, span_percent, points)
    x_mid, y_mid = scenario.prices[x_symbol], scenario.prices[y_symbol]
    call, stop = account_levels(scenario)
    levels = np.empty((points, points))
    equity = np.empty((points, points))
    state = np.zeros((points, points), dtype=np.int8)
    for i, y_move in enumerate(moves):
        # One symbol moves along the row as the model's moving symbol, on whole arrays; the
        # other is set for the row.
        moved = scenario.with_mid(y_symbol, y_mid * (1 + y_move / 100.0))
        model = AccountModel(moved, x_symbol, build_position_table(moved))
        at = model.state(x_mid * (1 + moves / 100.0))
        with np.errstate(divide="ignore", invalid="ignore"):
            levels[i] = np.where(at.margin > 0, at.equity / at.margin * 100.0, np.nan)
        equity[i] = at.equity
        state[i] = np.where(
            stop.reached(at), STATE_STOP, np.where(call.reached(at), STATE_CALL, STATE_OK)
        )
    return HeatMap(
        x_symbol, y_symbol, moves, moves.copy(), levels, equity, state, call.value, stop.value
    )
