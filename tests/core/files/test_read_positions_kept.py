"""Positions read before are kept by their fields: reading a document whose positions were
read already gives the same scenario, and every problem, as reading it from nothing."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import core.files.scenario_reader as scenario_reader
from core.files.scenario_reader import scenario_from_json
from core.problems import InputError
from tests.core.strategies import scenario_docs

KEPT = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read(document: dict[str, Any]) -> object:
    """The scenario, or the problems' words."""
    try:
        return scenario_from_json(copy.deepcopy(document))
    except InputError as error:
        return [str(p) for p in error.problems]


def fresh(document: dict[str, Any]) -> object:
    scenario_reader._READ_POSITIONS.clear()
    return read(document)


@KEPT
@given(scenario_docs(), st.data())
def test_a_document_read_again_reads_as_from_nothing(
    document: dict[str, Any], data: st.DataObject
) -> None:
    first = fresh(document)
    assert read(document) == first  # every position from what was kept
    # One field of one position changed, to a good value or a bad one.
    if document["positions"]:
        changed = copy.deepcopy(document)
        position = data.draw(st.sampled_from(changed["positions"]))
        field = data.draw(st.sampled_from(sorted(position)))
        position[field] = data.draw(
            st.sampled_from([True, 1, 1.0, 0, -1, "1", None, "EURUSD", "ZZZ", 2.5])
        )
        assert read(changed) == fresh(changed)


def base(**position: Any) -> dict[str, Any]:
    return {
        "format": "fxmargin-scenario",
        "version": 2,
        "account": {"currency": "USD", "balance": 1000, "leverage": 100},
        "scheme": "fixed-50",
        "prices": {"EURUSD": 1.08},
        "positions": [
            {"symbol": "EURUSD", "side": "buy", "lots": 1, "open_price": 1.08, **position}
        ],
    }


def test_true_and_1_are_not_the_same_field() -> None:
    """Python finds True == 1; a file's boolean is not a number."""
    kept = fresh(base(restricted=True))
    assert not isinstance(kept, list)
    assert read(base(restricted=True)) == kept
    refused = read(base(restricted=1))
    assert isinstance(refused, list)
    assert any("restricted" in problem for problem in refused)


@pytest.mark.parametrize("symbol", ["XYZ123"])
def test_a_kept_position_on_a_symbol_this_file_does_not_know_is_refused(symbol: str) -> None:
    defined = base(symbol=symbol)
    defined["prices"] = {symbol: 1.5, "EURUSD": 1.08}
    defined["instruments"] = {
        symbol: {
            "class": "forex",
            "base": "XYZ",
            "quote": "USD",
            "contract_size": 1000,
            "pip_size": 0.01,
        }
    }
    assert not isinstance(fresh(defined), list)  # read and kept
    undefined = base(symbol=symbol)
    undefined["prices"] = {symbol: 1.5, "EURUSD": 1.08}
    refused = read(undefined)  # its position's fields were kept from the file that knew it
    assert isinstance(refused, list)
    assert any(problem.startswith("positions[0].symbol") for problem in refused)
    assert refused == fresh(undefined)
