"""docs/rules.md#analyses: maximum volume and position size by risk."""

import math

import pytest

from core.analyses.sizing import floor_to_step, max_volume, position_size
from core.evaluate import evaluate
from tests.core.builders import buy, scenario


def test_max_volume_fills_free_margin() -> None:
    result = max_volume(
        scenario(balance=10_000, leverage=100, prices={"EURUSD": 1.1}), "EURUSD", "buy"
    )
    assert result is not None
    assert result.lots == pytest.approx(9.09)
    assert result.fits


def test_max_volume_counts_open_positions() -> None:
    base = scenario(
        balance=10_000, leverage=100, prices={"EURUSD": 1.0}, positions=[buy("EURUSD", 2, 1.0)]
    )
    result = max_volume(base, "EURUSD", "buy")
    assert result is not None
    assert result.lots == pytest.approx(8)


def test_max_volume_uses_the_hedge_first() -> None:
    base = scenario(
        balance=10_000,
        leverage=100,
        scheme={"hedging": "net"},
        prices={"EURUSD": 1.0},
        positions=[buy("EURUSD", 2, 1.0)],
    )
    result = max_volume(base, "EURUSD", "sell")
    assert result is not None
    assert result.lots == pytest.approx(12)


def test_max_volume_is_none_when_unlimited() -> None:
    assert max_volume(scenario(leverage="unlimited"), "EURUSD", "buy") is None


def test_max_volume_with_volume_tiers_is_exact_to_the_lot_step() -> None:
    base = scenario(
        balance=3_000,
        leverage="unlimited",
        scheme={
            "volume_tiers": [{"from": 0, "leverage": 500}, {"from": 1_000_000, "leverage": 250}]
        },
        prices={"EURUSD": 1.0},
    )
    result = max_volume(base, "EURUSD", "buy")
    assert result is not None
    # 2,000 for the first 1M, then 4 per lot... 1,000 more margin buys 250,000 = 2.5 lots.
    assert result.lots == pytest.approx(12.5)
    over = evaluate(
        scenario(
            balance=3_000,
            leverage="unlimited",
            scheme={
                "volume_tiers": [{"from": 0, "leverage": 500}, {"from": 1_000_000, "leverage": 250}]
            },
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 12.51, 1.0)],
        )
    )
    assert over.free_margin < 0


def test_position_size_by_percent_risk() -> None:
    size = position_size(
        scenario(balance=10_000, prices={"EURUSD": 1.1}), "EURUSD", 20, risk_percent=1
    )
    assert size.pip_value == pytest.approx(10)
    assert size.lots == pytest.approx(0.5)
    assert size.what_if.margin_needed == pytest.approx(50_000 * 1.1 / 500)


def test_position_size_with_commission_rounds_down() -> None:
    size = position_size(
        scenario(balance=10_000, prices={"EURUSD": 1.1}),
        "EURUSD",
        20,
        risk_money=100,
        commission_per_lot=7,
    )
    assert size.lots == pytest.approx(0.48)
    assert size.loss_at_stop <= 100


def test_position_size_converts_pip_value() -> None:
    size = position_size(
        scenario(balance=10_000, prices={"USDJPY": 150.0}), "USDJPY", 20, risk_money=100
    )
    assert size.pip_value == pytest.approx(1_000 / 150)
    assert size.lots == pytest.approx(0.75)


@pytest.mark.parametrize(
    ("lots", "step", "expected"),
    [(0.49999999999999994, 0.01, 0.5), (0.4899, 0.01, 0.48), (7.9, 1, 7)],
)
def test_floor_to_step(lots: float, step: float, expected: float) -> None:
    assert floor_to_step(lots, step) == expected


@pytest.mark.parametrize(
    ("stop_pips", "risk", "commission"),
    [
        (1e-300, 1e300, 0.0),
        (1e300, 1e-300, 0.0),
        (20, float("inf"), 0.0),
        (0.0, 1.0, 0.0),
        (20, 1.0, float("nan")),
    ],
)
def test_position_size_of_absurd_inputs_is_bounded_and_never_nan(
    stop_pips: float, risk: float, commission: float
) -> None:
    size = position_size(
        scenario(balance=10_000, prices={"EURUSD": 1.1}),
        "EURUSD",
        stop_pips,
        risk_percent=risk,
        commission_per_lot=commission,
    )
    assert 0 <= size.lots <= 1e9


def test_a_new_position_opens_at_the_ask_and_starts_with_its_spread_lost() -> None:
    # Balance 1,000 at 1:100, EURUSD 1.1000 / 1.1002: one lot bought needs 1,100.20 of margin
    # at the ask and loses 20 at once, so free margin after is 1,000 - 20 - 1,100.20.
    base = scenario(balance=1_000, leverage=100, prices={"EURUSD": {"bid": 1.1, "ask": 1.1002}})
    size = position_size(base, "EURUSD", 10, risk_money=100, side="buy")
    assert size.lots == 1.0  # 100 / (10 pips x 10 USD)
    assert size.what_if.margin_needed == pytest.approx(1_100.20)
    assert size.what_if.free_margin_after == pytest.approx(1_000 - 20 - 1_100.20)
    most = max_volume(base, "EURUSD", "sell")
    assert most is not None
    # A sell at the bid: lots x (1,100 margin + 20 spread) <= 1,000.
    assert most.lots == pytest.approx(math.floor(1_000 / 1_120 * 100) / 100)
