"""SPEC 6.4: volume tiers counted in notional or lots over the account, a class or a symbol."""

import pytest

from core.evaluate import evaluate
from tests.core.builders import buy, scenario, sell

TIERS = [{"from": 0, "leverage": 500}, {"from": 1_000_000, "leverage": 250}]
PRICES = {"EURUSD": 1.0, "GBPUSD": 1.0, "XAUUSD": 2_000.0}


def run(scope: str, positions: list[dict[str, object]], **scheme: object):  # type: ignore[no-untyped-def]
    return evaluate(
        scenario(
            scheme={"volume_tiers": TIERS, "volume_scope": scope, **scheme},
            leverage="unlimited",
            prices=PRICES,
            positions=positions,
        )
    )


def test_account_scope_blends_every_position_alike() -> None:
    # 15 lots EURUSD + 5 lots GBPUSD = 2,000,000: 1M at 1:500 and 1M at 1:250 = 6,000 in all,
    # 3/4 of it on EURUSD.
    result = run("account", [buy("EURUSD", 15, 1.0), buy("GBPUSD", 5, 1.0)])
    assert result.margin == pytest.approx(6_000)
    assert [p.margin for p in result.positions] == pytest.approx([4_500, 1_500])


def test_symbol_scope_counts_each_symbol_alone() -> None:
    result = run("symbol", [buy("EURUSD", 15, 1.0), buy("GBPUSD", 5, 1.0)])
    # EURUSD: 1M/500 + 0.5M/250 = 4,000; GBPUSD: 0.5M/500 = 1,000.
    assert [p.margin for p in result.positions] == pytest.approx([4_000, 1_000])


def test_class_scope_separates_forex_and_metals() -> None:
    result = run("class", [buy("EURUSD", 10, 1.0), buy("XAUUSD", 5, 2_000.0)])
    # forex exactly 1M: 2,000; gold 1M of its own: 2,000 (a shared account scope would be 6,000).
    assert result.margin == pytest.approx(4_000)
    assert run(
        "account", [buy("EURUSD", 10, 1.0), buy("XAUUSD", 5, 2_000.0)]
    ).margin == pytest.approx(6_000)


def test_own_leverage_below_tier_leverage_wins_per_tier() -> None:
    # EURUSD capped at 1:300 pays min(500, 300) in the first tier and 250 in the second.
    result = run(
        "account",
        [buy("EURUSD", 20, 1.0)],
        class_caps={"forex": 300},
    )
    assert result.margin == pytest.approx(1_000_000 / 300 + 1_000_000 / 250)


def test_hedged_volume_does_not_count() -> None:
    result = run("account", [buy("EURUSD", 25, 1.0), sell("EURUSD", 5, 1.0)], hedging="net")
    assert result.margin == pytest.approx(1_000_000 / 500 + 1_000_000 / 250)


def test_notional_volume_is_counted_in_scheme_currency() -> None:
    # EUR account, scheme in USD: 10 lots EURUSD at 1.2 = 1.2M USD -> 1M at 500 + 0.2M at 250,
    # i.e. 2,800 USD = 2,333.33 EUR.
    result = evaluate(
        scenario(
            currency="EUR",
            leverage="unlimited",
            scheme={"volume_tiers": TIERS},
            prices={"EURUSD": 1.2},
            positions=[buy("EURUSD", 10, 1.2)],
        )
    )
    assert result.margin == pytest.approx(2_800 / 1.2)


def test_volume_ladder_preset_from_seed_004() -> None:
    result = evaluate(
        scenario(
            scheme="volume-ladder-500",
            leverage="unlimited",
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 80, 1.0)],
        )
    )
    expected = 3_000_000 / 500 + 2_000_000 / 400 + 2_500_000 / 200 + 500_000 / 100
    assert result.margin == pytest.approx(expected)
