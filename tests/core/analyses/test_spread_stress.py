"""docs/rules.md#analyses: the smallest spread of the analysed symbol at which margin call and stop out come."""

import pytest

from core.evaluate import evaluate
from core.model.quote import Quote
from core.model.scenario import Scenario
from tests.core.builders import buy, scenario, sell


def widened(base: Scenario, symbol: str, pips: float) -> Scenario:
    mid, half = base.prices[symbol], pips * base.instrument(symbol).pip_size / 2
    return Scenario(
        account=base.account,
        scheme=base.scheme,
        quotes={**base.quotes, symbol: Quote(mid - half, mid + half)},
        positions=base.positions,
        instruments=base.instruments,
    )


def test_a_buy_against_its_spread_by_hand() -> None:
    # Balance 5,000, 1 lot EURUSD at 1.1 (mid), 1:100, levels 100% / 50%. With spread s:
    # equity 5,000 - 50,000 s, margin 1,000 (1.1 + s/2).
    # Margin call: 5,000 - 50,000 s = 1,100 + 500 s -> s = 3,900 / 50,500.
    # Stop out: 5,000 - 50,000 s = 550 + 250 s -> s = 4,450 / 50,250.
    base = scenario(
        balance=5_000, leverage=100, prices={"EURUSD": 1.1}, positions=[buy("EURUSD", 1, 1.1)]
    )
    stress = evaluate(base).spread_stress
    assert stress is not None
    assert stress.symbol == "EURUSD"
    assert stress.current_pips == 0
    assert stress.margin_call_pips == pytest.approx(3_900 / 50_500 * 10_000, rel=1e-9)
    assert stress.stop_out_pips == pytest.approx(4_450 / 50_250 * 10_000, rel=1e-9)
    assert stress.widest_pips == 10_000


def test_the_terminal_agrees_at_the_found_spread() -> None:
    base = scenario(
        balance=3_000,
        leverage=200,
        prices={"GBPUSD": {"bid": 1.2700, "ask": 1.2702}, "EURUSD": 1.08},
        positions=[buy("GBPUSD", 2, 1.27), sell("EURUSD", 1, 1.09)],
    )
    stress = evaluate(base).spread_stress
    assert stress is not None
    assert stress.margin_call_pips is not None
    assert stress.current_pips == pytest.approx(2.0)
    assert not evaluate(widened(base, "GBPUSD", stress.margin_call_pips * 0.999)).margin_call
    assert evaluate(widened(base, "GBPUSD", stress.margin_call_pips * 1.001)).margin_call


def test_a_small_unlimited_account_is_stopped_out_by_a_few_pips() -> None:
    # Exness unlimited: no margin, so both levels are equity <= 0. 40 lots lose 200 USD per pip
    # of spread (half a pip each side): 400 + 280 = 680 USD of equity lasts 3.4 pips.
    base = scenario(
        scheme="exness",
        leverage="unlimited",
        balance=400,
        account={"closed_trades": 12, "closed_lots": 6.3},
        prices={"EURUSD": 1.08407},
        positions=[buy("EURUSD", 40, 1.084)],
    )
    stress = evaluate(base).spread_stress
    assert stress is not None
    assert stress.stop_out_pips == pytest.approx(680 / 200, rel=1e-9)


def test_already_at_margin_call_reports_the_current_spread() -> None:
    base = scenario(
        balance=1_000,
        leverage=100,
        prices={"EURUSD": {"bid": 1.0999, "ask": 1.1001}},
        positions=[buy("EURUSD", 1, 1.1)],
    )
    result = evaluate(base)
    assert result.margin_call
    assert result.spread_stress is not None
    assert result.spread_stress.margin_call_pips == pytest.approx(2.0)


def test_none_when_the_widest_spread_is_survived() -> None:
    base = scenario(
        balance=1e9, leverage=100, prices={"EURUSD": 1.1}, positions=[buy("EURUSD", 1, 1.1)]
    )
    stress = evaluate(base).spread_stress
    assert stress is not None
    assert stress.margin_call_pips is None
    assert stress.stop_out_pips is None


def test_the_search_reaches_a_thousand_times_a_wide_spread() -> None:
    base = scenario(
        balance=1e9,
        leverage=100,
        prices={"USDJPY": {"bid": 150.0, "ask": 150.3}},
        positions=[buy("USDJPY", 1, 150.0)],
    )
    stress = evaluate(base).spread_stress
    assert stress is not None
    assert stress.widest_pips == pytest.approx(30_000)  # 1,000 x 30 pips, wider than 10,000


def test_a_falling_equity_can_reach_a_tier_with_more_leverage() -> None:
    # Exness: equity 1,100 at 1:2000 needs margin; 1.1 pips of spread take it under 1,000,
    # where leverage is unlimited and margin vanishes. Margin level rises with the spread there:
    # why the spread property is only tested where leverage does not depend on equity.
    base = scenario(
        scheme="exness",
        leverage="unlimited",
        balance=1_100,
        account={"closed_trades": 12, "closed_lots": 6.3},
        prices={"EURUSD": 1.1},
        positions=[buy("EURUSD", 20, 1.1)],
    )
    before = evaluate(base)
    after = evaluate(widened(base, "EURUSD", 1.1))
    assert before.margin == pytest.approx(2_200_000 * 1.0 / 2000, rel=1e-6)
    assert after.margin == 0


def test_a_sell_needs_less_margin_as_the_spread_widens() -> None:
    base = scenario(
        balance=200_000, leverage=10, prices={"EURUSD": 1.1}, positions=[sell("EURUSD", 1, 1.1)]
    )
    narrow, wide = evaluate(base), evaluate(widened(base, "EURUSD", 100))
    assert wide.margin < narrow.margin
    assert wide.margin_level is not None
    assert narrow.margin_level is not None
    # d(E/M)/ds has the sign of E/L - M: positive here, as equity (200,000) exceeds the notional.
    assert wide.margin_level > narrow.margin_level
