"""A deliberately plain, position-by-position reading of docs/rules.md#the-rules, to check the
vectorised core."""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict

from core.model.conversion import find_chain
from core.model.quote import Quote
from core.model.scenario import Position, Scenario

INF = math.inf
MAJORS = {"EURUSD", "GBPUSD", "USDJPY", "USDCHF", "AUDUSD", "NZDUSD", "USDCAD"}
EIGHT = {"USD", "EUR", "GBP", "JPY", "CHF", "AUD", "NZD", "CAD"}


def rate(scenario: Scenario, source: str, target: str, prices: dict[str, float]) -> float:
    """docs/rules.md#prices-and-conversion at these (mid) prices."""
    return find_chain(source, target, scenario.prices, scenario.instruments).rate(prices)


def group_of(scenario: Scenario, symbol: str) -> str:
    """docs/rules.md#instruments: the file's group, else major / minor / exotic for forex, else the class."""
    override = scenario.instrument_overrides.get(symbol, {}).get("group")
    if override:
        return str(override)
    inst = scenario.instrument(symbol)
    if inst.instrument_class != "forex":
        return inst.instrument_class
    if symbol in MAJORS:
        return "major"
    return "minor" if inst.base in EIGHT and inst.quote in EIGHT else "exotic"


def hedging_of(scenario: Scenario, instrument_class: str) -> object:
    hedging = scenario.scheme.hedging
    if isinstance(hedging, tuple):
        rules = dict(hedging)
        return rules.get(instrument_class, rules.get("other", "none"))
    return hedging


def margin_notional(scenario: Scenario, p: Position, at: float | None = None) -> float:
    """docs/rules.md#one-position: at the entry price (ask for a buy), or at the open price under ``open`` (or at
    the price ``at`` a hedged symbol's rule gives)."""
    inst = scenario.instrument(p.symbol)
    mids = dict(scenario.prices)
    quote = scenario.quotes[p.symbol]
    if scenario.scheme.margin_price == "open":
        price = p.open_price if at is None else at
        mids[p.symbol] = price
    else:
        price = quote.ask if p.side == "buy" else quote.bid
    return (
        p.lots
        * inst.contract_size
        * price
        * rate(scenario, inst.quote, scenario.account.currency, mids)
    )


