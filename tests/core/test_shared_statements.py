"""SPEC 10 on real statements saved by MetaTrader terminals, in the folder FXMARGIN_STATEMENTS
names. Each test checks what a trader would check by eye in the file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.evaluate import evaluate
from core.files.scenario_file import scenario_from_json
from core.model.instruments import catalog
from core.problems import InputError
from core.statements.decoding import decode_statement
from core.statements.importer import import_statement
from core.statements.reader import read_statement
from core.statements.statement import Statement

FOLDER = Path(os.environ.get("FXMARGIN_STATEMENTS", "FXMARGIN_STATEMENTS is not set"))
FILES = (
    "jsacap_Trade-Performance-Review_Statement.htm",
    "jblanco360_mt4-NTFY_DetailedStatement.htm",
    "KotaroHashimoto_pricetag_DetailedStatement.htm",
    "PopovMP_mt-report-parser_ReportHistory-70358000.html",
    "nica2525_WSL2-Linux-Migration-Trading-Project_ReportHistory-400078005.html",
    "benniejoseph_tradetaper_ReportHistory-5036821030.xlsx",
)


def data(name: str) -> bytes:
    path = FOLDER / name
    assert path.is_file(), f"{path} is missing: FXMARGIN_STATEMENTS must name the statements folder"
    return path.read_bytes()


def read(name: str) -> Statement:
    return read_statement(data(name), catalog())


def test_the_folder_is_there() -> None:
    assert FOLDER.is_dir(), f"FXMARGIN_STATEMENTS names {FOLDER}, which is not a folder"


def test_mt4_statement_english() -> None:
    s = read("jsacap_Trade-Performance-Review_Statement.htm")
    assert (s.platform, s.currency, s.account, s.leverage) == ("MT4", "USD", "2100104808", None)
    assert (s.balance, s.credit) == (94_174.94, 0.0)
    p = s.printed
    assert (p.equity, p.margin, p.free_margin, p.floating_pnl) == (
        94_361.59,
        16_304.56,
        78_057.03,
        186.65,
    )
    assert [(x.symbol, x.side, x.lots, x.open_price) for x in s.positions] == [
        ("AUDUSD", "sell", 4.95, 0.65877)
    ]
    assert s.positions[0].market_price == 0.65836
    # 124 closed buys and sells (493.83 lots); 3 cancelled limit orders and a deposit are not.
    assert (s.closed_trades, s.closed_lots, s.pending_orders) == (124, 493.83, 0)
    assert p.total_trades is None  # a plain Statement prints no Total Trades


def test_mt4_detailed_statement_agrees_with_its_total_trades() -> None:
    s = read("jblanco360_mt4-NTFY_DetailedStatement.htm")
    assert (s.currency, s.balance, s.credit, s.leverage) == ("USD", 1_232.24, 0.0, None)
    p = s.printed
    assert (p.equity, p.margin, p.free_margin, p.floating_pnl) == (946.53, 56.50, 890.03, -285.71)
    assert [(x.symbol, x.side, x.lots, x.open_price) for x in s.positions] == [
        ("XAUUSD", "sell", 0.03, 2702.74),
        ("XAUUSD", "sell", 0.01, 2702.53),
        ("XAUUSD", "sell", 0.03, 2727.61),
        ("XAUUSD", "sell", 0.03, 2752.79),
        ("USDJPY", "buy", 0.01, 156.157),
    ]
    assert (s.closed_trades, s.closed_lots, s.pending_orders) == (297, 36.53, 3)
    assert p.total_trades == s.closed_trades


def test_mt4_japanese_broker_template_in_shift_jis() -> None:
    s = read("KotaroHashimoto_pricetag_DetailedStatement.htm")
    assert (s.currency, s.account, s.balance, s.credit) == ("JPY", "201535329", 7_365_602.0, 0.0)
    p = s.printed
    assert (p.equity, p.margin, p.free_margin, p.floating_pnl) == (
        7_365_602.0,
        0.0,
        7_365_602.0,
        0.0,
    )
    assert s.positions == ()
    assert (s.closed_trades, s.closed_lots, s.pending_orders) == (5, 0.08, 0)
    assert p.total_trades == s.closed_trades


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(FILES),
    st.sampled_from(["cut", "flip", "swap"]),
    st.floats(0.0, 1.0),
    st.integers(0, 255),
)
def test_mutated_statements_read_or_fail_cleanly(
    name: str, how: str, where: float, byte: int
) -> None:
    original = bytearray(data(name))
    at = int(where * (len(original) - 1))
    if how == "cut":
        mutated = bytes(original[:at])
    elif how == "flip":
        original[at] = byte
        mutated = bytes(original)
    elif name.endswith(".xlsx"):  # two blocks of the archive swapped
        j = min(len(original) - 64, at + 64 * (1 + byte % 9))
        block = original[at : at + 64]
        original[at : at + 64] = original[j : j + 64]
        original[j : j + 64] = block
        mutated = bytes(original)
    else:  # two cells' contents swapped
        cells = decode_statement(bytes(original)).split("<td")
        i = int(where * (len(cells) - 2)) + 1
        j = min(len(cells) - 1, i + 1 + byte % 9)
        cells[i], cells[j] = cells[j], cells[i]
        mutated = "<td".join(cells).encode("utf-8")
    try:
        statement = read_statement(mutated, catalog())
    except InputError:
        return
    assert statement.closed_trades >= 0


def test_mt5_html_report() -> None:
    s = read("PopovMP_mt-report-parser_ReportHistory-70358000.html")
    assert (s.platform, s.currency, s.account, s.leverage) == ("MT5", "EUR", "70358000", None)
    assert (s.balance, s.credit) == (9_949.16, 0.0)
    p = s.printed
    assert (p.equity, p.margin, p.free_margin, p.floating_pnl) == (
        9_927.92,
        1_081.91,
        8_846.01,
        -20.68,
    )
    assert len(s.positions) == 85
    first = s.positions[0]
    assert (first.symbol, first.side, first.lots, first.open_price) == (
        "GBPUSD",
        "sell",
        0.02,
        1.27039,
    )
    assert first.commission == 0.0  # MT5 lists none for open positions
    # Closed trades are the out deals; the report's own Total Trades agrees.
    assert (s.closed_trades, p.total_trades, s.pending_orders) == (658, 658, 0)
    assert s.closed_lots == 10.48


def test_mt5_html_japanese_in_utf16_with_a_stray_byte() -> None:
    s = read("nica2525_WSL2-Linux-Migration-Trading-Project_ReportHistory-400078005.html")
    assert (s.platform, s.currency, s.account) == ("MT5", "JPY", "400078005")
    assert (s.balance, s.credit) == (3_002_745.0, 0.0)
    p = s.printed
    assert (p.equity, p.margin, p.free_margin, p.floating_pnl) == (
        3_002_711.0,
        6_857.0,
        2_995_854.0,
        -34.0,
    )
    assert [(x.symbol, x.side, x.lots, x.open_price) for x in s.positions] == [
        ("EURUSD", "sell", 0.01, 1.1431)
    ]
    assert (s.closed_trades, p.total_trades, s.pending_orders) == (85, 85, 9)
    assert s.closed_lots == 0.85


def test_mt5_xlsx_report() -> None:
    s = read("benniejoseph_tradetaper_ReportHistory-5036821030.xlsx")
    assert (s.platform, s.currency, s.account) == ("MT5", "USD", "5036821030")
    assert (s.balance, s.credit, s.positions) == (98_676.0, 0.0, ())
    p = s.printed
    assert (p.equity, p.margin, p.free_margin) == (98_676.0, 0.0, 98_676.0)
    # 16 out deals of 4 lots: 5 closed by opposite positions ("out by") and 11 plain outs.
    assert (s.closed_trades, s.closed_lots, p.total_trades) == (16, 64.0, 16)


@pytest.mark.parametrize(
    ("name", "leverage", "margin", "equity"),
    [
        ("jsacap_Trade-Performance-Review_Statement.htm", 20, 16_304.56, 94_361.59),
        ("jblanco360_mt4-NTFY_DetailedStatement.htm", 500, 56.50, 946.53),
        ("PopovMP_mt-report-parser_ReportHistory-70358000.html", 100, 1_081.91, 9_927.92),
    ],
)
def test_computing_the_import_reproduces_the_printed_margin(
    name: str, leverage: float, margin: float, equity: float
) -> None:
    imported = import_statement(data(name), name)
    assert imported.document["account"]["leverage"] == leverage
    result = evaluate(scenario_from_json(imported.document))
    assert result.margin == pytest.approx(margin, rel=0.005)
    assert result.equity == pytest.approx(equity, rel=0.0005)


def test_a_statement_without_its_conversion_prices_asks_for_them() -> None:
    name = "nica2525_WSL2-Linux-Migration-Trading-Project_ReportHistory-400078005.html"
    imported = import_statement(data(name), name)
    assert any(str(note).startswith("no price for USDJPY") for note in imported.notes)
    with pytest.raises(InputError) as error:
        scenario_from_json(imported.document)
    assert "add a price for USDJPY" in str(error.value)
