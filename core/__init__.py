"""fxmargin's calculation core: scenarios in, results out. No Qt here (see the import contract)."""

from core.evaluate import evaluate
from core.problems import InputError, Problem
from core.result import Result
from core.scenario import Account, Position, Scenario
from core.scenario_file import load_scenario, save_scenario

__all__ = [
    "Account",
    "InputError",
    "Position",
    "Problem",
    "Result",
    "Scenario",
    "evaluate",
    "load_scenario",
    "save_scenario",
]
