"""Unlimited-leverage eligibility: every rule with its value, requirement and what is missing."""

from __future__ import annotations

from dataclasses import dataclass

from core.model.scenario import Scenario
from core.money import format_lots, format_money


@dataclass(frozen=True)
class RuleCheck:
    """One eligibility rule: ``value`` against ``required``; ``missing`` says what would pass it."""

    rule: str
    ok: bool
    value: str | float | int
    required: str
    missing: str


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    checks: tuple[RuleCheck, ...]


def check_unlimited(scenario: Scenario, equity_in_scheme: float) -> Eligibility | None:
    """The checklist of the scheme's unlimited rules (SPEC 6.1); None when it has none.

    ``equity_in_scheme`` is the account's equity in the scheme's currency;
    ``max_equity`` is exclusive. Pending orders never count: the file holds
    only closed trades and closed lots.
    """
    rules = scenario.scheme.unlimited
    if rules is None:
        return None
    account = scenario.account
    currency = scenario.scheme.currency
    checks: list[RuleCheck] = []
    if rules.account_types is not None:
        ok = account.account_type in rules.account_types
        checks.append(
            RuleCheck(
                "account_type",
                ok,
                account.account_type,
                "one of " + ", ".join(rules.account_types),
                "" if ok else "switch to " + " or ".join(rules.account_types) + " account",
            )
        )
    if rules.platforms is not None:
        ok = account.platform in rules.platforms
        checks.append(
            RuleCheck(
                "platform",
                ok,
                account.platform,
                "one of " + ", ".join(rules.platforms),
                "" if ok else "open the account on " + " or ".join(rules.platforms),
            )
        )
    if rules.max_equity is not None:
        ok = equity_in_scheme < rules.max_equity
        excess = equity_in_scheme - rules.max_equity
        checks.append(
            RuleCheck(
                "equity",
                ok,
                equity_in_scheme,
                f"below {format_money(rules.max_equity)} {currency}",
                ""
                if ok
                else "equity must be below the limit, not at it"
                if excess == 0
                else f"equity {format_money(excess)} {currency} over the limit",
            )
        )
    if rules.min_closed_trades is not None:
        short = rules.min_closed_trades - account.closed_trades
        checks.append(
            RuleCheck(
                "closed_trades",
                short <= 0,
                account.closed_trades,
                f"at least {rules.min_closed_trades}",
                "" if short <= 0 else f"{short} more closed trade{'s' if short != 1 else ''}",
            )
        )
    if rules.min_closed_lots is not None:
        short_lots = rules.min_closed_lots - account.closed_lots
        checks.append(
            RuleCheck(
                "closed_lots",
                short_lots <= 1e-9,
                account.closed_lots,
                f"at least {format_lots(rules.min_closed_lots)} lots",
                "" if short_lots <= 1e-9 else f"{format_lots(short_lots)} more closed lots",
            )
        )
    return Eligibility(all(c.ok for c in checks), tuple(checks))
