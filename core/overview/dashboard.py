"""Everything the desktop app shows for one scenario, from one call.

The app keeps no arithmetic of its own: it sends the scenario and what the
trader asked of the tools, and shows what comes back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from core.analyses.curves import (
    Curve,
    equity_curve,
    equity_tier_marks,
    price_curve,
    price_tier_marks,
)
from core.analyses.heat_map import HeatMap, heat_map, heat_map_span, largest_symbols
from core.analyses.sizing import AfterOpening, Opening, PositionSize, max_volume, position_size
from core.analyses.stress_tests import StressRow, stress_tests
from core.evaluate import analysis_model, evaluate_model
from core.margin.account_model import AccountModel
from core.margin.position_table import PositionTable, build_position_table
from core.model.scenario import Scenario, Side
from core.overview.printed import PrintedFigure, compare_printed
from core.overview.what_if import MarketOrder, OrderEffect, order_effect
from core.problems import InputError, Problem
from core.result import Result

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
    danger_zoom: bool = True  # frame the price curve on a margin call or stop out within 1%
    orders: tuple[MarketOrder, ...] = ()  # a what-if order, not yet among the positions
    stress_gap_pips: float | None = None  # stress tests with this weekend gap; None: none
    price_override: tuple[str, float] | None = None  # (symbol, mid): a what-if market price
    price_frame: tuple[float, float] | None = None  # with a what-if price: the plot's window
    heat_map: bool = False  # the margin-level heat map of the two largest symbols
    orders_fill: bool = True  # pending orders fill as prices move (False: as --no-orders)


@dataclass(frozen=True)
class WhatIfPrice:
    """A hypothetical mid of one symbol that every figure of the dashboard is computed at;
    ``pips`` is its distance from the market mid in the scenario."""

    symbol: str
    mid: float
    market_mid: float
    pips: float


@dataclass(frozen=True)
class Dashboard:
    result: Result
    price_curve: Curve | None
    equity_curve: Curve
    position_size: PositionSize | None
    max_volume: AfterOpening | None
    max_volume_unlimited: bool
    printed: tuple[PrintedFigure, ...] = ()  # an imported statement's figures beside fxmargin's
    order_effect: OrderEffect | None = None
    order_problems: tuple[Problem, ...] = ()  # why the what-if order cannot be computed
    stress: tuple[StressRow, ...] = ()
    what_if_price: WhatIfPrice | None = None
    heat_map: HeatMap | None = None
    request: DashboardRequest | None = None  # what it answers (the tools' inputs included)


DANGER_PERCENT = 1.0
"""A margin call or stop out this close to the price (in percent) is the danger zone, and the
price plot frames it by default: a band a few pips wide is unreadable on a 100-pip plot."""
DANGER_MIN_PIPS = 10.0


def suggested_price_range(
    current: float,
    result: Result,
    thresholds: list[float],
    danger_zoom: bool = False,
) -> tuple[float, float]:
    """A price window around ``current`` that shows the nearest margin-call, stop-out and tier
    threshold prices on each side when they lie within half to twice the price; at least +-0.2%.

    With ``danger_zoom``, when a margin call or stop out lies within 1% of the price, the
    window is those prices only: twice their farthest distance each side, at least ten pips."""
    marks = [
        price
        for level in (result.margin_call_price, result.stop_out_price)
        if level is not None
        for price in (level.below, level.above)
        if price is not None
    ]
    danger = [m for m in marks if abs(m - current) <= DANGER_PERCENT / 100.0 * current]
    if danger_zoom and danger:
        pip = result.analysis_pip_size
        half = max(2.0 * max(abs(m - current) for m in danger), DANGER_MIN_PIPS * pip)
        return round_out(max(current - half, current * 1e-3), current + half)
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


TOOL_FIELDS = frozenset(
    {"sizing", "max_volume_symbol", "max_volume_side", "orders", "stress_gap_pips", "heat_map"}
)
"""The request's fields that only the tools read: a change of these alone leaves the result,
the levels and the curves as they were."""


def tools_only(before: DashboardRequest, after: DashboardRequest) -> bool:
    """Whether ``after`` asks for the same result and curves as ``before`` (only the tools'
    inputs differ)."""
    return all(
        getattr(before, name) == getattr(after, name)
        for name in DashboardRequest.__dataclass_fields__
        if name not in TOOL_FIELDS
    )


def dashboard(
    scenario: Scenario, request: DashboardRequest, last: Dashboard | None = None
) -> Dashboard:
    """The result, a curve against the analysed symbol's price (framed by
    `suggested_price_range`), a curve against equity, and the sizing tools. The position
    table is built once and every analysis shares it.

    ``last`` is a dashboard computed before on this same scenario (while only the request
    changed). When only the tools' inputs changed, its result, levels and curves are this
    one's, and only the tools are computed. Otherwise its price curve may be: a drag keeps its
    frame, and the curve is the market's whatever the what-if price, so it is used again
    instead of computed.
    """
    if not request.orders_fill:
        scenario = scenario.without_orders()
    market = scenario
    what_if = None
    override = request.price_override
    if override is not None and override[0] in scenario.prices and override[1] > 0:
        moved, mid = override
        what_if = WhatIfPrice(
            moved,
            mid,
            scenario.prices[moved],
            (mid - scenario.prices[moved]) / scenario.instrument(moved).pip_size,
        )
        scenario = scenario.with_mid(moved, mid)
        request = replace(request, analysis_symbol=moved)
    table = build_position_table(scenario)
    fixed_model = AccountModel(scenario, None, table)
    if last is not None and last.request is not None and tools_only(last.request, request):
        return _tools(scenario, request, last, table, fixed_model)
    model = analysis_model(scenario, request.analysis_symbol, table, fixed_model)
    result = evaluate_model(model)
    symbol = result.analysis_symbol
    market_curve = last.price_curve if last is not None else None
    curve = None
    if symbol is not None:
        # The curve moves the symbol's mid itself, so it is the same whatever the what-if
        # price is; it is framed on the market price, so dragging does not move the frame.
        if what_if is not None and request.price_frame is not None:
            # A drag keeps the frame it started in: no second evaluation at the market price
            # on every step just to find the same frame again, and the curve of the step
            # before, when there is one on this scenario, is this one.
            low, high = request.price_frame
            if (
                market_curve is not None
                and market_curve.symbol == symbol
                and market_curve.x.size == request.curve_points
                and (float(market_curve.x[0]), float(market_curve.x[-1])) == (low, high)
            ):
                curve = market_curve
        if curve is None:
            market_model = (
                model
                if what_if is None
                else analysis_model(market, symbol, build_position_table(market))
            )
            if what_if is None or request.price_frame is None:
                current = market.prices[symbol]
                marks = price_tier_marks(market_model, current * 0.5, current * 2.0)
                market_result = result if what_if is None else evaluate_model(market_model)
                low, high = suggested_price_range(
                    current, market_result, [t.x for t in marks], request.danger_zoom
                )
            curve = price_curve(market, symbol, low, high, request.curve_points, market_model)
    low, high = suggested_equity_range(result.equity, [t.x for t in equity_tier_marks(fixed_model)])
    by_equity = equity_curve(scenario, low, high, request.curve_points, fixed_model)
    shown = Dashboard(
        result,
        curve,
        by_equity,
        None,
        None,
        False,
        compare_printed(scenario, result),
        what_if_price=what_if,
    )
    return _tools(scenario, request, shown, table, fixed_model)


def _tools(
    scenario: Scenario,
    request: DashboardRequest,
    shown: Dashboard,
    table: PositionTable,
    fixed_model: AccountModel,
) -> Dashboard:
    """``shown`` with the tools' answers to ``request``: position size, maximum volume, the
    what-if order, the stress tests and the heat map."""
    result = shown.result
    openings: dict[tuple[str, Side], Opening] = {}

    def opening(symbol: str, side: Side) -> Opening:
        """The sizing tools on one symbol and side share the account with that position."""
        if (symbol, side) not in openings:
            openings[symbol, side] = Opening(scenario, symbol, side, table, fixed_model)
        return openings[symbol, side]

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
            opening=opening(s.symbol, s.side),
        )
    most = None
    unlimited = False
    if request.max_volume_symbol is not None and request.max_volume_symbol in scenario.prices:
        most = max_volume(
            scenario,
            request.max_volume_symbol,
            request.max_volume_side,
            opening=opening(request.max_volume_symbol, request.max_volume_side),
        )
        unlimited = most is None
    effect: OrderEffect | None = None
    order_problems: tuple[Problem, ...] = ()
    if request.orders:
        try:
            effect = order_effect(scenario, request.orders, result.analysis_symbol, before=result)
        except InputError as error:
            order_problems = tuple(error.problems)
    stress = (
        stress_tests(scenario, request.stress_gap_pips)
        if request.stress_gap_pips is not None
        else ()
    )
    heat = None
    if request.heat_map:
        symbols = largest_symbols(result.positions)
        heat = heat_map(scenario, symbols, heat_map_span(result.level_distances, symbols))
    return replace(
        shown,
        position_size=sizing,
        max_volume=most,
        max_volume_unlimited=unlimited,
        order_effect=effect,
        order_problems=order_problems,
        stress=stress,
        heat_map=heat,
        request=request,
    )
