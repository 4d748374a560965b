"""docs/scenario-files.md: reading, validating and saving scenario files."""

import json
import os
from pathlib import Path

import pytest

from core.files.json_files import parse_json
from core.files.scenario_reader import load_scenario, scenario_from_json
from core.files.scenario_writer import save_scenario
from core.problems import MISSING_PRICE, InputError
from core.resources import resources_dir
from tests.core.builders import buy, doc, problems_of

EXAMPLES = sorted((resources_dir() / "examples").glob("*.json"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_round_trip(path: Path, tmp_path: Path) -> None:
    scenario = load_scenario(path)
    target = tmp_path / "copy.json"
    save_scenario(scenario, target)
    assert load_scenario(target) == scenario


def test_there_are_six_examples() -> None:
    assert {p.stem for p in EXAMPLES} == {
        "book-of-stops",
        "gbpusd-volume-tier",
        "exness-unlimited-small-account",
        "exness-900-usd-40-lots",
        "multi-currency-portfolio",
        "mt5-open-price-ladder",
    }


def test_inline_scheme_round_trips(tmp_path: Path) -> None:
    document = doc(
        scheme={
            "name": "Mine",
            "currency": "EUR",
            "equity_tiers": [
                {"from": 0, "leverage": "unlimited"},
                {"from": 1000, "leverage": 2000},
            ],
            "volume_tiers": [{"from": 0, "leverage": 500}, {"from": 10, "leverage": 250}],
            "volume_unit": "lots",
            "volume_scope": "symbol",
            "hedging": "larger_leg",
            "apply_to": "new",
            "class_caps": {"crypto": 400},
            "unlimited": {"platforms": ["MT4"], "max_equity": 1000, "fallback": 2000},
            "restricted_cap": 100,
            "margin_levels": {"standard": {"margin_call": 60, "stop_out": 0}},
        },
        prices={"EURUSD": 1.1},
        positions=[buy("EURUSD", 1, 1.1, opened_leverage="unlimited", swap=-1.5)],
    )
    scenario = scenario_from_json(document)
    save_scenario(scenario, tmp_path / "s.json")
    assert load_scenario(tmp_path / "s.json") == scenario


def test_saving_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "s.json"
    target.write_text("previous contents")
    scenario = load_scenario(EXAMPLES[0])

    def broken_replace(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        save_scenario(scenario, target)
    assert target.read_text() == "previous contents"
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]


def test_saved_file_is_the_documented_format(tmp_path: Path) -> None:
    save_scenario(
        load_scenario(resources_dir() / "examples" / "exness-900-usd-40-lots.json"),
        tmp_path / "s.json",
    )
    saved = json.loads((tmp_path / "s.json").read_text())
    assert saved["format"] == "fxmargin-scenario"
    assert saved["version"] == 2
    assert saved["scheme"] == "exness"


def test_every_problem_is_reported_at_once_with_its_path() -> None:
    document = doc(positions=[buy("EURUSD", 1, 1.1), buy("EURUSD", 0, 1.1), buy("EURUSD", 1, -2)])
    document["account"]["balance"] = "lots"
    assert problems_of(document) == [
        'account.balance: must be a number, not a string ("lots")',
        "positions[1].lots: must be greater than 0",
        "positions[2].open_price: must be greater than 0",
    ]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(extra=1), "extra: unknown field"),
        (lambda d: d["account"].update(colour="red"), "account.colour: unknown field"),
        (
            lambda d: d["positions"].append({**buy("EURUSD", 1, 1.1), "note": "x"}),
            "positions[0].note: unknown field",
        ),
        (
            lambda d: d.update(version=3),
            "version: this file is version 3, written by a newer fxmargin; this fxmargin reads version 2",
        ),
        (lambda d: d.update(format="other"), 'format: must be "fxmargin-scenario"'),
        (lambda d: d.update(scheme="nobroker"), "scheme: unknown preset 'nobroker'"),
        (
            lambda d: d["positions"].append(buy("EURUSX", 1, 1.1)),
            "positions[0].symbol: unknown symbol 'EURUSX' (did you mean EURUSD?)",
        ),
        (
            lambda d: d["positions"].append(buy("GBPUSD", 1, 1.1)),
            'positions[0].symbol: no price for GBPUSD under "prices"',
        ),
        (lambda d: d["prices"].update(ABC=1), "prices.ABC: unknown symbol 'ABC'"),
        (lambda d: d["prices"].update(EURUSD=0), "prices.EURUSD: must be greater than 0"),
        (lambda d: d["account"].pop("balance"), "account.balance: required field is missing"),
        (lambda d: d["account"].update(leverage=0), "account.leverage: must be greater than 0"),
        (
            lambda d: d["account"].update(leverage="infinite"),
            'account.leverage: must be a number greater than 0 or "unlimited"',
        ),
        (
            lambda d: d["account"].update(currency="usd"),
            "account.currency: must be a three-letter currency code",
        ),
        (
            lambda d: d["account"].update(closed_trades=2.5),
            "account.closed_trades: must be a whole number",
        ),
        (
            lambda d: d["account"].update(balance=True),
            "account.balance: must be a number, not true",
        ),
        (
            lambda d: d["account"].update(levels_in="money"),
            'account.margin_call_level: required when levels_in is "money"',
        ),
        (
            lambda d: d["account"].update(margin_call_level=30, stop_out_level=50),
            "account.stop_out_level: must not be above margin_call_level",
        ),
        (
            lambda d: d["positions"].append({**buy("EURUSD", 1, 1.1), "side": "long"}),
            "positions[0].side: must be one of buy, sell, not 'long'",
        ),
        (
            lambda d: d["positions"].append(buy("EURUSD", 1e12, 1.1)),
            "positions[0].lots: must be at most 1,000,000,000 in size",
        ),
        (
            lambda d: d.update(scheme={"equity_tiers": [{"from": 100, "leverage": 500}]}),
            "scheme.equity_tiers[0].from: the first tier must start at 0",
        ),
        (
            lambda d: d.update(
                scheme={
                    "volume_tiers": [{"from": 0, "leverage": 500}, {"from": 0, "leverage": 250}]
                }
            ),
            "scheme.volume_tiers[1].from: tiers must strictly increase",
        ),
        (
            lambda d: d.update(scheme={"volume_tiers": [{"from": 0, "leverage": -5}]}),
            "scheme.volume_tiers[0].leverage: must be greater than 0",
        ),
        (
            lambda d: d.update(scheme={"hedging": "full"}),
            "scheme.hedging: must be one of none, net, larger_leg",
        ),
        (
            lambda d: d.update(scheme={"class_caps": {"bonds": 5}}),
            "scheme.class_caps.bonds: unknown instrument class",
        ),
        (
            lambda d: d.update(scheme={"unlimited": {"max_equity": 1000}}),
            "scheme.unlimited.fallback: required field is missing",
        ),
        (
            lambda d: d.update(instruments={"NEWSYM": {"class": "stock"}}),
            "instruments.NEWSYM.base: required field is missing",
        ),
        (
            lambda d: d.update(
                positions=[buy("USDCHF", 1, 0.9)],
                prices={"USDCHF": 0.9},
                account={**d["account"], "currency": "JPY"},
            ),
            "positions[0].symbol: no price converts CHF to JPY; add a price for CHFJPY",
        ),
        (
            lambda d: d.update(
                scheme="exness", account={**d["account"], "currency": "GBP"}, prices={"EURUSD": 1.1}
            ),
            "account.currency: no price converts GBP to USD; add a price for GBPUSD (the scheme counts tiers in USD)",
        ),
        (lambda d: d.update(positions={}), "positions: must be an array of positions"),
        (
            lambda d: d.update(restricted_market="yes"),
            'restricted_market: must be true or false, not a string ("yes")',
        ),
    ],
)
def test_bad_fields_are_named(change, expected: str) -> None:  # type: ignore[no-untyped-def]
    document = doc()
    change(document)
    problems = problems_of(document)
    assert any(p.startswith(expected) for p in problems), problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "the file is empty"),
        ("   \n", "the file is empty"),
        ('{"format": ', "not valid JSON: Expecting value at line 1 column 12"),
        ('{"a": NaN}', "not valid JSON: NaN is not allowed"),
        ('{"a": -Infinity}', "not valid JSON: -Infinity is not allowed"),
        ('{"a": 1, "a": 2}', "not valid JSON: field 'a' appears twice"),
    ],
)
def test_bad_json_text(text: str, expected: str) -> None:
    with pytest.raises(InputError) as error:
        parse_json(text, "f.json")
    assert str(error.value).startswith(f"f.json: {expected}")


