"""docs/rules.md#one-position: margin at the open price (MetaTrader 5): the position's own symbol is priced at its
open price wherever it appears, the conversion chain included; other symbols keep their mids."""

import numpy as np
import pytest

from core.evaluate import evaluate
from core.margin.account_model import AccountModel
from core.result import Result
from tests.core.builders import buy, scenario, sell

OPEN = {"margin_price": "open"}


def test_usdjpy_in_a_usd_account_needs_lots_times_contract_over_leverage() -> None:
    result = evaluate(
        scenario(
            leverage=100,
            scheme=OPEN,
            prices={"USDJPY": {"bid": 159.98, "ask": 160.02}},
            positions=[buy("USDJPY", 2, 140.0)],
        )
    )
    assert result.margin == pytest.approx(2_000.0)  # 200,000 x 140 / 140 / 100


def test_eurusd_is_margined_at_its_open_price() -> None:
    result = evaluate(
        scenario(
            leverage=100,
            scheme=OPEN,
            prices={"EURUSD": {"bid": 1.1500, "ask": 1.1502}},
            positions=[buy("EURUSD", 1, 1.0800), buy("EURUSD", 1, 1.2000)],
        )
    )
    assert [p.margin for p in result.positions] == pytest.approx([1_080.0, 1_200.0])
    assert [p.margined_notional for p in result.positions] == pytest.approx([108_000, 120_000])
    # The notional shown is still the value at today's entry price (docs/rules.md#prices-and-conversion).
    assert result.positions[0].notional == pytest.approx(115_020.0)


def test_a_cross_converts_at_the_other_pairs_current_mid() -> None:
    # EURGBP in a USD account: 100,000 x 0.85 (open) x GBPUSD mid 1.25 / 100.
    result = evaluate(
        scenario(
            leverage=100,
            scheme=OPEN,
            prices={"EURGBP": 0.87, "GBPUSD": {"bid": 1.2499, "ask": 1.2501}},
            positions=[buy("EURGBP", 1, 0.85)],
        )
    )
    assert result.margin == pytest.approx(1_062.5)


def test_own_symbol_in_the_chain_is_at_the_open_price_too() -> None:
    # EURGBP in a EUR account: GBP -> EUR goes through EURGBP itself, so the margin is
    # 100,000 x open x (1 / open) / 100 whatever EURGBP does now.
    result = evaluate(
        scenario(
            currency="EUR",
            leverage=100,
            scheme=OPEN,
            prices={"EURGBP": 0.90},
            positions=[buy("EURGBP", 1, 0.85)],
        )
    )
    assert result.margin == pytest.approx(1_000.0)


def test_moving_the_own_symbol_leaves_margin_and_moves_equity() -> None:
    base = scenario(
        balance=2_000,
        leverage=100,
        scheme=OPEN,
        prices={"EURUSD": 1.10},
        positions=[buy("EURUSD", 1, 1.10)],
    )
    state = AccountModel(base, "EURUSD").state(np.array([1.0, 1.1, 1.2]))
    assert state.margin == pytest.approx([1_100.0] * 3)
    assert state.equity == pytest.approx([-8_000.0, 2_000.0, 12_000.0])


def test_moving_another_symbol_moves_a_converted_margin() -> None:
    base = scenario(
        leverage=100,
        scheme=OPEN,
        prices={"EURGBP": 0.87, "GBPUSD": 1.25},
        positions=[buy("EURGBP", 1, 0.85)],
    )
    state = AccountModel(base, "GBPUSD").state(np.array([1.2, 1.3]))
    assert state.margin == pytest.approx([100_000 * 0.85 * 1.2 / 100, 100_000 * 0.85 * 1.3 / 100])


def test_stop_out_price_under_open_margin() -> None:
    # Margin fixed at 1,100; stop out at 50% when 2,000 + 100,000 (p - 1.1) = 550.
    result = evaluate(
        scenario(
            balance=2_000,
            leverage=100,
            scheme=OPEN,
            prices={"EURUSD": 1.12},
            positions=[buy("EURUSD", 1, 1.10)],
        )
    )
    assert result.stop_out_price is not None
    assert result.stop_out_price.below == pytest.approx(1.1 - 1_450 / 100_000, rel=1e-9)


def test_version_1_files_keep_the_current_price() -> None:
    result = evaluate(
        scenario(leverage=100, prices={"EURUSD": 1.2}, positions=[buy("EURUSD", 1, 1.1)])
    )
    assert result.margin_price == "current"
    assert result.margin == pytest.approx(1_200.0)


