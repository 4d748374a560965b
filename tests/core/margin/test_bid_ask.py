"""docs/rules.md#prices-and-conversion and #one-position: bid and ask. P/L closes a buy at the bid and a sell at the ask, margin prices a buy
at the ask and a sell at the bid, conversions use mids, and moving a price keeps its spread."""

import numpy as np
import pytest

from core.evaluate import evaluate
from core.margin.account_model import AccountModel
from tests.core.builders import buy, scenario, sell


def test_a_buy_closes_at_the_bid_and_is_margined_at_the_ask() -> None:
    result = evaluate(
        scenario(
            leverage=100,
            prices={"EURUSD": {"bid": 1.1010, "ask": 1.1012}},
            positions=[buy("EURUSD", 1, 1.1000)],
        )
    )
    (position,) = result.positions
    assert position.pnl == pytest.approx(100.0)  # (1.1010 - 1.1000) x 100,000
    assert position.notional == pytest.approx(110_120.0)  # at the ask
    assert position.margin == pytest.approx(1_101.20)


def test_a_sell_closes_at_the_ask_and_is_margined_at_the_bid() -> None:
    result = evaluate(
        scenario(
            leverage=100,
            prices={"EURUSD": {"bid": 1.1010, "ask": 1.1012}},
            positions=[sell("EURUSD", 1, 1.1020)],
        )
    )
    (position,) = result.positions
    assert position.pnl == pytest.approx(80.0)  # (1.1020 - 1.1012) x 100,000
    assert position.margin == pytest.approx(1_101.00)


def test_conversion_uses_the_mid() -> None:
    # USDJPY in a USD account: P/L in JPY at the bid, converted at the mid 150.12.
    result = evaluate(
        scenario(
            leverage=100,
            prices={"USDJPY": {"bid": 150.10, "ask": 150.14}},
            positions=[buy("USDJPY", 1, 150.00)],
        )
    )
    (position,) = result.positions
    assert position.pnl == pytest.approx(0.10 * 100_000 / 150.12)
    assert position.margin == pytest.approx(100_000 * 150.14 / 150.12 / 100)


def test_a_fresh_position_loses_the_spread() -> None:
    result = evaluate(
        scenario(
            balance=1_000,
            prices={"EURUSD": {"bid": 1.08500, "ask": 1.08520}},
            positions=[buy("EURUSD", 1, 1.08520), sell("EURUSD", 1, 1.08500)],
        )
    )
    assert result.floating_pnl == pytest.approx(-40.0)  # 2 pips on each of two lots
    assert result.equity == pytest.approx(960.0)


def test_one_number_is_bid_equals_ask() -> None:
    def margin(price: object) -> float:
        return evaluate(
            scenario(prices={"EURUSD": price}, positions=[buy("EURUSD", 2, 1.05)])
        ).margin

    assert margin(1.0850) == margin({"bid": 1.0850, "ask": 1.0850})


def test_moving_the_price_moves_the_mid_and_keeps_the_spread() -> None:
    base = scenario(
        balance=5_000,
        leverage=100,
        prices={"EURUSD": {"bid": 1.1000, "ask": 1.1004}},
        positions=[buy("EURUSD", 1, 1.0900), sell("EURUSD", 2, 1.1100)],
    )
    model = AccountModel(base, "EURUSD")
    for mid in (1.05, 1.1002, 1.2):
        state = model.state(np.array([mid]))
        moved = evaluate(base.with_mid("EURUSD", mid))
        assert moved.positions[0].pnl == pytest.approx((mid - 0.0002 - 1.0900) * 100_000)
        assert float(state.equity[0]) == pytest.approx(moved.equity, rel=1e-12)
        assert float(state.margin[0]) == pytest.approx(moved.margin, rel=1e-12)


def test_stop_out_price_is_a_mid_with_the_spread_kept() -> None:
    # 1 lot EURUSD, 1:100, balance 1,000, stop out 50%: the buy closes at mid - 0.0001 and is
    # margined at mid + 0.0001: 1,000 + 100,000 (m - 0.0001 - 1.1) = 0.5 x 1,000 (m + 0.0001),
    # so m = 109,010.05 / 99,500 = 1.0955784.
    result = evaluate(
        scenario(
            balance=1_000,
            leverage=100,
            prices={"EURUSD": {"bid": 1.0999, "ask": 1.1001}},
            positions=[buy("EURUSD", 1, 1.1)],
        )
    )
    assert result.stop_out_price is not None
    expected = (100_000 * 0.0001 + 0.5 * 1_000 * 0.0001 + 100_000 * 1.1 - 1_000) / (100_000 - 500)
    assert result.stop_out_price.below == pytest.approx(expected, rel=1e-9)
