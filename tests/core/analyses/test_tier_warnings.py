"""docs/rules.md#analyses: the next threshold a price move or an equity change crosses, and the margin jump."""

import pytest

from core.evaluate import evaluate
from tests.core.builders import buy, scenario

SEED_004 = {"volume_tiers": [{"from": 0, "leverage": 500}, {"from": 1_000_000, "leverage": 250}]}
EXNESS_SMALL = {
    "scheme": "exness",
    "leverage": "unlimited",
    "balance": 400,
    "account": {"type": "standard", "platform": "MT4", "closed_trades": 12, "closed_lots": 6.3},
    "prices": {"EURUSD": 1.08407},
    "positions": [buy("EURUSD", 40, 1.084)],
}


def test_volume_threshold_ahead_of_a_rise() -> None:
    result = evaluate(
        scenario(scheme=SEED_004, prices={"GBPUSD": 1.53}, positions=[buy("GBPUSD", 6.5, 1.5)])
    )
    (warning,) = [w for w in result.tier_warnings if w.trigger == "price"]
    assert warning.direction == "rise"
    assert warning.kind == "volume tier"
    assert warning.price == pytest.approx(1_000_000 / 650_000, rel=1e-9)
    assert warning.percent == pytest.approx((1_000_000 / 650_000 - 1.53) / 1.53 * 100, rel=1e-9)
    assert warning.margin_jump == pytest.approx(0, abs=1e-6)
    assert (warning.leverage_before, warning.leverage_after) == (500, 250)
    assert warning.pips == pytest.approx((1_000_000 / 650_000 - 1.53) / 0.0001, rel=1e-9)
    assert "a 84.6-pip rise in GBPUSD to 1.53846 (+0.55%) takes volume past" in str(warning.message)
    assert "1:250 instead of 1:500" in str(warning.message)


def test_equity_tier_ahead_of_a_price_rise_with_the_margin_jump() -> None:
    result = evaluate(scenario(**EXNESS_SMALL))  # type: ignore[arg-type]
    rise = next(w for w in result.tier_warnings if w.trigger == "price" and w.direction == "rise")
    # equity = 400 + 4,000,000 (p - 1.084) reaches 1,000 at 1.08415.
    assert rise.price == pytest.approx(1.08415, rel=1e-9)
    assert rise.margin_before == 0
    assert rise.margin_after == pytest.approx(4e6 * 1.08415 / 2000, rel=1e-9)
    assert rise.leverage_after == 2000
    assert "lifts equity past 1,000.00 USD" in str(rise.message)


def test_equity_change_to_the_next_tier() -> None:
    result = evaluate(scenario(**EXNESS_SMALL))  # type: ignore[arg-type]
    up = next(w for w in result.tier_warnings if w.trigger == "equity" and w.direction == "rise")
    # equity 400 + 280 = 680: 320 more reaches 1,000; margin then 4,336,280 / 2000.
    assert up.distance == pytest.approx(320, abs=1e-6)
    assert up.margin_jump == pytest.approx(4e6 * 1.08407 / 2000, rel=1e-9)
    assert "equity +320.00 USD reaches 1,000.00 USD" in str(up.message)


def test_equity_fall_below_current_tier_lowers_margin() -> None:
    result = evaluate(
        scenario(
            scheme="exness",
            leverage=2000,
            balance=6_000,
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 1, 1.0)],
        )
    )
    down = next(w for w in result.tier_warnings if w.trigger == "equity" and w.direction == "fall")
    assert down.threshold == 5_000
    assert down.margin_before == pytest.approx(100)
    assert down.margin_after == pytest.approx(50)


def test_tier_warnings_become_notices() -> None:
    result = evaluate(scenario(**EXNESS_SMALL))  # type: ignore[arg-type]
    assert {w.message for w in result.tier_warnings} <= {n.message for n in result.notices}
