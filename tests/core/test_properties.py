"""Invariants over random valid scenarios (hypothesis)."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from core.analyses.curves import price_curve
from core.evaluate import evaluate
from core.files.scenario_reader import load_scenario, scenario_from_json
from core.files.scenario_writer import save_scenario
from core.margin.account_model import AccountModel
from core.margin.margin_levels import account_levels
from core.model.scenario import Scenario
from tests.core.reference import reference
from tests.core.strategies import scenario_docs

CASES = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def build(document: dict[str, Any]) -> Scenario:
    return scenario_from_json(document)


@CASES
@given(scenario_docs())
def test_vectorised_core_agrees_with_plain_reading_of_spec(document: dict[str, Any]) -> None:
    scenario = build(document)
    result = evaluate(scenario)
    equity, margin, margins = reference(scenario)
    assert result.equity == pytest.approx(equity, rel=1e-9, abs=1e-6)
    assert result.margin == pytest.approx(margin, rel=1e-9, abs=1e-6)
    assert [p.margin for p in result.positions] == pytest.approx(margins, rel=1e-9, abs=1e-6)


@CASES
@given(scenario_docs())
def test_margin_never_negative_and_metrics_consistent(document: dict[str, Any]) -> None:
    result = evaluate(build(document))
    assert result.margin >= 0
    assert all(p.margin >= 0 for p in result.positions)
    assert result.free_margin == pytest.approx(result.equity - result.margin)
    assert math.fsum(p.margin for p in result.positions) == pytest.approx(
        result.margin, rel=1e-9, abs=1e-9
    )
    if result.margin > 0:
        assert result.margin_level == pytest.approx(result.equity / result.margin * 100)
    else:
        assert result.margin_level is None
    assert result.stop_out <= result.margin_call or result.levels_in == "money"


@CASES
@given(
    scenario_docs(open_at_market=True, falling=True),
    st.integers(0, 7),
    st.sampled_from([1.5, 2, 10]),
)
def test_more_lots_never_less_margin(document: dict[str, Any], index: int, factor: float) -> None:
    # Without hedging (where adding to the smaller side frees margin), opened at market (so
    # equity, and with it the equity tier, does not move) and with ladders whose leverage falls
    # as volume grows (as every broker's does), more lots never cost less. A ladder whose
    # leverage rises is accepted but can break this: more lots dilute its expensive first tier.
    if isinstance(document["scheme"], dict):
        document["scheme"]["hedging"] = "none"
    else:
        document["scheme"] = {
            "volume_tiers": [{"from": 0, "leverage": 500}, {"from": 1e6, "leverage": 100}]
        }
    if not document["positions"]:
        return
    before = evaluate(build(document)).margin
    document["positions"][index % len(document["positions"])]["lots"] *= factor
    after = evaluate(build(document)).margin
    assert after >= before - 1e-9 * max(before, 1)


@CASES
@given(scenario_docs(), st.integers(0, 7), st.sampled_from([0.01, 0.5, 3.0, 40.0]))
def test_changing_lots_in_place_agrees_with_a_model_built_afresh(
    document: dict[str, Any], index: int, lots: float
) -> None:
    # The sizing searches change one position's lots on a compiled model and keep its groups;
    # the account must be the one a model compiled from the changed scenario gives.
    if not document["positions"]:
        return
    index %= len(document["positions"])
    changed = AccountModel(build(document)).with_lots(index, lots)
    document["positions"][index]["lots"] = lots
    afresh = AccountModel(build(document))
    points = np.array([1.0])
    assert changed.state(points).margin[0] == pytest.approx(
        afresh.state(points).margin[0], rel=1e-9, abs=1e-9
    )
    assert changed.state(points).equity[0] == pytest.approx(
        afresh.state(points).equity[0], rel=1e-9, abs=1e-6
    )


@CASES
@given(scenario_docs())
def test_hedging_never_costs_more_than_none(document: dict[str, Any]) -> None:
    if not isinstance(document["scheme"], dict):
        document["scheme"] = {}
    # Ladders counted in lots blend lots of unlike notional: netting may then cost more (see
    # test_hedging.test_net_can_cost_more_under_a_lots_ladder); in notional it never does.
    document["scheme"]["volume_unit"] = "notional"
    document["scheme"]["hedging"] = "none"
    full = evaluate(build(document)).margin
    document["scheme"]["hedging"] = "net"
    net = evaluate(build(document)).margin
    assert net <= full + 1e-9 * max(full, 1)


@CASES
@given(
    st.lists(st.sampled_from([100, 200, 250, 400, 500, 1000]), min_size=1, max_size=5),
    st.floats(0.01, 200),
)
def test_volume_tiers_are_marginal_and_bounded(leverage_list: list[int], lots: float) -> None:
    tiers = [{"from": i * 1_000_000, "leverage": lev} for i, lev in enumerate(leverage_list)]
    document = {
        "format": "fxmargin-scenario",
        "version": 1,
        "account": {"balance": 1e6, "leverage": "unlimited"},
        "scheme": {"volume_tiers": tiers},
        "prices": {"EURUSD": 1.0},
        "positions": [{"symbol": "EURUSD", "side": "buy", "lots": lots, "open_price": 1.0}],
    }
    margin = evaluate(build(document)).margin
    notional = lots * 100_000
    expected = 0.0
    for i, tier in enumerate(tiers):
        top = tiers[i + 1]["from"] if i + 1 < len(tiers) else math.inf
        expected += max(0.0, min(notional, top) - tier["from"]) / tier["leverage"]
    assert margin == pytest.approx(expected, rel=1e-12)
    assert notional / max(leverage_list) <= margin * (1 + 1e-12)
    assert margin <= notional / min(leverage_list) * (1 + 1e-12)


@CASES
@given(scenario_docs(max_positions=4))
def test_found_level_prices_are_where_the_level_is_first_reached(document: dict[str, Any]) -> None:
    scenario = build(document)
    result = evaluate(scenario)
    if result.analysis_symbol is None:
        return
    model = AccountModel(scenario, result.analysis_symbol)
    current = scenario.prices[result.analysis_symbol]
    for level, found in zip(
        account_levels(scenario), (result.margin_call_price, result.stop_out_price), strict=True
    ):
        assert found is not None
        if found.already:
            assert level.reached(model.state(np.array([current])))[0]
            continue
        for price in (found.below, found.above):
            if price is None:
                continue
            assert level.reached(model.state(np.array([price])))[0]
            toward_current = price + (current - price) * 1e-6
            assert not level.reached(model.state(np.array([toward_current])))[0]
        # Nothing between the current price and the found ones reaches the level.
        low = found.below if found.below is not None else current * 1e-3
        high = found.above if found.above is not None else current * 10
        inside = np.linspace(low, high, 2001)[1:-1]
        inside = inside[(np.abs(inside - current) > 0) & (inside > low) & (inside < high)]
        reached = level.reached(model.state(inside))
        assert not reached.any(), inside[reached][:3]


@CASES
@given(scenario_docs(max_positions=5))
def test_price_curve_passes_through_the_current_result(document: dict[str, Any]) -> None:
    scenario = build(document)
    result = evaluate(scenario)
    if result.analysis_symbol is None:
        return
    current = scenario.prices[result.analysis_symbol]
    curve = price_curve(scenario, result.analysis_symbol, current, current * 1.01, 2)
    assert curve.margin[0] == pytest.approx(result.margin, rel=1e-9, abs=1e-9)
    assert curve.equity[0] == pytest.approx(result.equity, rel=1e-9, abs=1e-9)


@settings(max_examples=100, deadline=None)
@given(scenario_docs())
def test_save_then_load_gives_the_same_scenario(document: dict[str, Any]) -> None:
    import tempfile

    scenario = build(document)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.json"
        save_scenario(scenario, path)
        assert load_scenario(path) == scenario
    assert dataclasses.replace(scenario) == scenario


def _hedging_margins(document: dict[str, Any], hedging: object) -> list[float]:
    scheme = document["scheme"] if isinstance(document["scheme"], dict) else {}
    document["scheme"] = {**scheme, "hedging": hedging}
    return [p.margin for p in evaluate(build(document)).positions]


@CASES
@given(scenario_docs())
def test_hedging_rate_0_is_net_and_1_is_none(document: dict[str, Any]) -> None:
    # docs/rules.md#hedging: a side margins h x covered lots (+ the difference on the larger side).
    assert _hedging_margins(document, 0) == pytest.approx(
        _hedging_margins(document, "net"), rel=1e-12, abs=1e-9
    )
    assert _hedging_margins(document, 1) == pytest.approx(
        _hedging_margins(document, "none"), rel=1e-12, abs=1e-9
    )


def _spread_states(document: dict[str, Any], widen: float) -> tuple[Any, Any]:
    scenario = build(document)
    symbol = evaluate(scenario).analysis_symbol
    model = AccountModel(scenario, symbol)
    mid = scenario.prices[str(symbol)]
    h = model.half_spread
    wider = h + widen * mid
    return model.state(np.array([mid, mid]), half_spread=np.array([h, wider])), model


@CASES
@given(scenario_docs(), st.sampled_from([1e-5, 1e-4, 1e-3, 0.05]))
def test_a_wider_spread_never_raises_equity(document: dict[str, Any], widen: float) -> None:
    # Every position in the symbol closes at the bid or the ask: each loses half the widening.
    if not document["positions"]:
        return
    states, _ = _spread_states(document, widen)
    assert states.equity[1] <= states.equity[0] + 1e-9 * max(1.0, abs(states.equity[0]))


@CASES
@given(scenario_docs(falling=True), st.sampled_from([1e-5, 1e-4, 1e-3, 0.05]))
def test_a_wider_spread_never_raises_margin_level(document: dict[str, Any], widen: float) -> None:
    # Where leverage does not depend on equity and margin does not fall with the spread: margin
    # at the open price, or only buys (margined at the ask). Not beyond that: a sell margined at
    # the bid needs less margin as the spread widens, and lower equity can reach a tier with more
    # leverage (docs/rules.md#account-leverage); both are tested by hand in test_spread_stress.
    scheme = document["scheme"] if isinstance(document["scheme"], dict) else {}
    scheme = {k: v for k, v in scheme.items() if k not in ("equity_tiers", "unlimited")}
    document["scheme"] = scheme
    if document["account"]["leverage"] == "unlimited":
        document["account"]["leverage"] = 500
    if scheme.get("margin_price") != "open":
        for position in document["positions"]:
            position["side"] = "buy"
    if not document["positions"]:
        return
    states, _ = _spread_states(document, widen)
    assume(states.equity[1] > 0 and states.margin[0] > 0)
    level = states.margin_level
    assert level[1] <= level[0] * (1 + 1e-12)
