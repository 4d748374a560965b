"""The one evaluation entry point: a Scenario in, a Result out (docs/rules.md, "The rules" and "Analyses")."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from core.analyses.level_distances import level_distances, nearest_level
from core.analyses.level_prices import level_prices
from core.analyses.order_fills import fill_warnings, order_fills
from core.analyses.spread_widening import spread_stress
from core.analyses.tier_warnings import equity_tier_warnings, price_tier_warnings
from core.formatting import format_leverage, format_money
from core.margin.account_model import AccountModel
from core.margin.eligibility import check_unlimited
from core.margin.margin_levels import account_levels
from core.margin.position_table import PositionTable, build_position_table
from core.messages import Message
from core.model.scenario import Scenario
from core.model.scheme import UNLIMITED
from core.problems import InputError, Problem
from core.result import Notice, PositionResult, Result


def default_analysis_symbol(model: AccountModel) -> str | None:
    """The symbol whose positions have the largest total notional (docs/rules.md#analyses); first on ties."""
    table = model.table
    if table.count == 0:
        return None
    totals = np.bincount(
        table.symbol_index,
        weights=np.abs(model.position_notional(1.0)),
        minlength=len(table.symbols),
    )
    return table.symbols[int(np.argmax(totals))]


def analysis_model(
    scenario: Scenario,
    analysis_symbol: str | None = None,
    table: PositionTable | None = None,
    fixed_model: AccountModel | None = None,
) -> AccountModel:
    """The account model moving ``analysis_symbol`` (default: the largest total notional);
    ``fixed_model``, the model moving nothing, when the caller has it."""
    table = table if table is not None else build_position_table(scenario)
    if analysis_symbol is None:
        analysis_symbol = default_analysis_symbol(
            fixed_model if fixed_model is not None else AccountModel(scenario, None, table)
        )
    return AccountModel(scenario, analysis_symbol, table)


def evaluate(scenario: Scenario, analysis_symbol: str | None = None) -> Result:
    """Everything the account shows now, plus stop-out/margin-call prices and tier warnings.

    ``analysis_symbol`` is the symbol S whose price the analyses move
    (default: the largest total notional). It must have a price.
    """
    return evaluate_model(analysis_model(scenario, analysis_symbol))


def average_charged_leverage(positions: tuple[PositionResult, ...], margin: float) -> float | None:
    """The open positions' leverage as charged, averaged on their notional: the notional the
    margin stands for (margin_i x charged_i summed) over the margin; None with no margin."""
    if margin <= 0:
        return None
    return sum(p.margin * p.charged_leverage for p in positions if p.margin > 0) / margin


def evaluate_model(model: AccountModel) -> Result:
    """`evaluate` on a model already built (its moving symbol is the analysed one)."""
    scenario = model.scenario
    analysis_symbol = model.moving_symbol
    x = scenario.prices[analysis_symbol] if analysis_symbol is not None else 1.0
    state = model.state(np.array([x]))
    equity = float(state.equity[0])
    margin = float(state.margin[0])
    margin_call_level, stop_out_level = account_levels(scenario)

    pnl = model.position_pnl(x)
    notional = model.position_notional(x)
    margins = model.position_margin(state, x)
    leverages = model.position_leverage(state)
    charged = model.position_charged_leverage(state)
    rates = model.position_rate(x)
    margined = model.position_margined_notional(x)
    # Whole arrays to floats at once (tolist), not an element at a time: 200 positions.
    positions = tuple(
        PositionResult(
            symbol=p.symbol,
            side=p.side,
            lots=p.lots,
            notional=position_notional,
            margined_notional=position_margined,
            pnl=position_pnl,
            margin=position_margin,
            leverage=position_leverage,
            charged_leverage=position_charged,
            pip_value=scenario.instrument(p.symbol).pip_size
            * scenario.instrument(p.symbol).contract_size
            * rate,
        )
        for (
            p,
            position_notional,
            position_margined,
            position_pnl,
            position_margin,
            position_leverage,
            position_charged,
            rate,
        ) in zip(
            scenario.positions,
            notional.tolist(),
            margined.tolist(),
            pnl.tolist(),
            margins.tolist(),
            leverages.tolist(),
            charged.tolist(),
            rates.tolist(),
            strict=False,
        )
    )

    equity_in_scheme = float(state.equity_in_scheme[0])
    eligibility = check_unlimited(scenario, equity_in_scheme)
    margin_call_price = stop_out_price = stress = None
    tier_warnings = []
    fills = order_fills(model)
    if analysis_symbol is not None:
        margin_call_price, stop_out_price = level_prices(model, [margin_call_level, stop_out_level])
        stress = spread_stress(model, (margin_call_level, stop_out_level))
        tier_warnings = price_tier_warnings(model) + fill_warnings(model, fills)
    tier_warnings += equity_tier_warnings(model, x)
    margin_call = bool(margin_call_level.reached(state)[0])
    stop_out = bool(stop_out_level.reached(state)[0])
    pip_size = scenario.instrument(analysis_symbol).pip_size if analysis_symbol else 0.0001
    distances = (
        level_distances(model, margin_call_price, stop_out_price, x, pip_size)
        if analysis_symbol is not None
        else ()
    )
    nearness = nearest_level(
        distances, margin_call, stop_out, stress.current_pips if stress is not None else 0.0
    )
    result = Result(
        currency=scenario.account.currency,
        balance=scenario.account.balance,
        credit=scenario.account.credit,
        equity=equity,
        floating_pnl=float(pnl.sum()),
        margin=margin,
        free_margin=equity - margin,
        margin_level=equity / margin * 100.0 if margin > 0 else None,
        selected_leverage=scenario.account.leverage,
        granted_leverage=float(state.granted_leverage[0]),
        effective_leverage=float(state.account_leverage[0]),
        charged_leverage=average_charged_leverage(positions, margin),
        margin_price=scenario.scheme.margin_price,
        equity_in_scheme=equity_in_scheme,
        scheme_currency=scenario.scheme.currency,
        equity_tier=int(state.equity_tier[0]) if scenario.scheme.equity_tiers else None,
        margin_call_level=margin_call_level.value,
        stop_out_level=stop_out_level.value,
        levels_in=scenario.account.levels_in,
        margin_call=margin_call,
        stop_out=stop_out,
        positions=positions,
        eligibility=eligibility,
        analysis_symbol=analysis_symbol,
        analysis_pip_size=pip_size,
        analysis_price=x,
        margin_call_price=margin_call_price,
        stop_out_price=stop_out_price,
        spread_stress=stress,
        level_distances=distances,
        nearest_level=nearness,
        tier_warnings=tuple(tier_warnings),
        notices=(),
        orders=tuple(fills),
    )
    _check_finite(result)
    return _with_notices(scenario, result)


def _check_finite(result: Result) -> None:
    """Absurd but individually valid inputs (a price of 1e-12 converting 1e9 lots) can overflow
    floats; say so as an input problem rather than show NaN or Infinity."""
    figures = [result.equity, result.margin, result.floating_pnl]
    for position in result.positions:
        figures += [position.notional, position.pnl, position.margin]
    if not all(math.isfinite(value) for value in figures):
        raise InputError(
            [
                Problem(
                    "scenario",
                    Message(
                        "the amounts are too large to compute: check prices, lots and "
                        "contract sizes"
                    ),
                )
            ]
        )


def _with_notices(scenario: Scenario, result: Result) -> Result:
    """Plain-words warnings about the state of the account."""
    notices: list[Notice] = []
    currency = result.currency
    if result.stop_out:
        notices.append(
            Notice(
                "stop_out",
                Message("the account is at stop out now: the broker closes positions"),
            )
        )
    elif result.margin_call:
        notices.append(Notice("margin_call", Message("the account is at margin call now")))
    eligibility = result.eligibility
    if (
        result.selected_leverage == UNLIMITED
        and eligibility is not None
        and not eligibility.eligible
    ):
        failing = tuple(c.missing for c in eligibility.checks if c.missing is not None)
        notices.append(
            Notice(
                "unlimited_refused",
                Message(
                    "unlimited leverage is not granted ({missing}): the account gets {leverage}",
                    missing=failing,
                    leverage=format_leverage(result.granted_leverage),
                ),
            )
        )
    if result.effective_leverage < result.granted_leverage:
        notices.append(
            Notice(
                "tier_limits_leverage",
                Message(
                    "equity of {amount} {currency} limits leverage to {leverage} "
                    "(selected {selected})",
                    amount=format_money(result.equity_in_scheme),
                    currency=result.scheme_currency,
                    leverage=format_leverage(result.effective_leverage),
                    selected=format_leverage(result.selected_leverage),
                ),
            )
        )
    if scenario.restricted_market:
        notices.append(
            Notice(
                "restricted_market",
                Message("restricted market: high-margin-period caps apply"),
            )
        )
    if result.free_margin < 0 and not result.stop_out:
        notices.append(
            Notice(
                "negative_free_margin",
                Message(
                    "free margin is {amount} {currency}: no new positions",
                    amount=format_money(result.free_margin),
                    currency=currency,
                ),
            )
        )
    notices += [
        Notice(f"tier_{w.trigger}_{w.direction}", w.message)
        for w in result.tier_warnings
        if w.kind != "order fill"
    ]
    notices += _fill_notices(result)
    return replace(result, notices=tuple(notices))


FILLS_SAID = 5
"""Fills named one by one among the warnings, each way; the rest are counted (every one is in
the orders list)."""


def _fill_notices(result: Result) -> list[Notice]:
    notices = []
    for direction in ("fall", "rise"):
        fills = [
            w for w in result.tier_warnings if w.kind == "order fill" and w.direction == direction
        ]
        notices += [Notice(f"order_fill_{direction}", w.message) for w in fills[:FILLS_SAID]]
        if len(fills) > FILLS_SAID:
            more = {"count": f"{len(fills) - FILLS_SAID:,}"}
            notices.append(
                Notice(
                    f"order_fill_{direction}",
                    Message("{count} more orders fill further below", **more)
                    if direction == "fall"
                    else Message("{count} more orders fill further above", **more),
                )
            )
    return notices
