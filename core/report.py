"""A Result as JSON (money not rounded) or as a readable table (to the cent) (docs/command-line.md)."""

from __future__ import annotations

import csv
import io
import math
import unicodedata
from dataclasses import asdict
from functools import partial
from typing import Any

from core.analyses.level_distances import LevelDistance, Nearness
from core.analyses.level_prices import LevelPrices
from core.analyses.order_fills import ORDER_TYPE_NAMES, OrderFill
from core.analyses.spread_widening import SpreadStress
from core.analyses.stress_tests import StressRow
from core.files.file_fields import leverage_field
from core.formatting import (
    format_leverage,
    format_lots,
    format_money,
    format_percent,
    format_pips,
    format_price,
)
from core.messages import Message, Translate, text
from core.overview.what_if import OrderEffect
from core.result import Result

MARGIN_BASIS = {
    "current": Message("at the current price"),
    "open": Message("at the open price"),
}
"""How each margin price basis reads (docs/rules.md#one-position)."""
LEVEL_NAMES = {"margin call": Message("margin call"), "stop out": Message("stop out")}
SIDE_NAMES = {
    "below": Message("below"),
    "above": Message("above"),
    "buy": Message("buy"),
    "sell": Message("sell"),
}


def width(text: str) -> int:
    """How many columns a text takes in a terminal: CJK characters two, combining marks
    (Thai vowels and tones) none."""
    return sum(
        0
        if unicodedata.category(c) in ("Mn", "Me", "Cf")
        else 2
        if unicodedata.east_asian_width(c) in "WF"
        else 1
        for c in text
    )


def left(text: str, columns: int) -> str:
    """``text`` padded to ``columns``, with at least one space after it."""
    return text + " " * max(columns - width(text), 1)


def right(text: str, columns: int) -> str:
    """``text`` right-aligned in ``columns``, with at least one space before it."""
    return " " * max(columns - width(text), 1) + text


def _fields(value: LevelPrices | SpreadStress | Nearness | None) -> dict[str, Any] | None:
    """A level-price, spread-stress or nearness record as its JSON object, null when there is
    none."""
    return None if value is None else asdict(value)


def spread_level_text(pips: float | None, stress: SpreadStress) -> Message:
    """A spread-stress figure in words: the spread in pips, "reached now", or none up to the
    widest spread searched."""
    if pips is None:
        return Message("none up to {pips} pips", pips=f"{stress.widest_pips:,.0f}")
    if pips == stress.current_pips:
        return Message("reached now")
    return Message("{pips} pips", pips=f"{pips:,.1f}")


