"""What-if orders: the account before and after opening positions now (docs/rules.md#analyses, sizing).

An order opens at the current ask (buy) or bid (sell), so it starts with the spread as its
loss, as in the terminal. Before and after are two full evaluations, so every figure,
level price and warning of the result is there for both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from core.analyses.order_fills import OrderFill
from core.evaluate import evaluate
from core.files.limits import MAX_LOTS
from core.files.scenario_checks import check_references, unknown_symbol
from core.formatting import format_leverage, format_lots, format_money
from core.messages import Message
from core.model.scenario import Order, OrderType, Position, Scenario, Side
from core.problems import InputError, Problem, Where
from core.result import Result

ORDER_TEXT = re.compile(
    r"^\s*(buy|sell)(?:\s+(limit|stop))?\s+([0-9]*\.?[0-9]+)\s+(\S+)"
    r"(?:\s+at\s+([0-9]*\.?[0-9]+))?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MarketOrder:
    """A market order: ``lots`` of ``symbol``, bought or sold now; or, with ``order_type``
    and ``price``, a pending order placed now that opens when the price reaches it
    (docs/rules.md#pending-orders)."""

    symbol: str
    side: Side
    lots: float
    order_type: OrderType | None = None
    price: float | None = None

    @property
    def pending(self) -> Order | None:
        """The pending order it places, None for a market order."""
        if self.order_type is None or self.price is None:
            return None
        return Order(self.symbol, self.order_type, self.lots, self.price)

    def __str__(self) -> str:
        placed = self.pending
        if placed is not None:
            kind = placed.order_type.replace("_", " ")
            return f"{kind} {format_lots(self.lots)} {self.symbol} at {placed.price:g}"
        return f"{self.side} {format_lots(self.lots)} {self.symbol}"


@dataclass(frozen=True)
class OrderEffect:
    """The account now and with the orders opened; ``changes`` says in words what the orders
    move besides the figures: the account's leverage tier, the leverage of positions already
    open (volume tiers), and the state."""

    orders: tuple[MarketOrder, ...]
    before: Result
    after: Result
    changes: tuple[Message, ...]

    @property
    def margin_needed(self) -> float:
        return self.after.margin - self.before.margin

    @property
    def refused(self) -> bool:
        """Whether the terminal would refuse the orders: market orders that leave no free
        margin (a pending order needs none until it fills)."""
        return self.after.free_margin < 0 and any(o.pending is None for o in self.orders)

    @property
    def fill(self) -> OrderFill | None:
        """Where the last order fills and what it does then, when it is a pending one."""
        if not self.orders or self.orders[-1].pending is None or not self.after.orders:
            return None
        return self.after.orders[-1]


def parse_orders(texts: list[str], where: str = "order") -> tuple[MarketOrder, ...]:
    """Several orders; every one that cannot be read is reported, each at its place."""
    orders, problems = [], []
    for i, text in enumerate(texts):
        try:
            orders.append(parse_order(text, (where, i) if len(texts) > 1 else where))
        except InputError as error:
            problems += error.problems
    if problems:
        raise InputError(problems)
    return tuple(orders)


def parse_order(text: str, where: Where = "order") -> MarketOrder:
    """``"buy 2 EURUSD"`` (at market) or ``"sell stop 0.5 EURUSD at 1.0800"`` (a pending limit
    or stop order) -> MarketOrder; anything else is an input problem at ``where``."""
    match = ORDER_TEXT.match(text)
    if match is None or (match.group(2) is None) != (match.group(5) is None):
        raise InputError(
            [
                Problem(
                    where,
                    Message(
                        'must read like "buy 2 EURUSD" or "sell stop 0.5 EURUSD at 1.0800", '
                        "not {text}",
                        text=repr(text),
                    ),
                )
            ]
        )
    side_text, kind, lots, symbol, price = match.groups()
    side: Side = "buy" if side_text.lower() == "buy" else "sell"
    if kind is None:
        return MarketOrder(symbol.upper(), side, float(lots))
    order_type: OrderType = f"{side}_{kind.lower()}"  # type: ignore[assignment]
    return MarketOrder(symbol.upper(), side, float(lots), order_type, float(price))


def with_orders(
    scenario: Scenario, orders: tuple[MarketOrder, ...], where: str = "order"
) -> Scenario:
    """The scenario with each order opened now; every problem is named at ``where``."""
    problems = []
    positions = list(scenario.positions)
    pending: list[Order] = []
    for i, order in enumerate(orders):
        path: Where = (where, i) if len(orders) > 1 else where
        if not 0 < order.lots <= MAX_LOTS:
            problems.append(
                Problem(
                    path,
                    Message(
                        "lots must be greater than 0 and at most {most}", most=f"{MAX_LOTS:,.0f}"
                    ),
                )
            )
            continue
        try:
            scenario.instrument(order.symbol)
        except KeyError:
            problems.append(Problem(path, unknown_symbol(order.symbol, scenario.instruments)))
            continue
        quote = scenario.quotes.get(order.symbol)
        if quote is None:
            problems.append(
                Problem(
                    path,
                    Message("no price for {symbol}: add it to the prices", symbol=order.symbol),
                )
            )
            continue
        placed = order.pending
        if placed is not None:
            if not placed.price > 0:
                problems.append(Problem(path, Message("a price must be greater than 0")))
                continue
            pending.append(placed)
            continue
        price = quote.ask if order.side == "buy" else quote.bid
        positions.append(Position(order.symbol, order.side, order.lots, price))
    if problems:
        raise InputError(problems)
    after = scenario.with_positions(tuple(positions))
    if pending:
        after = replace(after, orders=(*after.orders, *pending))
    cross = check_references(after)
    if cross:
        raise InputError([Problem(where, p.message, p.kind) for p in cross])
    return after


def order_effect(
    scenario: Scenario,
    orders: tuple[MarketOrder, ...],
    analysis_symbol: str | None = None,
    before: Result | None = None,
    where: str = "order",
) -> OrderEffect:
    """Evaluate the account now and with ``orders`` opened. Level prices are of
    ``analysis_symbol`` (default: the largest notional once the orders are open) on both
    sides; ``before``, when given and of that symbol, is used rather than evaluated again. A
    pending order's symbol is the one analysed: it fills as that price moves."""
    placed = [o for o in orders if o.pending is not None]
    if placed:
        analysis_symbol = placed[-1].symbol
    after = evaluate(with_orders(scenario, orders, where), analysis_symbol)
    if before is None or before.analysis_symbol != after.analysis_symbol:
        before = evaluate(scenario, after.analysis_symbol)
    return OrderEffect(orders, before, after, tuple(_changes(before, after)))


def _changes(before: Result, after: Result) -> list[Message]:
    changes = []
    if after.effective_leverage != before.effective_leverage:
        leverages = {
            "before": format_leverage(before.effective_leverage),
            "after": format_leverage(after.effective_leverage),
        }
        if (
            before.equity_tier is not None
            and after.equity_tier is not None
            and before.equity_tier != after.equity_tier
        ):
            changes.append(
                Message(
                    "account leverage {before} -> {after} (equity tier {tier_before} -> "
                    "{tier_after})",
                    tier_before=str(before.equity_tier + 1),
                    tier_after=str(after.equity_tier + 1),
                    **leverages,
                )
            )
        else:
            changes.append(Message("account leverage {before} -> {after}", **leverages))
    for old, new in zip(before.positions, after.positions, strict=False):
        # Volume tiers blend: a position's own leverage is its margined notional / margin.
        if old.margin > 0 and new.margin > 0:
            was, now = old.margined_notional / old.margin, new.margined_notional / new.margin
            if abs(now - was) > 1e-6 * was:
                values = {
                    "lots": format_lots(old.lots),
                    "symbol": old.symbol,
                    "now": format_leverage(now),
                    "was": format_leverage(was),
                    "before": format_money(old.margin),
                    "after": format_money(new.margin),
                }
                changes.append(
                    Message(
                        "the open buy of {lots} {symbol} is margined at {now} instead of {was}: "
                        "margin {before} -> {after}",
                        **values,
                    )
                    if old.side == "buy"
                    else Message(
                        "the open sell of {lots} {symbol} is margined at {now} instead of "
                        "{was}: margin {before} -> {after}",
                        **values,
                    )
                )
    state_before = _state(before)
    state_after = _state(after)
    if state_after != state_before:
        changes.append(
            Message(
                "the account goes from {before} to {after}", before=state_before, after=state_after
            )
        )
    if after.free_margin < 0 <= before.free_margin:
        changes.append(
            Message(
                "free margin would be {amount} {currency}: the terminal refuses an order it "
                "has no free margin for",
                amount=format_money(after.free_margin),
                currency=after.currency,
            )
        )
    return changes


def _state(result: Result) -> Message:
    if result.stop_out:
        return Message("stop out")
    return Message("margin call") if result.margin_call else Message("ok")
