"""docs/command-line.md, docs/statements.md: a statement becomes a scenario; ``fxmargin import``; ``compute`` of a statement."""

import json
from pathlib import Path

import pytest

from core.evaluate import evaluate
from core.files.scenario_reader import scenario_from_json
from core.overview.printed import compare_printed
from core.problems import InputError
from core.statements.importer import import_statement, load_any
from tests.core.builders import Cli
from tests.core.statement_files import mt4_statement, mt5_rows, mt5_xlsx
from tests.processes import run_fxmargin

STATEMENT = mt4_statement().encode("cp1252")
NO_LEVERAGE = mt4_statement(leverage="").encode("cp1252")


def test_the_scenario_holds_the_account_positions_prices_and_history() -> None:
    imported = import_statement(STATEMENT, "Statement.htm")
    doc = imported.document
    assert doc["version"] == 2
    assert doc["account"] == {
        "currency": "USD",
        "balance": 10_234.56,
        "credit": 100.0,
        "platform": "MT4",
        "closed_trades": 3,
        "closed_lots": 2.5,
        "leverage": 500.0,
    }
    # A buy's row prints the bid, a sell's the ask; the working order's row gives USDJPY.
    assert doc["prices"] == {"EURUSD": 1.077, "XAUUSD": 2655.5, "USDJPY": 150.1}
    assert doc["orders"] == [{"symbol": "USDJPY", "type": "sell_stop", "lots": 1.0, "price": 148.0}]
    assert doc["positions"][0] == {
        "symbol": "EURUSD",
        "side": "buy",
        "lots": 1.0,
        "open_price": 1.08,
        "swap": -2.06,
        "commission": -7.0,
    }
    source = doc["source"]
    assert (source["file"], source["platform"], source["account"]) == (
        "Statement.htm",
        "MT4",
        "12345678",
    )
    assert source["printed"]["margin"] == 481.5
    assert "name" not in json.dumps(source).lower()  # not the person's name
    assert "leverage 1:500 as the statement shows" in imported.notes
    scenario = scenario_from_json(doc)
    assert scenario.source == source


def test_the_leverage_that_reproduces_the_printed_margin() -> None:
    imported = import_statement(NO_LEVERAGE, "s.htm")
    assert imported.document["account"]["leverage"] == 500
    assert imported.document["scheme"]["margin_price"] == "open"
    assert any(
        "1:500; margin at the open price reproduces the printed margin 481.50" in str(note)
        for note in imported.notes
    )
    result = evaluate(scenario_from_json(imported.document))
    assert round(result.margin, 2) == 481.50


def test_given_leverage_and_scheme_win() -> None:
    imported = import_statement(NO_LEVERAGE, "s.htm", scheme="fixed-30", leverage=30)
    assert imported.document["scheme"] == "fixed-30"
    assert imported.document["account"]["leverage"] == 30
    assert "leverage 1:30 as given" in imported.notes


def test_when_no_rule_reproduces_the_margin_the_closest_is_used_with_a_note() -> None:
    data = mt4_statement(leverage="").replace(">481.50<", ">777.77<").encode("cp1252")
    imported = import_statement(data, "s.htm")
    assert imported.document["account"]["leverage"] == 300
    assert (
        "no rule tried reproduces the printed margin 777.77: the closest, 1:300; margin at the "
        "current price, gives 801.58 (23.81 off)" in imported.notes
    )


def test_an_unmapped_symbol_leaves_an_instrument_to_complete() -> None:
    data = mt4_statement().replace("EURUSDm", "ZZTOP.x").encode("cp1252")
    imported = import_statement(data, "s.htm")
    assert imported.document["instruments"] == {"ZZTOP.x": {}}
    with pytest.raises(InputError) as error:
        scenario_from_json(imported.document)
    assert "instruments.ZZTOP.x.class: required field is missing" in str(error.value)


