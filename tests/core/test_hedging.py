"""SPEC 6.3: hedging none, net and larger_leg, per symbol."""

import pytest

from core.evaluate import evaluate
from tests.core.builders import buy, scenario, sell

PRICES = {"EURUSD": 1.0, "GBPUSD": 1.0}


def margins(hedging: str, positions: list[dict[str, object]]) -> list[float]:
    result = evaluate(
        scenario(scheme={"hedging": hedging}, leverage=100, prices=PRICES, positions=positions)
    )
    return [p.margin for p in result.positions]


def test_none_margins_every_position_in_full() -> None:
    assert margins("none", [buy("EURUSD", 3, 1.0), sell("EURUSD", 1, 1.0)]) == pytest.approx(
        [3_000, 1_000]
    )


def test_net_spreads_the_difference_over_the_larger_side() -> None:
    # Buy 2 + 1 = 3 lots, sell 1: 2 lots margined, 2/3 of it on the 2-lot buy, 1/3 on the 1-lot buy.
    result = margins("net", [buy("EURUSD", 2, 1.0), buy("EURUSD", 1, 1.0), sell("EURUSD", 1, 1.0)])
    assert result == pytest.approx([2_000 * 2 / 3, 2_000 / 3, 0])


def test_net_fully_hedged_needs_no_margin() -> None:
    assert margins("net", [buy("EURUSD", 1, 1.0), sell("EURUSD", 1, 1.0)]) == [0, 0]


def test_net_is_per_symbol() -> None:
    result = margins("net", [buy("EURUSD", 1, 1.0), sell("GBPUSD", 1, 1.0)])
    assert result == pytest.approx([1_000, 1_000])


def test_larger_leg_margins_the_larger_side_in_full() -> None:
    result = margins("larger_leg", [buy("EURUSD", 1, 1.0), sell("EURUSD", 3, 1.0)])
    assert result == pytest.approx([0, 3_000])


def test_larger_leg_tie_goes_to_the_buy_side() -> None:
    result = margins("larger_leg", [sell("EURUSD", 2, 1.0), buy("EURUSD", 2, 1.0)])
    assert result == pytest.approx([0, 2_000])


def test_margined_notional_is_reported() -> None:
    result = evaluate(
        scenario(
            scheme={"hedging": "net"},
            leverage=100,
            prices=PRICES,
            positions=[buy("EURUSD", 4, 1.0), sell("EURUSD", 1, 1.0)],
        )
    )
    assert [p.margined_notional for p in result.positions] == pytest.approx([300_000, 0])