# Alpari's published example of a hedged symbol (docs/rules.md, "Hedged
# symbols at the open price"): SELL 0.5 at 1.70450, BUY 0.8 at 1.70200, SELL 1.4 at 1.70610,
# 1:500, covered lots margined at 50%.
ALPARI_HEDGE = [
    sell("GBPUSD", 0.5, 1.70450),
    buy("GBPUSD", 0.8, 1.70200),
    sell("GBPUSD", 1.4, 1.70610),
]


def _hedged(platform: str, hedging: object = 0.5) -> Result:
    return evaluate(
        scenario(
            leverage=500,
            scheme={"margin_price": "open", "hedging": hedging},
            prices={"GBPUSD": {"bid": 1.6000, "ask": 1.6002}},
            positions=ALPARI_HEDGE,
            account={"platform": platform},
        )
    )


def test_mt4_prices_every_margined_lot_of_a_hedged_symbol_at_the_average_of_all() -> None:
    p_all = (0.5 * 1.70450 + 0.8 * 1.70200 + 1.4 * 1.70610) / 2.7
    result = _hedged("MT4")
    assert result.margin == pytest.approx((1.1 + 0.8) * 100_000 * p_all / 500)
    assert result.margin == pytest.approx(647.74, abs=0.005)  # Alpari prints 647.7442


def test_mt5_prices_uncovered_lots_at_the_larger_sides_average() -> None:
    p_all = (0.5 * 1.70450 + 0.8 * 1.70200 + 1.4 * 1.70610) / 2.7
    p_sell = (0.5 * 1.70450 + 1.4 * 1.70610) / 1.9
    result = _hedged("MT5")
    assert result.margin == pytest.approx((1.1 * p_sell + 0.8 * p_all) * 100_000 / 500)
    assert result.margin == pytest.approx(647.98, abs=0.005)


def test_a_hedged_symbols_margin_is_shared_in_proportion_to_margined_lots() -> None:
    result = _hedged("MT4")
    # Sells margin 0.4 covered + 1.1 uncovered = 1.5 of 1.9 lots; the buy 0.4 of 0.8.
    lots = [0.5 * 1.5 / 1.9, 0.4, 1.4 * 1.5 / 1.9]
    margins = [p.margin for p in result.positions]
    assert margins == pytest.approx([result.margin * q / 1.9 for q in lots])


@pytest.mark.parametrize("platform", ["MT4", "MT5"])
def test_hedged_rules_agree_at_the_current_price_and_with_one_position_a_side(
    platform: str,
) -> None:
    same_price = [buy("GBPUSD", 1.0, 1.7), sell("GBPUSD", 2.0, 1.7)]
    result = evaluate(
        scenario(
            leverage=500,
            scheme={"margin_price": "open", "hedging": 0.5},
            prices={"GBPUSD": 1.6},
            positions=same_price,
            account={"platform": platform},
        )
    )
    assert result.margin == pytest.approx((1.0 + 1.0) * 100_000 * 1.7 / 500)


def test_larger_leg_under_mt4_margins_the_larger_side_at_the_average_of_all() -> None:
    p_all = (0.5 * 1.70450 + 0.8 * 1.70200 + 1.4 * 1.70610) / 2.7
    result = _hedged("MT4", "larger_leg")
    assert result.margin == pytest.approx(1.9 * 100_000 * p_all / 500)
    assert result.positions[1].margin == 0.0  # the buy is the smaller leg


def test_sizing_a_hedge_moves_the_average_open_price() -> None:
    # The model's what-if copy with other lots agrees with a model built on those lots.
    base = scenario(
        leverage=500,
        scheme={"margin_price": "open", "hedging": 0.5},
        prices={"GBPUSD": 1.6},
        positions=ALPARI_HEDGE,
        account={"platform": "MT5"},
    )
    changed = scenario(
        leverage=500,
        scheme={"margin_price": "open", "hedging": 0.5},
        prices={"GBPUSD": 1.6},
        positions=[*ALPARI_HEDGE[:2], sell("GBPUSD", 3.0, 1.70610)],
        account={"platform": "MT5"},
    )
    one = np.array([1.0])
    scaled = AccountModel(base).with_lots(2, 3.0).state(one).margin[0]
    assert scaled == pytest.approx(AccountModel(changed).state(one).margin[0])
