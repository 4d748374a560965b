"""The live link's reading of a MetaTrader 5 terminal (docs/live-link.md), through the
stand-in for MetaQuotes' package. The readings are real ones from public material (the
package's documentation and book, a course's demo account), put together into one account;
what only a real terminal can check is said in docs/live-link.md."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from core.evaluate import evaluate
from core.files.scenario_reader import scenario_from_json
from core.live.mt5_link import hedging_of, instrument_fields, read_snapshot
from core.problems import InputError
from tests.core.live.stand_in import StandIn, SymbolInfo, make

# MetaQuotes-Demo, package 5.0.x: an account of the course's (balance, levels), in USD.
ACCOUNT: dict[str, Any] = {
    "login": 5001619248,
    "leverage": 100,
    "margin_so_mode": 0,
    "margin_mode": 2,
    "balance": 9681.25,
    "credit": 0.0,
    "profit": -0.04,
    "equity": 9681.13,
    "margin": 11.02,
    "margin_free": 9670.11,
    "margin_level": 87850.54,
    "margin_so_call": 50.0,
    "margin_so_so": 30.0,
    "server": "MetaQuotes-Demo",
    "currency": "USD",
}
# The course's hedged pair of EURUSD (TradePosition reprs as printed).
POSITIONS = [
    {
        "ticket": 5138399,
        "type": 0,
        "volume": 0.01,
        "price_open": 1.10508,
        "sl": 1.09487,
        "tp": 1.11487,
        "price_current": 1.10189,
        "swap": -0.09,
        "profit": -3.19,
        "symbol": "EURUSD",
    },
    {
        "ticket": 5138403,
        "type": 1,
        "volume": 0.01,
        "price_open": 1.10507,
        "sl": 1.11507,
        "tp": 1.09507,
        "price_current": 1.10192,
        "swap": 0.01,
        "profit": 3.15,
        "symbol": "EURUSD",
    },
]
# The package documentation's GBPUSD sell limit, and a buy stop limit of MT5's own kind.
ORDERS = [
    {
        "ticket": 554733548,
        "type": 3,
        "volume_current": 0.2,
        "price_open": 1.25379,
        "symbol": "GBPUSD",
    },
    {
        "ticket": 554733700,
        "type": 6,
        "volume_current": 0.1,
        "price_open": 1.1200,
        "price_stoplimit": 1.1150,
        "symbol": "EURUSD",
    },
]
EURUSD = {
    "digits": 5,
    "point": 1e-05,
    "bid": 1.10189,
    "ask": 1.10192,
    "trade_contract_size": 100000.0,
    "margin_hedged": 100000.0,
    "currency_base": "EUR",
    "currency_profit": "USD",
    "currency_margin": "EUR",
    "path": "Forex\\EURUSD",
}
GBPUSD = {
    "digits": 5,
    "point": 1e-05,
    "bid": 1.16803,
    "ask": 1.16815,
    "trade_contract_size": 100000.0,
    "margin_hedged": 100000.0,
    "currency_base": "GBP",
    "currency_profit": "USD",
    "currency_margin": "GBP",
    "path": "Forex\\Majors\\GBPUSD",
}
NOW = datetime(2022, 3, 21, 11, 52, tzinfo=UTC)


def terminal(**changes: Any) -> StandIn:
    account = {**ACCOUNT, **changes.pop("account", {})}
    return StandIn(
        account,
        changes.pop("positions", POSITIONS),
        changes.pop("orders", ORDERS),
        changes.pop("symbols", {"EURUSD": EURUSD, "GBPUSD": GBPUSD}),
        changes.pop("margins", {"EURUSD": 1101.92, "GBPUSD": 1168.15}),
        **changes,
    )


def test_the_account_positions_and_orders_as_the_terminal_has_them() -> None:
    document = read_snapshot(terminal(), now=lambda: NOW).document
    assert document["account"] == {
        "currency": "USD",
        "balance": 9681.25,
        "credit": 0.0,
        "platform": "MT5",
        "leverage": 100.0,
        "margin_call_level": 50.0,
        "stop_out_level": 30.0,
        "levels_in": "percent",
    }
    assert document["positions"] == [
        {"symbol": "EURUSD", "side": "buy", "lots": 0.01, "open_price": 1.10508, "swap": -0.09},
        {"symbol": "EURUSD", "side": "sell", "lots": 0.01, "open_price": 1.10507, "swap": 0.01},
    ]
    # A stop-limit order's price_open is its trigger, price_stoplimit its limit.
    assert document["orders"] == [
        {"symbol": "GBPUSD", "type": "sell_limit", "lots": 0.2, "price": 1.25379},
        {"symbol": "EURUSD", "type": "buy_stop_limit", "lots": 0.1, "price": 1.115, "stop": 1.12},
    ]
    assert document["prices"]["EURUSD"] == {"bid": 1.10189, "ask": 1.10192}
    assert document["instruments"]["GBPUSD"] == {
        "class": "forex",
        "base": "GBP",
        "quote": "USD",
        "contract_size": 100000.0,
        "pip_size": 0.0001,
        "group": "major",
    }
    # margin_hedged equal to the contract size: a covered pair is charged as one lot.
    assert document["scheme"]["hedging"] == 0.5
    assert document["source"]["printed"]["margin"] == 11.02
    assert document["source"]["time"] == "2022-03-21 11:52:00"


def test_the_reading_computes_the_terminals_equity_and_margin() -> None:
    document = read_snapshot(terminal(), now=lambda: NOW).document
    result = evaluate(scenario_from_json(document))
    # Buy closes at the bid: (1.10189 - 1.10508) x 1,000 = -3.19; the sell at the ask:
    # (1.10507 - 1.10192) x 1,000 = +3.15; swaps -0.09 and +0.01.
    assert result.equity == pytest.approx(9681.25 - 3.19 + 3.15 - 0.09 + 0.01)
    assert result.equity == pytest.approx(ACCOUNT["equity"], abs=0.005)
    # Half of each side of the covered pair, at the ask for the buy and the bid for the
    # sell: (1,101.92 + 1,101.89) x 0.5 / 100 = 11.02.
    assert result.margin == pytest.approx((1101.92 + 1101.89) * 0.5 / 100)
    assert round(result.margin, 2) == ACCOUNT["margin"]
    assert result.free_margin == pytest.approx(result.equity - result.margin)


@pytest.mark.parametrize(
    ("account", "symbol", "info", "lots", "printed"),
    [
        # The package's book: order_check 1.0 USDJPY at 144.128, USD account at 1:100.
        (
            {"currency": "USD", "leverage": 100},
            "USDJPY",
            {
                "digits": 3,
                "point": 0.001,
                "bid": 144.128,
                "ask": 144.128,
                "currency_base": "USD",
                "currency_profit": "JPY",
                "path": "Forex\\USDJPY",
            },
            1.0,
            1000.00,
        ),
        # The course's EUR demo account: 0.01 EURUSD at 1.09729 needs 10.00 EUR.
        (
            {"currency": "EUR", "leverage": 100},
            "EURUSD",
            {**EURUSD, "bid": 1.09729, "ask": 1.09729},
            0.01,
            10.00,
        ),
        # Admirals' demo at 1:30: 0.01 EURUSD at 1.06098 needs 33.33 (EUR).
        (
            {"currency": "EUR", "leverage": 30},
            "EURUSD",
            {**EURUSD, "bid": 1.06098, "ask": 1.06098},
            0.01,
            33.33,
        ),
    ],
)
def test_one_order_margins_the_terminal_printed(
    account: dict[str, Any], symbol: str, info: dict[str, Any], lots: float, printed: float
) -> None:
    position = {"type": 0, "volume": lots, "price_open": info["ask"], "symbol": symbol}
    link = terminal(
        account=account,
        positions=[position],
        orders=[],
        symbols={symbol: {"trade_contract_size": 100000.0, **info}},
        margins={},
    )
    result = evaluate(scenario_from_json(read_snapshot(link, now=lambda: NOW).document))
    assert round(result.margin, 2) == printed


def test_a_margin_the_terminal_charges_more_for_is_a_multiplier() -> None:
    # A prop firm's NZDUSD at 1.5 times the formula's margin.
    nzd = {
        "digits": 5,
        "point": 1e-05,
        "bid": 0.60182,
        "ask": 0.60182,
        "trade_contract_size": 100000.0,
        "currency_base": "NZD",
        "currency_profit": "USD",
        "path": "Forex\\NZDUSD",
    }
    link = terminal(
        positions=[{"type": 0, "volume": 0.01, "price_open": 0.6, "symbol": "NZDUSD"}],
        orders=[],
        symbols={"NZDUSD": nzd},
        margins={"NZDUSD": 601.82 * 1.5},
    )
    document = read_snapshot(link, now=lambda: NOW).document
    assert document["instruments"]["NZDUSD"]["margin_multiplier"] == 1.5
    result = evaluate(scenario_from_json(document))
    assert result.margin == pytest.approx(601.82 * 1.5 * 0.01)


def test_exness_unlimited_leverage_and_levels_in_money() -> None:
    link = terminal(account={"leverage": 2_000_000_000, "margin_so_mode": 1})
    account = read_snapshot(link, now=lambda: NOW).document["account"]
    assert account["leverage"] == "unlimited"
    assert account["levels_in"] == "money"


def test_a_terminal_that_does_not_answer_is_named_with_its_error() -> None:
    with pytest.raises(InputError) as error:
        read_snapshot(terminal(fail={"account_info"}))
    assert str(error.value.problems[0]) == (
        "MetaTrader 5: account_info() failed: No IPC connection (terminal error -10004)"
    )
    with pytest.raises(InputError, match=r'symbol_info\("GBPUSD"\) failed'):
        read_snapshot(terminal(symbols={"EURUSD": EURUSD}))


def test_a_netting_account_has_no_hedging() -> None:
    link = terminal(account={"margin_mode": 0}, positions=POSITIONS[:1])
    assert "hedging" not in read_snapshot(link, now=lambda: NOW).document["scheme"]


def test_a_picked_scheme_is_kept() -> None:
    assert read_snapshot(terminal(), scheme="exness").document["scheme"] == "exness"


@pytest.mark.parametrize(
    ("hedged", "use_leg", "rule"),
    [
        (100000.0, False, 0.5),
        (0.0, False, "net"),
        (200000.0, False, "none"),
        (50000.0, False, 0.25),
        (100000.0, True, "larger_leg"),
    ],
)
def test_hedged_margin_as_a_rule(hedged: float, use_leg: bool, rule: object) -> None:
    info = make(SymbolInfo, {**EURUSD, "margin_hedged": hedged, "margin_hedged_use_leg": use_leg})
    assert hedging_of(info) == rule


def test_a_symbol_the_catalog_lacks_takes_the_brokers_specification() -> None:
    info = make(
        SymbolInfo,
        {
            "name": "SP500m",
            "digits": 2,
            "point": 0.01,
            "trade_contract_size": 1.0,
            "currency_base": "USD",
            "currency_profit": "USD",
            "path": "Indices\\SP500m",
        },
    )
    assert instrument_fields(info) == {
        "class": "index",
        "base": "USD",
        "quote": "USD",
        "contract_size": 1.0,
        "pip_size": 0.01,
    }


def test_specifications_are_read_once_and_quotes_every_time() -> None:
    link = terminal()
    specs: dict[str, Any] = {}
    read_snapshot(link, specs=specs)
    first = link.calls.count("symbol_info")
    link.symbols["EURUSD"] = make(SymbolInfo, {**EURUSD, "name": "EURUSD", "bid": 1.2, "ask": 1.2})
    link.calls.clear()
    second = read_snapshot(link, specs=specs).document
    assert first >= 2
    assert link.calls.count("symbol_info") == 0  # GBPUSD and EURUSD kept from the first
    assert link.calls.count("symbol_info_tick") >= 2
    assert second["prices"]["EURUSD"] == 1.2  # the new quote
