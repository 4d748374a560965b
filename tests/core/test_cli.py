"""docs/command-line.md: ``fxmargin compute`` and ``fxmargin curve``, exit codes and messages."""

import csv
import io
import json
from pathlib import Path

import pytest

from core.files.scheme_file import presets
from core.resources import resources_dir
from tests.core.builders import Cli
from tests.processes import run_fxmargin

EXAMPLES = resources_dir() / "examples"
SMALL = EXAMPLES / "exness-unlimited-small-account.json"
TIER = EXAMPLES / "gbpusd-volume-tier.json"


def test_compute_json_has_the_spec_fields(cli: Cli) -> None:
    code, out, _ = cli("compute", str(SMALL), "--json")
    assert code == 0
    data = json.loads(out)
    for key in (
        "currency",
        "balance",
        "equity",
        "floating_pnl",
        "margin",
        "free_margin",
        "margin_level",
    ):
        assert key in data
    assert data["margin_level"] is None
    assert data["leverage"] == {
        "selected": "unlimited",
        "granted": "unlimited",
        "effective": "unlimited",
        "charged": None,
    }
    assert data["margin_call"] is False
    assert data["stop_out"] is False
    assert set(data["positions"][0]) >= {
        "symbol",
        "side",
        "lots",
        "notional",
        "pnl",
        "margin",
        "leverage",
    }
    assert data["eligibility"]["eligible"] is True
    assert set(data["eligibility"]["checks"][0]) >= {"rule", "ok", "value", "required", "missing"}
    assert data["margin_call_price"]["symbol"] == "EURUSD"
    assert data["margin_call_price"]["above"] == pytest.approx(1.08415 - 8 / 4e6, rel=1e-9)
    assert set(data["stop_out_price"]) >= {"symbol", "below", "above"}
    assert isinstance(data["warnings"], list)
    assert data["warnings"]


def test_compute_json_money_is_not_rounded(cli: Cli) -> None:
    _, out, _ = cli("compute", str(EXAMPLES / "multi-currency-portfolio.json"), "--json")
    margin = json.loads(out)["margin"]
    assert margin != round(margin, 2)


def test_eligibility_is_null_without_unlimited_rules(cli: Cli) -> None:
    _, out, _ = cli("compute", str(TIER), "--json")
    assert json.loads(out)["eligibility"] is None


def test_compute_table_rounds_to_cents_and_shows_checklist_and_warnings(
    cli: Cli,
) -> None:
    code, out, _ = cli("compute", str(SMALL))
    assert code == 0
    assert "Equity                  688.00 USD" in out
    assert "Unlimited leverage: eligible" in out
    assert "[ok  ] closed_trades 12" in out
    assert "Warnings" in out
    assert "lifts equity past 1,000.00 USD" in out


def test_compute_symbol_option(cli: Cli) -> None:
    _, out, _ = cli("compute", str(SMALL), "--json", "--symbol", "XAUUSD")
    assert json.loads(out)["stop_out_price"]["symbol"] == "XAUUSD"


def test_curve_by_price_csv(cli: Cli) -> None:
    code, out, _ = cli(
        "curve",
        str(TIER),
        "--x",
        "price",
        "--symbol",
        "GBPUSD",
        "--from",
        "1.5",
        "--to",
        "1.6",
        "--points",
        "3",
    )
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["x", "equity", "margin", "free_margin", "margin_level", "leverage"]
    assert len(rows) == 4
    assert float(rows[1][0]) == 1.5
    assert float(rows[1][2]) == pytest.approx(1_950)
    assert float(rows[3][2]) == pytest.approx(2_160)
    assert rows[3][5] == "500.0"


def test_curve_by_equity_csv(cli: Cli) -> None:
    code, out, _ = cli(
        "curve", str(SMALL), "--x", "equity", "--from", "0", "--to", "2000", "--points", "5"
    )
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))[1:]
    assert [r[5] for r in rows] == ["unlimited", "unlimited", "2000.0", "2000.0", "2000.0"]
    assert rows[0][4] == ""  # no margin, no margin level


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["curve", str(TIER), "--x", "price", "--from", "1", "--to", "2"],
            "--symbol: required with --x price",
        ),
        (
            ["curve", str(TIER), "--x", "price", "--symbol", "USDJPY", "--from", "1", "--to", "2"],
            "--symbol: no price for 'USDJPY'",
        ),
        (
            ["curve", str(TIER), "--x", "price", "--symbol", "GBPUSD", "--from", "2", "--to", "1"],
            "--to: must be greater than --from",
        ),
        (
            ["curve", str(TIER), "--x", "price", "--symbol", "GBPUSD", "--from", "0", "--to", "1"],
            "--from: a price must be greater than 0",
        ),
        (
            ["curve", str(TIER), "--x", "equity", "--from", "0", "--to", "1", "--points", "1"],
            "--points: must be from 2",
        ),
        (
            ["curve", str(TIER), "--x", "equity", "--from", "nan", "--to", "1"],
            "--from: must be a finite number",
        ),
        (["compute"], "compute: give a scenario file, or --mt5 for the running terminal"),
        (["compute", "/no/such/file.json"], "/no/such/file.json: no such file"),
        (["compute", str(TIER), "--symbol", "EURUSD"], "--symbol: no price for 'EURUSD'"),
    ],
)
def test_bad_arguments_exit_2_naming_the_field(cli: Cli, args: list[str], expected: str) -> None:
    code, out, err = cli(*args)
    assert code == 2
    assert out == ""
    assert err.startswith(expected)


