"""The margin-level heat map of the book's two largest symbols."""

import numpy as np
import pytest

from core.analyses.heat_map import STATE_CALL, STATE_OK, STATE_STOP, heat_map, largest_symbols
from core.evaluate import evaluate
from core.files.scenario_reader import load_scenario
from core.resources import resources_dir

EXAMPLE = resources_dir() / "examples" / "exness-unlimited-small-account.json"


def test_each_cell_is_the_account_with_both_prices_moved() -> None:
    s = load_scenario(EXAMPLE)
    result = evaluate(s)
    assert largest_symbols(result.positions) == ["EURUSD", "XAUUSD"]
    heat = heat_map(s, ["EURUSD", "XAUUSD"], 2.0, points=9)
    assert heat is not None
    assert list(heat.x_moves) == pytest.approx([-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2])
    centre = heat.state[4, 4]
    assert centre == STATE_OK
    assert heat.equity[4, 4] == pytest.approx(result.equity)
    # Spot checks against a full evaluation with both mids moved.
    for i, j in ((0, 8), (8, 0), (2, 6), (6, 5)):
        moved = s.with_mid("EURUSD", 1.08407 * (1 + heat.x_moves[j] / 100)).with_mid(
            "XAUUSD", 2650.0 * (1 + heat.y_moves[i] / 100)
        )
        expected = evaluate(moved)
        assert heat.equity[i, j] == pytest.approx(expected.equity)
        if expected.margin > 0:
            assert heat.margin_level[i, j] == pytest.approx(expected.margin_level)
        else:
            assert np.isnan(heat.margin_level[i, j])
        state = (
            STATE_STOP if expected.stop_out else STATE_CALL if expected.margin_call else STATE_OK
        )
        assert heat.state[i, j] == state


def test_no_heat_map_with_one_symbol() -> None:
    s = load_scenario(EXAMPLE)
    assert heat_map(s, ["EURUSD"], 2.0) is None
