"""docs/rules.md#instruments, docs/rules.md#each-positions-leverage: an instrument's margin_multiplier, and a position opened in a high-margin period."""

import pytest

from core.evaluate import evaluate
from tests.core.builders import buy, scenario

RESTRICTED = {"restricted_cap": {"forex": 200, "metal": 200, "XAUUSD": 100}}


def test_a_multiplier_scales_the_margin_the_rules_give() -> None:
    def margin(multiplier: float) -> float:
        return evaluate(
            scenario(
                leverage=100,
                prices={"EURUSD": 1.1},
                positions=[buy("EURUSD", 1, 1.1)],
                instruments={"EURUSD": {"margin_multiplier": multiplier}},
            )
        ).margin

    assert margin(0.5) == pytest.approx(550.0)
    assert margin(2.0) == pytest.approx(2_200.0)


def test_a_multiplier_does_not_change_the_volume_counted() -> None:
    # 12 lots at 1.0 = 1.2M: 1M at 1:500 + 200k at 1:100 = 4,000, then x 1.5. Were the
    # multiplier counted into Q, more would fall in the dearer tier.
    result = evaluate(
        scenario(
            leverage=1000,
            scheme={"volume_tiers": [{"from": 0, "leverage": 500}, {"from": 1e6, "leverage": 100}]},
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 12, 1.0)],
            instruments={"EURUSD": {"margin_multiplier": 1.5}},
        )
    )
    assert result.margin == pytest.approx(6_000.0)


def test_a_multiplier_applies_to_a_fixed_margin_rate_too() -> None:
    result = evaluate(
        scenario(
            prices={"BTCUSD": 50_000.0},
            positions=[buy("BTCUSD", 1, 50_000.0)],
            instruments={"BTCUSD": {"margin_rate": 0.1, "margin_multiplier": 2}},
        )
    )
    assert result.margin == pytest.approx(10_000.0)


def test_a_restricted_position_keeps_the_restricted_cap_alone() -> None:
    result = evaluate(
        scenario(
            leverage=1000,
            scheme=RESTRICTED,
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 1, 1.0), buy("EURUSD", 1, 1.0, restricted=True)],
        )
    )
    assert [p.leverage for p in result.positions] == [1000, 200]
    assert [p.margin for p in result.positions] == pytest.approx([100, 500])


def test_a_symbol_entry_wins_over_its_class() -> None:
    result = evaluate(
        scenario(
            leverage=1000,
            scheme=RESTRICTED,
            prices={"XAUUSD": 2_000.0},
            positions=[buy("XAUUSD", 1, 2_000.0, restricted=True)],
        )
    )
    assert result.positions[0].leverage == 100


def test_a_restricted_position_on_a_scheme_without_caps_is_unchanged() -> None:
    result = evaluate(
        scenario(
            leverage=500,
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 1, 1.0, restricted=True)],
        )
    )
    assert result.positions[0].leverage == 500
