"""Issue 22 item 14: the results CSV carries every figure the results panel shows, rounded as
shown, without float noise."""

from __future__ import annotations

import csv
import io
import re

from core.analyses.stress_tests import stress_tests
from core.evaluate import evaluate
from core.files.scenario_reader import load_scenario
from core.report import result_csv
from core.resources import resources_dir

LADDER = resources_dir() / "examples" / "gbpusd-volume-tier.json"


def blocks(text: str) -> list[list[list[str]]]:
    return [list(csv.reader(io.StringIO(block))) for block in text.strip().split("\n\n")]


def test_every_figure_of_the_panel_rounded_as_shown() -> None:
    scenario = load_scenario(LADDER)
    text = result_csv(evaluate(scenario), stress_tests(scenario))
    figures, positions, stress = blocks(text)
    values = {row[0]: row[1:] for row in figures[1:] if row[0] != "warning"}
    # 6.5 lots GBPUSD bought at 1.50000, now 1.53000, on 1:500 below $1M.
    assert values["state"][0].startswith("OK: margin call 347.0 pips away (a fall to 1.49530)")
    assert values["balance"] == ["5000.00", "USD"]
    assert values["floating_pnl"] == ["19500.00", "USD"]
    assert values["margin"] == ["1989.00", "USD"]
    assert values["margin_level"] == ["1231.77", "%"]
    assert values["effective_leverage"] == ["500", ""]
    assert values["margin_basis"] == ["current", ""]
    assert values["margin_call_level"] == ["100", "%"]
    assert values["margin_call_below_price"] == ["1.49530", "GBPUSD"]
    assert values["margin_call_below_pips"] == ["-347.0", "pips"]
    assert values["margin_call_below_percent"] == ["-2.27", "%"]
    assert values["stop_out_below_price"] == ["1.49380", "GBPUSD"]
    assert values["margin_call_spread"] == ["690.2", "pips"]
    warnings = [row[1] for row in figures if row[0] == "warning"]
    assert any("takes volume past 1,000,000.00 USD" in w for w in warnings)
    assert positions[1] == ["GBPUSD", "buy", "6.5", "994500.00", "19500.00", "1989.00", "500"]
    assert stress[0][0] == "stress_test"
    # No float noise: every number has at most the decimals shown.
    numbers = [cell for block in (figures, positions, stress) for row in block for cell in row]
    for cell in numbers:
        if re.fullmatch(r"-?\d+\.\d+", cell):
            assert len(cell.split(".")[1]) <= 5, cell


def test_pending_orders_are_a_block_of_their_own() -> None:
    scenario = load_scenario(resources_dir() / "examples" / "book-of-stops.json")
    figures, positions, orders = blocks(result_csv(evaluate(scenario)))
    assert orders[0] == [
        "order",
        "symbol",
        "lots",
        "price",
        "fills_at_pips",
        "fills_at_price",
        "margin_after",
    ]
    assert len(orders) == 13
    # the third sell stop: the bid falls 40.5 pips to 1.08000 (mid 1.080035)
    assert orders[3] == ["sell_stop", "EURUSD", "0.5", "1.08000", "-40.5", "1.08004", "2700.07"]
    assert len(positions) == 2
    assert figures[0] == ["figure", "value", "unit"]
