"""Pending orders over random valid scenarios (hypothesis, docs/rules.md#pending-orders)."""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.analyses.curves import price_curve
from core.analyses.heat_map import heat_map
from core.analyses.stress_tests import stress_tests
from core.evaluate import analysis_model, evaluate
from core.files.scenario_reader import scenario_from_json
from core.model.scenario import Order, Scenario
from core.result import Result
from tests.core.reference import reference_at
from tests.core.strategies import SYMBOLS, scenario_docs

CASES = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEWER = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def build(document: dict[str, Any]) -> Scenario:
    return scenario_from_json(document)


@CASES
@given(scenario_docs(max_orders=6), st.sampled_from(sorted(SYMBOLS)), st.floats(0.7, 1.3))
def test_the_engine_agrees_with_the_plain_reading_wherever_the_price_goes(
    document: dict[str, Any], symbol: str, move: float
) -> None:
    """At any price of the moved symbol, equity and margin are the plain reading's with the
    orders that price reaches opened at their prices."""
    scenario = build(document)
    mid = scenario.prices[symbol] * move
    state = analysis_model(scenario, symbol).state(np.array([mid]))
    equity, margin, _ = reference_at(scenario, symbol, mid)
    assert float(state.equity[0]) == pytest.approx(equity, rel=1e-9, abs=1e-6)
    assert float(state.margin[0]) == pytest.approx(margin, rel=1e-9, abs=1e-6)


def far_away(scenario: Scenario) -> Scenario:
    """The scenario's orders moved where no analysis reaches them: buy stops and sell limits
    above 1,000 x the price, buy limits and sell stops at 1e-15 of it. A sell stop there is
    still reached when the mid falls to within the half-spread of 0 (the bid is then 0): on a
    symbol with a spread it is left out."""
    orders = []
    for order in scenario.orders:
        price = scenario.prices[order.symbol]
        if order.side == "sell" and not order.upward and scenario.half_spread(order.symbol) > 0:
            continue
        trigger = price * 1_000 if order.upward else price * 1e-15
        stop = trigger if order.stop is not None else None
        orders.append(dataclasses.replace(order, price=trigger, stop=stop))
    return dataclasses.replace(scenario, orders=tuple(orders))


def close(first: object, second: object) -> bool:
    """Equal, floats to 1e-9 relative (orders out of reach add rows with no lots to the model:
    sums may take another order, and differ in the last bit)."""
    if isinstance(first, float) and isinstance(second, float):
        return first == pytest.approx(second, rel=1e-9, abs=1e-9, nan_ok=True)
    if isinstance(first, np.ndarray) and isinstance(second, np.ndarray):
        return bool(np.allclose(first, second, rtol=1e-9, atol=1e-9, equal_nan=True))
    if dataclasses.is_dataclass(first) and type(first) is type(second):
        return all(
            close(getattr(first, f.name), getattr(second, f.name))
            for f in dataclasses.fields(first)
        )
    if isinstance(first, tuple | list) and isinstance(second, tuple | list):
        return len(first) == len(second) and all(
            close(a, b) for a, b in zip(first, second, strict=True)
        )
    return first == second


def same_analyses(with_orders: Result, without: Result) -> None:
    for name in (
        "equity",
        "margin",
        "margin_call_price",
        "stop_out_price",
        "spread_stress",
        "level_distances",
        "tier_warnings",
        "positions",
    ):
        assert close(getattr(with_orders, name), getattr(without, name)), name


@FEWER
@given(scenario_docs(max_orders=6))
def test_orders_out_of_reach_change_no_analysis(document: dict[str, Any]) -> None:
    scenario = far_away(build(document))
    if not scenario.orders:
        return
    without = scenario.without_orders()
    same_analyses(evaluate(scenario), evaluate(without))
    assert all(not fill.fills for fill in evaluate(scenario).orders)
    assert close(stress_tests(scenario), stress_tests(without))
    symbols = sorted({p.symbol for p in scenario.positions})
    if len(symbols) >= 2:
        first, second = heat_map(scenario, symbols[:2], 2.0), heat_map(without, symbols[:2], 2.0)
        assert first is not None
        assert second is not None
        assert close(first.equity, second.equity)
    symbol = evaluate(scenario).analysis_symbol
    if symbol is not None:
        price = scenario.prices[symbol]
        curve = price_curve(scenario, symbol, price * 0.5, price * 2, 200)
        bare = price_curve(without, symbol, price * 0.5, price * 2, 200)
        assert close(curve.margin, bare.margin)
        assert close(curve.equity, bare.equity)
        assert curve.fills == ()


@CASES
@given(scenario_docs(max_orders=0), st.sampled_from(sorted(SYMBOLS)), st.booleans(), st.data())
def test_an_order_where_the_price_already_is_is_a_position(
    document: dict[str, Any], symbol: str, upward: bool, data: st.DataObject
) -> None:
    """An order placed exactly at its side's current price has filled: on the side where it is
    reached, the account with it is the account with the position it opens."""
    scenario = build(document)
    quote = scenario.quotes[symbol]
    kind = data.draw(
        st.sampled_from(("buy_stop", "sell_limit") if upward else ("buy_limit", "sell_stop"))
    )
    price = quote.ask if kind.startswith("buy") else quote.bid
    order = Order(symbol, kind, data.draw(st.sampled_from([0.1, 1, 5])), price)
    with_order = dataclasses.replace(scenario, orders=(order,))
    with_position = scenario.with_positions((*scenario.positions, order.position))
    mid = scenario.prices[symbol]
    moves = np.array([1.0, 1.001, 1.05, 1.3]) if upward else np.array([1.0, 0.999, 0.95, 0.7])
    x = mid * moves
    ordered = analysis_model(with_order, symbol).state(x)
    opened = analysis_model(with_position, symbol).state(x)
    assert ordered.equity == pytest.approx(opened.equity, rel=1e-9, abs=1e-6)
    assert ordered.margin == pytest.approx(opened.margin, rel=1e-9, abs=1e-6)
    assert with_order.with_reached_orders_filled() == with_position


@pytest.mark.parametrize(("kind", "side_price"), [("sell_limit", "bid"), ("buy_stop", "ask")])
def test_an_order_at_a_quote_that_mid_and_spread_round_past_has_filled(
    kind: str, side_price: str
) -> None:
    """0.99999 / 1.00001: the mid less the half-spread is 0.9999899999999999, a rounding below
    the bid. The account at the quote itself reads the quote's own bid and ask, so an order
    placed at either has filled there, as the terminal would have filled it."""
    document = {
        "format": "fxmargin-scenario",
        "version": 2,
        "account": {"currency": "USD", "balance": 1000, "leverage": 100},
        "scheme": "fixed-50",
        "prices": {"EURGBP": {"bid": 0.99999, "ask": 1.00001}, "GBPUSD": 1.25},
        "positions": [],
    }
    scenario = build(document)
    quote = scenario.quotes["EURGBP"]
    order = Order("EURGBP", kind, 0.1, getattr(quote, side_price))
    with_order = dataclasses.replace(scenario, orders=(order,))
    with_position = scenario.with_positions((order.position,))
    x = np.array([scenario.prices["EURGBP"]])
    ordered = analysis_model(with_order, "EURGBP").state(x)
    opened = analysis_model(with_position, "EURGBP").state(x)
    assert ordered.margin[0] == pytest.approx(opened.margin[0], rel=1e-12)
    assert ordered.margin[0] > 0
    assert ordered.equity[0] == pytest.approx(opened.equity[0], rel=1e-12)
