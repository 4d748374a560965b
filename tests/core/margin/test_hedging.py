"""docs/rules.md#hedging: hedging none, net and larger_leg, per symbol."""

import pytest

from core.evaluate import evaluate
from tests.core.builders import buy, scenario, sell

PRICES = {"EURUSD": 1.0, "GBPUSD": 1.0}


def margins(hedging: str | float, positions: list[dict[str, object]]) -> list[float]:
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


def test_a_hedged_margin_rate_margins_that_share_of_the_covered_lots() -> None:
    # h = 0.5, buy 3, sell 1: covered 1. The buy side margins 0.5 + 2 = 2.5 of its 3 lots,
    # the sell side 0.5 of its 1 lot.
    result = margins(0.5, [buy("EURUSD", 3, 1.0), sell("EURUSD", 1, 1.0)])
    assert result == pytest.approx([2_500, 500])


def test_a_hedged_margin_rate_on_a_balanced_symbol_margins_both_sides_at_the_rate() -> None:
    result = margins(0.5, [buy("EURUSD", 2, 1.0), sell("EURUSD", 2, 1.0)])
    assert result == pytest.approx([1_000, 1_000])


def test_a_side_spreads_its_margined_lots_in_proportion() -> None:
    # h = 0.25, buys 1 + 3, sell 2: covered 2; buy side 0.5 + 2 = 2.5 lots over 4 lots.
    result = margins(
        0.25,
        [buy("EURUSD", 1, 1.0), buy("EURUSD", 3, 1.0), sell("EURUSD", 2, 1.0)],
    )
    assert result == pytest.approx([625, 1_875, 500])


def test_a_class_map_with_other() -> None:
    # XM: forex and metals net, everything else half of the covered volume.
    result = evaluate(
        scenario(
            scheme={"hedging": {"forex": "net", "metal": "net", "other": 0.5}},
            leverage=100,
            prices={"EURUSD": 1.0, "BTCUSD": 10_000.0},
            positions=[
                buy("EURUSD", 1, 1.0),
                sell("EURUSD", 1, 1.0),
                buy("BTCUSD", 1, 10_000.0),
                sell("BTCUSD", 1, 10_000.0),
            ],
        )
    )
    assert [p.margin for p in result.positions] == pytest.approx([0, 0, 50, 50])


def test_a_class_map_without_other_margins_the_rest_in_full() -> None:
    result = evaluate(
        scenario(
            scheme={"hedging": {"forex": "net"}},
            leverage=100,
            prices={"BTCUSD": 10_000.0},
            positions=[buy("BTCUSD", 1, 10_000.0), sell("BTCUSD", 1, 10_000.0)],
        )
    )
    assert [p.margin for p in result.positions] == pytest.approx([100, 100])


def test_net_can_cost_more_under_a_lots_ladder() -> None:
    # docs/rules.md#volume-tiers blends a scope's tiers over all its margined notional, but counts the scope in
    # lots. Netting 0.02 lots of BTC (400 USD) takes Q from 0.52 to 0.50 lots, under the 0.51
    # edge, so EURGBP's 50,000 of notional no longer gets 0.01/0.52 of it at no margin.
    document = {
        "scheme": {
            "volume_unit": "lots",
            "volume_tiers": [{"from": 0, "leverage": 1}, {"from": 0.51, "leverage": "unlimited"}],
        },
        "leverage": "unlimited",
        "balance": 0,
        "prices": {"BTCUSD": 20_000.0, "EURGBP": 2 / 3, "GBPUSD": 1.5},
        "positions": [
            buy("BTCUSD", 0.01, 20_000.0),
            sell("BTCUSD", 0.01, 20_000.0),
            buy("EURGBP", 0.5, 2 / 3),
        ],
    }
    none = evaluate(scenario(**document)).margin  # type: ignore[arg-type]
    document["scheme"]["hedging"] = "net"  # type: ignore[index]
    net = evaluate(scenario(**document)).margin  # type: ignore[arg-type]
    assert none == pytest.approx(50_400 * 0.51 / 0.52)
    assert net == pytest.approx(50_000)
