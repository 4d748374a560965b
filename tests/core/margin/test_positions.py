"""docs/rules.md#one-position, docs/rules.md#the-account: notional, P/L, pip value and account metrics, checked by hand."""

import pytest

from core.evaluate import evaluate
from tests.core.builders import buy, scenario, sell


def test_usdjpy_in_usd_account() -> None:
    # 2 lots USDJPY bought at 150.00, now 151.50: notional 200,000 USD,
    # P/L = 1.5 * 200,000 JPY = 300,000 JPY = 1,980.20 USD; pip = 0.01 * 100,000 / 151.5.
    result = evaluate(scenario(prices={"USDJPY": 151.5}, positions=[buy("USDJPY", 2, 150.0)]))
    position = result.positions[0]
    assert position.notional == pytest.approx(200_000, abs=0.005)
    assert position.pnl == pytest.approx(300_000 / 151.5, abs=0.005)
    assert position.pip_value == pytest.approx(1_000 / 151.5, abs=1e-9)


def test_sell_eurgbp_in_usd_account_with_swap_and_commission() -> None:
    # Sold 1 lot EURGBP at 0.8600, now 0.8550: +0.005 * 100,000 GBP = 500 GBP = 625 USD at 1.25,
    # then swap -3 and commission -7.
    result = evaluate(
        scenario(
            prices={"EURGBP": 0.855, "GBPUSD": 1.25},
            positions=[sell("EURGBP", 1, 0.86, swap=-3, commission=-7)],
        )
    )
    position = result.positions[0]
    assert position.notional == pytest.approx(100_000 * 0.855 * 1.25, abs=0.005)
    assert position.pnl == pytest.approx(625 - 10, abs=0.005)
    assert result.floating_pnl == pytest.approx(615, abs=0.005)


def test_gold_contract_of_100_ounces() -> None:
    result = evaluate(scenario(prices={"XAUUSD": 2650.0}, positions=[buy("XAUUSD", 0.5, 2600.0)]))
    assert result.positions[0].notional == pytest.approx(132_500, abs=0.005)
    assert result.positions[0].pnl == pytest.approx(2_500, abs=0.005)
    assert result.positions[0].pip_value == pytest.approx(1.0)


def test_instrument_override_changes_contract_size() -> None:
    result = evaluate(
        scenario(
            prices={"XAGUSD": 30.0},
            positions=[buy("XAGUSD", 1, 30.0)],
            instruments={"XAGUSD": {"contract_size": 1000}},
        )
    )
    assert result.positions[0].notional == pytest.approx(30_000)


def test_account_metrics() -> None:
    # 1 lot EURUSD at 1:100: margin 1,100; equity 10,000 + 500 credit - 100 loss.
    result = evaluate(
        scenario(
            leverage=100,
            account={"credit": 500},
            prices={"EURUSD": 1.1},
            positions=[buy("EURUSD", 1, 1.101)],
        )
    )
    assert result.equity == pytest.approx(10_400, abs=0.005)
    assert result.margin == pytest.approx(1_100, abs=0.005)
    assert result.free_margin == pytest.approx(9_300, abs=0.005)
    assert result.margin_level == pytest.approx(10_400 / 1_100 * 100)


def test_no_margin_means_no_margin_level() -> None:
    result = evaluate(scenario(leverage="unlimited", positions=[buy("EURUSD", 1, 1.1)]))
    assert result.margin == 0
    assert result.margin_level is None
    assert not result.margin_call


def test_default_levels_are_100_and_50() -> None:
    result = evaluate(scenario())
    assert (result.margin_call_level, result.stop_out_level) == (100, 50)


def test_scheme_levels_for_account_type_apply_when_account_has_none() -> None:
    result = evaluate(scenario(scheme="exness", account={"type": "pro"}))
    assert (result.margin_call_level, result.stop_out_level) == (30, 0)


def test_account_levels_win_over_scheme() -> None:
    result = evaluate(
        scenario(scheme="exness", account={"margin_call_level": 80, "stop_out_level": 40})
    )
    assert (result.margin_call_level, result.stop_out_level) == (80, 40)


@pytest.mark.parametrize(
    ("lots", "margin_call", "stop_out"),
    [(0.5, False, False), (1, True, False), (1.5, True, False), (2, True, True), (3, True, True)],
)
def test_margin_call_and_stop_out_in_percent(
    lots: float, margin_call: bool, stop_out: bool
) -> None:
    # 1,000 USD at 1:100; a lot of EURUSD at 1.0 needs 1,000 margin. Levels 100% / 50%:
    # 1 lot is exactly 100% (a call: equity <= level), 2 lots exactly 50% (a stop out).
    result = evaluate(
        scenario(
            balance=1_000,
            leverage=100,
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", lots, 1.0)],
        )
    )
    assert result.margin_call is margin_call
    assert result.stop_out is stop_out


def test_levels_in_money() -> None:
    account = {"levels_in": "money", "margin_call_level": 500, "stop_out_level": 200}
    calm = evaluate(scenario(balance=600, account=account))
    called = evaluate(scenario(balance=500, account=account))
    stopped = evaluate(scenario(balance=200, account=account))
    assert (calm.margin_call, calm.stop_out) == (False, False)
    assert (called.margin_call, called.stop_out) == (True, False)
    assert (stopped.margin_call, stopped.stop_out) == (True, True)


def test_no_margin_percent_levels_reduce_to_equity_at_or_below_zero() -> None:
    alive = evaluate(scenario(balance=1, leverage="unlimited", positions=[buy("EURUSD", 1, 1.1)]))
    dead = evaluate(scenario(balance=0, leverage="unlimited", positions=[buy("EURUSD", 1, 1.1)]))
    assert not alive.stop_out
    assert dead.stop_out
