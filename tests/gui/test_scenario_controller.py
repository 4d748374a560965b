"""The observable layer, without any widget."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.problems import InputError, path_text
from gui.scenario_controller import DEFAULT_EXAMPLE, ScenarioController


@pytest.fixture
def controller(qtbot: QtBot) -> ScenarioController:
    controller = ScenarioController()
    controller.open_example()
    return controller


def test_path_text_matches_core_problem_paths() -> None:
    assert path_text(("positions", 2, "lots")) == "positions[2].lots"
    assert path_text(("account", "balance")) == "account.balance"


def test_example_evaluates(controller: ScenarioController) -> None:
    assert controller.dashboard is not None
    assert controller.dashboard.result.equity == pytest.approx(688)
    assert controller.is_valid
    assert not controller.dirty


def test_an_edit_recomputes_once_per_event_loop_turn(
    qtbot: QtBot, controller: ScenarioController
) -> None:
    before = controller.recompute_count
    with qtbot.waitSignal(controller.evaluated, timeout=2000) as blocker:
        controller.set_value(("positions", 0, "lots"), 10)
        controller.set_value(("positions", 0, "lots"), 20)
        controller.set_value(("account", "balance"), 500)
    assert controller.recompute_count == before + 1
    result = blocker.args[0].result
    assert result.positions[0].lots == 20
    assert result.balance == 500
    assert controller.dirty


def test_bad_value_reports_problem_and_keeps_last_good_result(
    qtbot: QtBot, controller: ScenarioController
) -> None:
    good = controller.dashboard
    with qtbot.waitSignal(controller.problems_changed, timeout=2000):
        controller.set_value(("positions", 1, "lots"), "abc")
    assert not controller.is_valid
    assert controller.problems_at(("positions", 1, "lots")) == [
        'must be a number, not a string ("abc")'
    ]
    assert controller.problems_at(("positions", 0, "lots")) == []
    assert controller.dashboard is good
    with qtbot.waitSignal(controller.evaluated, timeout=2000):
        controller.set_value(("positions", 1, "lots"), 0.2)
    assert controller.is_valid


def test_add_duplicate_remove_positions(qtbot: QtBot, controller: ScenarioController) -> None:
    with qtbot.waitSignal(controller.positions_changed):
        row = controller.duplicate_position(0)
    assert row == 1
    assert controller.value(("positions", 1, "symbol")) == "EURUSD"
    controller.add_position({"symbol": "GBPUSD", "side": "sell", "lots": 1, "open_price": 1.27})
    assert len(controller.value(("positions",))) == 4
    controller.remove_positions([0, 3])
    assert [p["symbol"] for p in controller.value(("positions",))] == ["EURUSD", "XAUUSD"]


def test_new_price_need_appears_before_it_is_typed(
    qtbot: QtBot, controller: ScenarioController
) -> None:
    with qtbot.waitSignal(controller.problems_changed, timeout=2000):
        controller.add_position({"symbol": "USDCHF", "side": "buy", "lots": 1, "open_price": 0.9})
    assert "USDCHF" in [n.symbol for n in controller.price_needs]
    assert any(
        "no price for USDCHF" in m for m in controller.problems_at(("positions", 2, "symbol"))
    )


def test_save_and_open_round_trip(
    qtbot: QtBot, controller: ScenarioController, tmp_path: Path
) -> None:
    controller.set_value(("account", "balance"), 777)
    target = controller.save(tmp_path / "mine.json")
    assert not controller.dirty
    other = ScenarioController()
    other.open_file(target)
    assert other.dashboard is not None
    assert other.dashboard.result.balance == 777
    assert other.path == target


def test_invalid_document_is_saved_as_typed(
    qtbot: QtBot, controller: ScenarioController, tmp_path: Path
) -> None:
    controller.set_value(("account", "balance"), "lots of money")
    controller.save(tmp_path / "draft.json")
    saved = json.loads((tmp_path / "draft.json").read_text())
    assert saved["account"]["balance"] == "lots of money"
    reopened = ScenarioController()
    reopened.open_file(tmp_path / "draft.json")
    assert reopened.problems_at(("account", "balance"))


def test_files_the_forms_cannot_show_are_refused(
    tmp_path: Path, controller: ScenarioController
) -> None:
    before = controller.document
    cases = {
        "array.json": "[1, 2]",
        "newer.json": json.dumps({**json.loads(DEFAULT_EXAMPLE.read_text()), "version": 3}),
        "broken.json": '{"format": ',
        "positions.json": json.dumps({**json.loads(DEFAULT_EXAMPLE.read_text()), "positions": {}}),
    }
    messages = {}
    for name, text in cases.items():
        (tmp_path / name).write_text(text)
        with pytest.raises(InputError) as error:
            controller.open_file(tmp_path / name)
        messages[name] = str(error.value)
    assert "reads version 2" in messages["newer.json"]
    assert "not valid JSON" in messages["broken.json"]
    assert "positions: must be an array" in messages["positions.json"]
    assert controller.document == before


def test_bid_and_ask_editing_rules(controller: ScenarioController) -> None:
    controller.set_price_side("GBPUSD", "bid", 1.27)
    assert controller.value(("prices", "GBPUSD")) == 1.27
    assert controller.price_side("GBPUSD", "ask") == (1.27, True)
    controller.set_price_side("GBPUSD", "bid", 1.28)  # no spread yet: the whole price moves
    assert controller.value(("prices", "GBPUSD")) == 1.28
    controller.set_price_side("GBPUSD", "ask", 1.2803)
    assert controller.value(("prices", "GBPUSD")) == {"bid": 1.28, "ask": 1.2803}
    assert controller.price_side("GBPUSD", "ask") == (1.2803, False)
    controller.set_price_side("GBPUSD", "bid", 1.2801)
    assert controller.value(("prices", "GBPUSD")) == {"bid": 1.2801, "ask": 1.2803}
    controller.set_price_side("GBPUSD", "ask", 1.2801)  # ask = bid: one number again
    assert controller.value(("prices", "GBPUSD")) == 1.2801
    controller.set_price_side("GBPUSD", "ask", 1.2805)
    controller.set_price_side("GBPUSD", "ask", None)  # cleared ask: the bid is the price
    assert controller.value(("prices", "GBPUSD")) == 1.2801
    controller.set_price_side("GBPUSD", "bid", None)
    assert controller.value(("prices", "GBPUSD")) is None


def test_a_new_position_opens_at_the_ask_or_the_bid(controller: ScenarioController) -> None:
    controller.new_document()
    controller.set_price("EURUSD", {"bid": 1.1, "ask": 1.1002})
    controller.add_position({"symbol": "EURUSD", "side": "sell", "lots": 1, "open_price": 1.0})
    row = controller.add_position()
    assert controller.value(("positions", row, "open_price")) == 1.1
    controller.set_value(("positions", row, "side"), "buy")
    row = controller.add_position()
    assert controller.value(("positions", row, "open_price")) == 1.1002
