"""SPEC 10 on real statements saved by MetaTrader terminals, in the folder FXMARGIN_STATEMENTS
names. Each test checks what a trader would check by eye in the file."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.model.instruments import catalog
from core.problems import InputError
from core.statements.decoding import decode_statement
from core.statements.reader import read_statement
from core.statements.statement import Statement

FOLDER = Path(os.environ.get("FXMARGIN_STATEMENTS", "FXMARGIN_STATEMENTS is not set"))
MT4_FILES = (
    "jsacap_Trade-Performance-Review_Statement.htm",
    "jblanco360_mt4-NTFY_DetailedStatement.htm",
    "KotaroHashimoto_pricetag_DetailedStatement.htm",
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
    st.sampled_from(MT4_FILES),
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
    else:  # two cells' contents swapped
        text = decode_statement(bytes(original))
        cells = text.split("<td")
        i = int(where * (len(cells) - 2)) + 1
        j = min(len(cells) - 1, i + 1 + byte % 9)
        cells[i], cells[j] = cells[j], cells[i]
        mutated = "<td".join(cells).encode("utf-8")
    try:
        statement = read_statement(mutated, catalog())
    except InputError:
        return
    assert statement.closed_trades >= 0
