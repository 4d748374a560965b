"""docs/rules.md#analyses: stop-out and margin-call prices, checked against closed-form solutions."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from core.analyses.level_prices import price_grid, sorted_unique
from core.evaluate import evaluate
from tests.core.builders import buy, scenario, sell

REL = 1e-9  # the rules state 1e-12; the test's own arithmetic needs the room


def test_long_eurusd_linear_case() -> None:
    # 2,000 USD, 1:100, 1 lot at 1.0: equity = 2000 + 100000 (p - 1), margin = 1000 p.
    result = evaluate(
        scenario(
            balance=2_000, leverage=100, prices={"EURUSD": 1.0}, positions=[buy("EURUSD", 1, 1.0)]
        )
    )
    assert result.margin_call_price is not None
    assert result.stop_out_price is not None
    assert result.margin_call_price.symbol == "EURUSD"
    assert result.margin_call_price.below == pytest.approx(98_000 / 99_000, rel=REL)
    assert result.stop_out_price.below == pytest.approx(98_000 / 99_500, rel=REL)
    assert result.margin_call_price.above is None
    assert result.stop_out_price.above is None


def test_short_position_stops_out_above() -> None:
    # equity = 2000 - 100000 (p - 1), margin = 1000 p: stop out at 102000 / 100500.
    result = evaluate(
        scenario(
            balance=2_000, leverage=100, prices={"EURUSD": 1.0}, positions=[sell("EURUSD", 1, 1.0)]
        )
    )
    assert result.stop_out_price is not None
    assert result.stop_out_price.below is None
    assert result.stop_out_price.above == pytest.approx(102_000 / 100_500, rel=REL)


def test_usdjpy_in_usd_account_is_not_linear() -> None:
    # equity = 2000 + 100000 (1 - 150 / p), margin = 1000: stop out (50%) at p = 15e6 / 101500.
    result = evaluate(
        scenario(
            balance=2_000,
            leverage=100,
            prices={"USDJPY": 150.0},
            positions=[buy("USDJPY", 1, 150.0)],
        )
    )
    assert result.stop_out_price is not None
    assert result.stop_out_price.below == pytest.approx(15e6 / 101_500, rel=REL)


def test_volume_tier_is_in_the_loop() -> None:
    # Sell 6.5 GBPUSD at 1.5, 30,000 USD, tiers 500 / 250 from 1M: stop out above the threshold
    # where 1,005,000 - 650,000 p = 0.5 (2,600 p - 2,000).
    result = evaluate(
        scenario(
            balance=30_000,
            leverage=500,
            scheme={
                "volume_tiers": [{"from": 0, "leverage": 500}, {"from": 1_000_000, "leverage": 250}]
            },
            prices={"GBPUSD": 1.5},
            positions=[sell("GBPUSD", 6.5, 1.5)],
        )
    )
    assert result.stop_out_price is not None
    assert result.stop_out_price.above == pytest.approx(1_006_000 / 651_300, rel=REL)


def test_a_gain_brings_a_margin_call_through_the_equity_tier() -> None:
    # Exness, 400 USD and 40 lots EURUSD from 1.08400: equity crosses 1,000 USD at 1.084148, where
    # leverage drops from unlimited to 1:2000 and margin level to ~46%, under the 60% call.
    # The band lasts only to ~1.084226: far narrower than the search grid's step.
    result = evaluate(
        scenario(
            scheme="exness",
            leverage="unlimited",
            balance=400,
            account={
                "type": "standard",
                "platform": "MT4",
                "closed_trades": 12,
                "closed_lots": 6.3,
            },
            prices={"EURUSD": 1.08407},
            positions=[buy("EURUSD", 40, 1.084)],
        )
    )
    assert result.margin_call_price is not None
    assert result.margin_call_price.above == pytest.approx(1.084 + 600 / 4e6, rel=REL)
    assert result.margin_call_price.below == pytest.approx(1.084 - 400 / 4e6, rel=REL)
    assert result.stop_out_price is not None
    assert result.stop_out_price.above is None


def test_none_when_no_price_reaches_the_level() -> None:
    result = evaluate(
        scenario(
            balance=10_000,
            leverage=500,
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 0.01, 1.0)],
        )
    )
    assert result.stop_out_price is not None
    assert (result.stop_out_price.below, result.stop_out_price.above) == (None, None)
    assert not result.stop_out_price.already


def test_already_there_is_said() -> None:
    result = evaluate(
        scenario(
            balance=500, leverage=100, prices={"EURUSD": 1.0}, positions=[buy("EURUSD", 1, 1.0)]
        )
    )
    assert result.stop_out
    assert result.stop_out_price is not None
    assert result.stop_out_price.already


def test_money_levels() -> None:
    # equity = 1000 + 100000 (p - 1) reaches 500 at 0.995.
    result = evaluate(
        scenario(
            balance=1_000,
            leverage=100,
            account={"levels_in": "money", "margin_call_level": 700, "stop_out_level": 500},
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 1, 1.0)],
        )
    )
    assert result.stop_out_price is not None
    assert result.stop_out_price.below == pytest.approx(0.995, rel=REL)
    assert result.margin_call_price is not None
    assert result.margin_call_price.below == pytest.approx(0.997, rel=REL)


def test_default_symbol_is_the_largest_notional_and_others_can_be_asked() -> None:
    kwargs = {
        "balance": 5_000,
        "leverage": 100,
        "prices": {"EURUSD": 1.0, "XAUUSD": 2_000.0},
        "positions": [buy("EURUSD", 1, 1.0), buy("XAUUSD", 1, 2_000.0)],
    }
    assert evaluate(scenario(**kwargs)).analysis_symbol == "XAUUSD"  # type: ignore[arg-type]
    gold_fixed = evaluate(scenario(**kwargs), "EURUSD")  # type: ignore[arg-type]
    assert gold_fixed.stop_out_price is not None
    # equity = 5000 + 100000 (p - 1); margin = 1000 p + 2000: 50% at 5000 + 100000 p - 100000 = 500 p + 1000.
    assert gold_fixed.stop_out_price.below == pytest.approx(96_000 / 99_500, rel=REL)


def test_no_positions_no_price_levels() -> None:
    result = evaluate(scenario())
    assert result.stop_out_price is None
    assert result.analysis_symbol is None


@settings(max_examples=200)
@given(
    arrays(
        np.float64,
        st.integers(0, 60),
        elements=st.floats(1e-12, 1e6, allow_nan=False) | st.sampled_from([1.0, 2.5, 1e-12]),
    )
)
def test_the_search_grid_is_sorted_and_each_price_once(prices: np.ndarray) -> None:
    assert np.array_equal(sorted_unique(prices), np.unique(prices))
    grid = price_grid(1.08)
    assert np.all(np.diff(grid) > 0)
    assert 1.08 in grid
