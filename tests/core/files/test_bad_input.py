"""Every kind of malformed scenario through the real command: exit 2, one line per problem
naming the field, never a traceback, never NaN or Infinity in the output."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from core.resources import resources_dir
from tests.processes import run_fxmargin

EXAMPLE = json.loads((resources_dir() / "examples" / "gbpusd-volume-tier.json").read_text())


def with_change(path: list[str | int], value: object) -> bytes:
    document = json.loads(json.dumps(EXAMPLE))
    node = document
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return json.dumps(document).encode()


CASES: dict[str, tuple[bytes, str]] = {
    "empty file": (b"", "the file is empty"),
    "binary garbage": (
        bytes(range(256)) * 4,
        "neither an fxmargin scenario (JSON) nor a MetaTrader statement (HTML or XLSX)",
    ),
    "truncated JSON": (json.dumps(EXAMPLE).encode()[:60], "not valid JSON"),
    "a JSON array": (b"[1, 2, 3]", "a scenario must be a JSON object, not an array"),
    "a JSON string": (b'"scenario"', "a scenario must be a JSON object, not a string"),
    "NaN": (
        json.dumps(EXAMPLE).replace('"balance": 5000', '"balance": NaN').encode(),
        "NaN is not allowed",
    ),
    "Infinity": (
        json.dumps(EXAMPLE).replace('"balance": 5000', '"balance": Infinity').encode(),
        "Infinity is not allowed",
    ),
    "1e400 overflows to infinity": (
        json.dumps(EXAMPLE).replace('"balance": 5000', '"balance": 1e400').encode(),
        "account.balance: must be a finite number",
    ),
    "string for a number": (
        with_change(["positions", 0, "lots"], "6.5"),
        'positions[0].lots: must be a number, not a string ("6.5")',
    ),
    "boolean for a number": (
        with_change(["account", "balance"], True),
        "account.balance: must be a number, not true",
    ),
    "null for a number": (
        with_change(["prices", "GBPUSD"], None),
        "prices.GBPUSD: must be a number, not null",
    ),
    "1e300 lots": (
        with_change(["positions", 0, "lots"], 1e300),
        "positions[0].lots: must be at most 1,000,000,000 in size",
    ),
    "1e300 balance": (
        with_change(["account", "balance"], 1e300),
        "account.balance: must be at most 1,000,000,000,000,000 in size",
    ),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    "duplicate field": (
        b'{"format": "fxmargin-scenario", "format": "x"}',
        "not valid JSON: field 'format' appears twice",
    ),
    "newer version": (with_change(["version"], 7), "version: this file is version 7"),
}


def fxmargin(*args: str) -> subprocess.CompletedProcess[str]:
    return run_fxmargin(*args)


@pytest.mark.parametrize("name", list(CASES))
def test_bad_scenario_exits_2_naming_the_problem(name: str, tmp_path: Path) -> None:
    content, expected = CASES[name]
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    process = fxmargin("compute", str(bad), "--json")
    assert process.returncode == 2, process.stderr
    assert "Traceback" not in process.stderr
    assert process.stdout == ""
    assert any(expected in line for line in process.stderr.splitlines()), process.stderr


def test_overflowing_amounts_are_an_input_error(tmp_path: Path) -> None:
    document = json.loads(json.dumps(EXAMPLE))
    document["prices"] = {"GBPUSD": 1e15, "USDJPY": 1e-300}
    document["positions"] = [
        {"symbol": "USDJPY", "side": "buy", "lots": 1e9, "open_price": 1e15},
        {"symbol": "GBPUSD", "side": "sell", "lots": 1e9, "open_price": 1e15},
    ]
    (tmp_path / "huge.json").write_text(json.dumps(document))
    for args in (
        ("compute", "--json"),
        ("curve", "--x", "equity", "--from", "0", "--to", "1", "--points", "3"),
    ):
        process = fxmargin(args[0], str(tmp_path / "huge.json"), *args[1:])
        assert process.returncode == 2, process.stderr
        assert (
            process.stderr.strip()
            == "scenario: the amounts are too large to compute: check prices, lots and contract sizes"
            or "too large" in process.stderr
        )
        assert "Warning" not in process.stderr


@pytest.mark.parametrize(
    ("target", "expected"),
    [("missing.json", "no such file"), (".", "is a directory, not a file")],
)
def test_missing_files_and_directories(tmp_path: Path, target: str, expected: str) -> None:
    process = fxmargin("compute", str(tmp_path / target))
    assert process.returncode == 2
    assert process.stderr.strip().endswith(expected)
