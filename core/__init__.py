"""fxmargin's calculation core: scenarios in, results out. No Qt here (see the import contract)."""

from core.evaluate import evaluate
from core.files.scenario_reader import load_scenario
from core.files.scenario_writer import save_scenario
from core.model.scenario import Account, Position, Scenario
from core.problems import InputError, Problem
from core.result import Result

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
