"""The worked examples of docs/rules.md#volume-tiers, to the cent."""

import pytest

from core.evaluate import evaluate
from tests.core.builders import buy, scenario

SEED_004 = {"volume_tiers": [{"from": 0, "leverage": 500}, {"from": 1_000_000, "leverage": 250}]}


def test_seed_004_below_threshold_margin_is_1950() -> None:
    result = evaluate(
        scenario(scheme=SEED_004, prices={"GBPUSD": 1.5}, positions=[buy("GBPUSD", 6.5, 1.5)])
    )
    assert result.positions[0].notional == pytest.approx(975_000, abs=0.005)
    assert result.margin == pytest.approx(1_950, abs=0.005)


def test_seed_004_above_threshold_margin_is_2160_not_2080() -> None:
    tiered = evaluate(
        scenario(scheme=SEED_004, prices={"GBPUSD": 1.6}, positions=[buy("GBPUSD", 6.5, 1.5)])
    )
    fixed = evaluate(
        scenario(scheme={}, prices={"GBPUSD": 1.6}, positions=[buy("GBPUSD", 6.5, 1.5)])
    )
    assert tiered.positions[0].notional == pytest.approx(1_040_000, abs=0.005)
    assert fixed.margin == pytest.approx(2_080, abs=0.005)
    assert tiered.margin == pytest.approx(2_000 + 160, abs=0.005)


def test_mt5_lots_tiers_22_lots_need_36000() -> None:
    # 1,000 per lot at x1 is 1:100 on 100,000 units at price 1; x2 is 1:50, x3 is 1:(100/3).
    scheme = {
        "volume_unit": "lots",
        "volume_tiers": [
            {"from": 0, "leverage": 100},
            {"from": 10, "leverage": 50},
            {"from": 20, "leverage": 100 / 3},
        ],
    }
    result = evaluate(
        scenario(
            scheme=scheme,
            leverage="unlimited",
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 22, 1.0)],
        )
    )
    assert result.margin == pytest.approx(36_000, abs=0.005)


def test_eur_account_lots_tiers_need_2850_eur() -> None:
    scheme = {
        "volume_unit": "lots",
        "volume_tiers": [
            {"from": 0, "leverage": 2000},
            {"from": 3, "leverage": 1000},
            {"from": 10, "leverage": 500},
        ],
    }
    result = evaluate(
        scenario(
            currency="EUR",
            leverage="unlimited",
            scheme=scheme,
            prices={"EURUSD": 1.085},
            positions=[buy("EURUSD", 20, 1.085)],
        )
    )
    assert result.currency == "EUR"
    assert result.margin == pytest.approx(150 + 700 + 2_000, abs=0.005)
