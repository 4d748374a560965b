"""Brokers' and MetaTrader's own published examples, each computed from its own inputs."""

import pytest

from core.evaluate import evaluate
from tests.core.builders import buy, scenario, sell


def test_mt5_manual_margin_rate_1_15() -> None:
    # MetaTrader 5 manual: EURUSD buy 1 lot at 1:100, USD account, ask 1.2790, margin rate 1.15.
    result = evaluate(
        scenario(
            leverage=100,
            prices={"EURUSD": {"bid": 1.2788, "ask": 1.2790}},
            positions=[buy("EURUSD", 1, 1.2790)],
            instruments={"EURUSD": {"margin_multiplier": 1.15}},
        )
    )
    assert result.margin == pytest.approx(1_470.85, abs=0.005)


def test_mt5_manual_at_the_open_price() -> None:
    result = evaluate(
        scenario(
            leverage=100,
            scheme={"margin_price": "open"},
            prices={"EURUSD": {"bid": 1.3500, "ask": 1.3502}},
            positions=[buy("EURUSD", 1, 1.2790)],
            instruments={"EURUSD": {"margin_multiplier": 1.15}},
        )
    )
    assert result.margin == pytest.approx(1_470.85, abs=0.005)


def test_oanda_mt4_eurgbp_in_a_gbp_account() -> None:
    # OANDA's MT4 example: GBP account, balance 50,000, buy 10 lots EURGBP at 0.8568,
    # bid 0.8566 / ask 0.8568, margin rate 3.33333%.
    result = evaluate(
        scenario(
            currency="GBP",
            balance=50_000,
            leverage=30,
            prices={"EURGBP": {"bid": 0.8566, "ask": 0.8568}},
            positions=[buy("EURGBP", 10, 0.8568)],
            instruments={"EURGBP": {"margin_rate": 0.0333333}},
        )
    )
    assert round(result.margin, 2) == 28_559.97
    assert round(result.equity, 2) == 49_800.00
    assert round(result.free_margin, 2) == 21_240.03
    assert result.margin_level is not None
    assert round(result.margin_level, 2) == 174.37


@pytest.mark.parametrize(("side", "margin"), [(buy, 693.65), (sell, 693.50)])
def test_gbpusd_half_lot_at_1_100(side, margin: float) -> None:  # type: ignore[no-untyped-def]
    result = evaluate(
        scenario(
            leverage=100,
            prices={"GBPUSD": {"bid": 1.38700, "ask": 1.38730}},
            positions=[side("GBPUSD", 0.5, 1.38700)],
        )
    )
    assert round(result.margin, 2) == margin


ALPARI = {
    "margin_price": "open",
    "volume_tiers": [
        {"from": 0, "leverage": 1000},
        {"from": 700_000, "leverage": 500},
        {"from": 2_000_000, "leverage": 200},
        {"from": 7_000_000, "leverage": 100},
    ],
}


@pytest.mark.parametrize(
    ("positions", "margin"),
    [
        ([buy("GBPUSD", 5, 1.27422)], 637.11),
        ([buy("GBPUSD", 5, 1.27422), buy("EURUSD", 15, 1.11479)], 4_846.48),
        (
            [buy("GBPUSD", 5, 1.27422), buy("EURUSD", 15, 1.11479), buy("GBPUSD", 40, 1.27440)],
            32_368.95,
        ),
    ],
)
@pytest.mark.parametrize(
    "prices",
    [
        {"GBPUSD": 1.27422, "EURUSD": 1.11479},
        {"GBPUSD": {"bid": 1.1, "ask": 1.1003}, "EURUSD": {"bid": 1.3, "ask": 1.3002}},
    ],
)
def test_alpari_open_price_ladder_whatever_the_prices_now(
    positions: list[dict[str, object]], margin: float, prices: dict[str, object]
) -> None:
    result = evaluate(
        scenario(balance=100_000, leverage=1000, scheme=ALPARI, prices=prices, positions=positions)
    )
    assert result.margin == pytest.approx(margin, abs=0.005)
