"""The terminal's printed figures beside fxmargin's (SPEC 10: "printed")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from core.result import Result

CENT = 0.005  # a difference under half a cent rounds away: the figures agree
FIGURES = (
    ("balance", "Balance"),
    ("equity", "Equity"),
    ("margin", "Margin"),
    ("free_margin", "Free margin"),
    ("floating_pnl", "Floating P/L"),
)


@dataclass(frozen=True)
class PrintedFigure:
    """One figure as the statement prints it and as fxmargin computes it."""

    key: str
    label: str
    printed: float
    computed: float

    @property
    def difference(self) -> float:
        return self.computed - self.printed

    @property
    def agrees(self) -> bool:
        """Whether the two agree to the cent."""
        return abs(self.difference) < CENT


def compare_printed(result: Result, printed: Mapping[str, object]) -> list[PrintedFigure]:
    """Each figure the statement prints, with fxmargin's own; figures it does not print are
    left out."""
    figures = []
    for key, label in FIGURES:
        value = printed.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            figures.append(PrintedFigure(key, label, float(value), float(getattr(result, key))))
    return figures
