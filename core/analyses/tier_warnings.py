"""The next tier thresholds a price move or an equity change would cross (docs/rules.md#analyses)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.analyses.level_prices import Crossing, all_crossings, equity_thresholds
from core.formatting import format_leverage, format_money, format_percent, format_pips, format_price
from core.margin.account_model import AccountModel, AccountState, tier_leverages
from core.messages import Message
from core.model.conversion import FloatArray

CHANGE_TOLERANCE = 0.005
"""A threshold whose crossing moves margin by less than half a cent, and leaves the leverage
and the margin's rate as they were, changes nothing a trader would see: no warning."""


@dataclass(frozen=True)
class TierWarning:
    """The next threshold a move of the symbol (``trigger == "price"``) or of equity would cross.

    ``distance`` is in price units (price) or account currency (equity); ``percent`` and
    ``pips`` are the price move in percent and in pips of the symbol (price only).
    """

    trigger: str
    direction: str
    kind: str
    threshold: float
    distance: float
    percent: float | None
    pips: float | None
    price: float | None
    margin_before: float
    margin_after: float
    leverage_before: float
    leverage_after: float
    message: Message

    @property
    def margin_jump(self) -> float:
        return self.margin_after - self.margin_before


def price_tier_warnings(model: AccountModel) -> list[TierWarning]:
    """The nearest threshold below and above the moving symbol's price, with the margin jump.

    Equity thresholds change the account leverage, so margin jumps there;
    volume thresholds leave margin continuous but price the notional beyond
    at the next tier's leverage, which the warning names.
    """
    symbol = model.moving_symbol
    if symbol is None:
        return []
    current = model.scenario.prices[symbol]
    crossings = all_crossings(model)
    below = [c for c in reversed(crossings) if c.price < current]
    above = [c for c in crossings if c.price > current]
    changed = _changes_margin(model, below + above)
    warnings = []
    for rising, candidates, changes in (
        (False, below, changed[: len(below)]),
        (True, above, changed[len(below) :]),
    ):
        # The nearest threshold that changes something: an equity tier the account is not
        # eligible for, or a volume tier under a lower cap, changes nothing.
        for crossing, changes_margin in zip(candidates, changes, strict=True):
            if changes_margin:
                warnings.append(_price_warning(model, crossing, current, rising))
                break
    return warnings


def _changes_margin(model: AccountModel, crossings: list[Crossing]) -> list[bool]:
    """For each crossing, whether margin jumps there, or grows at another rate past it; the
    account at every crossing's four points is read at once (each point's figures are its
    own, whatever is read beside it)."""
    if not crossings:
        return []
    steps = [max(abs(c.high_side - c.low_side), abs(c.high_side) * 1e-7) for c in crossings]
    x = np.array(
        [
            point
            for crossing, step in zip(crossings, steps, strict=True)
            for point in (
                crossing.low_side - step,
                crossing.low_side,
                crossing.high_side,
                crossing.high_side + step,
            )
        ]
    )
    margins = model.state(x).margin.reshape(len(crossings), 4)
    changes = []
    for margin, step in zip(margins, steps, strict=True):
        jump = abs(float(margin[2] - margin[1]))
        slope_before = float(margin[1] - margin[0]) / step
        slope_after = float(margin[3] - margin[2]) / step
        scale = max(abs(slope_before), abs(slope_after), 1e-300)
        changes.append(jump >= CHANGE_TOLERANCE or abs(slope_after - slope_before) > 1e-6 * scale)
    return changes


def _price_warning(
    model: AccountModel, crossing: Crossing, current: float, rising: bool
) -> TierWarning:
    symbol = str(model.moving_symbol)
    account_currency = model.scenario.account.currency
    scheme = model.scenario.scheme
    before_x, after_x = (
        (crossing.low_side, crossing.high_side)
        if rising
        else (crossing.high_side, crossing.low_side)
    )
    states = model.state(np.array([before_x, after_x]))
    margin_before, margin_after = (float(v) for v in states.margin)
    percent = (crossing.price - current) / current * 100.0
    pip_size = model.scenario.instrument(symbol).pip_size
    pips = (crossing.price - current) / pip_size
    move_values = {
        "pips": format_pips(abs(pips)),
        "symbol": symbol,
        "price": format_price(crossing.price, pip_size),
        "percent": ("+" if percent > 0 else "") + format_percent(percent),
    }
    move = (
        Message("a {pips}-pip rise in {symbol} to {price} ({percent})", **move_values)
        if rising
        else Message("a {pips}-pip fall in {symbol} to {price} ({percent})", **move_values)
    )
    if crossing.kind == "volume tier":
        leverages = tier_leverages(crossing.ladder)
        index = int(np.searchsorted([t.start for t in crossing.ladder], crossing.threshold))
        lower, upper = float(leverages[index - 1]), float(leverages[index])
        unit = scheme.currency if scheme.volume_unit == "notional" else "lots"
        leverage_before, leverage_after = (lower, upper) if rising else (upper, lower)
        values = {
            "move": move,
            "scope": scope_name(model, crossing.scope),
            "threshold": format_money(crossing.threshold),
            "unit": unit,
            "after": format_leverage(leverage_after),
            "before": format_leverage(leverage_before),
        }
        if unit == "lots":
            message = (
                Message(
                    "{move} takes {scope}volume past {threshold} lots: each further lot is "
                    "margined at {after} instead of {before}",
                    **values,
                )
                if rising
                else Message(
                    "{move} takes {scope}volume below {threshold} lots: each further lot is "
                    "margined at {after} instead of {before}",
                    **values,
                )
            )
        else:
            message = (
                Message(
                    "{move} takes {scope}volume past {threshold} {unit}: each further unit of "
                    "notional is margined at {after} instead of {before}",
                    **values,
                )
                if rising
                else Message(
                    "{move} takes {scope}volume below {threshold} {unit}: each further unit of "
                    "notional is margined at {after} instead of {before}",
                    **values,
                )
            )
    else:
        leverage_before, leverage_after = (float(v) for v in states.account_leverage)
        values = {
            "move": move,
            "threshold": format_money(crossing.threshold),
            "currency": scheme.currency,
            "before": format_leverage(leverage_before),
            "after": format_leverage(leverage_after),
            "change": signed_money(margin_after - margin_before),
            "account_currency": account_currency,
        }
        message = (
            Message(
                "{move} lifts equity past {threshold} {currency}: leverage {before} -> {after}, "
                "margin {change} {account_currency}",
                **values,
            )
            if _equity_rises(model, before_x, after_x)
            else Message(
                "{move} takes equity below {threshold} {currency}: leverage {before} -> {after}, "
                "margin {change} {account_currency}",
                **values,
            )
        )
    return TierWarning(
        trigger="price",
        direction="rise" if rising else "fall",
        kind=crossing.kind,
        threshold=crossing.threshold,
        distance=crossing.price - current,
        percent=percent,
        pips=pips,
        price=crossing.price,
        margin_before=margin_before,
        margin_after=margin_after,
        leverage_before=leverage_before,
        leverage_after=leverage_after,
        message=message,
    )


