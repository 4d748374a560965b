"""Pending orders in scenario files (docs/scenario-files.md, "orders"): read, validated with the
field named, and written back as they were."""

from __future__ import annotations

import pytest

from core.files.scenario_reader import scenario_from_json
from core.files.scenario_writer import scenario_to_json
from tests.core.builders import doc, problems_of

PRICES = {"EURUSD": {"bid": 1.0850, "ask": 1.0852}}


def with_orders(*orders: dict[str, object]) -> dict[str, object]:
    return doc(prices=PRICES, version=2, orders=list(orders))


def test_orders_are_read_and_written_back() -> None:
    orders = [
        {"symbol": "EURUSD", "type": "sell_stop", "lots": 0.5, "price": 1.08},
        {"symbol": "EURUSD", "type": "buy_limit", "lots": 1.0, "price": 1.07, "sl": 1.06},
        {
            "symbol": "EURUSD",
            "type": "buy_stop_limit",
            "lots": 0.1,
            "price": 1.0900,
            "stop": 1.0910,
            "expires": "2026.12.31 23:59",
        },
    ]
    scenario = scenario_from_json(with_orders(*orders))
    assert [(o.symbol, o.order_type, o.lots, o.trigger) for o in scenario.orders] == [
        ("EURUSD", "sell_stop", 0.5, 1.08),
        ("EURUSD", "buy_limit", 1.0, 1.07),
        ("EURUSD", "buy_stop_limit", 0.1, 1.0910),
    ]
    assert scenario_to_json(scenario)["orders"] == orders


def test_a_file_without_orders_writes_none() -> None:
    assert "orders" not in scenario_to_json(scenario_from_json(doc(prices=PRICES)))


@pytest.mark.parametrize(
    ("order", "field"),
    [
        ({"type": "buy_stop", "price": 1.0852}, "orders[0].price"),  # at the ask: reached
        ({"type": "buy_limit", "price": 1.0860}, "orders[0].price"),
        ({"type": "sell_stop", "price": 1.0851}, "orders[0].price"),  # above the bid
        ({"type": "sell_limit", "price": 1.0850}, "orders[0].price"),
        ({"type": "sell_stop_limit", "price": 1.08, "stop": 1.0850}, "orders[0].stop"),
    ],
)
def test_an_order_todays_quote_already_reaches_is_an_error_naming_it(
    order: dict[str, object], field: str
) -> None:
    said = problems_of(with_orders({"symbol": "EURUSD", "lots": 1.0, **order}))
    assert len(said) == 1
    assert said[0].startswith(f"{field}: the ")
    assert "would have filled it" in said[0]


def test_bad_orders_name_their_fields() -> None:
    said = problems_of(
        with_orders(
            {"symbol": "EURUSD", "type": "buy_now", "lots": 1.0, "price": 1.2},
            {"symbol": "EURUSD", "type": "sell_stop", "lots": 0, "price": 1.0},
            {"symbol": "EURUSD", "type": "buy_stop_limit", "lots": 1.0, "price": 1.2},
            {"symbol": "EURUSD", "type": "sell_stop", "lots": 1.0, "price": 1.0, "stop": 1.0},
            {"symbol": "EURUSD", "type": "sell_stop", "lots": 1.0, "price": 1.0, "when": 1},
        )
    )
    fields = [p.split(":")[0] for p in said]
    assert fields == [
        "orders[0].type",
        "orders[1].lots",
        "orders[2].stop",
        "orders[3].stop",
        "orders[4].when",
    ]


def test_an_order_on_a_symbol_without_a_price_is_kept() -> None:
    order = {"symbol": "XAUUSD", "type": "sell_stop", "lots": 1.0, "price": 1.0}
    assert scenario_to_json(scenario_from_json(with_orders(order)))["orders"] == [order]
