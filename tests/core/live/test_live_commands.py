"""``fxmargin snapshot`` and ``fxmargin compute --mt5`` (docs/command-line.md), on the
stand-in terminal; and what they say where the package or the terminal is missing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from core import cli as commands
from core.files.scenario_reader import load_scenario
from core.live.mt5_link import connect
from tests.core.conftest import Cli
from tests.core.live.test_mt5_link import terminal


@pytest.fixture
def running(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(commands, "connect", lambda: terminal())


@pytest.mark.usefixtures("running")
def test_snapshot_writes_the_account_as_a_scenario(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "now.json"
    code, out, err = cli("snapshot", "-o", str(target), "--scheme", "fxpro")
    assert (code, out, err) == (0, "", "")
    scenario = load_scenario(target)
    assert [p.symbol for p in scenario.positions] == ["EURUSD", "EURUSD"]
    assert scenario.scheme_preset == "fxpro"
    assert json.loads(target.read_text())["source"]["server"] == "MetaQuotes-Demo"


@pytest.mark.usefixtures("running")
def test_compute_mt5_analyses_the_account_now(cli: Cli) -> None:
    code, out, _ = cli("compute", "--mt5", "--json")
    assert code == 0
    figures = json.loads(out)
    assert round(figures["margin"], 2) == 11.02
    assert round(figures["equity"], 2) == 9681.13


def test_without_the_package_the_commands_say_so(cli: Cli) -> None:
    code, out, err = cli("snapshot")
    assert (code, out) == (2, "")
    assert "the MetaTrader5 package is not installed" in err
    assert "Traceback" not in err


def test_a_terminal_that_is_not_running_is_said_in_words(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    class NotRunning:
        @staticmethod
        def initialize() -> bool:
            return False

        @staticmethod
        def last_error() -> tuple[int, str]:
            return (-10003, "IPC initialize failed, MetaTrader 5 x64 not found")

    monkeypatch.setitem(sys.modules, "FakeMetaTrader5", NotRunning)
    monkeypatch.setattr(commands, "connect", lambda: connect("FakeMetaTrader5"))
    code, _, err = cli("compute", "--mt5")
    assert code == 2
    assert "no terminal answers: IPC initialize failed, MetaTrader 5 x64 not found" in err
    assert "start MetaTrader 5 and log in" in err


def test_compute_takes_a_file_or_mt5(cli: Cli) -> None:
    code, _, err = cli("compute")
    assert code == 2
    assert "give a scenario file, or --mt5 for the running terminal" in err
    code, _, err = cli("snapshot", "--scheme", "nosuch")
    assert code == 2
    assert "unknown preset 'nosuch'" in err
