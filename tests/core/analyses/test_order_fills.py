"""docs/rules.md#pending-orders: orders of the analysed symbol fill where its price reaches them,
checked against hand-computed accounts."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from core.evaluate import analysis_model, evaluate
from core.problems import InputError
from tests.core.builders import buy, scenario

REL = 1e-9


def order(kind: str, lots: float, price: float, symbol: str = "EURUSD") -> dict[str, Any]:
    return {"symbol": symbol, "type": kind, "lots": lots, "price": price}


def book_of_stops(**extra: Any) -> Any:
    """20,000 USD at 1:20 (margin call 100%), long 1 lot EURUSD at 1.1000, no spread, and
    three 1-lot sell stops at 1.0900, 1.0800 and 1.0700.

    Alone the long reaches margin call where 20,000 + 100,000 (x - 1.1) = 5,000 x: at
    x = 90,000 / 95,000 = 0.947368. The stops fill on the way down:
    - at 1.09 the account is flat (1 long, 1 short): equity 19,000, margin 10,000 x = 10,900;
    - at 1.08 it is short 1: equity 19,000 + 100,000 (1.08 - x), margin 15,000 x;
      at 1.0700 equity 20,000 against margin 16,050;
    - at 1.07 the third fills: margin 20,000 x = 21,400 > equity 20,000. Margin call at 1.0700,
      not at 0.947368.
    """
    return scenario(
        balance=20_000,
        leverage=20,
        prices={"EURUSD": 1.1},
        positions=[buy("EURUSD", 1, 1.1)],
        version=2,
        orders=[
            order("sell_stop", 1, 1.09),
            order("sell_stop", 1, 1.08),
            order("sell_stop", 1, 1.07),
        ],
        account={"margin_call_level": 100, "stop_out_level": 50},
        **extra,
    )


def test_a_margin_call_that_only_the_fills_bring() -> None:
    alone = evaluate(book_of_stops().without_orders())
    assert alone.margin_call_price is not None
    assert alone.margin_call_price.below == pytest.approx(90_000 / 95_000, rel=REL)

    result = evaluate(book_of_stops())
    assert result.margin == pytest.approx(5_500.0)  # now: no order counts
    assert result.margin_call_price is not None
    assert result.margin_call_price.below == pytest.approx(1.07, rel=1e-9)
    # after the third fill equity 20,000 + 200,000 (1.07 - x) meets margin 20,000 x at 1.0636;
    # below that the short's gain keeps the account above margin call
    model = analysis_model(book_of_stops(), "EURUSD")
    state = model.state(np.array([1.0701, 1.0699, 234_000 / 220_000 + 1e-6]))
    assert list(state.margin) == pytest.approx(
        [15_000 * 1.0701, 20_000 * 1.0699, 20_000 * (234_000 / 220_000 + 1e-6)]
    )
    assert state.equity[1] == pytest.approx(20_000 + 200_000 * (1.07 - 1.0699))


def test_each_fill_is_listed_with_what_it_does_to_margin() -> None:
    result = evaluate(book_of_stops())
    fills = result.orders
    assert [f.order.trigger for f in fills] == [1.09, 1.08, 1.07]
    assert [f.pips for f in fills] == pytest.approx([-100.0, -200.0, -300.0])
    # before each fill: 5,000 x per lot held; after: one lot more
    assert [f.margin_before for f in fills] == pytest.approx([5_450.0, 10_800.0, 16_050.0])
    assert [f.margin_after for f in fills] == pytest.approx([10_900.0, 16_200.0, 21_400.0])
    warnings = [w for w in result.tier_warnings if w.kind == "order fill"]
    assert [w.price for w in warnings] == pytest.approx([1.09, 1.08, 1.07])
    assert str(warnings[0].message) == (
        "the sell stop 1 EURUSD at 1.09000 fills 100.0 pips below: margin +5,450.00 USD"
    )


def test_a_filled_buy_stop_lifts_volume_over_a_tier() -> None:
    """1:500 up to 1,000,000 USD of notional, 1:250 above; long 6 lots GBPUSD at 1.5 and a
    1-lot buy stop at 1.5100. Just below 1.51: 906,000 USD, margin 1,812.00. When it fills,
    7 lots x 151,000 = 1,057,000: 1,000,000 / 500 + 57,000 / 250 = 2,228.00. The order's own
    notional at 1:500 would be 302.00; the tier makes the jump 416.00, the open lots' margin
    priced again."""
    tiers = {"volume_tiers": [{"from": 0, "leverage": 500}, {"from": 1_000_000, "leverage": 250}]}
    account = scenario(
        balance=50_000,
        leverage=500,
        scheme=tiers,
        prices={"GBPUSD": 1.5},
        positions=[buy("GBPUSD", 6, 1.5)],
        version=2,
        orders=[order("buy_stop", 1, 1.51, "GBPUSD")],
    )
    result = evaluate(account)
    assert result.margin == pytest.approx(1_800.0)
    (fill,) = result.orders
    assert fill.price == pytest.approx(1.51)
    assert fill.margin_before == pytest.approx(1_812.0)
    assert fill.margin_after == pytest.approx(2_228.0)
    kinds = {w.kind: w for w in result.tier_warnings}
    assert str(kinds["order fill"].message) == (
        "the buy stop 1 GBPUSD at 1.51000 fills 100.0 pips above: margin +416.00 USD"
    )
    assert kinds["volume tier"].price == pytest.approx(1.51)
    # the open 6 lots are priced on the blend once the order is in: at 1.52
    model = analysis_model(account, "GBPUSD")
    q = 7 * 152_000
    assert model.state(np.array([1.52])).margin[0] == pytest.approx(2_000 + (q - 1_000_000) / 250)


def test_orders_fill_on_their_own_side_of_the_spread() -> None:
    """A buy triggers on the ask, a sell on the bid: with a 2-pip spread a buy stop at 1.1010
    fills at mid 1.1009 and a sell stop at 1.0990 at mid 1.0991."""
    account = scenario(
        prices={"EURUSD": {"bid": 1.0999, "ask": 1.1001}},
        version=2,
        orders=[order("buy_stop", 1, 1.101), order("sell_stop", 1, 1.099)],
    )
    up, down = evaluate(account, "EURUSD").orders
    assert up.price == pytest.approx(1.1009)
    assert down.price == pytest.approx(1.0991)
    model = analysis_model(account, "EURUSD")
    filled = model.filled(np.array([1.10089, 1.10091, 1.1]), np.full(3, 0.0001))
    assert filled.tolist() == [[False, False], [True, False], [False, False]]


def test_a_wider_spread_fills_stops_on_both_sides() -> None:
    """At a fixed mid a spread wide enough lifts the ask to the buy stop and lowers the bid to
    the sell stop; limits stay out of reach."""
    account = scenario(
        prices={"EURUSD": 1.1},
        version=2,
        orders=[
            order("buy_stop", 1, 1.102),
            order("sell_stop", 1, 1.097),
            order("buy_limit", 1, 1.09),
            order("sell_limit", 1, 1.11),
        ],
    )
    model = analysis_model(account, "EURUSD")
    filled = model.filled(np.full(3, 1.1), np.array([0.0019, 0.0021, 0.0031]))
    assert filled.tolist() == [
        [False, False, False, False],
        [True, False, False, False],
        [True, True, False, False],
    ]


def test_orders_on_other_symbols_never_fill() -> None:
    account = scenario(
        prices={"EURUSD": 1.1, "GBPUSD": 1.3},
        positions=[buy("EURUSD", 1, 1.1)],
        version=2,
        orders=[order("sell_stop", 5, 1.25, "GBPUSD")],
    )
    result = evaluate(account, "EURUSD")
    (fill,) = result.orders
    assert not fill.fills
    assert (
        result.margin_call_price == evaluate(account.without_orders(), "EURUSD").margin_call_price
    )


def test_a_what_if_price_fills_what_it_reaches() -> None:
    moved = book_of_stops().with_mid("EURUSD", 1.075)
    assert [p.side for p in moved.positions] == ["buy", "sell", "sell"]
    assert [o.trigger for o in moved.orders] == [1.07]
    assert evaluate(moved).margin == pytest.approx(15_000 * 1.075)


def test_spread_stress_counts_the_stops_it_reaches() -> None:
    """Long 1 lot at 1.1000, 1:20, 6,000 USD, margin call 100%. With half-spread h, equity is
    6,000 - 100,000 h and margin 5,000 (1.1 + h): alone, margin call at h = 500 / 105,000,
    a spread of 95.24 pips. A 1-lot buy stop at 1.1002 fills when the ask gets there (h =
    0.0002, a 4-pip spread): equity 5,940 against margin 11,002, margin call there."""
    account = scenario(
        balance=6_000,
        leverage=20,
        prices={"EURUSD": 1.1},
        positions=[buy("EURUSD", 1, 1.1)],
        version=2,
        orders=[order("buy_stop", 1, 1.1002)],
        account={"margin_call_level": 100, "stop_out_level": 50},
    )
    alone = evaluate(account.without_orders()).spread_stress
    assert alone is not None
    assert alone.margin_call_pips == pytest.approx(2e4 * 500 / 105_000)
    stress = evaluate(account).spread_stress
    assert stress is not None
    assert stress.margin_call_pips == pytest.approx(4.0, rel=1e-9)


def test_a_pending_order_what_if_says_where_it_fills() -> None:
    from core.overview.what_if import MarketOrder, order_effect
    from core.report import pending_fill_text

    account = book_of_stops()
    placed = MarketOrder("EURUSD", "sell", 1, "sell_stop", 1.06)
    effect = order_effect(account, (placed,))
    assert not effect.refused
    assert effect.after.margin == effect.before.margin  # nothing is charged until it fills
    assert effect.fill is not None
    assert effect.fill.price == pytest.approx(1.06)
    # three stops and the new one: 1 long, 4 short at 1:20 -> 25,000 x 1.06
    assert effect.fill.margin_after == pytest.approx(25_000 * 1.06)
    assert str(pending_fill_text(effect)) == (
        "It fills 400.0 pips below (1.06000): margin 21,200.00 -> 26,500.00 USD"
    )
    reached = MarketOrder("EURUSD", "sell", 1, "sell_stop", 1.11)
    with pytest.raises(InputError, match="already reached"):
        order_effect(account, (reached,))
