"""Curves for plots: the account against one symbol's price, and against equity (docs/rules.md#analyses).

Computed on whole arrays; tier thresholds come with them so plots can mark them.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace

import numpy as np

from core.analyses.level_prices import (
    Crossing,
    all_crossings,
    equity_thresholds,
    price_grid,
    threshold_crossings,
)
from core.analyses.order_fills import fill_label
from core.margin.account_model import AccountModel, AccountState
from core.messages import Message
from core.model.conversion import FloatArray
from core.model.scenario import Scenario


@dataclass(frozen=True)
class Threshold:
    """A tier threshold on a curve's x axis: ``x`` is a price or an equity."""

    x: float
    kind: str
    threshold: float
    label: Message


@dataclass(frozen=True)
class Curve:
    """The account along x (prices of ``symbol``, or equities when ``symbol`` is None)."""

    symbol: str | None
    x: FloatArray
    equity: FloatArray
    margin: FloatArray
    free_margin: FloatArray
    margin_level: FloatArray
    leverage: FloatArray
    thresholds: tuple[Threshold, ...]
    fills: tuple[Threshold, ...] = ()
    """Where the symbol's pending orders fill, within the curve (docs/rules.md#pending-orders)."""


def _curve(
    symbol: str | None, x: FloatArray, state: AccountState, thresholds: list[Threshold]
) -> Curve:
    return Curve(
        symbol=symbol,
        x=x,
        equity=state.equity,
        margin=state.margin,
        free_margin=state.free_margin,
        margin_level=state.margin_level,
        leverage=state.account_leverage,
        thresholds=tuple(thresholds),
    )


def price_curve(
    scenario: Scenario,
    symbol: str,
    start: float,
    stop: float,
    points: int,
    model: AccountModel | None = None,
) -> Curve:
    """Equity, margin, free margin, margin level and account leverage at ``points`` prices of
    ``symbol`` evenly spaced from ``start`` to ``stop``, all other prices fixed. Pass the
    ``model`` of that symbol when there is one already."""
    if model is None or model.moving_symbol != symbol:
        model = AccountModel(scenario, symbol)
    x = np.linspace(start, stop, points)
    curve = _curve(symbol, x, model.state(x), price_tier_marks(model, start, stop))
    return replace(curve, fills=tuple(fill_marks(model, start, stop)))


def fill_marks(model: AccountModel, start: float, stop: float) -> list[Threshold]:
    """Prices between ``start`` and ``stop`` where an order of the moving symbol fills."""
    low, high = min(start, stop), max(start, stop)
    pip_size = model.scenario.instrument(str(model.moving_symbol)).pip_size
    return [
        Threshold(float(mid), "order fill", order.trigger, fill_label(order, pip_size))
        for order, mid in zip(model.fills, model.fill_mids, strict=True)
        if low <= mid <= high
    ]


def price_tier_marks(model: AccountModel, start: float, stop: float) -> list[Threshold]:
    """Prices between ``start`` and ``stop`` where an equity or volume tier threshold is crossed."""
    low, high = min(start, stop), max(start, stop)
    current = model.scenario.prices[str(model.moving_symbol)]
    grid = price_grid(current)
    if grid[0] <= low and high <= grid[-1]:
        crossings = [c for c in all_crossings(model) if low <= c.price <= high]
    else:  # beyond the searched range: look there
        crossings = threshold_crossings(model, np.geomspace(low, high, 2000))
    return [_price_threshold(c, model.scenario) for c in crossings]


def _price_threshold(crossing: Crossing, scenario: Scenario) -> Threshold:
    scheme = scenario.scheme
    unit = (
        scheme.currency
        if crossing.kind != "volume tier" or scheme.volume_unit == "notional"
        else "lots"
    )
    amount = f"{crossing.threshold:,.0f}"
    return Threshold(
        crossing.price,
        crossing.kind,
        crossing.threshold,
        Message("volume {amount} {unit}", amount=amount, unit=unit)
        if crossing.kind == "volume tier"
        else Message("equity {amount} {unit}", amount=amount, unit=unit),
    )


def equity_tier_marks(model: AccountModel) -> list[Threshold]:
    """Every equity threshold (tier starts, the unlimited limit) in account currency."""
    to_scheme = float(model.to_scheme_currency(np.array([1.0]))[0])
    currency = model.scenario.scheme.currency
    return [
        Threshold(
            value / to_scheme,
            kind,
            value,
            Message("equity {amount} {unit}", amount=f"{value:,.0f}", unit=currency),
        )
        for value, kind in equity_thresholds(model)
    ]


def equity_curve(
    scenario: Scenario, start: float, stop: float, points: int, model: AccountModel | None = None
) -> Curve:
    """Margin and account leverage at ``points`` equities from ``start`` to ``stop``, moving the
    balance with prices fixed; thresholds are the equity tier starts, in account currency.
    ``model``, when given, is the scenario's model with no moving symbol."""
    if model is None or model.moving_symbol is not None:
        model = AccountModel(scenario, None)
    x = np.linspace(start, stop, points)
    now = float(model.equity(np.array([1.0]))[0])
    state = model.state(np.ones_like(x), x - now)
    low, high = min(start, stop), max(start, stop)
    marks = [t for t in equity_tier_marks(model) if low <= t.x <= high]
    return _curve(None, x, state, marks)


def curve_csv(curve: Curve) -> str:
    """CSV: a header, then x, equity, margin, free_margin, margin_level, leverage per point."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["x", "equity", "margin", "free_margin", "margin_level", "leverage"])
    for x, equity, margin, free, level, leverage in zip(
        curve.x,
        curve.equity,
        curve.margin,
        curve.free_margin,
        curve.margin_level,
        curve.leverage,
        strict=True,
    ):
        writer.writerow(
            [
                repr(float(x)),
                repr(float(equity)),
                repr(float(margin)),
                repr(float(free)),
                "" if np.isnan(level) else repr(float(level)),
                "unlimited" if np.isinf(leverage) else repr(float(leverage)),
            ]
        )
    return out.getvalue()
