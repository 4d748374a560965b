"""Targets 2 and 3: the core on 10,000 positions over 29 symbols (net hedging, equity tiers,
notional volume tiers)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from core.analyses.curves import price_curve
from core.evaluate import evaluate
from core.files.scenario_reader import scenario_from_json
from core.model.scenario import Scenario
from core.statements.importer import import_statement
from tests.benchmarks.books import big_book
from tests.core.statement_files import mt4_statement, mt5_html, mt5_rows


@pytest.fixture(scope="module")
def book_10k() -> Scenario:
    return scenario_from_json(big_book(10_000))


def median(benchmark: BenchmarkFixture) -> float:
    assert benchmark.stats is not None
    return float(benchmark.stats.stats.median)


def test_evaluate_10000_positions_with_price_levels(
    benchmark: BenchmarkFixture, book_10k: Scenario
) -> None:
    result = benchmark(evaluate, book_10k)
    assert result.stop_out_price is not None
    assert len(result.positions) == 10_000
    assert median(benchmark) <= 0.150


def test_evaluate_10000_positions_and_1000_orders(benchmark: BenchmarkFixture) -> None:
    """1,000 pending orders over the same 29 symbols: the analysed one's (52 here) fill along
    its moves, each a stage of the account model."""
    book = scenario_from_json(big_book(10_000, orders=1_000))
    result = benchmark(evaluate, book)
    assert sum(fill.fills for fill in result.orders) > 40
    assert median(benchmark) <= 0.150


def test_evaluate_10000_positions_and_1000_orders_on_one_symbol(
    benchmark: BenchmarkFixture,
) -> None:
    """The worst case: all 1,000 orders on the analysed symbol, 1,001 stages."""
    book = scenario_from_json(big_book(10_000, orders=1_000, order_symbol="XAUUSD"))
    result = benchmark.pedantic(evaluate, (book,), rounds=5, warmup_rounds=1)
    assert result.analysis_symbol == "XAUUSD"
    assert sum(fill.fills for fill in result.orders) == 1_000
    assert median(benchmark) <= 1.0


def test_compute_json_10000_positions_whole_process(
    benchmark: BenchmarkFixture, tmp_path: Path
) -> None:
    scenario_file = tmp_path / "book.json"
    scenario_file.write_text(json.dumps(big_book(10_000)))

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "gui.main", "compute", str(scenario_file), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )

    process = benchmark.pedantic(run, rounds=7, warmup_rounds=1)
    assert len(json.loads(process.stdout)["positions"]) == 10_000
    assert median(benchmark) <= 1.0


def test_price_curve_1000_points_10000_positions(
    benchmark: BenchmarkFixture, book_10k: Scenario
) -> None:
    symbol = "XAUUSD"
    price = book_10k.prices[symbol]
    curve = benchmark(price_curve, book_10k, symbol, price * 0.9, price * 1.1, 1000)
    assert curve.margin.shape == (1000,)
    assert median(benchmark) <= 0.100


def test_import_a_large_mt4_statement(benchmark: BenchmarkFixture) -> None:
    """A Detailed Statement of 10,000 closed trades (about 2.6 MB), read and made a scenario."""
    data = mt4_statement(extra_closed=10_200).encode("cp1252")
    assert len(data) > 2_500_000
    imported = benchmark(import_statement, data, "Statement.htm")
    assert imported.statement.closed_trades == 10_203
    assert median(benchmark) <= 0.5


def test_import_a_large_mt5_report(benchmark: BenchmarkFixture) -> None:
    """An MT5 Trade History Report in UTF-16 with 10,000 deals (about 5 MB)."""
    data = mt5_html(mt5_rows(extra_deals=10_000))
    imported = benchmark(import_statement, data, "ReportHistory.html")
    assert imported.statement.closed_trades == 2 + 5_000
    assert median(benchmark) <= 0.5


def test_import_the_largest_shared_statement(benchmark: BenchmarkFixture) -> None:
    """The largest real statement in the folder FXMARGIN_STATEMENTS names (`make bench` names
    the shared one when it is beside the project), read and made a scenario: <= 0.5 s."""
    folder = os.environ.get("FXMARGIN_STATEMENTS")
    if not folder:
        pytest.skip("FXMARGIN_STATEMENTS names no folder of real statements")
    largest = max(
        (p for p in Path(folder).iterdir() if p.suffix.lower() in (".htm", ".html", ".xlsx")),
        key=lambda p: p.stat().st_size,
    )
    data = largest.read_bytes()
    imported = benchmark(import_statement, data, largest.name)
    assert imported.statement.balance is not None
    print(f"\n{largest.name}: {len(data):,} bytes, median {median(benchmark) * 1000:.0f} ms")
    assert median(benchmark) <= 0.5
