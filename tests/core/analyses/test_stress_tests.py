"""Stress tests: the account after each what-if move, every rule applied."""

import pytest

from core.analyses.stress_tests import stress_tests
from core.evaluate import evaluate
from core.files.scenario_reader import load_scenario
from core.report import result_csv
from core.resources import resources_dir
from tests.core.builders import buy, scenario, sell

EXAMPLE = resources_dir() / "examples" / "exness-unlimited-small-account.json"


def by_name(rows, name):  # type: ignore[no-untyped-def]
    (row,) = [r for r in rows if r.name == name]
    return row


def test_the_example_by_hand() -> None:
    rows = stress_tests(load_scenario(EXAMPLE))
    # XAUUSD -2%: the 0.1-lot sell (10 oz) gains 10 x 2650 x 2% = 530: equity 688 -> 1,218,
    # past $1,000, so 1:2000 applies: EURUSD 4,336,280 / 2000 + XAUUSD 10 x 2,597 / 2000
    # = 2,168.14 + 12.985 = 2,181.125; 1,218 / 2,181.125 = 55.84% < 60%: margin call.
    gold = by_name(rows, "XAUUSD -2%")
    assert gold.equity == pytest.approx(1_218.0)
    assert gold.margin == pytest.approx(2_168.14 + 12.985)
    assert gold.margin_level == pytest.approx(1_218.0 / 2_181.125 * 100)
    assert gold.state == "margin call"
    # EURUSD -1%: 40 lots x 100,000 x 1.08407 x 1% = 43,362.80 lost: stop out.
    euro = by_name(rows, "EURUSD -1%")
    assert euro.equity_change == pytest.approx(-43_362.80)
    assert euro.state == "stop out"
    assert [r.kind for r in rows].count("move") == 12  # 2 symbols x 6 moves
    assert {r.kind for r in rows} == {"move", "currency", "spread", "gap"}


def test_the_account_currency_against_every_other() -> None:
    book = scenario(
        scheme="fixed-50",
        balance=10_000,
        prices={"EURUSD": 1.1, "USDJPY": 150.0},
        positions=[buy("EURUSD", 1, 1.1), buy("USDJPY", 1, 150.0)],
    )
    rows = stress_tests(book)
    stronger = by_name(rows, "USD 1% stronger")
    # EURUSD 1.1 -> 1.1 / 1.01: the buy loses 100,000 x (1.1 - 1.1/1.01). USDJPY 150 ->
    # 151.5: the buy gains 100,000 x 1.5 JPY = 150,000 JPY, at 151.5 = 990.10 USD.
    eur = 100_000 * (1.1 / 1.01 - 1.1)
    jpy = 100_000 * 1.5 / 151.5
    assert stronger.equity_change == pytest.approx(eur + jpy)


def test_a_weekend_gap_goes_against_each_net_position() -> None:
    book = scenario(
        scheme="fixed-50",
        balance=10_000,
        prices={"EURUSD": 1.1, "GBPUSD": 1.3},
        positions=[buy("EURUSD", 1, 1.1), sell("GBPUSD", 2, 1.3), buy("GBPUSD", 1, 1.3)],
    )
    gap = by_name(stress_tests(book, gap_pips=50), "gap 50 pips against all")
    # EURUSD net long 1 lot: down 50 pips = -500; GBPUSD net short 1 lot: up 50 pips:
    # the sell of 2 loses 1,000, the buy of 1 gains 500.
    assert gap.equity_change == pytest.approx(-500 - 1_000 + 500)
    assert all(r.kind != "gap" for r in stress_tests(book, gap_pips=0))


def test_each_spread_row_is_at_the_margin_call_spread() -> None:
    rows = stress_tests(load_scenario(EXAMPLE))
    euro = next(r for r in rows if r.kind == "spread" and str(r.name).startswith("EURUSD"))
    assert euro.name == "EURUSD spread 3.4 pips"
    assert euro.state != "ok"


def test_nothing_to_stress_without_positions() -> None:
    assert stress_tests(scenario(balance=100)) == ()


def test_the_results_csv_carries_the_stress_table() -> None:
    s = load_scenario(EXAMPLE)
    rows = stress_tests(s)
    text = result_csv(evaluate(s), rows)
    block = text.split("\n\n")[-1].splitlines()
    assert block[0] == "stress_test,equity,margin,free_margin,margin_level,equity_change,state"
    assert len(block) == len(rows) + 1
    name, equity, *_, state = block[8].split(",")
    assert (name, state) == ("XAUUSD -2%", "margin call")
    assert float(equity) == pytest.approx(1_218.0)
