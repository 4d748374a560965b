"""The simplest broker rule that reproduces a statement's printed margin
(docs/statements.md, "Finding the broker's rule").

A statement prints the margin, not the rules that made it. Without volume tiers a position's
margin is its margined notional over its leverage, so each reading of the margin price basis
and of hedging gives one vector of margined notionals, and every candidate leverage is a
division: the whole search is array arithmetic over a few models, not one model a candidate.
Steps, stopping at the first that fits:

1. the account's leverage (fixed when printed or given, else each usual one) with each basis and
   hedging reading;
2. the same with one class or one symbol at a lower usual leverage;
3. the same with two classes at lower usual leverages.

A step's fits that give the same margin to every position are one rule; a step with several
different rules does not determine the rule.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.files.scenario_reader import scenario_from_json
from core.formatting import format_leverage, format_money
from core.margin.account_model import AccountModel
from core.margin.position_table import BoolArray
from core.messages import Message
from core.model.conversion import FloatArray
from core.model.scheme import HedgingRule
from core.problems import InputError

# Leverages brokers and prop firms publish, from 1:1 to 1:3000 (1:3.33 is a 30% margin,
# 1:66.67 a 1.5 times margin at 1:100).
USUAL_LEVERAGES = (
    1, 2, 3, 10 / 3, 4, 5, 10, 15, 20, 25, 30, 33, 40, 50, 200 / 3, 75, 100, 125, 150, 200, 222, 250,
    300, 333, 400, 500, 600, 800, 888, 1000, 1500, 2000, 3000,
)  # fmt: skip
HEDGING_READINGS: tuple[HedgingRule, ...] = ("none", "net", "larger_leg", 0.5, 0.25)
BASES = {"MT4": ("current", "open"), "MT5": ("open", "current")}
SAME = 1e-9  # margins equal to this relative part are the same rule's

NO_RULE = Message(
    "no rule tried reproduces the printed margin {margin}: the closest, {rule}, "
    "gives {computed} ({difference} off)"
).key
NOT_DETERMINED = Message(
    "several rules reproduce the printed margin {margin}, so the rule is not "
    "determined: {rules}. The closest account-wide rule, {rule}, is used: it gives "
    "{computed}"
).key


@dataclass(frozen=True)
class Lower:
    """One class or symbol margined at a lower leverage than the account's."""

    kind: str  # "class" or "symbol"
    name: str
    leverage: float


@dataclass(frozen=True)
class Rule:
    """A candidate rule and the margin it gives: in total and for each position."""

    leverage: float
    basis: str
    hedging: HedgingRule
    lower: tuple[Lower, ...]
    margin: float
    margins: tuple[float, ...]
    step: int
    uncertainty: float = 0.0

    def fits(self, printed: float, tolerance: float) -> bool:
        """Whether the rule gives the printed margin, to the tolerance (half the printed unit)
        and what the implied conversion rates leave uncertain."""
        return abs(self.margin - printed) <= tolerance + self.uncertainty

    def same_margins(self, other: Rule) -> bool:
        a, b = np.array(self.margins), np.array(other.margins)
        return bool(np.allclose(a, b, rtol=SAME, atol=SAME))


@dataclass(frozen=True)
class Search:
    """What the search found: the rule used, the other fits of its step (empty when the rule is
    determined), and whether it reproduces the printed margin."""

    rule: Rule
    others: tuple[Rule, ...]
    fits: bool
    determined: bool = True


@dataclass(frozen=True)
class Reading:
    """The positions' margined notionals under one basis and hedging reading, their caps
    (class, instrument) and fixed leverages (margin rates), their classes and symbols."""

    basis: str
    hedging: HedgingRule
    margined: FloatArray
    cap: FloatArray
    fixed: FloatArray
    classes: tuple[str, ...]
    symbols: tuple[str, ...]
    uncertain: FloatArray

    def margins(self, leverage: float, lower: Sequence[Lower] = ()) -> FloatArray:
        own = np.full(len(self.margined), float(leverage))
        for item in lower:
            own = np.where(_mask(self, item.kind, item.name), np.minimum(own, item.leverage), own)
        effective = np.where(np.isnan(self.fixed), np.minimum(own, self.cap), self.fixed)
        return np.asarray(self.margined / effective, dtype=np.float64)

    def uncertainty(self, leverage: float, lower: Sequence[Lower] = ()) -> float:
        """How much the implied conversion rates leave the margin uncertain."""
        if not self.uncertain.any():
            return 0.0
        share = self.margins(leverage, lower) / np.where(self.margined > 0, self.margined, 1.0)
        return float((self.uncertain * share).sum())


def plain_scheme(platform: str, basis: str, hedging: HedgingRule) -> dict[str, Any]:
    scheme: dict[str, Any] = {
        "name": f"Imported from an {platform} statement",
        "description": "No tiers: the account's leverage for every position.",
    }
    if basis != "current":
        scheme["margin_price"] = basis
    if hedging != "none":
        scheme["hedging"] = hedging
    return scheme


