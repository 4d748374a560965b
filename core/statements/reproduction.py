"""Whether the scenario reproduces what its statement prints, said in one headline: what the
import panel shows above the figures, so that it never reads as fine while it is not."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from core.formatting import format_money
from core.messages import Message
from core.overview.printed import PrintedFigure
from core.problems import Problem
from core.statements.broker_rule import NO_RULE, NOT_DETERMINED
from core.statements.importer import (
    LACKING,
    PROFITS_OFF,
    Imported,
)

MARGIN_OFF = Message(
    "Not reproduced: margin {computed}, statement {printed} {currency}: {reason}"
).key
EQUITY_OFF = Message(
    "Not reproduced: equity {computed}, statement {printed} {currency}: {reason}"
).key
# What the trader changes that the import's rule was found for.
SEARCHED = ("positions", "prices", "scheme", "instruments")


@dataclass(frozen=True)
class Verdict:
    """``state``: "reproduced" (margin and equity to the printed unit), "near" (the margin
    within what the statement's own prices leave uncertain, the equity to the unit) or "not";
    ``headline`` says it with the figures."""

    state: str
    headline: Message


def verdict(
    imported: Imported | None,
    document: dict[str, Any],
    figures: Sequence[PrintedFigure] | None,
    problems: Sequence[Problem] = (),
) -> Verdict | None:
    """The headline for a document that holds a statement's printed figures (None for one that
    does not). ``imported`` is the import it came from, when it came from one in this session;
    ``figures`` the comparison (None when the scenario cannot be computed, ``problems`` why)."""
    source = document.get("source")
    printed = source.get("printed") if isinstance(source, dict) else None
    margin = printed.get("margin") if isinstance(printed, dict) else None
    if not isinstance(margin, int | float) or isinstance(margin, bool):
        return None
    account = document.get("account")
    currency = str(account.get("currency", "")) if isinstance(account, dict) else ""
    found = {figure.key: figure for figure in figures or ()}
    said = {"printed": format_money(margin), "currency": currency}
    if imported is not None and not imported.statement.positions and margin > 0:
        return _not("margin", found.get("margin"), said, Message("open positions not read"))
    if "margin" not in found:
        reason = problems[0].message if problems else Message("the scenario cannot be computed")
        return Verdict(
            "not",
            Message(
                "Not reproduced: fxmargin cannot compute the margin ({reason}); the statement "
                "prints {printed} {currency}",
                reason=reason,
                **said,
            ),
        )
    figure, equity = found["margin"], found.get("equity")
    equity_agrees = equity is None or equity.agrees
    if figure.agrees and equity_agrees:
        return Verdict(
            "reproduced",
            Message(
                "Reproduced: margin and equity as the statement prints them ({printed} and "
                "{equity} {currency})",
                equity=format_money(equity.printed) if equity is not None else "-",
                **said,
            ),
        )
    if not figure.agrees:
        if equity_agrees and abs(figure.difference) <= _tolerance(imported, document, figure):
            return Verdict(
                "near",
                Message(
                    "Reproduced within what the statement's prices leave uncertain: margin "
                    "{computed}, statement {printed} {currency} (see the notes)",
                    computed=format_money(figure.computed),
                    **said,
                ),
            )
        return _not("margin", figure, said, _margin_reason(imported, document))
    assert equity is not None
    reason = (
        Message("some positions' profits differ from the printed ones (see the notes)")
        if imported is not None and any(n.key == PROFITS_OFF for n in imported.notes)
        else Message("the prices differ from the statement's")
    )
    return _not("equity", equity, {**said, "printed": format_money(equity.printed)}, reason)


def _not(key: str, figure: PrintedFigure | None, said: dict[str, str], reason: Message) -> Verdict:
    words = {"margin": MARGIN_OFF, "equity": EQUITY_OFF}[key]
    computed = format_money(figure.computed if figure is not None else 0.0)
    return Verdict("not", Message(words, computed=computed, reason=reason, **said))


def changed(imported: Imported, document: dict[str, Any]) -> bool:
    """Whether the trader changed what the import's rule was found for."""
    before = imported.document
    return any(document.get(key) != before.get(key) for key in SEARCHED) or (
        document.get("account", {}).get("leverage") != before["account"]["leverage"]
    )


def _margin_reason(imported: Imported | None, document: dict[str, Any]) -> Message:
    if imported is None:
        return Message("the leverage, the scheme or the prices differ from the broker's")
    if changed(imported, document):
        return Message("the scenario changed since the import: find the broker's rule again")
    for note in imported.notes:
        if note.key == LACKING:
            return Message("the file does not print the broker's {pair}", pair=note.values["pair"])
    if any(note.key == NOT_DETERMINED for note in imported.notes):
        return Message("several rules fit, so the broker's rule is not determined")
    if any(note.key == NO_RULE for note in imported.notes):
        return Message("no rule tried reproduces it")
    return Message("the leverage, the scheme or the prices differ from the broker's")


def _tolerance(imported: Imported | None, document: dict[str, Any], figure: PrintedFigure) -> float:
    """Half the printed unit, and the share of the margin that the implied and one-sided prices
    the import used, where the trader left them, leave uncertain."""
    tolerance = figure.unit / 2
    if imported is None or changed(imported, document):
        return tolerance
    return tolerance + imported.uncertainty.share * abs(figure.printed)
