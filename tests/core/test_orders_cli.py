"""docs/command-line.md: ``compute`` lists pending orders, where each fills and what it does;
``--no-orders`` leaves them out."""

import json

import pytest

from core.resources import resources_dir
from tests.core.builders import Cli

BOOK = resources_dir() / "examples" / "book-of-stops.json"


def test_json_lists_each_order_with_where_it_fills(cli: Cli) -> None:
    code, out, _ = cli("compute", str(BOOK), "--json")
    assert code == 0
    data = json.loads(out)
    orders = data["orders"]
    assert len(orders) == 12
    assert set(orders[0]) >= {"symbol", "type", "lots", "price", "fills_at_pips", "margin_after"}
    first = orders[0]
    assert (first["symbol"], first["type"], first["lots"], first["price"]) == (
        "EURUSD",
        "sell_stop",
        0.5,
        1.082,
    )
    # the bid 1.08405 falls 20.5 pips to the stop at 1.08200
    assert first["fills_at_pips"] == pytest.approx(-20.5)
    # long 1 lot at the ask 1.08207 (1,082.07) and the sell at its bid 1.08200 (541.00)
    assert first["margin_after"] == pytest.approx(1_082.07 + 541.0)


def test_the_margin_call_comes_at_the_third_fill(cli: Cli) -> None:
    """3,000 USD (swap -4.10), long 1 lot EURUSD at 1.0862, bid/ask 1.08405/1.08412, 1:100.
    When the bid reaches 1.0800 (mid 1.080035, ask 1.08007) the third 0.5-lot sell stop fills:
    equity 2,995.90 - 620.00 + 96.50 + 46.50 - 3.50 = 2,515.40 against margin 1,080.07 +
    1.5 x 1,080.00 = 2,700.07: margin call (100%). Just before, margin is 2,160.07."""
    _, out, _ = cli("compute", str(BOOK), "--json")
    data = json.loads(out)
    assert data["margin"] == pytest.approx(1_084.12)  # now: no order counts
    assert data["margin_call_price"]["below"] == pytest.approx(1.080035, rel=1e-9)
    third = data["orders"][2]
    assert third["margin_before"] == pytest.approx(2_160.07)
    assert third["margin_after"] == pytest.approx(2_700.07)
    _, out, _ = cli("compute", str(BOOK), "--json", "--no-orders")
    alone = json.loads(out)
    assert alone["orders"] == []
    assert alone["margin"] == data["margin"]
    # alone: 2,995.90 + 100,000 (x - 0.000035 - 1.0862) = 1,000 (x + 0.000035)
    assert alone["margin_call_price"]["below"] == pytest.approx(
        (108_620 - 2_995.90 + 3.5 + 0.035) / 99_000, rel=1e-9
    )


def test_table_shows_the_orders_and_the_fills_among_warnings(cli: Cli) -> None:
    _, out, _ = cli("compute", str(BOOK))
    assert "Pending orders" in out
    assert "sell stop        EURUSD        0.5      1.08200       1,623.07  20.5 pips below" in out
    assert "the sell stop 0.5 EURUSD at 1.08000 fills 40.5 pips below: margin +540.00 USD" in out
    assert "7 more orders fill further below" in out
    assert "Margin call             40.5 pips below (1.08004" in out
    _, bare, _ = cli("compute", str(BOOK), "--no-orders")
    assert "Pending orders" not in bare
    assert "fills" not in bare
    assert "Margin call             171.4 pips below" in bare


def test_add_places_a_pending_order_and_says_where_it_fills(cli: Cli) -> None:
    code, out, _ = cli("compute", str(BOOK), "--add", "sell stop 1 EURUSD at 1.0650")
    assert code == 0
    assert out.startswith(
        "What if: sell stop 1 EURUSD at 1.065 (a pending order opens when the price reaches it)"
    )
    # 1 long and 6 + 1 short lots at 1:100 when the bid reaches 1.0650 (ask 1.06507)
    assert "  It fills 190.5 pips below (1.06503): margin 7,455.07 -> 8,520.07 USD" in out
    _, out, _ = cli("compute", str(BOOK), "--add", "sell stop 1 EURUSD at 1.0650", "--json")
    data = json.loads(out)
    assert data["orders"] == [
        {"symbol": "EURUSD", "side": "sell", "lots": 1.0, "type": "sell_stop", "price": 1.065}
    ]
    assert data["margin_needed"] == 0
    assert data["fill"]["margin_after"] == pytest.approx(8_520.07)


@pytest.mark.parametrize(
    "order", ["sell stop 1 EURUSD", "buy 1 EURUSD at 1.09", "sell stop 1 EURUSD at 1.0900"]
)
def test_add_refuses_a_pending_order_it_cannot_place(cli: Cli, order: str) -> None:
    code, _, err = cli("compute", str(BOOK), "--add", order)
    assert code == 2
    assert err.startswith("--add: ")
    assert "Traceback" not in err
