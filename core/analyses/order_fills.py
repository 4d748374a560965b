"""Where each pending order of the analysed symbol fills, and what it does to margin
(docs/rules.md#pending-orders).

An order fills where the moving symbol's quote reaches its trigger: a buy on the
ask, a sell on the bid, so at the mid ``trigger - h`` for a buy and
``trigger + h`` for a sell. The account is read just before and just after that
mid: the difference is what the fill does (every order filling at the same price
included). Orders on other symbols never fill: their prices do not move.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.analyses.level_prices import FILL_SIDE, GRID_HIGH, GRID_LOW
from core.analyses.tier_warnings import CHANGE_TOLERANCE, TierWarning, signed_money
from core.formatting import format_lots, format_pips, format_price
from core.margin.account_model import AccountModel
from core.messages import Message
from core.model.scenario import Order

ORDER_TYPE_NAMES: dict[str, Message] = {
    "buy_limit": Message("buy limit"),
    "sell_limit": Message("sell limit"),
    "buy_stop": Message("buy stop"),
    "sell_stop": Message("sell stop"),
    "buy_stop_limit": Message("buy stop limit"),
    "sell_stop_limit": Message("sell stop limit"),
}


@dataclass(frozen=True)
class OrderFill:
    """One pending order and, when the analysed symbol's move fills it, where and with what
    effect: ``price`` is the symbol's mid at the fill, ``pips`` and ``percent`` the move from
    now, ``margin_before``/``margin_after`` the account's margin either side of it (all None for
    an order that no move of the analysed symbol fills). ``pip_size`` is the order's symbol's."""

    order: Order
    pip_size: float
    price: float | None = None
    pips: float | None = None
    percent: float | None = None
    margin_before: float | None = None
    margin_after: float | None = None
    leverage_before: float | None = None
    leverage_after: float | None = None

    @property
    def fills(self) -> bool:
        return self.price is not None

    @property
    def margin_change(self) -> float:
        if self.margin_after is None or self.margin_before is None:
            return 0.0
        return self.margin_after - self.margin_before


def order_fills(model: AccountModel) -> list[OrderFill]:
    """Every order of the scenario, with its fill on the analysed symbol's move where one lies
    in the range the analyses search (1e-12 to 100 x the current price)."""
    symbol = model.moving_symbol
    fills: dict[int, OrderFill] = {}
    if symbol is not None and model.fills:
        current = model.scenario.prices[symbol]
        pip_size = model.scenario.instrument(symbol).pip_size
        mids = model.fill_mids
        away = np.where(model.fill_upward, 1.0, -1.0)
        before, after = mids * (1.0 - away * FILL_SIDE), mids * (1.0 + away * FILL_SIDE)
        states = model.state(np.concatenate([before, after]))
        count = len(mids)
        for i, order in enumerate(model.fills):
            mid = float(mids[i])
            if not GRID_LOW * current <= mid <= GRID_HIGH * current:
                continue
            fills[id(order)] = OrderFill(
                order,
                pip_size,
                price=mid,
                pips=(mid - current) / pip_size,
                percent=(mid - current) / current * 100.0,
                margin_before=float(states.margin[i]),
                margin_after=float(states.margin[count + i]),
                leverage_before=float(states.account_leverage[i]),
                leverage_after=float(states.account_leverage[count + i]),
            )
    scenario = model.scenario
    return [
        fills.get(id(order), OrderFill(order, scenario.instrument(order.symbol).pip_size))
        for order in scenario.orders
    ]


def fill_message(fill: OrderFill, pip_size: float, currency: str) -> Message:
    """ "the sell stop 0.5 EURUSD at 1.0800 fills 25.0 pips below: margin +540.00 USD"."""
    order = fill.order
    values = {
        "lots": format_lots(order.lots),
        "symbol": order.symbol,
        "price": format_price(order.trigger, pip_size),
        "pips": format_pips(abs(fill.pips or 0.0)),
        "change": signed_money(fill.margin_change),
        "currency": currency,
    }
    texts = {
        "buy_limit": Message(
            "the buy limit {lots} {symbol} at {price} fills {pips} pips below: "
            "margin {change} {currency}",
            **values,
        ),
        "sell_stop": Message(
            "the sell stop {lots} {symbol} at {price} fills {pips} pips below: "
            "margin {change} {currency}",
            **values,
        ),
        "sell_stop_limit": Message(
            "the sell stop limit {lots} {symbol} at {price} fills {pips} pips below: "
            "margin {change} {currency}",
            **values,
        ),
        "sell_limit": Message(
            "the sell limit {lots} {symbol} at {price} fills {pips} pips above: "
            "margin {change} {currency}",
            **values,
        ),
        "buy_stop": Message(
            "the buy stop {lots} {symbol} at {price} fills {pips} pips above: "
            "margin {change} {currency}",
            **values,
        ),
        "buy_stop_limit": Message(
            "the buy stop limit {lots} {symbol} at {price} fills {pips} pips above: "
            "margin {change} {currency}",
            **values,
        ),
    }
    return texts[order.order_type]


def fill_warnings(model: AccountModel, fills: list[OrderFill]) -> list[TierWarning]:
    """A warning for each fill that changes margin, nearest first."""
    symbol = model.moving_symbol
    if symbol is None:
        return []
    scenario = model.scenario
    pip_size = scenario.instrument(symbol).pip_size
    currency = scenario.account.currency
    current = scenario.prices[symbol]
    warnings = [
        TierWarning(
            trigger="price",
            direction="rise" if fill.order.upward else "fall",
            kind="order fill",
            threshold=fill.order.trigger,
            distance=float(fill.price or 0.0) - current,
            percent=fill.percent,
            pips=fill.pips,
            price=fill.price,
            margin_before=float(fill.margin_before or 0.0),
            margin_after=float(fill.margin_after or 0.0),
            leverage_before=float(fill.leverage_before or 0.0),
            leverage_after=float(fill.leverage_after or 0.0),
            message=fill_message(fill, pip_size, currency),
        )
        for fill in fills
        if fill.fills and abs(fill.margin_change) >= CHANGE_TOLERANCE
    ]
    return sorted(warnings, key=lambda w: abs(w.distance))


def fill_label(order: Order, pip_size: float) -> Message:
    """A fill's mark on a plot: "sell stop 0.5 at 1.08000"."""
    return Message(
        "{type} {lots} at {price}",
        type=ORDER_TYPE_NAMES[order.order_type],
        lots=format_lots(order.lots),
        price=format_price(order.trigger, pip_size),
    )