def english(value: Any) -> Any:
    """A JSON value with every message in it as its English sentence (the files keep English;
    the command line's ``--lang`` changes only what it prints for a reader)."""
    if isinstance(value, Message):
        return str(value)
    if isinstance(value, dict):
        return {key: english(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [english(item) for item in value]
    return value


def result_to_json(result: Result) -> dict[str, Any]:
    """The fields docs/command-line.md lists, and a few more (granted leverage, levels, tier warnings)."""
    fields: dict[str, Any] = english(_result_fields(result))
    return fields


def _result_fields(result: Result) -> dict[str, Any]:
    return {
        "currency": result.currency,
        "balance": result.balance,
        "credit": result.credit,
        "equity": result.equity,
        "floating_pnl": result.floating_pnl,
        "margin": result.margin,
        "free_margin": result.free_margin,
        "margin_level": result.margin_level,
        "leverage": {
            "selected": leverage_field(result.selected_leverage),
            "granted": leverage_field(result.granted_leverage),
            "effective": leverage_field(result.effective_leverage),
            "charged": None
            if result.charged_leverage is None
            else leverage_field(result.charged_leverage),
        },
        "margin_price": result.margin_price,
        "equity_tier": result.equity_tier,
        "margin_call_level": result.margin_call_level,
        "stop_out_level": result.stop_out_level,
        "levels_in": result.levels_in,
        "margin_call": result.margin_call,
        "stop_out": result.stop_out,
        "positions": [
            {
                "symbol": p.symbol,
                "side": p.side,
                "lots": p.lots,
                "notional": p.notional,
                "margined_notional": p.margined_notional,
                "pnl": p.pnl,
                "margin": p.margin,
                "leverage": leverage_field(p.leverage),
                "charged_leverage": leverage_field(p.charged_leverage),
                "pip_value": p.pip_value,
            }
            for p in result.positions
        ],
        "eligibility": None
        if result.eligibility is None
        else {
            "eligible": result.eligibility.eligible,
            "checks": [
                {**asdict(check), "missing": check.missing or ""}
                for check in result.eligibility.checks
            ],
        },
        "margin_call_price": _fields(result.margin_call_price),
        "stop_out_price": _fields(result.stop_out_price),
        "spread_stress": _fields(result.spread_stress),
        "level_distances": [asdict(d) for d in result.level_distances],
        "nearest_level": _fields(result.nearest_level),
        "tier_warnings": [
            {
                **asdict(w),
                "leverage_before": leverage_field(w.leverage_before),
                "leverage_after": leverage_field(w.leverage_after),
            }
            for w in result.tier_warnings
        ],
        "warnings": [{"kind": n.kind, "message": n.message} for n in result.notices],
        "orders": [order_fields(fill) for fill in result.orders],
    }


def order_fields(fill: OrderFill) -> dict[str, Any]:
    """One pending order in JSON: where the analysed symbol's move fills it (pips from now,
    and the symbol's mid there) and the account's margin just after; null where it never
    fills."""
    order = fill.order
    return {
        "symbol": order.symbol,
        "type": order.order_type,
        "lots": order.lots,
        "price": order.price,
        "stop": order.stop,
        "fills_at_pips": fill.pips,
        "fills_at_price": fill.price,
        "margin_before": fill.margin_before,
        "margin_after": fill.margin_after,
    }


def fill_words(fill: OrderFill) -> Message:
    """Where an order fills, in words: ``25.0 pips below (1.08000)``; ``never (its price does
    not move here)`` for an order on another symbol than the analysed one."""
    if fill.pips is None or fill.price is None:
        return Message("never: only the analysed symbol's price moves")
    return Message(
        "{pips} pips {side} ({price})",
        pips=format_pips(abs(fill.pips)),
        side=SIDE_NAMES["below" if fill.pips < 0 else "above"],
        price=format_price(fill.price, fill.pip_size),
    )


def level_distance_words(distance: LevelDistance | None, pip_size: float, currency: str) -> Message:
    """A level price as a trader says it: ``2.4 pips below (1.08478, -0.02%), equity
    -96.00 USD``; ``none`` where no price reaches the level."""
    if distance is None:
        return Message("none")
    return Message(
        "{pips} pips {side} ({price}, {percent}), equity {change} {currency}",
        pips=format_pips(abs(distance.pips)),
        side=SIDE_NAMES[distance.side],
        price=format_price(distance.price, pip_size),
        percent=("+" if distance.percent > 0 else "") + format_percent(distance.percent),
        change=("+" if distance.equity_change >= 0 else "-")
        + format_money(abs(distance.equity_change)),
        currency=currency,
    )


def level_lines(result: Result, level: str) -> list[Message]:
    """A level's prices below and above in words; ``reached now`` when the account is there."""
    prices = result.margin_call_price if level == "margin call" else result.stop_out_price
    if prices is None:
        return []
    if prices.already:
        return [Message("reached now")]
    found = {d.side: d for d in result.level_distances if d.level == level}
    return [
        level_distance_words(found.get(side), result.analysis_pip_size, result.currency)
        if side in found
        else Message("none below")
        if side == "below"
        else Message("none above")
        for side in ("below", "above")
    ]


def state_text(result: Result) -> Message:
    """The account's state and both levels' nearest prices: ``OK: margin call 2.4 pips away
    (a fall to 1.08478); stop out 5.0 pips away (a fall to 1.08450)``; ``NEAR: ...`` when the
    margin call is near (docs/rules.md#analyses, "What is near"); ``MARGIN CALL: stop out
    3.1 pips away (...)``; ``STOP OUT``."""
    if result.stop_out:
        return Message("STOP OUT")
    stop = _nearest(result, "stop out")
    if result.margin_call:
        if stop is None:
            return Message("MARGIN CALL")
        return Message("{state}: {levels}", state=Message("MARGIN CALL"), levels=(stop,))
    call = _nearest(result, "margin call")
    near = result.nearest_level is not None and result.nearest_level.near
    levels = tuple(level for level in (call, stop) if level is not None)
    if not levels:
        return Message("OK")
    return Message("{state}: {levels}", state=Message("NEAR" if near else "OK"), levels=levels)


def _nearest(result: Result, level: str) -> Message | None:
    """A level's nearer price in words: ``margin call 0.8 pips away (a rise to 1.08415)``."""
    found = [d for d in result.level_distances if d.level == level]
    if not found:
        return None
    d = min(found, key=lambda d: abs(d.pips))
    away = {
        "pips": format_pips(abs(d.pips)),
        "price": format_price(d.price, result.analysis_pip_size),
    }
    words = (
        Message("{pips} pips away (a fall to {price})", **away)
        if d.side == "below"
        else Message("{pips} pips away (a rise to {price})", **away)
    )
    return Message("{level} {away}", level=LEVEL_NAMES[d.level], away=words)


def margin_level_text(result: Result) -> Message:
    return (
        Message("none (no margin)")
        if result.margin_level is None
        else Message("{percent}%", percent=f"{result.margin_level:,.2f}")
    )


def result_table(result: Result, translate: Translate | None = None) -> str:
    """A plain-text report a trader can read: money to the cent, prices to a tenth of a pip;
    in the language ``translate`` gives (English when None)."""
    c = result.currency
    lines: list[str] = []
    say = partial(text, translate=translate)

    def row(label: Message | str, value: Message | str) -> None:
        lines.append(f"  {left(say(label), 24)}{say(value)}")

    lines.append(say(Message("Account")))
    row(Message("Balance"), f"{format_money(result.balance)} {c}")
    if result.credit:
        row(Message("Credit"), f"{format_money(result.credit)} {c}")
    row(Message("Floating P/L"), f"{format_money(result.floating_pnl)} {c}")
    row(Message("Equity"), f"{format_money(result.equity)} {c}")
    row(Message("Margin"), f"{format_money(result.margin)} {c}")
    row(Message("Free margin"), f"{format_money(result.free_margin)} {c}")
    row(Message("Margin level"), margin_level_text(result))
    leverage = Message(
        "{effective} (selected {selected}, granted {granted})",
        effective=format_leverage(result.effective_leverage),
        selected=format_leverage(result.selected_leverage),
        granted=format_leverage(result.granted_leverage),
    )
    charged = result.charged_text
    if charged is not None:
        leverage = Message("{leverage}; {charged}", leverage=leverage, charged=charged)
    row(Message("Leverage"), leverage)
    row(Message("Margin basis"), MARGIN_BASIS[result.margin_price])
    row(
        Message("Margin call / stop out"),
        result.levels_text,
    )
    row(Message("State"), state_text(result))

    if result.positions:
        lines.append("")
        lines.append(say(Message("Positions")))
        titles = [
            say(m)
            for m in (
                Message("Symbol"),
                Message("Side"),
                Message("Lots"),
                Message("Notional"),
                Message("P/L"),
                Message("Margin"),
                Message("Leverage"),
            )
        ]
        lines.append(
            "  "
            + left(titles[0], 8)
            + left(titles[1], 5)
            + "".join(
                right(title, width)
                for title, width in zip(titles[2:], (9, 17, 13, 13, 11), strict=True)
            )
        )
        for p in result.positions:
            lines.append(
                f"  {left(p.symbol, 8)}{left(say(SIDE_NAMES[p.side]), 5)}"
                f"{format_lots(p.lots):>9}{format_money(p.notional):>17}"
                f"{format_money(p.pnl):>13}{format_money(p.margin):>13}"
                f"{right(say(format_leverage(p.charged_leverage)), 11)}"
            )

    if result.orders:
        lines.append("")
        lines.append(
            say(Message("Pending orders (margin now counts none; each fills as the price moves)"))
        )
        titles = [
            say(m)
            for m in (
                Message("Type"),
                Message("Symbol"),
                Message("Lots"),
                Message("Price"),
                Message("Margin after"),
                Message("Fills at"),
            )
        ]
        lines.append(
            "  "
            + left(titles[0], 17)
            + left(titles[1], 8)
            + "".join(right(title, w) for title, w in zip(titles[2:5], (9, 13, 15), strict=True))
            + "  "
            + titles[5]
        )
        for fill in result.orders:
            order = fill.order
            pip = fill.pip_size
            after = "" if fill.margin_after is None else format_money(fill.margin_after)
            lines.append(
                f"  {left(say(ORDER_TYPE_NAMES[order.order_type]), 17)}{left(order.symbol, 8)}"
                f"{format_lots(order.lots):>9}{format_price(order.trigger, pip):>13}"
                f"{after:>15}  {say(fill_words(fill))}"
            )

    stress = result.spread_stress
    if result.analysis_symbol is not None:
        lines.append("")
        symbol = result.analysis_symbol
        lines.append(
            say(
                Message(
                    "Price levels of {symbol} (mid; all other prices and the spread fixed)",
                    symbol=symbol,
                )
                if stress is not None and stress.current_pips > 0
                else Message(
                    "Price levels of {symbol} (mid; all other prices fixed)", symbol=symbol
                )
            )
        )
        for label, level in (
            (Message("Margin call"), "margin call"),
            (Message("Stop out"), "stop out"),
        ):
            for i, line in enumerate(level_lines(result, level)):
                row(label if i == 0 else "", line)
    if stress is not None:
        lines.append("")
        lines.append(
            say(
                Message(
                    "Spread of {symbol} (mid fixed; now {pips} pips)",
                    symbol=stress.symbol,
                    pips=f"{stress.current_pips:,.1f}",
                )
            )
        )
        for label, pips in (
            (Message("Margin call at"), stress.margin_call_pips),
            (Message("Stop out at"), stress.stop_out_pips),
        ):
            row(label, spread_level_text(pips, stress))

    if result.eligibility is not None:
        lines.append("")
        lines.append(
            say(
                Message("Unlimited leverage: eligible")
                if result.eligibility.eligible
                else Message("Unlimited leverage: not eligible")
            )
        )
        for check in result.eligibility.checks:
            value = (
                format_money(check.value)
                if isinstance(check.value, float) and check.rule == "equity"
                else check.value
            )
            mark = "ok  " if check.ok else "FAIL"
            missing = f"  ({say(check.missing)})" if check.missing else ""
            required = say(Message("required {requirement}", requirement=check.required))
            lines.append(f"  [{mark}] {check.rule:<14}{value!s:<12} {required}{missing}")

    if result.notices:
        lines.append("")
        lines.append(say(Message("Warnings")))
        lines += [f"  - {say(n.message)}" for n in result.notices]
    return "\n".join(lines) + "\n"


def order_effect_json(effect: OrderEffect) -> dict[str, Any]:
    """What-if orders as JSON: the orders, the full result before and after, the changes."""
    return {
        "orders": [
            {"symbol": o.symbol, "side": o.side, "lots": o.lots}
            | ({"type": o.order_type, "price": o.price} if o.pending is not None else {})
            for o in effect.orders
        ],
        "margin_needed": effect.margin_needed,
        "fill": None if effect.fill is None else order_fields(effect.fill),
        "changes": [str(change) for change in effect.changes],
        "before": result_to_json(effect.before),
        "after": result_to_json(effect.after),
    }


def order_comparison(effect: OrderEffect) -> list[tuple[str, Message | str, Message | str]]:
    """The figures a trader compares before an order, as (figure, now, after): the figure's
    key (``Margin``, ``State``...) and the two values in words."""
    before, after = effect.before, effect.after
    c = before.currency

    def level(result: Result, name: str) -> Message | str:
        found = [d for d in result.level_distances if d.level == name]
        prices = result.margin_call_price if name == "margin call" else result.stop_out_price
        if prices is not None and prices.already:
            return Message("reached now")
        if not found:
            return Message("none")
        d = min(found, key=lambda d: abs(d.pips))
        return Message(
            "{price} ({pips} pips {side})",
            price=format_price(d.price, result.analysis_pip_size),
            pips=format_pips(abs(d.pips)),
            side=SIDE_NAMES[d.side],
        )

    def level_pct(result: Result) -> Message:
        return (
            Message("none")
            if result.margin_level is None
            else Message("{percent}%", percent=f"{result.margin_level:,.2f}")
        )

    def tier(result: Result) -> Message | str:
        leverage = format_leverage(result.effective_leverage)
        if result.equity_tier is None:
            return leverage
        return Message(
            "{leverage} (tier {tier})", leverage=leverage, tier=str(result.equity_tier + 1)
        )

    return [
        ("Margin", f"{format_money(before.margin)} {c}", f"{format_money(after.margin)} {c}"),
        (
            "Free margin",
            f"{format_money(before.free_margin)} {c}",
            f"{format_money(after.free_margin)} {c}",
        ),
        ("Margin level", level_pct(before), level_pct(after)),
        ("Leverage", tier(before), tier(after)),
        ("Margin call", level(before, "margin call"), level(after, "margin call")),
        ("Stop out", level(before, "stop out"), level(after, "stop out")),
        (
            "State",
            state_text(before),
            refused_text(effect) if effect.refused else state_text(after),
        ),
    ]


def pending_fill_text(effect: OrderEffect) -> Message | None:
    """What a pending order does when it fills, in words: ``It fills 25.0 pips below
    (1.08035): margin 2,160.07 -> 2,700.07 USD``; None for a market order."""
    placed = effect.orders[-1].pending if effect.orders else None
    if placed is None:
        return None
    fill = effect.fill
    if fill is None or fill.margin_before is None or fill.margin_after is None:
        return Message("It never fills in the searched range of prices.")
    return Message(
        "It fills {where}: margin {before} -> {after} {currency}",
        where=fill_words(fill),
        before=format_money(fill.margin_before),
        after=format_money(fill.margin_after),
        currency=effect.after.currency,
    )


def refused_text(effect: OrderEffect) -> Message:
    """An order the terminal refuses, said as such: ``REFUSED: free margin after would be
    -158.85 USD``."""
    return Message(
        "REFUSED: free margin after would be {amount} {currency}",
        amount=format_money(effect.after.free_margin),
        currency=effect.after.currency,
    )


FIGURE_NAMES = {
    "Margin": Message("Margin"),
    "Free margin": Message("Free margin"),
    "Margin level": Message("Margin level"),
    "Leverage": Message("Leverage"),
    "Margin call": Message("Margin call"),
    "Stop out": Message("Stop out"),
}


def order_effect_table(effect: OrderEffect, translate: Translate | None = None) -> str:
    """What-if orders as text: now and after side by side, the changes, then the account
    after the orders in full; in the language ``translate`` gives (English when None)."""
    say = partial(text, translate=translate)

    symbol = effect.after.analysis_symbol
    orders = ", ".join(str(o) for o in effect.orders)
    lines = [
        say(
            Message(
                "What if: {orders} (a pending order opens when the price reaches it)",
                orders=orders,
            )
            if any(o.pending is not None for o in effect.orders)
            else Message("What if: {orders} (at the ask or the bid now)", orders=orders)
        ),
        f"  {'':<16}{left(say(Message('Now')), 34)}{say(Message('After'))}",
    ]
    for figure, now, after in order_comparison(effect):
        if figure == "State":  # too long for a column: one line each
            lines.append(f"  {left(say(Message('State now')), 16)}{say(now)}")
            lines.append(f"  {left(say(Message('State after')), 16)}{say(after)}")
        else:
            lines.append(f"  {left(say(FIGURE_NAMES[figure]), 16)}{left(say(now), 34)}{say(after)}")
    needed = f"{format_money(effect.margin_needed)} {effect.after.currency}"
    lines.append(
        f"  {left(say(Message('Margin needed')), 16)}{needed}"
        + (say(Message("   (level prices of {symbol})", symbol=symbol)) if symbol else "")
    )
    fill = pending_fill_text(effect)
    if fill is not None:
        lines.append(f"  {say(fill)}")
    if effect.changes:
        lines.append("")
        lines.append(say(Message("Changes")))
        lines += [f"  - {say(change)}" for change in effect.changes]
    lines.append("")
    lines.append(say(Message("After the orders")))
    lines.append(result_table(effect.after, translate))
    return "\n".join(lines)


def _money(value: float) -> str:
    return f"{value:.2f}"


def _leverage(value: float) -> str:
    """``500``, ``323.88`` or ``unlimited``: the number of 1:N, to a hundredth."""
    return "unlimited" if math.isinf(value) else f"{round(value, 2):g}"


def result_csv(result: Result, stress: tuple[StressRow, ...] = ()) -> str:
    """Every figure the results show, rounded as shown (money to the cent, prices to a tenth
    of a pip, pips to a tenth, percent to a hundredth) without thousands separators, for a
    spreadsheet: the account's figures, its levels and their prices, the spreads, the
    warnings; a blank line and the positions; and, when given, a blank line and the stress
    tests. Texts are English, as in every file fxmargin writes."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    c = result.currency
    writer.writerow(["figure", "value", "unit"])
    writer.writerow(["state", str(state_text(result)), ""])
    for name in ("balance", "credit", "floating_pnl", "equity", "margin", "free_margin"):
        writer.writerow([name, _money(getattr(result, name)), c])
    level = result.margin_level
    writer.writerow(["margin_level", "" if level is None else f"{level:.2f}", "%"])
    for name in ("selected", "granted", "effective"):
        writer.writerow([f"{name}_leverage", _leverage(getattr(result, f"{name}_leverage")), ""])
    if result.charged_leverage is not None:
        writer.writerow(["charged_leverage", _leverage(result.charged_leverage), ""])
    writer.writerow(["margin_basis", result.margin_price, ""])
    unit = "%" if result.levels_in == "percent" else c
    writer.writerow(["margin_call_level", f"{result.margin_call_level:g}", unit])
    writer.writerow(["stop_out_level", f"{result.stop_out_level:g}", unit])
    symbol = result.analysis_symbol
    if symbol is not None:
        pip = result.analysis_pip_size
        writer.writerow(["moving_symbol", symbol, ""])
        writer.writerow(["price", format_price(result.analysis_price, pip), symbol])
        for d in result.level_distances:
            key = f"{d.level.replace(' ', '_')}_{d.side}"
            writer.writerow([f"{key}_price", format_price(d.price, pip), symbol])
            writer.writerow([f"{key}_pips", f"{d.pips:.1f}", "pips"])
            writer.writerow([f"{key}_percent", f"{d.percent:.2f}", "%"])
            writer.writerow([f"{key}_equity_change", _money(d.equity_change), c])
    spread = result.spread_stress
    if spread is not None:
        writer.writerow(["spread_now", f"{spread.current_pips:.1f}", "pips"])
        for name, pips in (
            ("margin_call_spread", spread.margin_call_pips),
            ("stop_out_spread", spread.stop_out_pips),
        ):
            writer.writerow([name, "" if pips is None else f"{pips:.1f}", "pips"])
    for notice in result.notices:
        writer.writerow(["warning", str(notice.message), ""])
    writer.writerow([])
    writer.writerow(["symbol", "side", "lots", "notional", "pnl", "margin", "leverage"])
    for p in result.positions:
        writer.writerow(
            [
                p.symbol,
                p.side,
                format_lots(p.lots).replace(",", ""),
                _money(p.notional),
                _money(p.pnl),
                _money(p.margin),
                _leverage(p.charged_leverage),
            ]
        )
    if result.orders:
        writer.writerow([])
        writer.writerow(
            ["order", "symbol", "lots", "price", "fills_at_pips", "fills_at_price", "margin_after"]
        )
        for fill in result.orders:
            order = fill.order
            writer.writerow(
                [
                    order.order_type,
                    order.symbol,
                    format_lots(order.lots).replace(",", ""),
                    format_price(order.trigger, fill.pip_size),
                    "" if fill.pips is None else f"{fill.pips:.1f}",
                    "" if fill.price is None else format_price(fill.price, fill.pip_size),
                    "" if fill.margin_after is None else _money(fill.margin_after),
                ]
            )
    if stress:
        writer.writerow([])
        writer.writerow(
            [
                "stress_test",
                "equity",
                "margin",
                "free_margin",
                "margin_level",
                "equity_change",
                "state",
            ]
        )
        for row in stress:
            writer.writerow(
                [
                    str(row.name),
                    _money(row.equity),
                    _money(row.margin),
                    _money(row.free_margin),
                    "" if row.margin_level is None else f"{row.margin_level:.2f}",
                    _money(row.equity_change),
                    row.state,
                ]
            )
    return out.getvalue()
