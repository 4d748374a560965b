"""The live link on real outputs of MetaQuotes' package (the folder FXMARGIN_MT5_API names:
.ci/run names ../shared/mt5-api, and there a missing folder fails these tests). Each file is
what a public source printed; no file holds a whole account at one moment, so each test says
what it checks (docs/live-link.md)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from core.evaluate import evaluate
from core.files.scenario_reader import scenario_from_json
from core.live.mt5_link import instrument_fields, read_snapshot
from tests.core.live.stand_in import StandIn, SymbolInfo, make, parse_fields, parse_repr

FOLDER = Path(os.environ.get("FXMARGIN_MT5_API", "FXMARGIN_MT5_API is not set"))


def reprs(name: str, kind: str) -> list[dict[str, Any]]:
    path = FOLDER / f"{name}.txt"
    assert path.is_file(), f"{path} is missing: FXMARGIN_MT5_API must name the mt5-api folder"
    return [fields for found, fields in parse_repr(path.read_text("utf-8")) if found == kind]


def test_the_folder_is_there() -> None:
    assert FOLDER.is_dir(), f"FXMARGIN_MT5_API names {FOLDER}, which is not a folder"


ACCOUNTS = [
    ("Quantreo_MetaTrader-5-AUTOMATED-TRADING-using-Python_account_info_symbol_info_EURUSD"),
    ("liuchunhao_exness-automation_account_info_position_order_BTCUSD"),
    ("fuzzyalgo_fuzzyalgo_account_info_RoboForex_positions_orders_GBPJPY"),
]


@pytest.mark.parametrize("name", ACCOUNTS)
def test_each_printed_account_reads_and_its_identities_hold(name: str) -> None:
    (account,) = reprs(name, "AccountInfo")[:1]
    link = StandIn(account)
    document = read_snapshot(link).document
    assert document["account"]["currency"] == account["currency"]
    assert document["account"]["margin_call_level"] == account["margin_so_call"]
    printed = document["source"]["printed"]
    # The terminal's own figures, kept as printed: equity = balance + credit + profit,
    # free margin = equity - margin.
    assert printed["equity"] == pytest.approx(
        account["balance"] + account["credit"] + account["profit"], abs=0.005
    )
    assert printed["free_margin"] == pytest.approx(printed["equity"] - printed["margin"], abs=0.005)
    if account["margin"] > 0:  # level = equity / margin x 100
        level = printed["equity"] / printed["margin"] * 100
        assert account["margin_level"] == pytest.approx(level, rel=1e-4)
    # With no position, fxmargin's equity is the balance and credit.
    result = evaluate(scenario_from_json(document))
    assert result.equity == pytest.approx(account["balance"] + account["credit"])


def test_the_exness_account_with_its_bitcoin_position() -> None:
    """Exness's trial account: a BTCUSD buy of 0.02 (printed as its fields alone); its
    profit from the prices."""
    name = "liuchunhao_exness-automation_account_info_position_order_BTCUSD"
    account = reprs(name, "AccountInfo")[0]
    text = (FOLDER / f"{name}.txt").read_text("utf-8")
    line = next(row for row in text.splitlines() if "ticket=47106357, time=" in row)
    position = parse_fields(line)
    bitcoin = {
        "digits": 2,
        "point": 0.01,
        "bid": position["price_current"],
        "ask": position["price_current"],
        "trade_contract_size": 1.0,
        "currency_base": "BTC",
        "currency_profit": "USD",
        "path": "Crypto\\BTCUSD",
    }
    link = StandIn(account, [position], [], {"BTCUSD": bitcoin})
    result = evaluate(scenario_from_json(read_snapshot(link).document))
    # A buy closes at the bid: (current - open) x 0.02 x 1, and its swap.
    expected = (position["price_current"] - position["price_open"]) * position["volume"]
    assert result.positions[0].pnl == pytest.approx(expected + position["swap"], abs=0.005)
    assert round(result.positions[0].pnl - position["swap"], 2) == position["profit"]


def test_the_course_s_hedged_pair_profits() -> None:
    name = "Quantreo_MetaTrader-5-AUTOMATED-TRADING-using-Python_positions_get"
    positions = reprs(name, "TradePosition")
    assert len(positions) == 2
    for position in positions:
        side = 1 if position["type"] == 0 else -1
        profit = side * (position["price_current"] - position["price_open"]) * 1_000
        assert round(profit, 2) == position["profit"]


def test_a_full_symbol_info_becomes_the_brokers_instrument() -> None:
    name = "Quantreo_MetaTrader-5-AUTOMATED-TRADING-using-Python_account_info_symbol_info_EURUSD"
    (info,) = reprs(name, "SymbolInfo")
    assert set(info) <= set(SymbolInfo._fields)  # the stand-in's type has every field
    fields = instrument_fields(make(SymbolInfo, info))
    assert fields == {
        "class": "forex",
        "base": "EUR",
        "quote": "USD",
        "contract_size": 100000.0,
        "pip_size": 0.0001,
    }