def reference(scenario: Scenario) -> tuple[float, float, list[float]]:
    """(equity, margin, margin of each position), straight from the rules' formulas (docs/rules.md)."""
    account, scheme = scenario.account, scenario.scheme
    a = account.currency
    mids = dict(scenario.prices)
    positions = scenario.positions
    notional, lots_of = [], []
    pnl_total = 0.0
    for p in positions:
        inst = scenario.instrument(p.symbol)
        quote = scenario.quotes[p.symbol]
        close = quote.bid if p.side == "buy" else quote.ask
        r = rate(scenario, inst.quote, a, mids)
        notional.append(margin_notional(scenario, p))
        pnl_total += (
            p.direction * (close - p.open_price) * p.lots * inst.contract_size * r
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
    to_t = rate(scenario, a, scheme.currency, mids) if needs_t else 1.0
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
    for p in positions:
        inst = scenario.instrument(p.symbol)
        if inst.margin_rate is not None:
            leverage.append(1 / inst.margin_rate)
            continue
        base = (
            p.opened_leverage
            if scheme.apply_to == "new" and p.opened_leverage is not None
            else account_leverage
        )
        class_caps = dict(scheme.class_caps)
        caps = [base, class_caps.get(p.symbol, class_caps.get(inst.instrument_class, INF))]
        if inst.max_leverage is not None:
            caps.append(inst.max_leverage)
        if scenario.restricted_market or p.restricted:
            caps.append(scheme.restricted_cap_for(p.symbol, inst.instrument_class))
        leverage.append(min(caps))

    # 6.3: each side margins h x covered plus, on the larger side, the difference
    buys: dict[str, float] = defaultdict(float)
    sells: dict[str, float] = defaultdict(float)
    for p in positions:
        (buys if p.side == "buy" else sells)[p.symbol] += p.lots
    fraction = []
    for p in positions:
        b, s = buys[p.symbol], sells[p.symbol]
        mine, theirs = (b, s) if p.side == "buy" else (s, b)
        rule = hedging_of(scenario, scenario.instrument(p.symbol).instrument_class)
        if rule == "larger_leg":
            fraction.append(1.0 if (p.side == "buy") == (b >= s) else 0.0)
            continue
        h = {"none": 1.0, "net": 0.0}.get(rule, rule)  # type: ignore[call-overload]
        side_lots = h * min(b, s) + (mine - theirs if mine > theirs else 0.0)
        fraction.append(side_lots / mine)
    # 6.3, the open price of a symbol held both ways: MT4 every margined lot at the average of
    # all its positions; MT5 the uncovered lots at the larger side's average, the covered at it.
    if scheme.margin_price == "open":
        for i, p in enumerate(positions):
            b, s = buys[p.symbol], sells[p.symbol]
            if not (b > 0 and s > 0):
                continue
            mine = [q for q in positions if q.symbol == p.symbol]
            p_all = sum(q.lots * q.open_price for q in mine) / (b + s)
            per_lot_all = margin_notional(scenario, p, p_all) / p.lots
            if account.platform != "MT5":
                notional[i] = per_lot_all * p.lots
                continue
            larger_side = "buy" if b >= s else "sell"
            big = [q for q in mine if q.side == larger_side]
            p_larger = sum(q.lots * q.open_price for q in big) / sum(q.lots for q in big)
            per_lot_larger = margin_notional(scenario, p, p_larger) / p.lots
            rule = hedging_of(scenario, scenario.instrument(p.symbol).instrument_class)
            h = {"none": 1.0, "net": 0.0, "larger_leg": 0.5}.get(rule, rule)  # type: ignore[call-overload]
            uncovered, covered = abs(b - s), 2 * h * min(b, s)
            if uncovered + covered > 0:
                notional[i] = (
                    p.lots
                    * (uncovered * per_lot_larger + covered * per_lot_all)
                    / (uncovered + covered)
                )
    margined = [n * f for n, f in zip(notional, fraction, strict=True)]

    # 6.4
    def scope_of(p: Position) -> str:
        return {
            "account": "account",
            "group": group_of(scenario, p.symbol),
            "class": scenario.instrument(p.symbol).instrument_class,
            "symbol": p.symbol,
        }[scheme.volume_scope]

    def ladder_of(p: Position) -> tuple[object, ...]:
        ladders = scheme.ladders
        keys = (
            p.symbol,
            group_of(scenario, p.symbol),
            scenario.instrument(p.symbol).instrument_class,
            "other",
        )
        return next((ladders[k] for k in keys if k in ladders), ())

    volume: dict[str, float] = defaultdict(float)
    if scheme.volume_count == "margined":
        for i, p in enumerate(positions):
            q = margined[i] * to_t if scheme.volume_unit == "notional" else lots_of[i] * fraction[i]
            volume[scope_of(p)] += q
    else:
        sides: dict[tuple[str, str], float] = defaultdict(float)
        for i, p in enumerate(positions):
            q = notional[i] * to_t if scheme.volume_unit == "notional" else lots_of[i]
            sides[p.symbol, p.side] += q
        for p in {p.symbol: p for p in positions}.values():
            buy, sell = sides[p.symbol, "buy"], sides[p.symbol, "sell"]
            volume[scope_of(p)] += (
                max(buy, sell) if scheme.volume_count == "larger_side" else buy + sell
            )
    margins = []
    for i, p in enumerate(positions):
        tiers = ladder_of(p)
        multiplier = scenario.instrument(p.symbol).margin_multiplier
        if not tiers:
            margins.append(margined[i] / leverage[i] * multiplier)
            continue
        total = volume[scope_of(p)]
        blend = 0.0
        for t, tier in enumerate(tiers):
            width = tiers[t + 1].start - tier.start if t + 1 < len(tiers) else INF  # type: ignore[attr-defined]
            amount = min(max(total - tier.start, 0.0), width)  # type: ignore[attr-defined]
            share = amount / total if total > 0 else (1.0 if t == 0 else 0.0)
            blend += share / min(tier.leverage, leverage[i])  # type: ignore[attr-defined]
        margins.append(margined[i] * blend * multiplier)
    return equity, sum(margins), margins


def reference_at(scenario: Scenario, symbol: str, mid: float) -> tuple[float, float, list[float]]:
    """`reference` with one symbol's mid moved (spread kept) and every order of that symbol the
    new bid or ask reaches opened at its price (docs/rules.md#pending-orders), read plainly."""
    quote = scenario.quotes[symbol]
    half = (quote.ask - quote.bid) / 2
    bid, ask = mid - half, mid + half
    filled = []
    for order in scenario.orders:
        if order.symbol != symbol:
            continue
        market = ask if order.order_type.startswith("buy") else bid
        trigger = order.stop if order.stop is not None else order.price
        if order.order_type in ("buy_stop", "buy_stop_limit", "sell_limit"):
            reached = market >= trigger
        else:
            reached = market <= trigger
        if reached:
            filled.append(Position(symbol, order.side, order.lots, order.price))
    moved = dataclasses.replace(
        scenario,
        quotes={**scenario.quotes, symbol: Quote(bid, ask)},
        positions=scenario.positions + tuple(filled),
        orders=(),
    )
    return reference(moved)