def readings(
    document: dict[str, Any],
    platform: str,
    bases: Sequence[str],
    hedgings: Sequence[HedgingRule],
    wobbles: Sequence[dict[str, Any]] = (),
) -> list[Reading]:
    """One `Reading` for each basis and hedging reading; none when the document's scenario
    cannot be computed (a price is missing). ``wobbles`` are the document's prices with one
    implied rate moved by its uncertainty each: how far each moves the margined notionals is
    the readings' uncertainty."""
    found = []
    for basis, hedging in itertools.product(bases, hedgings):
        margined = _margined(document, platform, basis, hedging)
        if margined is None:
            return []
        model, values = margined
        uncertain = np.zeros(len(values))
        for prices in wobbles:
            moved = _margined({**document, "prices": prices}, platform, basis, hedging)
            if moved is not None:
                uncertain += np.abs(moved[1] - values)
        table = model.table
        found.append(
            Reading(
                basis=basis,
                hedging=hedging,
                margined=values,
                cap=table.leverage_cap,
                fixed=table.leverage_fixed,
                classes=tuple(table.classes[i] for i in table.class_index),
                symbols=tuple(table.symbols[i] for i in table.symbol_index),
                uncertain=uncertain,
            )
        )
    return found


def _margined(
    document: dict[str, Any], platform: str, basis: str, hedging: HedgingRule
) -> tuple[AccountModel, FloatArray] | None:
    """The model of a document under a plain scheme at 1:1, and its margined notionals."""
    trial = copy.copy(document)
    trial["scheme"] = plain_scheme(platform, basis, hedging)
    trial["account"] = {**document["account"], "leverage": 1}
    try:
        scenario = scenario_from_json(trial)
    except InputError:
        return None
    model = AccountModel(scenario)
    values = model.position_margined_notional(1.0) * model.table.margin_multiplier
    return model, np.asarray(values, dtype=np.float64)


def find_rule(
    found: Sequence[Reading],
    printed: float,
    tolerance: float,
    leverage: float | None,
) -> Search:
    """The first step whose fits make one rule; else the closest rule of step 1."""
    leverages = (leverage,) if leverage is not None else USUAL_LEVERAGES
    first = [_rule(reading, lev, (), 1) for reading in found for lev in leverages]
    closest = min(first, key=lambda rule: abs(rule.margin - printed))
    steps = (
        lambda: first,
        lambda: _step_two(found, leverages, printed, tolerance),
        lambda: _step_three(found, leverages, printed, tolerance),
    )
    for step in steps:
        fits = _distinct([rule for rule in step() if rule.fits(printed, tolerance)])
        if len(fits) == 1:
            return Search(fits[0], (), True)
        if fits:
            best = min(fits, key=lambda rule: abs(rule.margin - printed))
            if best.step == 1:
                return Search(best, tuple(r for r in fits if r is not best), True)
            return Search(closest, tuple(fits), closest.fits(printed, tolerance), False)
    return Search(closest, (), False)


def _distinct(fits: list[Rule]) -> list[Rule]:
    """Fits that give different margins to some position; of equal ones, the first found."""
    kept: list[Rule] = []
    for rule in fits:
        if not any(rule.same_margins(other) for other in kept):
            kept.append(rule)
    return kept


def _rule(reading: Reading, leverage: float, lower: tuple[Lower, ...], step: int) -> Rule:
    margins = reading.margins(leverage, lower)
    return Rule(
        leverage=leverage,
        basis=reading.basis,
        hedging=reading.hedging,
        lower=lower,
        margin=float(margins.sum()),
        margins=tuple(float(m) for m in margins),
        step=step,
        uncertainty=reading.uncertainty(leverage, lower),
    )


def _targets(reading: Reading) -> list[tuple[str, str]]:
    """The classes, then the symbols, that carry margin."""
    margined = reading.margined > 0
    classes = sorted({c for c, m in zip(reading.classes, margined, strict=True) if m})
    symbols = sorted({s for s, m in zip(reading.symbols, margined, strict=True) if m})
    return [("class", c) for c in classes] + [("symbol", s) for s in symbols]


def _mask(reading: Reading, kind: str, name: str) -> BoolArray:
    """Which positions are of a class or symbol."""
    names = reading.classes if kind == "class" else reading.symbols
    return np.array([n == name for n in names], dtype=bool)


def _parts(reading: Reading, mask: BoolArray, leverages: Sequence[float]) -> FloatArray:
    """(len(leverages), 2): the margin and its uncertainty of the masked positions at each
    leverage (as the account's or as their own lower one)."""
    levels = np.asarray(leverages, dtype=np.float64)[:, None]
    own = np.where(np.isnan(reading.fixed), np.minimum(levels, reading.cap), reading.fixed)
    margin = (reading.margined * mask / own).sum(axis=1)
    uncertain = (reading.uncertain * mask / own).sum(axis=1)
    return np.stack([margin, uncertain], axis=1)


