"""What-if orders: the account before and after opening positions now."""

import json

import pytest

from core.overview.what_if import MarketOrder, order_effect, parse_order, parse_orders, with_orders
from core.problems import InputError
from core.report import refused_text
from core.resources import resources_dir
from tests.core.builders import Cli, buy, scenario

SEED_LADDER = {"volume_tiers": [{"from": 0, "leverage": 500}, {"from": 1_000_000, "leverage": 250}]}


def gbpusd_book():
    """6.5 lots GBPUSD at 1.53: $994,500 of notional, just under the $1M tier."""
    return scenario(
        scheme=SEED_LADDER,
        balance=5_000,
        prices={"GBPUSD": {"bid": 1.53, "ask": 1.5302}},
        positions=[buy("GBPUSD", 6.5, 1.5)],
    )


def test_an_order_opens_at_the_ask_or_the_bid() -> None:
    after = with_orders(
        gbpusd_book(), (MarketOrder("GBPUSD", "buy", 1), MarketOrder("GBPUSD", "sell", 2))
    )
    assert [(p.side, p.lots, p.open_price) for p in after.positions[1:]] == [
        ("buy", 1, 1.5302),
        ("sell", 2, 1.53),
    ]


def test_an_order_across_a_volume_tier_reprices_the_open_position() -> None:
    effect = order_effect(gbpusd_book(), (MarketOrder("GBPUSD", "buy", 1),))
    # Before: 994,500 at the bid... margin prices a buy at the ask: 6.5 x 153,020 = 994,630.
    assert effect.before.margin == pytest.approx(994_630 / 500)
    # After: 7.5 lots x 153,020 = 1,147,650: $1M at 1:500 + $147,650 at 1:250.
    assert effect.after.margin == pytest.approx(2_000 + 147_650 / 250)
    assert effect.margin_needed == pytest.approx(2_000 + 590.6 - 1_989.26)
    (change,) = effect.changes
    assert str(change).startswith("the open buy of 6.5 GBPUSD is margined at 1:443.")
    # The open 6.5 of 7.5 lots pay 6.5 / 7.5 of the blended 2,590.60.
    assert "margin 1,989.26 -> 2,245.19" in str(change)


def test_an_order_that_changes_the_equity_tier_and_the_state() -> None:
    # 1:50, stop out at 50%: 1.3 lots need 2,860.00 of 1,000.00 equity (35%).
    book = scenario(
        scheme="fixed-50",
        balance=1_000,
        prices={"EURUSD": 1.1},
        positions=[buy("EURUSD", 0.3, 1.1)],
    )
    effect = order_effect(book, (MarketOrder("EURUSD", "buy", 1),))
    assert not effect.before.margin_call
    assert effect.after.stop_out
    assert effect.after.margin == pytest.approx(2_860)
    assert "the account goes from ok to stop out" in effect.changes
    assert any("free margin would be -" in str(c) for c in effect.changes)
    assert effect.refused
    assert str(refused_text(effect)).startswith("REFUSED: free margin after would be -")


def test_the_level_prices_are_of_one_symbol_before_and_after() -> None:
    effect = order_effect(
        gbpusd_book(), (MarketOrder("GBPUSD", "buy", 1),), analysis_symbol="GBPUSD"
    )
    assert effect.before.analysis_symbol == effect.after.analysis_symbol == "GBPUSD"
    # More lots: the margin call comes nearer.
    below = [d for d in effect.before.level_distances if d.level == "margin call"]
    after = [d for d in effect.after.level_distances if d.level == "margin call"]
    assert after[0].price > below[0].price


def test_an_order_on_an_empty_account() -> None:
    empty = scenario(scheme="fixed-50", balance=1_000, prices={"EURUSD": 1.1})
    effect = order_effect(empty, (MarketOrder("EURUSD", "sell", 0.1),))
    assert effect.before.margin == 0
    assert effect.after.margin == pytest.approx(11_000 / 50)


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("buy 2 EURUSD", MarketOrder("EURUSD", "buy", 2)),
        ("  SELL 0.05 xauusd ", MarketOrder("XAUUSD", "sell", 0.05)),
        ("buy .5 GBPUSD", MarketOrder("GBPUSD", "buy", 0.5)),
    ],
)
def test_orders_read_as_a_trader_types_them(text: str, order: MarketOrder) -> None:
    assert parse_order(text) == order


def test_every_bad_order_is_reported() -> None:
    with pytest.raises(InputError) as caught:
        parse_orders(["buy two EURUSD", "sell 1 EURUSD", "short 1 GBPUSD"], "--add")
    assert [p.where for p in caught.value.problems] == ["--add[0]", "--add[2]"]
    with pytest.raises(InputError) as caught:
        with_orders(
            gbpusd_book(),
            (
                MarketOrder("EURUSX", "buy", 1),
                MarketOrder("EURUSD", "buy", 1),
                MarketOrder("GBPUSD", "buy", 0),
            ),
            "--add",
        )
    assert [str(p) for p in caught.value.problems] == [
        "--add[0]: unknown symbol 'EURUSX' (did you mean EURUSD?)",
        "--add[1]: no price for EURUSD: add it to the prices",
        "--add[2]: lots must be greater than 0 and at most 1,000,000,000",
    ]


def test_a_cross_without_a_conversion_price_is_refused() -> None:
    with pytest.raises(InputError, match=r"JPY"):
        with_orders(
            scenario(prices={"EURUSD": 1.1, "GBPJPY": 190.0}),
            (MarketOrder("GBPJPY", "buy", 1),),
        )


def test_compute_add_on_the_command_line(cli: Cli) -> None:
    example = str(resources_dir() / "examples" / "gbpusd-volume-tier.json")
    code, out, _ = cli("compute", example, "--add", "buy 1 GBPUSD")
    assert code == 0
    assert out.startswith("What if: buy 1 GBPUSD (at the ask or the bid now)")
    assert "  Margin          1,989.00 USD                      2,590.00 USD" in out
    assert "Margin needed   601.00 USD" in out
    assert "the open buy of 6.5 GBPUSD is margined at 1:443.05 instead of 1:500" in out
    code, out, _ = cli(
        "compute", example, "--add", "buy 1 GBPUSD", "--add", "sell 1 GBPUSD", "--json"
    )
    data = json.loads(out)
    assert [o["side"] for o in data["orders"]] == ["buy", "sell"]
    assert data["before"]["margin"] == pytest.approx(1_989)
    assert set(data) == {"orders", "margin_needed", "fill", "changes", "before", "after"}
    assert data["fill"] is None  # market orders: no fill to say
    code, _, err = cli("compute", example, "--add", "buy 1 EURUSX")
    assert code == 2
    assert err == "--add: unknown symbol 'EURUSX' (did you mean EURUSD?)\n"
