"""A Result as JSON (money not rounded) or as a readable table (to the cent) (SPEC 9)."""

from __future__ import annotations

import csv
import io
from dataclasses import asdict
from typing import Any

from core.analyses.level_distances import LevelDistance, Nearness
from core.analyses.price_levels import LevelPrices
from core.analyses.spread_stress import SpreadStress
from core.analyses.stress_tests import StressRow
from core.analyses.what_if import OrderEffect
from core.files.file_fields import leverage_field
from core.money import (
    format_leverage,
    format_lots,
    format_money,
    format_percent,
    format_pips,
    format_price,
)
from core.result import Result

MARGIN_BASIS = {"current": "at current bid/ask (MT4)", "open": "at open price (MT5)"}
"""How each margin price basis reads (SPEC 4)."""


def _fields(value: LevelPrices | SpreadStress | Nearness | None) -> dict[str, Any] | None:
    """A level-price, spread-stress or nearness record as its JSON object, null when there is
    none."""
    return None if value is None else asdict(value)


def spread_level_text(pips: float | None, stress: SpreadStress) -> str:
    """A spread-stress figure in words: the spread in pips, "reached now", or none up to the
    widest spread searched."""
    if pips is None:
        return f"none up to {stress.widest_pips:,.0f} pips"
    if pips == stress.current_pips:
        return "reached now"
    return f"{pips:,.1f} pips"


def result_to_json(result: Result) -> dict[str, Any]:
    """The fields SPEC 9 lists, and a few more (granted leverage, levels, tier warnings)."""
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
                "pip_value": p.pip_value,
            }
            for p in result.positions
        ],
        "eligibility": None if result.eligibility is None else asdict(result.eligibility),
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
    }


def level_distance_words(distance: LevelDistance | None, pip_size: float, currency: str) -> str:
    """A level price as a trader says it: ``2.4 pips below (1.08478, -0.02%), equity
    -96.00 USD``; ``none`` where no price reaches the level."""
    if distance is None:
        return "none"
    return (
        f"{format_pips(abs(distance.pips))} pips {distance.side} "
        f"({format_price(distance.price, pip_size)}, {'+' if distance.percent > 0 else ''}"
        f"{format_percent(distance.percent)}), equity "
        f"{'+' if distance.equity_change >= 0 else '-'}{format_money(abs(distance.equity_change))} "
        f"{currency}"
    )


def level_lines(result: Result, level: str) -> list[str]:
    """A level's prices below and above in words; ``reached now`` when the account is there."""
    prices = result.margin_call_price if level == "margin call" else result.stop_out_price
    if prices is None:
        return []
    if prices.already:
        return ["reached now"]
    found = {d.side: d for d in result.level_distances if d.level == level}
    return [
        level_distance_words(found.get(side), result.analysis_pip_size, result.currency)
        if side in found
        else f"none {side}"
        for side in ("below", "above")
    ]


def state_text(result: Result) -> str:
    """The account's state and what is near: ``OK, margin call 2.4 pips away (a fall to
    1.08478)``; ``MARGIN CALL, stop out 3.1 pips away (...)``; ``STOP OUT``."""
    state = "STOP OUT" if result.stop_out else "MARGIN CALL" if result.margin_call else "OK"
    nearness = result.nearest_level
    if nearness is None:
        return state
    d = nearness.distance
    move = "a fall" if d.side == "below" else "a rise"
    return (
        f"{state}, {d.level} {format_pips(abs(d.pips))} pips away "
        f"({move} to {format_price(d.price, result.analysis_pip_size)})"
    )


def result_table(result: Result) -> str:
    """A plain-text report a trader can read: money to the cent, prices to a tenth of a pip."""
    c = result.currency
    lines: list[str] = []

    def row(label: str, value: str) -> None:
        lines.append(f"  {label:<24}{value}")

    lines.append("Account")
    row("Balance", f"{format_money(result.balance)} {c}")
    if result.credit:
        row("Credit", f"{format_money(result.credit)} {c}")
    row("Floating P/L", f"{format_money(result.floating_pnl)} {c}")
    row("Equity", f"{format_money(result.equity)} {c}")
    row("Margin", f"{format_money(result.margin)} {c}")
    row("Free margin", f"{format_money(result.free_margin)} {c}")
    row(
        "Margin level",
        "none (no margin)" if result.margin_level is None else f"{result.margin_level:,.2f}%",
    )
    row(
        "Leverage",
        f"{format_leverage(result.effective_leverage)} (selected {format_leverage(result.selected_leverage)}"
        f", granted {format_leverage(result.granted_leverage)})",
    )
    row("Margin basis", MARGIN_BASIS[result.margin_price])
    unit = "%" if result.levels_in == "percent" else f" {c}"
    row(
        "Margin call / stop out",
        f"{result.margin_call_level:g}{unit} / {result.stop_out_level:g}{unit}",
    )
    row("State", state_text(result))

    if result.positions:
        lines.append("")
        lines.append("Positions")
        header = f"  {'Symbol':<8}{'Side':<5}{'Lots':>9}{'Notional':>17}{'P/L':>13}{'Margin':>13}{'Leverage':>11}"
        lines.append(header)
        for p in result.positions:
            lines.append(
                f"  {p.symbol:<8}{p.side:<5}{format_lots(p.lots):>9}{format_money(p.notional):>17}"
                f"{format_money(p.pnl):>13}{format_money(p.margin):>13}{format_leverage(p.leverage):>11}"
            )

    stress = result.spread_stress
    if result.analysis_symbol is not None:
        lines.append("")
        kept = " and the spread" if stress is not None and stress.current_pips > 0 else ""
        lines.append(
            f"Price levels of {result.analysis_symbol} (mid; all other prices{kept} fixed)"
        )
        for label, level in (("Margin call", "margin call"), ("Stop out", "stop out")):
            for i, line in enumerate(level_lines(result, level)):
                row(label if i == 0 else "", line)
    if stress is not None:
        lines.append("")
        lines.append(f"Spread of {stress.symbol} (mid fixed; now {stress.current_pips:,.1f} pips)")
        for label, pips in (
            ("Margin call at", stress.margin_call_pips),
            ("Stop out at", stress.stop_out_pips),
        ):
            row(label, spread_level_text(pips, stress))

    if result.eligibility is not None:
        lines.append("")
        verdict = "eligible" if result.eligibility.eligible else "not eligible"
        lines.append(f"Unlimited leverage: {verdict}")
        for check in result.eligibility.checks:
            value = (
                format_money(check.value)
                if isinstance(check.value, float) and check.rule == "equity"
                else check.value
            )
            mark = "ok  " if check.ok else "FAIL"
            missing = f"  ({check.missing})" if check.missing else ""
            lines.append(
                f"  [{mark}] {check.rule:<14}{value!s:<12} required {check.required}{missing}"
            )

    if result.notices:
        lines.append("")
        lines.append("Warnings")
        lines += [f"  - {n.message}" for n in result.notices]
    return "\n".join(lines) + "\n"