def test_huge_exponent_is_not_a_finite_number() -> None:
    document = doc()
    document["account"]["balance"] = float("inf")
    assert "account.balance: must be a finite number" in problems_of(document)
    text = json.dumps(doc()).replace('"balance": 10000', '"balance": 1e400')
    with pytest.raises(InputError) as error:
        scenario_from_json(parse_json(text))
    assert "account.balance: must be a finite number" in str(error.value)


def test_top_level_array_is_refused() -> None:
    assert problems_of([1, 2]) == ["a scenario must be a JSON object, not an array"]


def test_files_that_cannot_be_read(tmp_path: Path) -> None:
    cases = {
        tmp_path / "missing.json": "no such file",
        tmp_path: "is a directory, not a file",
    }
    binary = tmp_path / "garbage.bin"
    binary.write_bytes(bytes(range(256)))
    cases[binary] = "is not a text (UTF-8) file"
    for path, expected in cases.items():
        with pytest.raises(InputError) as error:
            load_scenario(path)
        assert str(error.value) == f"{path}: {expected}"


def test_partial_override_of_a_catalog_instrument_keeps_the_rest() -> None:
    scenario = scenario_from_json(
        doc(prices={"XAGUSD": 30.0}, instruments={"XAGUSD": {"contract_size": 1000}})
    )
    silver = scenario.instrument("XAGUSD")
    assert (silver.contract_size, silver.pip_size, silver.quote) == (1000, 0.001, "USD")


def test_a_saved_file_gets_the_usual_permissions_not_private_ones(tmp_path: Path) -> None:
    # Found saving under Xvfb: the temporary file's 0600 survived the rename.
    import os
    import stat

    from core.files.json_files import write_atomically

    target = tmp_path / "new.json"
    umask = os.umask(0o022)
    try:
        write_atomically(target, "{}")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    target.chmod(0o640)
    write_atomically(target, "{}")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_problems_carry_their_path_as_keys_and_a_kind_for_the_app() -> None:
    # A broker's symbol may hold a dot: its price's path keeps it whole.
    with pytest.raises(InputError) as caught:
        scenario_from_json(doc(prices={"EURUSD.a": -1.0, "EURUSD": 1.1}))
    (problem,) = caught.value.problems
    assert problem.path == ("prices", "EURUSD.a")
    assert problem.where == "prices.EURUSD.a"
    # The app tells a missing price by its kind, not by its English words.
    with pytest.raises(InputError) as caught:
        scenario_from_json(doc(positions=[buy("GBPUSD", 1, 1.25)]))
    (missing,) = caught.value.problems
    assert (missing.path, missing.kind) == (("positions", 0, "symbol"), MISSING_PRICE)
    assert str(missing) == 'positions[0].symbol: no price for GBPUSD under "prices"'