def scope_name(model: AccountModel, scope: int) -> str:
    """How a volume scope reads before "volume": "" (account), "minor " (group), "forex " (class),
    "GBPUSD " (symbol)."""
    volume_scope = model.scenario.scheme.volume_scope
    if volume_scope == "group":
        return model.table.groups[scope] + " "
    if volume_scope == "class":
        return model.table.classes[scope] + " "
    if volume_scope == "symbol":
        return model.table.symbols[scope] + " "
    return ""


def _equity_rises(model: AccountModel, before_x: float, after_x: float) -> bool:
    equity = model.equity(np.array([before_x, after_x])) * model.to_scheme_currency(
        np.array([before_x, after_x])
    )
    return bool(equity[1] > equity[0])


def equity_tier_warnings(model: AccountModel, current_x: float) -> list[TierWarning]:
    """The nearest equity threshold above and below the current equity, prices fixed.

    The margin jump is the margin once equity reaches the threshold (moving
    up) or falls just below it (moving down), against the margin now.
    """
    if not model.scenario.positions:
        return []  # no position, no margin: a leverage tier alone changes nothing yet
    x = np.array([current_x])
    to_scheme = float(model.to_scheme_currency(x)[0])
    now = model.state(x)
    equity_scheme = float(now.equity_in_scheme[0])
    thresholds = equity_thresholds(model)
    ups = [t for t in thresholds if t[0] > equity_scheme]
    downs = [t for t in thresholds if t[0] <= equity_scheme]
    warnings = []
    for rising, candidates in ((False, sorted(downs, reverse=True)), (True, sorted(ups))):
        for threshold, kind in candidates:
            warning = _equity_warning(model, x, now, to_scheme, threshold, kind, rising)
            if (
                warning.leverage_before != warning.leverage_after
                or abs(warning.margin_jump) >= CHANGE_TOLERANCE
            ):
                warnings.append(warning)
                break
    return warnings


def _equity_warning(
    model: AccountModel,
    x: FloatArray,
    now: AccountState,
    to_scheme: float,
    threshold: float,
    kind: str,
    rising: bool,
) -> TierWarning:
    scheme = model.scenario.scheme
    currency = model.scenario.account.currency
    equity_now = float(now.equity[0])
    target_scheme = threshold * (1 + 1e-12) if rising else threshold * (1 - 1e-12)
    offset = target_scheme / to_scheme - equity_now
    after = model.state(x, np.array([offset]))
    margin_before = float(now.margin[0])
    margin_after = float(after.margin[0])
    leverage_before = float(now.account_leverage[0])
    leverage_after = float(after.account_leverage[0])
    change = threshold / to_scheme - equity_now
    values = {
        "amount": format_money(abs(change)),
        "currency": currency,
        "threshold": format_money(threshold),
        "scheme_currency": scheme.currency,
        "before": format_leverage(leverage_before),
        "after": format_leverage(leverage_after),
        "change": signed_money(margin_after - margin_before),
    }
    message = (
        Message(
            "equity +{amount} {currency} reaches {threshold} {scheme_currency}: leverage "
            "{before} -> {after}, margin {change} {currency}",
            **values,
        )
        if rising
        else Message(
            "equity -{amount} {currency} falls below {threshold} {scheme_currency}: leverage "
            "{before} -> {after}, margin {change} {currency}",
            **values,
        )
    )
    return TierWarning(
        trigger="equity",
        direction="rise" if rising else "fall",
        kind=kind,
        threshold=threshold,
        distance=change,
        percent=None,
        pips=None,
        price=None,
        margin_before=margin_before,
        margin_after=margin_after,
        leverage_before=leverage_before,
        leverage_after=leverage_after,
        message=message,
    )


def signed_money(value: float) -> str:
    return ("+" if value >= 0 else "-") + format_money(abs(value))