def order_effect_json(effect: OrderEffect) -> dict[str, Any]:
    """What-if orders as JSON: the orders, the full result before and after, the changes."""
    return {
        "orders": [{"symbol": o.symbol, "side": o.side, "lots": o.lots} for o in effect.orders],
        "margin_needed": effect.margin_needed,
        "changes": list(effect.changes),
        "before": result_to_json(effect.before),
        "after": result_to_json(effect.after),
    }


def order_comparison(effect: OrderEffect) -> list[tuple[str, str, str]]:
    """The figures a trader compares before an order, as (figure, now, after) in words."""
    before, after = effect.before, effect.after
    c = before.currency

    def level(result: Result, name: str) -> str:
        found = [d for d in result.level_distances if d.level == name]
        prices = result.margin_call_price if name == "margin call" else result.stop_out_price
        if prices is not None and prices.already:
            return "reached now"
        if not found:
            return "none"
        d = min(found, key=lambda d: abs(d.pips))
        return (
            f"{format_price(d.price, result.analysis_pip_size)} "
            f"({format_pips(abs(d.pips))} pips {d.side})"
        )

    def level_pct(result: Result) -> str:
        return "none" if result.margin_level is None else f"{result.margin_level:,.2f}%"

    def tier(result: Result) -> str:
        t = f" (tier {result.equity_tier + 1})" if result.equity_tier is not None else ""
        return format_leverage(result.effective_leverage) + t

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
        ("State", state_text(before), state_text(after)),
    ]


def order_effect_table(effect: OrderEffect) -> str:
    """What-if orders as text: now and after side by side, the changes, then the account
    after the orders in full."""
    symbol = effect.after.analysis_symbol
    lines = [
        "What if: " + ", ".join(str(o) for o in effect.orders) + " (at the ask or the bid now)",
        f"  {'':<16}{'Now':<34}After",
    ]
    for figure, now, after in order_comparison(effect):
        if figure == "State":  # too long for a column: one line each
            lines.append(f"  {'State now':<16}{now}")
            lines.append(f"  {'State after':<16}{after}")
        else:
            lines.append(f"  {figure:<16}{now:<34}{after}")
    lines.append(
        f"  {'Margin needed':<16}{format_money(effect.margin_needed)} {effect.after.currency}"
        + (f"   (level prices of {symbol})" if symbol else "")
    )
    if effect.changes:
        lines.append("")
        lines.append("Changes")
        lines += [f"  - {change}" for change in effect.changes]
    lines.append("")
    lines.append("After the orders")
    lines.append(result_table(effect.after))
    return "\n".join(lines)


def result_csv(result: Result, stress: tuple[StressRow, ...] = ()) -> str:
    """The account and its positions as CSV: a block of figures, a blank line, the positions,
    and, when given, a blank line and the stress tests."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["figure", "value", "currency"])
    for name in ("balance", "credit", "equity", "floating_pnl", "margin", "free_margin"):
        writer.writerow([name, repr(getattr(result, name)), result.currency])
    writer.writerow(
        ["margin_level", "" if result.margin_level is None else repr(result.margin_level), "%"]
    )
    writer.writerow(["effective_leverage", leverage_field(result.effective_leverage), ""])
    writer.writerow([])
    writer.writerow(["symbol", "side", "lots", "notional", "pnl", "margin", "leverage"])
    for p in result.positions:
        writer.writerow(
            [
                p.symbol,
                p.side,
                repr(p.lots),
                repr(p.notional),
                repr(p.pnl),
                repr(p.margin),
                leverage_field(p.leverage),
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
                    row.name,
                    repr(row.equity),
                    repr(row.margin),
                    repr(row.free_margin),
                    "" if row.margin_level is None else repr(row.margin_level),
                    repr(row.equity_change),
                    row.state,
                ]
            )
    return out.getvalue()
