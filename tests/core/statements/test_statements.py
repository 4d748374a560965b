"""docs/statements.md: reading MetaTrader statements, on statements the tests write themselves."""

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.model.instruments import catalog
from core.problems import InputError
from core.statements.amounts import parse_amount, parse_volume
from core.statements.decoding import decode_statement
from core.statements.html_rows import html_rows, visible_texts
from core.statements.importer import import_statement
from core.statements.mt4 import looks_like_mt4
from core.statements.reader import read_statement
from core.statements.statement import Statement
from core.statements.symbols import catalog_symbol
from tests.core.statement_files import (
    ENGLISH,
    JAPANESE,
    MT5_FRENCH,
    mt4_statement,
    mt5_html,
    mt5_rows,
    mt5_xlsx,
)


def read(data: bytes) -> Statement:
    return read_statement(data, catalog())


def texts(html: str) -> list[list[str]]:
    return [visible_texts(row) for row in html_rows(html)]


@pytest.mark.parametrize(
    ("labels", "encoding"),
    [(ENGLISH, "cp1252"), (JAPANESE, "cp932"), (ENGLISH, "utf-8"), (ENGLISH, "utf-16")],
    ids=["english-cp1252", "japanese-shift-jis", "english-utf8", "english-utf16-bom"],
)
def test_mt4_detailed_statement(labels: dict[str, str], encoding: str) -> None:
    name = "Jürgen Müller" if labels is ENGLISH else "橋本 コウタロウ"
    text = mt4_statement(labels, with_credit=labels is ENGLISH, name=name)
    statement = read(text.encode(encoding))
    assert statement.platform == "MT4"
    assert statement.currency == "USD"
    assert statement.leverage == 500
    assert statement.account == "12345678"
    assert statement.balance == 10_234.56
    assert statement.credit == (100.0 if labels is ENGLISH else 0.0)
    assert statement.printed.equity == 9_900.00
    assert statement.printed.margin == 481.50
    assert statement.printed.free_margin == 9_418.50
    assert statement.printed.floating_pnl == -334.56
    # Closed buys and sells only: not the cancelled order, the deposit or the archive row.
    assert statement.closed_trades == 3
    assert statement.closed_lots == 2.5
    assert statement.printed.total_trades == 3
    assert statement.pending_orders == 1
    (eurusd, gold) = statement.positions
    assert (eurusd.broker_symbol, eurusd.symbol, eurusd.side) == ("EURUSDm", "EURUSD", "buy")
    assert (eurusd.lots, eurusd.open_price, eurusd.market_price) == (1.0, 1.08, 1.077)
    assert (eurusd.swap, eurusd.commission, eurusd.profit) == (-2.06, -7.0, -300.0)
    assert (gold.symbol, gold.side, gold.lots, gold.open_price) == ("XAUUSD", "sell", 0.5, 2_655.0)
    assert any("archive" in str(note) for note in statement.notes)


def test_the_person_s_name_in_cp1252_does_not_trouble_the_reader() -> None:
    data = mt4_statement(name="Jürgen Müller-Øster").encode("cp1252")
    assert decode_statement(data).count("Jürgen Müller-Øster") == 1


def test_a_statement_without_leverage_says_so() -> None:
    statement = read(mt4_statement(leverage="").encode("cp1252"))
    assert statement.leverage is None
    assert "the statement does not show the leverage" in statement.notes


def test_a_plain_statement_has_no_total_trades() -> None:
    statement = read(mt4_statement(detailed=False).encode("cp1252"))
    assert statement.printed.total_trades is None
    assert statement.closed_trades == 3


def test_an_unknown_symbol_is_kept_with_a_note() -> None:
    text = mt4_statement().replace("EURUSDm", "ZZTOP.x")
    statement = read(text.encode("cp1252"))
    assert statement.positions[0].symbol is None
    assert statement.positions[0].broker_symbol == "ZZTOP.x"
    assert any("'ZZTOP.x' is not in the catalog" in str(note) for note in statement.notes)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not a MetaTrader statement"),
        (b"\x00\x01\x02\xff" * 500, "not a MetaTrader statement"),
        (b"<html><body><p>Hello</p></body></html>", "not a MetaTrader statement"),
        (mt4_statement().encode("cp1252")[:2500], "the file looks cut short"),
        (
            mt4_statement().replace(">1.00<", ">1.O0<", 3).encode("cp1252"),
            "size '1.O0' is not a number",
        ),
    ],
    ids=["empty", "binary", "other-html", "truncated", "garbage-number"],
)
def test_bad_files_are_input_errors(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as error:
        read(data)
    assert message in str(error.value)


def test_detection() -> None:
    assert looks_like_mt4(texts(mt4_statement()))
    assert not looks_like_mt4(texts("<table><tr><td>a</td><td>b</td></tr></table>"))


# -- the pieces ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("-1 634.20", -1634.2),
        ("3 002 745", 3_002_745.0),
        ("43 790%", 43_790.0),
        ("0.00", 0.0),
        ("1\u00a0234.5", 1234.5),
        ("(12.50)", -12.5),
        ("", None),
        ("cancelled", None),
        ("1.2.3", None),
        ("nan", None),
        ("1e999", None),
    ],
)
def test_printed_amounts(text: str, value: float | None) -> None:
    assert parse_amount(text) == value


def test_mt5_volumes() -> None:
    assert parse_volume("0.01 / 0.01") == 0.01
    assert parse_volume("2") == 2.0


