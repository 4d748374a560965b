"""docs/scenario-files.md, version 2: bid/ask, margin price, hedging rates and maps, groups, volume counts,
ladder maps, restricted positions and a file's source; read versions 1 and 2, write 2."""

import json
from pathlib import Path
from typing import Any

import pytest

from core.files.scenario_reader import load_scenario, scenario_from_json
from core.files.scenario_writer import save_scenario
from core.model.quote import Quote
from tests.core.builders import buy, doc, problems_of

V2_SCHEME: dict[str, Any] = {
    "name": "Every version 2 field",
    "source": "a broker's page",
    "checked": "2026-11-01",
    "margin_price": "open",
    "hedging": {"forex": "net", "metal": 0.5, "other": "larger_leg"},
    "volume_unit": "notional",
    "volume_scope": "group",
    "volume_count": "larger_side",
    "volume_tiers": {
        "major": [{"from": 0, "leverage": 1000}, {"from": 700_000, "leverage": 500}],
        "minor": [{"from": 0, "leverage": 500}],
        "other": [{"from": 0, "leverage": 200}],
    },
    "restricted_cap": {"forex": 200, "XAGUSD": 100},
}


def v2_document() -> dict[str, Any]:
    return doc(
        version=2,
        scheme=V2_SCHEME,
        prices={"EURUSD": {"bid": 1.085, "ask": 1.08507}, "XAUUSD": 2650.0},
        positions=[buy("EURUSD", 1, 1.08, restricted=True), buy("XAUUSD", 0.1, 2600.0)],
        instruments={"XAUUSD": {"margin_multiplier": 1.15, "group": "gold"}},
        source={"file": "ReportHistory-123.html", "platform": "MT5", "printed": {"margin": 12.5}},
    )


def test_every_version_2_field_round_trips(tmp_path: Path) -> None:
    scenario = scenario_from_json(v2_document())
    assert scenario.quotes["EURUSD"] == Quote(1.085, 1.08507)
    assert scenario.prices["EURUSD"] == pytest.approx(1.085035)
    assert scenario.positions[0].restricted
    assert scenario.instrument("XAUUSD").group == "gold"
    assert scenario.scheme.hedging_for("metal") == 0.5
    save_scenario(scenario, tmp_path / "s.json")
    assert load_scenario(tmp_path / "s.json") == scenario
    saved = json.loads((tmp_path / "s.json").read_text())
    assert saved["version"] == 2
    assert saved["prices"] == {"EURUSD": {"bid": 1.085, "ask": 1.08507}, "XAUUSD": 2650.0}
    assert saved["source"] == v2_document()["source"]
    assert saved["scheme"]["volume_tiers"]["minor"] == [{"from": 0, "leverage": 500}]
    assert saved["scheme"]["hedging"] == V2_SCHEME["hedging"]


def test_a_single_ladder_and_a_hedging_rate_round_trip(tmp_path: Path) -> None:
    scheme = {"hedging": 0.5, "volume_tiers": [{"from": 0, "leverage": 500}]}
    scenario = scenario_from_json(doc(scheme=scheme))
    save_scenario(scenario, tmp_path / "s.json")
    saved = json.loads((tmp_path / "s.json").read_text())
    assert saved["scheme"]["hedging"] == 0.5
    assert saved["scheme"]["volume_tiers"] == [{"from": 0, "leverage": 500}]
    assert load_scenario(tmp_path / "s.json") == scenario


def test_a_version_1_file_is_read_and_saved_as_version_2(tmp_path: Path) -> None:
    scenario = scenario_from_json(doc(prices={"EURUSD": 1.1}))
    assert scenario.quotes["EURUSD"] == Quote(1.1, 1.1)
    save_scenario(scenario, tmp_path / "s.json")
    saved = json.loads((tmp_path / "s.json").read_text())
    assert saved["version"] == 2
    assert saved["prices"] == {"EURUSD": 1.1}
    assert "source" not in saved


def test_a_derived_group_follows_an_overridden_class() -> None:
    scenario = scenario_from_json(doc(instruments={"EURUSD": {"class": "crypto"}}))
    assert scenario.instrument("EURUSD").group == "crypto"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["prices"].update(EURUSD={"bid": 1.1, "ask": 1.09}),
            "prices.EURUSD.ask: must be at least the bid (1.1)",
        ),
        (
            lambda d: d["prices"].update(EURUSD={"bid": 0, "ask": 1.09}),
            "prices.EURUSD.bid: must be greater than 0",
        ),
        (
            lambda d: d["prices"].update(EURUSD={"bid": 1.1}),
            "prices.EURUSD.ask: required field is missing",
        ),
        (
            lambda d: d["prices"].update(EURUSD={"bid": 1.1, "ask": 1.2, "last": 1.15}),
            "prices.EURUSD.last: unknown field",
        ),
        (lambda d: d["scheme"].update(hedging=1.5), "scheme.hedging: must be between 0 and 1"),
        (lambda d: d["scheme"].update(hedging=-0.1), "scheme.hedging: must be between 0 and 1"),
        (
            lambda d: d["scheme"].update(hedging="half"),
            "scheme.hedging: must be one of none, net, larger_leg, not 'half'",
        ),
        (
            lambda d: d["scheme"].update(hedging={"fx": "net"}),
            "scheme.hedging.fx: unknown instrument class",
        ),
        (
            lambda d: d["scheme"].update(hedging={"forex": 2}),
            "scheme.hedging.forex: must be between 0 and 1",
        ),
        (
            lambda d: d["scheme"].update(margin_price="close"),
            "scheme.margin_price: must be one of current, open, not 'close'",
        ),
        (
            lambda d: d["scheme"].update(volume_count="net"),
            "scheme.volume_count: must be one of margined, larger_side, gross, not 'net'",
        ),
        (
            lambda d: d["scheme"].update(volume_tiers={"major": [{"from": 5, "leverage": 500}]}),
            "scheme.volume_tiers.major[0].from: the first tier must start at 0",
        ),
        (
            lambda d: d["positions"].append({**buy("EURUSD", 1, 1.1), "restricted": "yes"}),
            'positions[0].restricted: must be true or false, not a string ("yes")',
        ),
        (
            lambda d: d.update(instruments={"EURUSD": {"margin_multiplier": 0}}),
            "instruments.EURUSD.margin_multiplier: must be greater than 0",
        ),
        (
            lambda d: d.update(instruments={"EURUSD": {"group": ""}}),
            "instruments.EURUSD.group: must not be empty",
        ),
        (
            lambda d: d.update(source="statement.htm"),
            "source: must be an object of facts about where the file came from",
        ),
    ],
)
def test_bad_version_2_fields_are_named(change, expected: str) -> None:  # type: ignore[no-untyped-def]
    document = doc(version=2)
    change(document)
    assert any(p.startswith(expected) for p in problems_of(document)), problems_of(document)
