"""Everything the desktop app shows for one scenario, from one call.

The app keeps no arithmetic of its own: it sends the scenario and what the
trader asked of the tools, and shows what comes back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.analyses.curves import (
    Curve,
    equity_curve,
    equity_tier_marks,
    price_curve,
    price_tier_marks,
)
from core.analyses.sizing import PositionSize, WhatIf, max_volume, position_size
from core.analyses.stress_tests import StressRow, stress_tests
from core.analyses.what_if import Order, OrderEffect, order_effect
from core.evaluate import analysis_model, evaluate_model
from core.margin.account_model import AccountModel
from core.margin.position_table import build_position_table
from core.model.scenario import Scenario, Side
from core.problems import InputError, Problem
from core.result import Result
from core.statements.comparison import PrintedFigure, compare_printed

CURVE_POINTS = 600


@dataclass(frozen=True)
class SizingRequest:
    """Position size by risk: a stop in pips and a risk in percent of equity or in money."""

    symbol: str
    side: Side
    stop_pips: float
    risk: float
    risk_in_percent: bool = True
    commission_per_lot: float = 0.0


@dataclass(frozen=True)
class DashboardRequest:
    """What the trader chose besides the scenario: which symbol to analyse and the tools' inputs."""

    analysis_symbol: str | None = None
    sizing: SizingRequest | None = None
    max_volume_symbol: str | None = None
    max_volume_side: Side = "buy"
    curve_points: int = CURVE_POINTS
    orders: tuple[Order, ...] = ()  # a what-if order, not yet among the positions
    stress_gap_pips: float | None = None  # stress tests with this weekend gap; None: none


@dataclass(frozen=True)
class Dashboard:
    result: Result
    price_curve: Curve | None
    equity_curve: Curve
    position_size: PositionSize | None
    max_volume: WhatIf | None
    max_volume_unlimited: bool
    printed: tuple[PrintedFigure, ...] = ()  # an imported statement's figures beside fxmargin's
    order_effect: OrderEffect | None = None
    order_problems: tuple[Problem, ...] = ()  # why the what-if order cannot be computed
    stress: tuple[StressRow, ...] = ()


def suggested_price_range(
    current: float, result: Result, thresholds: list[float]
) -> tuple[float, float]:
    """A price window around ``current`` that shows the nearest margin-call, stop-out and tier
    threshold prices on each side when they lie within half to twice the price; at least +-0.2%."""
    marks = [
        price
        for level in (result.margin_call_price, result.stop_out_price)
        if level is not None
        for price in (level.below, level.above)
        if price is not None
    ]
    below_thresholds = [t for t in thresholds if t < current]
    above_thresholds = [t for t in thresholds if t > current]
    marks += [max(below_thresholds)] if below_thresholds else []
    marks += [min(above_thresholds)] if above_thresholds else []
    near = [m for m in marks if 0.5 * current <= m <= 2.0 * current]
    below = min([current * 0.998, *(m for m in near if m < current)])
    above = max([current * 1.002, *(m for m in near if m > current)])
    pad = 0.1 * (above - below)
    return round_out(max(below - pad, current * 1e-3), above + pad)


def round_out(low: float, high: float) -> tuple[float, float]:
    """Widen [low, high] to multiples of a round step (a fifth of a power of ten near a tenth
    of the span), so that small changes of the marks leave the window, and the axes, as they are."""
    span = high - low
    if not span > 0:
        return low, high
    step = 10.0 ** math.floor(math.log10(span)) / 5.0
    rounded_low = math.floor(low / step) * step
    return (rounded_low if rounded_low > 0 or low <= 0 else low), math.ceil(high / step) * step


def suggested_equity_range(equity: float, thresholds: list[float]) -> tuple[float, float]:
    """0 up to past the next two equity thresholds, and at least twice the equity (rounded out)."""
    ahead = sorted(t for t in thresholds if t > max(equity, 0.0))[:2]
    top = max(2.0 * max(equity, 0.0), 1.25 * ahead[-1] if ahead else 0.0, 100.0)
    return round_out(0.0, top)


def dashboard(scenario: Scenario, request: DashboardRequest) -> Dashboard:
    """The result, a curve against the analysed symbol's price (framed by
    `suggested_price_range`), a curve against equity, and the sizing tools. The position
    table is built once and every analysis shares it."""
    table = build_position_table(scenario)
    model = analysis_model(scenario, request.analysis_symbol, table)
    result = evaluate_model(model)
    symbol = result.analysis_symbol
    curve = None
    if symbol is not None:
        current = scenario.prices[symbol]
        marks = price_tier_marks(model, current * 0.5, current * 2.0)
        low, high = suggested_price_range(current, result, [t.x for t in marks])
        curve = price_curve(scenario, symbol, low, high, request.curve_points, model)
    still = AccountModel(scenario, None, table)
    low, high = suggested_equity_range(result.equity, [t.x for t in equity_tier_marks(still)])
    by_equity = equity_curve(scenario, low, high, request.curve_points, still)

    sizing = None
    if request.sizing is not None and request.sizing.symbol in scenario.prices:
        s = request.sizing
        sizing = position_size(
            scenario,
            s.symbol,
            s.stop_pips,
            risk_percent=s.risk if s.risk_in_percent else None,
            risk_money=None if s.risk_in_percent else s.risk,
            commission_per_lot=s.commission_per_lot,
            side=s.side,
            table=table,
        )
    most = None
    unlimited = False
    if request.max_volume_symbol is not None and request.max_volume_symbol in scenario.prices:
        most = max_volume(scenario, request.max_volume_symbol, request.max_volume_side, table=table)
        unlimited = most is None
    printed = compare_printed(scenario, result)
    effect: OrderEffect | None = None
    order_problems: tuple[Problem, ...] = ()
    if request.orders:
        try:
            effect = order_effect(scenario, request.orders, symbol, before=result)
        except InputError as error:
            order_problems = tuple(error.problems)
    stress = (
        stress_tests(scenario, request.stress_gap_pips)
        if request.stress_gap_pips is not None
        else ()
    )
    return Dashboard(
        result, curve, by_equity, sizing, most, unlimited, printed, effect, order_problems, stress
    )
