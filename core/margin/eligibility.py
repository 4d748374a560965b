"""Unlimited-leverage eligibility: every rule with its value, requirement and what is missing."""

from __future__ import annotations

from dataclasses import dataclass

from core.formatting import format_lots, format_money
from core.messages import Message
from core.model.scenario import Scenario


@dataclass(frozen=True)
class RuleCheck:
    """One eligibility rule: ``value`` against ``required``; ``missing`` says what would pass it."""

    rule: str
    ok: bool
    value: str | float | int
    required: Message
    missing: Message | None


ACCOUNT_TYPE_WORDS = (
    Message("switch to a {choice} account"),
    Message("switch to one of these accounts: {choice}"),
)
PLATFORM_WORDS = (
    Message("open the account on {choice}"),
    Message("open the account on one of: {choice}"),
)


def _one_of(choices: tuple[str, ...], one: Message, several: Message) -> Message:
    """What would pass a rule of allowed values: the one, or the list."""
    key = one.key if len(choices) == 1 else several.key
    return Message(key, choice=", ".join(choices))


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    checks: tuple[RuleCheck, ...]


LOTS_TOLERANCE = 1e-9
"""Closed lots are sums of two-decimal lots: a float sum a billionth short still passes."""


def check_unlimited(scenario: Scenario, equity_in_scheme: float) -> Eligibility | None:
    """The checklist of the scheme's unlimited rules (docs/rules.md#account-leverage); None when it has none.

    ``equity_in_scheme`` is the account's equity in the scheme's currency;
    ``max_equity`` is exclusive. Pending orders never count: the file holds
    only closed trades and closed lots.
    """
    rules = scenario.scheme.unlimited
    if rules is None:
        return None
    static = static_checks(scenario)
    currency = scenario.scheme.currency
    equity: list[RuleCheck] = []
    if rules.max_equity is not None:
        ok = equity_in_scheme < rules.max_equity
        excess = equity_in_scheme - rules.max_equity
        equity.append(
            RuleCheck(
                "equity",
                ok,
                equity_in_scheme,
                Message(
                    "below {amount} {currency}",
                    amount=format_money(rules.max_equity),
                    currency=currency,
                ),
                None
                if ok
                else Message("equity must be below the limit, not at it")
                if excess == 0
                else Message(
                    "equity {amount} {currency} over the limit",
                    amount=format_money(excess),
                    currency=currency,
                ),
            )
        )
    # The checklist's order: who may have it (type, platform), then equity, then history.
    checks = [c for c in static if c.rule in ("account_type", "platform")]
    checks += equity + [c for c in static if c.rule in ("closed_trades", "closed_lots")]
    return Eligibility(all(c.ok for c in checks), tuple(checks))


def static_rules_pass(scenario: Scenario) -> bool:
    """Whether the unlimited rules that do not depend on equity hold: the model's leverage and
    the checklist read the same checks."""
    return all(check.ok for check in static_checks(scenario))


def static_checks(scenario: Scenario) -> list[RuleCheck]:
    """The scheme's unlimited rules that do not depend on equity, each checked."""
    rules = scenario.scheme.unlimited
    if rules is None:
        return []
    account = scenario.account
    checks: list[RuleCheck] = []
    for rule, value, allowed, words in (
        ("account_type", account.account_type, rules.account_types, ACCOUNT_TYPE_WORDS),
        ("platform", account.platform, rules.platforms, PLATFORM_WORDS),
    ):
        if allowed is not None:
            ok = value in allowed
            checks.append(
                RuleCheck(
                    rule,
                    ok,
                    value,
                    Message("one of {choices}", choices=", ".join(allowed)),
                    None if ok else _one_of(allowed, *words),
                )
            )
    if rules.min_closed_trades is not None:
        short = rules.min_closed_trades - account.closed_trades
        checks.append(
            RuleCheck(
                "closed_trades",
                short <= 0,
                account.closed_trades,
                Message("at least {count}", count=str(rules.min_closed_trades)),
                None
                if short <= 0
                else Message("1 more closed trade")
                if short == 1
                else Message("{count} more closed trades", count=str(short)),
            )
        )
    if rules.min_closed_lots is not None:
        short_lots = rules.min_closed_lots - account.closed_lots
        ok = short_lots <= LOTS_TOLERANCE
        checks.append(
            RuleCheck(
                "closed_lots",
                ok,
                account.closed_lots,
                Message("at least {lots} lots", lots=format_lots(rules.min_closed_lots)),
                None if ok else Message("{lots} more closed lots", lots=format_lots(short_lots)),
            )
        )
    return checks
