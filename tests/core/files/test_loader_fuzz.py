"""Fuzzing the file loader: random JSON and mutated valid files get either a clean validation
error or a valid scenario, whose evaluation is finite."""

from __future__ import annotations

import copy
import json
import math
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.evaluate import evaluate
from core.files.json_files import parse_json
from core.files.scenario_reader import scenario_from_json
from core.problems import InputError
from core.report import result_to_json
from core.resources import resources_dir

EXAMPLES = [
    json.loads(p.read_text()) for p in sorted((resources_dir() / "examples").glob("*.json"))
]
FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def load_or_reject(document: Any) -> None:
    """Either a clean validation error (each problem with words) or a finite result."""
    rejected: InputError | None = None
    try:
        scenario = scenario_from_json(document)
        result = evaluate(scenario)
    except InputError as error:
        rejected = error
    if rejected is not None:
        assert rejected.problems
        assert all(p.message for p in rejected.problems)
        return
    json.dumps(result_to_json(result), allow_nan=False)  # never NaN or Infinity
    assert math.isfinite(result.margin)


@FUZZ
@given(json_values)
def test_random_json_documents(document: Any) -> None:
    load_or_reject(document)


@FUZZ
@given(st.text(max_size=200))
def test_random_text(text: str) -> None:
    try:
        document = parse_json(text, "f.json")
    except InputError:
        return
    load_or_reject(document)


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += paths(value, (*prefix, index))
    return found


@st.composite
def mutated_examples(draw: Any) -> Any:
    document = copy.deepcopy(draw(st.sampled_from(EXAMPLES)))
    for _ in range(draw(st.integers(1, 3))):
        places = paths(document)
        place = draw(st.sampled_from(places))
        parent = document
        for key in place[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[place[-1]] = draw(json_values)
        elif action == "delete":
            del parent[place[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=8))] = draw(json_values)
    return document


@FUZZ
@given(mutated_examples())
def test_mutated_valid_files(document: Any) -> None:
    load_or_reject(document)