def _near(total: FloatArray, printed: float, tolerance: float) -> BoolArray:
    return np.asarray(np.abs(total[..., 0] - printed) <= tolerance + total[..., 1], dtype=bool)


def _lower_than(leverages: Sequence[float]) -> BoolArray:
    """(account leverage, usual leverage): whether the usual one is lower."""
    return np.asarray(np.asarray(USUAL_LEVERAGES)[None, :] < np.asarray(leverages)[:, None])


def _step_two(
    found: Sequence[Reading], leverages: Sequence[float], printed: float, tolerance: float
) -> Iterator[Rule]:
    lower_than = _lower_than(leverages)  # (L, U)
    for reading in found:
        for kind, name in _targets(reading):
            mask = _mask(reading, kind, name)
            outside = _parts(reading, ~mask, leverages)  # (L, 2)
            inside = _parts(reading, mask, USUAL_LEVERAGES)  # (U, 2)
            total = outside[:, None, :] + inside[None, :, :]
            for i, j in zip(
                *np.nonzero(_near(total, printed, tolerance) & lower_than), strict=True
            ):
                lower = (Lower(kind, name, USUAL_LEVERAGES[j]),)
                yield _rule(reading, leverages[i], lower, 2)


def _step_three(
    found: Sequence[Reading], leverages: Sequence[float], printed: float, tolerance: float
) -> Iterator[Rule]:
    lower = _lower_than(leverages)
    allowed = lower[:, :, None] & lower[:, None, :]  # (L, U, U)
    for reading in found:
        classes = [name for kind, name in _targets(reading) if kind == "class"]
        for first, second in itertools.combinations(classes, 2):
            one, two = _mask(reading, "class", first), _mask(reading, "class", second)
            outside = _parts(reading, ~(one | two), leverages)
            a, b = _parts(reading, one, USUAL_LEVERAGES), _parts(reading, two, USUAL_LEVERAGES)
            total = outside[:, None, None, :] + a[None, :, None, :] + b[None, None, :, :]
            for i, j, k in zip(
                *np.nonzero(_near(total, printed, tolerance) & allowed), strict=True
            ):
                pair = (
                    Lower("class", first, USUAL_LEVERAGES[j]),
                    Lower("class", second, USUAL_LEVERAGES[k]),
                )
                yield _rule(reading, leverages[i], pair, 3)


# -- in words ------------------------------------------------------------------------------

HEDGING_WORDS = {
    "none": Message("hedged lots margined in full"),
    "net": Message("hedged lots not margined (net)"),
    "larger_leg": Message("hedges margined on their larger leg"),
    0.5: Message("hedged lots at 50%"),
    0.25: Message("hedged lots at 25%"),
}


def rule_words(rule: Rule, hedged: bool) -> Message:
    """A rule as the notes say it: "1:100; NZDUSD margined 1.5 times; margin at the open
    price"; the hedging reading only when a symbol is held both ways."""
    parts: list[Message | str] = [format_leverage(rule.leverage)]
    for item in rule.lower:
        if item.kind == "symbol":
            parts.append(
                Message(
                    "{symbol} margined {times} times",
                    symbol=item.name,
                    times=f"{rule.leverage / item.leverage:.4g}",
                )
            )
        else:
            parts.append(
                Message(
                    "{group} at {leverage}",
                    group=item.name,
                    leverage=format_leverage(item.leverage),
                )
            )
    parts.append(
        Message("margin at the open price")
        if rule.basis == "open"
        else Message("margin at the current price")
    )
    if hedged:
        parts.append(HEDGING_WORDS[rule.hedging])
    return Message("{parts}", parts=tuple(parts))


def reproduced_note(rule: Message, printed: float) -> Message:
    return Message(
        "{rule} reproduces the printed margin {margin}", rule=rule, margin=format_money(printed)
    )


def closest_note(rule: Message, printed: float, computed: float) -> Message:
    """When no rule tried reproduces the printed margin: the closest, and how far it is off."""
    return Message(
        NO_RULE,
        margin=format_money(printed),
        rule=rule,
        computed=format_money(computed),
        difference=format_money(computed - printed),
    )


def search_notes(search: Search, printed: float, hedged: bool) -> list[Message]:
    """What the search found, in words."""
    rule = search.rule
    said = rule_words(rule, hedged)
    if not search.determined:
        return [
            Message(
                NOT_DETERMINED,
                margin=format_money(printed),
                rules=tuple(
                    Message("({words})", words=rule_words(other, hedged)) for other in search.others
                ),
                rule=said,
                computed=format_money(rule.margin),
            )
        ]
    if not search.fits:
        return [closest_note(said, printed, rule.margin)]
    notes = [reproduced_note(said, printed)]
    if search.others:
        notes.append(
            Message(
                "the statement fits other rules as well: {rules}",
                rules=tuple(
                    Message("({words})", words=rule_words(other, hedged)) for other in search.others
                ),
            )
        )
    return notes