@pytest.mark.parametrize(
    ("broker", "symbol"),
    [
        ("eurusd.", "EURUSD"),
        ("EURUSDm", "EURUSD"),
        ("XAUUSD.Z", "XAUUSD"),
        ("eurgbp-2", "EURGBP"),
        ("xauusd@", "XAUUSD"),
        ("eurgbpi", "EURGBP"),
        ("nq100_m", "USTEC"),
        ("GOLD", "XAUUSD"),
        ("SILVER", "XAGUSD"),
        ("#US30", "US30"),
        ("usdjpy-cd", "USDJPY"),
        ("xtiusd", "USOIL"),
        ("m.GBPUSD", "GBPUSD"),
        ("ZZTOP", None),
        ("EURUSDXYZAB", None),
    ],
)
def test_broker_symbols(broker: str, symbol: str | None) -> None:
    assert catalog_symbol(broker, catalog()) == symbol


def test_utf16_with_a_stray_trailing_byte() -> None:
    data = codecs.BOM_UTF16_LE + "<p>Solde: 3 002 745</p>".encode("utf-16-le") + b"\n"
    assert decode_statement(data) == "<p>Solde: 3 002 745</p>"


def test_utf16_without_a_mark() -> None:
    assert decode_statement("<table><tr>".encode("utf-16-le")) == "<table><tr>"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("<td>基準通貨: JPY</td><td>ログインID</td>", "cp932"),
        ("<td>账户: 余额 货币</td><td>杠杆比例 结算</td>", "gbk"),
        ("<td>Solde créditeur: 1 234,00 €</td>", "cp1252"),
    ],
)
def test_code_pages_without_a_charset(text: str, encoding: str) -> None:
    assert decode_statement(text.encode(encoding)) == text


def test_rows_keep_hidden_cells_marked_and_expand_spans() -> None:
    rows = html_rows(
        '<table><tr><td colspan="2">a</td><td class="hidden">EA</td><th>b&nbsp;c</th>'
        "<tr><td>cut off"
    )
    assert visible_texts(rows[0]) == ["a", "", "b c"]
    assert rows[0][1].hidden
    assert visible_texts(rows[1]) == ["cut off"]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["cp1252", "utf-16"]), st.floats(0.0, 1.0), st.binary(min_size=1, max_size=4)
)
def test_cut_or_spliced_statements_read_or_fail_cleanly(
    encoding: str, where: float, junk: bytes
) -> None:
    reads_or_fails_cleanly(mt4_statement().encode(encoding), where, junk)


def reads_or_fails_cleanly(original: bytes, where: float, junk: bytes) -> None:
    """The file cut at ``where``, and with ``junk`` spliced in there: read, or refused with an
    input error, never anything else."""
    at = int(where * len(original))
    for mutated in (original[:at], original[:at] + junk + original[at + len(junk) :]):
        try:
            statement = read(mutated)
        except InputError:
            continue
        assert statement.closed_trades >= 0


MT5_FILES = {
    "html-utf16": lambda: mt5_html(mt5_rows()),
    "xlsx-utf16-parts": lambda: mt5_xlsx(mt5_rows()),
    "html-french": lambda: mt5_html(mt5_rows(MT5_FRENCH)),
    "xlsx-french": lambda: mt5_xlsx(mt5_rows(MT5_FRENCH)),
}


@pytest.mark.parametrize("make", MT5_FILES.values(), ids=MT5_FILES.keys())
def test_mt5_trade_history_report(make) -> None:  # type: ignore[no-untyped-def]
    statement = read(make())
    assert statement.platform == "MT5"
    assert (statement.currency, statement.account, statement.leverage) == ("USD", "70358000", None)
    assert (statement.balance, statement.credit) == (10_000.0, 50.0)
    printed = statement.printed
    assert (printed.equity, printed.margin, printed.free_margin, printed.floating_pnl) == (
        10_062.02,
        1_635.0,
        8_427.02,
        12.68,
    )
    # Out and out-by deals are the closed trades, as the report's Total Trades counts them.
    assert (statement.closed_trades, statement.closed_lots, printed.total_trades) == (2, 1.5, 2)
    assert statement.pending_orders == 1  # the cancelled order is history, not pending
    gbpusd, usdjpy = statement.positions
    assert (gbpusd.symbol, gbpusd.side, gbpusd.lots, gbpusd.open_price) == (
        "GBPUSD",
        "buy",
        0.5,
        1.27,
    )
    assert (gbpusd.market_price, gbpusd.swap, gbpusd.commission) == (1.271, -0.66, 0.0)
    assert (usdjpy.symbol, usdjpy.side, usdjpy.lots, usdjpy.open_price) == (
        "USDJPY",
        "sell",
        1.0,
        150.0,
    )


def test_an_mt5_import_infers_the_leverage_at_the_open_price() -> None:
    imported = import_statement(mt5_xlsx(mt5_rows()), "ReportHistory.xlsx")
    assert imported.document["account"]["leverage"] == 100
    assert imported.document["scheme"]["margin_price"] == "open"
    assert imported.document["account"]["credit"] == 50.0


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(list(MT5_FILES)), st.floats(0.0, 1.0), st.binary(min_size=1, max_size=4))
def test_cut_or_spliced_mt5_reports_read_or_fail_cleanly(
    kind: str, where: float, junk: bytes
) -> None:
    reads_or_fails_cleanly(MT5_FILES[kind](), where, junk)
