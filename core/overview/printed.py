"""The terminal's printed figures beside fxmargin's (docs/statements.md: "printed")."""

from __future__ import annotations

from dataclasses import dataclass

from core.formatting import printed_unit, to_unit
from core.messages import Message
from core.model.scenario import Scenario
from core.result import Result

FIGURES = (
    ("balance", Message("Balance")),
    ("equity", Message("Equity")),
    ("margin", Message("Margin")),
    ("free_margin", Message("Free margin")),
    ("floating_pnl", Message("Floating P/L")),
)


@dataclass(frozen=True)
class PrintedFigure:
    """One figure as the statement prints it and as fxmargin computes it, with the printed
    unit (a cent, or one yen) that the two are compared to."""

    key: str
    label: Message
    printed: float
    computed: float
    unit: float = 0.01

    @property
    def difference(self) -> float:
        return self.computed - self.printed

    @property
    def agrees(self) -> bool:
        """Whether the two agree to the printed unit (the difference rounds away)."""
        return abs(self.difference) < self.unit / 2 + 1e-9


def compare_printed(scenario: Scenario, result: Result) -> tuple[PrintedFigure, ...]:
    """Each figure the scenario's statement printed (its ``source``), with fxmargin's own;
    figures it does not print are left out. As the terminals do, each position's profit is
    rounded to the printed unit before the account's are added up, and MetaTrader 5 prints
    floating P/L without swaps (MT4 with them), so fxmargin's is then taken without them too."""
    source = scenario.source or {}
    printed = source.get("printed")
    if not isinstance(printed, dict):
        return ()
    unit = printed_unit(scenario.account.currency)
    extras = [p.swap + p.commission for p in scenario.positions]
    profits = sum(
        to_unit(r.pnl - extra, unit) for r, extra in zip(result.positions, extras, strict=True)
    )
    floating = profits + sum(extras)
    equity = result.balance + result.credit + floating
    computed = {
        "balance": result.balance,
        "equity": equity,
        "margin": result.margin,
        "free_margin": equity - result.margin,
        "floating_pnl": floating,
    }
    if source.get("platform") == "MT5":
        computed["floating_pnl"] -= sum(p.swap for p in scenario.positions)
    figures = []
    for key, label in FIGURES:
        value = printed.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            figures.append(PrintedFigure(key, label, float(value), float(computed[key]), unit))
    return tuple(figures)
