"""SPEC 4: margin at the open price (MetaTrader 5): the position's own symbol is priced at its
open price wherever it appears, the conversion chain included; other symbols keep their mids."""

import numpy as np
import pytest

from core.evaluate import evaluate
from core.margin.account_model import AccountModel
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
            positions=[buy("EURUSD", 1, 1.0800), sell("EURUSD", 1, 1.2000)],
        )
    )
    assert [p.margin for p in result.positions] == pytest.approx([1_080.0, 1_200.0])
    assert [p.margined_notional for p in result.positions] == pytest.approx([108_000, 120_000])
    # The notional shown is still the value at today's entry price (SPEC 1).
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
