"""docs/rules.md#analyses: curves against price and equity agree with point evaluations and carry thresholds."""

import math

import numpy as np
import pytest

from core.analyses.curves import equity_curve, price_curve
from core.evaluate import evaluate
from tests.core.builders import buy, scenario

SEED_004 = {"volume_tiers": [{"from": 0, "leverage": 500}, {"from": 1_000_000, "leverage": 250}]}


def test_price_curve_matches_evaluate_at_each_point() -> None:
    base = scenario(
        scheme="exness",
        leverage="unlimited",
        balance=400,
        account={"type": "standard", "platform": "MT4", "closed_trades": 12, "closed_lots": 6.3},
        prices={"EURUSD": 1.08407, "XAUUSD": 2650.0},
        positions=[buy("EURUSD", 40, 1.084), buy("XAUUSD", 0.1, 2600.0)],
    )
    curve = price_curve(base, "EURUSD", 1.080, 1.090, 11)
    for i, x in enumerate(curve.x):
        moved = base.with_mid("EURUSD", float(x))
        result = evaluate(moved)
        assert curve.equity[i] == pytest.approx(result.equity, abs=1e-6)
        assert curve.margin[i] == pytest.approx(result.margin, abs=1e-6)
        assert curve.free_margin[i] == pytest.approx(result.free_margin, abs=1e-6)
        assert curve.leverage[i] == result.effective_leverage


def test_price_curve_marks_volume_threshold() -> None:
    base = scenario(scheme=SEED_004, prices={"GBPUSD": 1.5}, positions=[buy("GBPUSD", 6.5, 1.5)])
    curve = price_curve(base, "GBPUSD", 1.4, 1.7, 31)
    (threshold,) = curve.thresholds
    assert threshold.kind == "volume tier"
    assert threshold.x == pytest.approx(1_000_000 / 650_000, rel=1e-9)
    assert curve.margin[np.argmin(np.abs(curve.x - 1.6))] == pytest.approx(2_160)


def test_margin_level_is_nan_without_margin() -> None:
    curve = price_curve(
        scenario(leverage="unlimited", positions=[buy("EURUSD", 1, 1.1)]), "EURUSD", 1.0, 1.2, 5
    )
    assert np.all(np.isnan(curve.margin_level))


def test_equity_curve_steps_through_exness_tiers() -> None:
    base = scenario(
        scheme="exness",
        leverage="unlimited",
        balance=500,
        account={"type": "standard", "platform": "MT4", "closed_trades": 12, "closed_lots": 6.3},
        prices={"EURUSD": 1.0},
        positions=[buy("EURUSD", 1, 1.0)],
    )
    curve = equity_curve(base, 0, 70_000, 71)
    leverage_at = dict(zip(curve.x.tolist(), curve.leverage.tolist(), strict=True))
    assert math.isinf(leverage_at[0.0])
    assert leverage_at[1_000.0] == 2000
    assert leverage_at[5_000.0] == 1000
    assert leverage_at[15_000.0] == 600
    assert leverage_at[30_000.0] == 400
    assert leverage_at[60_000.0] == 200
    assert curve.margin[curve.x == 5_000.0][0] == pytest.approx(100)
    assert [t.x for t in curve.thresholds] == pytest.approx([1_000, 5_000, 15_000, 30_000, 60_000])
    assert np.allclose(curve.equity, curve.x)
