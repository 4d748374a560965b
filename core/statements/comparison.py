"""The terminal's printed figures beside fxmargin's (SPEC 10: "printed")."""

from __future__ import annotations

from dataclasses import dataclass

from core.messages import Message
from core.model.scenario import Scenario
from core.result import Result

CENT = 0.005  # a difference under half a cent rounds away: the figures agree
FIGURES = (
    ("balance", Message("Balance")),
    ("equity", Message("Equity")),
    ("margin", Message("Margin")),
    ("free_margin", Message("Free margin")),
    ("floating_pnl", Message("Floating P/L")),
)


@dataclass(frozen=True)
class PrintedFigure:
    """One figure as the statement prints it and as fxmargin computes it."""

    key: str
    label: Message
    printed: float
    computed: float

    @property
    def difference(self) -> float:
        return self.computed - self.printed

    @property
    def agrees(self) -> bool:
        """Whether the two agree to the cent."""
        return abs(self.difference) < CENT


def compare_printed(scenario: Scenario, result: Result) -> tuple[PrintedFigure, ...]:
    """Each figure the scenario's statement printed (its ``source``), with fxmargin's own;
    figures it does not print are left out. MetaTrader 5 prints floating P/L without swaps
    (MT4 with them), so fxmargin's is then taken without them too."""
    source = scenario.source or {}
    printed = source.get("printed")
    if not isinstance(printed, dict):
        return ()
    computed = {key: float(getattr(result, key)) for key, _ in FIGURES}
    if source.get("platform") == "MT5":
        computed["floating_pnl"] -= sum(p.swap for p in scenario.positions)
    figures = []
    for key, label in FIGURES:
        value = printed.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            figures.append(PrintedFigure(key, label, float(value), computed[key]))
    return tuple(figures)
