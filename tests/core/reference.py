"""A deliberately plain, position-by-position reading of SPEC 4-6, to check the vectorised core."""

from __future__ import annotations

import math
from collections import defaultdict

from core.conversion import find_chain
from core.scenario import Scenario

INF = math.inf


def rate(scenario: Scenario, source: str, target: str) -> float:
    return find_chain(source, target, scenario.prices, scenario.instruments).rate(scenario.prices)


def reference(scenario: Scenario) -> tuple[float, float, list[float]]:
    """(equity, margin, margin of each position), straight from the SPEC's formulas."""
    account, scheme = scenario.account, scenario.scheme
    a = account.currency
    notional, lots_of = [], []
    pnl_total = 0.0
    for p in scenario.positions:
        inst = scenario.instrument(p.symbol)
        price = scenario.prices[p.symbol]
        r = rate(scenario, inst.quote, a)
        notional.append(p.lots * inst.contract_size * price * r)
        pnl_total += (
            p.direction * (price - p.open_price) * p.lots * inst.contract_size * r
            + p.swap
            + p.commission
        )
        lots_of.append(p.lots)
    equity = account.balance + account.credit + pnl_total

    # 6.1
    needs_t = bool(
        scheme.equity_tiers
        or scheme.unlimited
        or (scheme.volume_tiers and scheme.volume_unit == "notional")
    )
    to_t = rate(scenario, a, scheme.currency) if needs_t else 1.0
    equity_t = equity * to_t
    selected = account.leverage
    rules = scheme.unlimited
    if selected == INF and rules is not None:
        ok = True
        if rules.account_types is not None and account.account_type not in rules.account_types:
            ok = False
        if rules.platforms is not None and account.platform not in rules.platforms:
            ok = False
        if rules.max_equity is not None and not equity_t < rules.max_equity:
            ok = False
        if rules.min_closed_trades is not None and account.closed_trades < rules.min_closed_trades:
            ok = False
        if rules.min_closed_lots is not None and account.closed_lots < rules.min_closed_lots:
            ok = False
        if not ok:
            selected = rules.fallback
    tier_leverage = INF
    for tier in scheme.equity_tiers:
        if tier.start <= equity_t or tier is scheme.equity_tiers[0]:
            tier_leverage = tier.leverage
    account_leverage = min(selected, tier_leverage)

    # 6.2
    leverage = []
    for p in scenario.positions:
        inst = scenario.instrument(p.symbol)
        if inst.margin_rate is not None:
            leverage.append(1 / inst.margin_rate)
            continue
        base = (
            p.opened_leverage
            if scheme.apply_to == "new" and p.opened_leverage is not None
            else account_leverage
        )
        caps = [base, dict(scheme.class_caps).get(inst.instrument_class, INF)]
        if inst.max_leverage is not None:
            caps.append(inst.max_leverage)
        if scenario.restricted_market:
            caps.append(scheme.restricted_cap_for(p.symbol, inst.instrument_class))
        leverage.append(min(caps))

    # 6.3
    fraction = [1.0] * len(scenario.positions)
    if scheme.hedging != "none":
        buys: dict[str, float] = defaultdict(float)
        sells: dict[str, float] = defaultdict(float)
        for p in scenario.positions:
            (buys if p.side == "buy" else sells)[p.symbol] += p.lots
        for i, p in enumerate(scenario.positions):
            b, s = buys[p.symbol], sells[p.symbol]
            mine = b if p.side == "buy" else s
            if scheme.hedging == "net":
                fraction[i] = abs(b - s) / max(b, s) if (mine == max(b, s) and b != s) else 0.0
            else:
                buy_leads = b >= s
                fraction[i] = 1.0 if (p.side == "buy") == buy_leads else 0.0
    margined = [n * f for n, f in zip(notional, fraction, strict=True)]

    # 6.4
    margins = []
    if not scheme.volume_tiers:
        margins = [m / lev for m, lev in zip(margined, leverage, strict=True)]
    else:

        def scope_of(i: int) -> str:
            p = scenario.positions[i]
            if scheme.volume_scope == "class":
                return scenario.instrument(p.symbol).instrument_class
            if scheme.volume_scope == "symbol":
                return p.symbol
            return "account"

        volume: dict[str, float] = defaultdict(float)
        for i in range(len(scenario.positions)):
            q = margined[i] * to_t if scheme.volume_unit == "notional" else lots_of[i] * fraction[i]
            volume[scope_of(i)] += q
        tiers = scheme.volume_tiers
        for i in range(len(scenario.positions)):
            total = volume[scope_of(i)]
            blend = 0.0
            for t, tier in enumerate(tiers):
                width = tiers[t + 1].start - tier.start if t + 1 < len(tiers) else INF
                amount = min(max(total - tier.start, 0.0), width)
                share = amount / total if total > 0 else (1.0 if t == 0 else 0.0)
                blend += share / min(tier.leverage, leverage[i])
            margins.append(margined[i] * blend)
    return equity, sum(margins), margins