def test_import_command_writes_the_scenario(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "s.htm").write_bytes(NO_LEVERAGE)
    code, out, err = cli("import", str(tmp_path / "s.htm"), "-o", str(tmp_path / "s.json"))
    assert (code, err) == (0, "")
    assert "note: 1:500; margin at the open price reproduces the printed margin 481.50" in out
    assert json.loads((tmp_path / "s.json").read_text())["account"]["leverage"] == 500


def test_import_json_says_what_was_read(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "s.htm").write_bytes(STATEMENT)
    code, out, _ = cli("import", str(tmp_path / "s.htm"), "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) >= {
        "platform", "currency", "leverage", "balance", "credit", "closed_trades",
        "closed_lots", "pending_orders", "positions", "prices", "printed", "notes",
    }  # fmt: skip
    assert data["leverage"] == 500
    assert data["pending_orders"] == 1
    assert data["printed"] == {
        "balance": 10_234.56,
        "equity": 9_900.0,
        "margin": 481.5,
        "free_margin": 9_418.5,
        "floating_pnl": -334.56,
    }
    assert set(data["positions"][1]) >= {
        "symbol",
        "side",
        "lots",
        "open_price",
        "swap",
        "commission",
    }


def test_compute_opens_a_statement_directly(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "s.htm").write_bytes(STATEMENT)
    code, out, _ = cli("compute", str(tmp_path / "s.htm"), "--json")
    assert code == 0
    assert json.loads(out)["balance"] == 10_234.56
    assert load_any(tmp_path / "s.htm").account.closed_trades == 3


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a MetaTrader statement"),
        (b"<html><p>a letter</p></html>", "not a MetaTrader statement"),
        (STATEMENT[:3000], "the file looks cut short"),
        (b"PK\x03\x04broken zip", "not a readable XLSX workbook"),
    ],
    ids=["empty", "other-html", "truncated", "broken-xlsx"],
)
def test_bad_statements_exit_2_without_a_traceback(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.htm"
    path.write_bytes(content)
    done = run_fxmargin("import", str(path), "-o", str(tmp_path / "out.json"))
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out.json").exists()  # never a half-imported scenario


def test_an_unknown_preset_and_a_bad_leverage_are_named(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "s.htm").write_bytes(STATEMENT)
    code, _, err = cli("import", str(tmp_path / "s.htm"), "--scheme", "nope")
    assert code == 2
    assert err.startswith("--scheme: unknown preset 'nope'")
    code, _, err = cli("import", str(tmp_path / "s.htm"), "--leverage", "lots")
    assert code == 2
    assert err.startswith("--leverage: must be a number greater than 0")


def test_every_printed_figure_of_a_consistent_mt5_report_agrees() -> None:
    imported = import_statement(mt5_xlsx(mt5_rows()), "ReportHistory.xlsx")
    scenario = scenario_from_json(imported.document)
    figures = {f.key: f for f in compare_printed(scenario, evaluate(scenario))}
    assert set(figures) == {"balance", "equity", "margin", "free_margin", "floating_pnl"}
    assert all(f.agrees for f in figures.values()), figures
    # MT5 prints floating P/L without swaps: 50.00 - 37.32, where the account's is 12.02.
    assert figures["floating_pnl"].printed == 12.68
    assert round(evaluate(scenario).floating_pnl, 2) == 12.02


def test_mt4_floating_pnl_includes_swaps_and_differences_show() -> None:
    # A preset at the current price against a file margined at the open price.
    imported = import_statement(STATEMENT, "s.htm", scheme="fixed-30")
    scenario = scenario_from_json(imported.document | {"scheme": {}})
    figures = {f.key: f for f in compare_printed(scenario, evaluate(scenario))}
    assert figures["balance"].agrees
    assert not figures["margin"].agrees  # 1:500 at the current price against the open price
    assert figures["margin"].difference == pytest.approx(480.95 - 481.50)


def test_no_comparison_without_a_statement() -> None:
    scenario = scenario_from_json(import_statement(STATEMENT, "s.htm").document | {"source": None})
    assert compare_printed(scenario, evaluate(scenario)) == ()
