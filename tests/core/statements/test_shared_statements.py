"""docs/statements.md on real statements saved by MetaTrader terminals, in the folder FXMARGIN_STATEMENTS
names. Each test checks what a trader would check by eye in the file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.evaluate import evaluate
from core.files.scenario_reader import scenario_from_json
from core.model.instruments import catalog
from core.overview.printed import compare_printed
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


# Every shared statement with open positions: (file, printed unit of its margin that the import
# must reach or None, the note that says why not, how far equity may be off).
REPRODUCED = [
    # (file, how far the margin may be off, else the note that says why; the note that says
    # why the equity is off, None when it agrees to the printed unit)
    ("jsacap_Trade-Performance-Review_Statement.htm", 0.005, None, None),
    ("jblanco360_mt4-NTFY_DetailedStatement.htm", 0.005, None, None),
    (
        "RenovatioTechnology_HTML.CSS.PHP.JAVASCRIPT.WebsiteDev_DetailedStatement.htm",
        0.005,
        None,
        None,
    ),
    ("Fsaintvil_PROPFIRM_ReportTrade-1512498604.xlsx", 0.005, None, None),
    # USD -> JPY implied from one or two small profits: the margin within that uncertainty.
    (
        "nica2525_WSL2-Linux-Migration-Trading-Project_ReportHistory-400078005.html",
        None,
        "USDJPY 147.8261 implied by the printed profits of 1 positions in USD (EURUSD), "
        "to within 1.47%",
        None,
    ),
    (
        "nica2525_WSL2-Linux-Migration-Trading-Project_ReportTrade-400078005_825ab30.html",
        None,
        "USDJPY 148.6111 implied by the printed profits of 2 positions in USD (EURUSD), "
        "to within 1.92%",
        None,
    ),
    ("tianyeshiye_FX_Statement.htm", 17.0, None, None),  # 0.02% of 84,261
    (
        "petrotempeny_petrotempeny.github.io_Statement.htm",
        None,
        "the file does not print EURUSD, and the broker's margin of EURCHF goes through "
        "it: the printed margin needs EURUSD 1.124060, where the statement's own prices give "
        "1.120117",
        None,
    ),
    (
        "PopovMP_mt-report-parser_ReportHistory-70358000.html",
        None,
        "the file does not print EURGBP, and the broker's margin of GBPUSD goes through "
        "it: the printed margin needs EURGBP 0.865153, where the statement's own prices give "
        "0.858189",
        "the profits of 2 positions (USDJPY) come out a 0.01 EUR off the printed ones: the "
        "terminal converted them at another rate than the middle of the prices the statement "
        "prints",
    ),
]


@pytest.mark.parametrize(("name", "margin_off", "margin_note", "equity_note"), REPRODUCED)
def test_each_statement_reproduces_its_printed_margin_and_equity_or_says_why_not(
    name: str, margin_off: float | None, margin_note: str | None, equity_note: str | None
) -> None:
    imported = import_statement(data(name), name)
    scenario = scenario_from_json(imported.document)
    figures = {f.key: f for f in compare_printed(scenario, evaluate(scenario))}
    # Equity as the terminal adds it up (each position's profit rounded): to the printed unit.
    if equity_note is None:
        assert figures["equity"].agrees, figures["equity"]
    else:
        assert not figures["equity"].agrees
        assert equity_note in imported.notes, imported.notes
    if margin_off is not None:
        assert abs(figures["margin"].difference) <= margin_off
    else:
        assert margin_note in imported.notes, imported.notes


def test_the_prop_firms_nzdusd_is_found_margined_one_and_a_half_times() -> None:
    name = "Fsaintvil_PROPFIRM_ReportTrade-1512498604.xlsx"
    imported = import_statement(data(name), name)
    document = imported.document
    assert document["account"]["leverage"] == 100
    assert document["scheme"]["margin_price"] == "open"
    assert document["instruments"] == {"NZDUSD": {"margin_multiplier": 1.5}}
    assert (
        "1:100; NZDUSD margined 1.5 times; margin at the open price reproduces the printed "
        "margin 295.84" in imported.notes
    )
    # It prints a free margin of balance less margin: the note says why fxmargin's differs.
    assert any("free margin is the balance less the margin" in str(n) for n in imported.notes)


def test_a_hedged_symbol_gets_both_sides_of_its_price() -> None:
    name = "RenovatioTechnology_HTML.CSS.PHP.JAVASCRIPT.WebsiteDev_DetailedStatement.htm"
    imported = import_statement(data(name), name)
    assert imported.document["prices"] == {"GBPUSD": {"bid": 1.60212, "ask": 1.60252}}
    # 1:800 unhedged and 1:400 on the larger leg give the same total: both are said.
    assert (
        "the statement fits other rules as well: (1:400; margin at the open price; hedges "
        "margined on their larger leg)" in imported.notes
    )


def test_the_mt5_trade_tab_report_reads_positions_and_working_orders() -> None:
    s = read("nica2525_WSL2-Linux-Migration-Trading-Project_ReportTrade-400078005_825ab30.html")
    assert (s.platform, s.currency, s.account) == ("MT5", "JPY", "400078005")
    assert [(p.symbol, p.side, p.lots, p.open_price, p.profit) for p in s.positions] == [
        ("EURUSD", "buy", 0.01, 1.15764, 27.0),
        ("EURUSD", "buy", 0.01, 1.15765, 25.0),
    ]
    assert len(s.orders) == s.pending_orders == 12
    assert {(o.order_type, o.lots) for o in s.orders} == {("sell_stop", 0.01)}
    assert s.orders[0].price == 1.15406
    assert (s.printed.margin, s.printed.equity) == (13_755.0, 3_000_316.0)


def test_a_missing_conversion_is_implied_by_the_printed_profit() -> None:
    name = "petrotempeny_petrotempeny.github.io_Statement.htm"
    imported = import_statement(data(name), name)
    assert imported.document["prices"]["USDCHF"] == 0.999092
    assert (
        "USDCHF 0.999092 implied by the printed profits of 1 positions in CHF (EURCHF), "
        "to within 0.011%" in imported.notes
    )