def test_bad_file_exits_2_with_one_line_per_problem(tmp_path: Path, cli: Cli) -> None:
    document = json.loads(TIER.read_text())
    document["positions"][0]["lots"] = 0
    document["account"]["balance"] = "x"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    code, _, err = cli("compute", str(bad))
    assert code == 2
    assert err.splitlines() == [
        'account.balance: must be a number, not a string ("x")',
        "positions[0].lots: must be greater than 0",
    ]


def test_internal_fault_exits_1(monkeypatch: pytest.MonkeyPatch, cli: Cli) -> None:
    def explode(*_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("core.cli.evaluate", explode)
    code, _, err = cli("compute", str(TIER))
    assert code == 1
    assert err == "internal error: RuntimeError: boom\n"


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\xff\xfe garbage", b"[1, 2]", b'{"format": "fxmargin-scenario", "version": 1'],
)
def test_real_command_never_prints_a_traceback(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    process = run_fxmargin("compute", str(bad))
    assert process.returncode == 2
    assert "Traceback" not in process.stderr
    assert process.stderr.strip()
    assert process.stdout == ""


def test_real_command_computes_an_example() -> None:
    process = run_fxmargin("compute", str(TIER), "--json")
    assert process.returncode == 0, process.stderr

    assert json.loads(process.stdout)["margin"] == pytest.approx(1_989)


def test_compute_json_of_the_bid_ask_open_price_example(cli: Cli) -> None:
    code, out, _ = cli("compute", str(EXAMPLES / "mt5-open-price-ladder.json"), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["margin_price"] == "open"
    assert data["margin"] == pytest.approx(32_368.95, abs=0.005)  # Alpari's figure
    # Buys close at the bid: -560 - 5,200 + 615.
    assert data["floating_pnl"] == pytest.approx(-5_145.0)
    stress = data["spread_stress"]
    assert stress["symbol"] == "GBPUSD"
    assert stress["current_pips"] == pytest.approx(0.8)
    # Margin call when 44,855 - 225 (s - 0.8) = 32,368.95: 45 lots of GBPUSD lose $225 per pip.
    assert stress["margin_call_pips"] == pytest.approx(0.8 + (44_855 - 32_368.95) / 225, rel=1e-9)
    assert stress["stop_out_pips"] == pytest.approx(0.8 + (44_855 - 32_368.95 / 2) / 225, rel=1e-9)


def test_compute_table_shows_spread_stress_and_distances_in_pips(
    cli: Cli,
) -> None:
    _, out, _ = cli("compute", str(EXAMPLES / "mt5-open-price-ladder.json"))
    assert "Margin basis            at the open price" in out
    assert "Spread of GBPUSD (mid fixed; now 0.8 pips)" in out
    assert "Margin call at          56.3 pips" in out
    assert "pips below (" in out  # the level prices below, with their distance and money


def test_presets_lists_each_with_its_source(cli: Cli) -> None:
    code, out, _ = cli("presets")
    assert code == 0
    assert any(line.split() == ["fbs", "FBS", "(equity", "tiers)"] for line in out.splitlines())
    assert "source: FxPro 'Specifications: Forex Leverage'" in out
    assert out.count("(checked 2026-11-2") == out.count("source: ") == len(presets())
    code, out, _ = cli("presets", "--json")
    entries = json.loads(out)
    assert {e["preset"] for e in entries} >= {"exness", "fbs", "xm", "fxpro", "justmarkets"}
    fields = {"preset", "name", "description", "source", "checked", "older", "advice"}
    assert all(set(e) == fields for e in entries)
    # Issue 22 item 19: the presets kept for older files come last, each saying what to pick.
    older = [e for e in entries if e["older"]]
    assert entries[-len(older) :] == older
    exness = next(e for e in entries if e["preset"] == "exness")
    assert exness["advice"] == (
        "kept for files made with it; for this broker pick Exness (current table, MT4 and MT5)"
    )
    assert "older: kept for files made with it; for this broker pick FXTM" in cli("presets")[1]
