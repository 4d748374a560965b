"""A statement as a scenario (SPEC 9, 10): the account, positions and prices it shows, the
history counts, the leverage it states or the one that reproduces its printed margin, and the
printed figures kept in ``source``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core.analyses.required_prices import required_prices
from core.files.file_fields import leverage_field
from core.files.scenario_file import (
    FORMAT,
    VERSION,
    parse_json,
    position_fields,
    read_bytes,
    scenario_from_json,
    scenario_text,
)
from core.files.scheme_file import presets
from core.margin.account_model import AccountModel
from core.messages import Message
from core.model.instruments import catalog
from core.model.scenario import Position, Scenario
from core.money import format_leverage, format_money
from core.problems import InputError, Problem
from core.statements.statement import Statement
from core.statements.xlsx_rows import is_xlsx

# The leverages brokers offer, from 1:1 to 1:3000, tried against the printed margin.
USUAL_LEVERAGES = (
    1, 2, 3, 5, 10, 15, 20, 25, 30, 33, 50, 66, 75, 100, 125, 150, 200, 222, 250, 300, 333,
    400, 500, 600, 800, 888, 1000, 1500, 2000, 3000,
)  # fmt: skip
MATCH = 0.005  # SPEC 10: the computed margin within 0.5% of the printed one
FALLBACK_LEVERAGE = 100.0
# Margin price bases and hedging rules tried for a plain scheme, each platform's own first.
BASES = {"MT4": ("current", "open"), "MT5": ("open", "current")}
HEDGING = {"MT4": ("none", "larger_leg", 0.5), "MT5": ("larger_leg", "none", 0.5)}


@dataclass(frozen=True)
class Imported:
    """A statement and the scenario document made from it (a document, since an unmapped symbol
    leaves an instrument for the trader to complete)."""

    statement: Statement
    document: dict[str, Any]
    notes: tuple[Message, ...]


def looks_like_statement(data: bytes) -> bool:
    """Whether a file is a statement rather than a scenario: XLSX, UTF-16, or HTML markup."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").lower()
    return (
        is_xlsx(data) or data[:2] in (b"\xff\xfe", b"\xfe\xff") or head.startswith((b"<", b"<\x00"))
    )


def import_statement(
    data: bytes,
    file_name: str,
    scheme: str | None = None,
    leverage: float | None = None,
) -> Imported:
    """Read a statement and make its scenario: ``scheme`` a preset's name (default: a plain
    scheme), ``leverage`` the trader's (default: the file's, else the one that reproduces the
    printed margin, else 1:100)."""
    if scheme is not None and scheme not in presets():
        raise InputError(
            [
                Problem(
                    "--scheme",
                    Message(
                        "unknown preset {name} (presets: {presets})",
                        name=repr(scheme),
                        presets=", ".join(presets()),
                    ),
                )
            ]
        )
    # The HTML parser (lxml) loads when a statement is read, not when the app starts.
    from core.statements.reader import read_statement

    statement = read_statement(data, catalog())
    if statement.balance is None:
        raise InputError([Problem("statement", Message("the statement prints no balance"))])
    notes = list(statement.notes)
    document = _document(statement, file_name, scheme, notes)
    if leverage is not None:
        chosen: tuple[float, dict[str, Any] | None] = (leverage, None)
        notes.append(Message("leverage {leverage} as given", leverage=format_leverage(leverage)))
    elif statement.leverage is not None:
        chosen = (statement.leverage, None)
        notes.append(
            Message(
                "leverage {leverage} as the statement shows",
                leverage=format_leverage(statement.leverage),
            )
        )
    else:
        chosen = _inferred_leverage(statement, document, scheme, notes)
    document["account"]["leverage"] = leverage_field(chosen[0])
    if chosen[1] is not None:
        document["scheme"] = chosen[1]
    said_elsewhere = (
        Message("the statement does not show the leverage"),
        Message("MetaTrader 5 reports do not show the leverage"),
    )
    notes = [note for note in notes if note not in said_elsewhere]
    return Imported(statement, document, tuple(notes))


def _document(
    statement: Statement, file_name: str, scheme: str | None, notes: list[Message]
) -> dict[str, Any]:
    currency = statement.currency or "USD"
    if statement.currency is None:
        notes.append(Message("the statement does not show its currency: USD assumed"))
    prices: dict[str, float] = {}
    instruments: dict[str, dict[str, Any]] = {}
    positions = []
    for position in statement.positions:
        symbol = position.symbol or position.broker_symbol
        if position.symbol is None:
            instruments[symbol] = {}
        if position.market_price is not None and position.market_price > 0:
            prices.setdefault(symbol, position.market_price)
        positions.append(
            position_fields(
                Position(
                    symbol,
                    position.side,
                    position.lots,
                    position.open_price,
                    swap=position.swap,
                    commission=position.commission,
                )
            )
        )
    symbols = [str(p["symbol"]) for p in positions if p["symbol"] in catalog()]
    for need in required_prices(currency, None, symbols, prices, catalog()):
        if need.symbol not in prices:
            notes.append(
                Message(
                    "no price for {symbol} in the statement ({reason}): add it",
                    symbol=need.symbol,
                    reason=need.reason,
                )
            )
    printed = statement.printed
    source: dict[str, Any] = {
        "file": file_name,
        "platform": statement.platform,
        "account": statement.account,
        "time": statement.time,
        "printed": {
            "balance": printed.balance,
            "equity": printed.equity,
            "margin": printed.margin,
            "free_margin": printed.free_margin,
            "floating_pnl": printed.floating_pnl,
        },
    }
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "account": {
            "currency": currency,
            "balance": statement.balance,
            "credit": statement.credit,
            "platform": statement.platform,
            "closed_trades": statement.closed_trades,
            "closed_lots": statement.closed_lots,
            "leverage": leverage_field(FALLBACK_LEVERAGE),
        },
        "scheme": scheme if scheme is not None else _plain_scheme(statement, "current", "none"),
        "prices": prices,
        "positions": positions,
        "source": source,
    }
    if instruments:
        document["instruments"] = instruments
    return document


def _plain_scheme(statement: Statement, basis: str, hedging: object) -> dict[str, Any]:
    scheme: dict[str, Any] = {
        "name": f"Imported from an {statement.platform} statement",
        "description": "No tiers: the account's leverage for every position.",
    }
    if basis != "current":
        scheme["margin_price"] = basis
    if hedging != "none":
        scheme["hedging"] = hedging
    return scheme


def _inferred_leverage(
    statement: Statement, document: dict[str, Any], scheme: str | None, notes: list[Message]
) -> tuple[float, dict[str, Any] | None]:
    """SPEC 10: the usual leverage (and, for a plain scheme, the margin basis and hedging rule)
    whose computed margin is within 0.5% of the printed one; else 1:100."""
    printed = statement.printed.margin
    if not statement.positions or not printed:
        notes.append(
            Message(
                "leverage not in the file and no margin to match: 1:100 assumed; set the "
                "leverage (--leverage on the command line)"
            )
        )
        return FALLBACK_LEVERAGE, None
    candidates: list[tuple[float, float, dict[str, Any] | None]] = []  # (error, leverage, scheme)
    platform = statement.platform
    plans = (
        [(None, None)]
        if scheme is not None
        else [(b, h) for b in BASES[platform] for h in HEDGING[platform]]
    )
    for basis, hedging in plans:
        trial = dict(document)
        if basis is not None:
            trial["scheme"] = _plain_scheme(statement, basis, hedging)
        leverages = USUAL_LEVERAGES if scheme is not None else (1,)
        for leverage in leverages:
            trial["account"] = {**document["account"], "leverage": leverage}
            margin = _margin(trial)
            if margin is None:
                notes.append(
                    Message(
                        "leverage not in the file and the margin cannot be computed without the "
                        "missing prices: 1:100 assumed; set the leverage (--leverage on the "
                        "command line)"
                    )
                )
                return FALLBACK_LEVERAGE, None
            if scheme is None:  # no tiers: margin is proportional to 1 / leverage
                for usual in USUAL_LEVERAGES:
                    candidates.append(
                        (abs(margin / usual - printed) / printed, usual, trial["scheme"])
                    )
            else:
                candidates.append((abs(margin - printed) / printed, leverage, None))
    error, best, chosen_scheme = min(candidates, key=lambda c: c[0])
    if error > MATCH:
        notes.append(
            Message(
                "leverage not in the file and no usual leverage reproduces the printed margin "
                "{margin}: 1:100 assumed; set the leverage (--leverage on the command line)",
                margin=format_money(printed),
            )
        )
        return FALLBACK_LEVERAGE, None
    values = {"leverage": format_leverage(best), "margin": format_money(printed)}
    if chosen_scheme is None:
        notes.append(
            Message(
                "leverage not in the file: {leverage} reproduces the printed margin {margin}",
                **values,
            )
        )
    else:
        margin_basis = (
            Message("at the open price")
            if chosen_scheme.get("margin_price") == "open"
            else Message("at the current price")
        )
        hedge = chosen_scheme.get("hedging", "none")
        how = (
            Message("margin {basis}, hedges margined on their larger leg", basis=margin_basis)
            if hedge == "larger_leg"
            else Message("margin {basis}, hedged lots at 50%", basis=margin_basis)
            if hedge == 0.5
            else Message("margin {basis}", basis=margin_basis)
        )
        notes.append(
            Message(
                "leverage not in the file: {leverage} ({how}) reproduces the printed margin "
                "{margin}",
                how=how,
                **values,
            )
        )
    return float(best), chosen_scheme


def _margin(document: dict[str, Any]) -> float | None:
    try:
        scenario = scenario_from_json(document)
    except InputError:
        return None
    return float(AccountModel(scenario).state(np.array([1.0])).margin[0])


def load_any(path: str | os.PathLike[str]) -> Scenario:
    """A scenario file, or a statement imported with the defaults (SPEC 9)."""
    file_path = Path(path)
    data = read_bytes(file_path)
    if looks_like_statement(data):
        return scenario_from_json(import_statement(data, file_path.name).document)
    name = str(file_path)
    return scenario_from_json(parse_json(scenario_text(data, name), name))


def statement_json(imported: Imported) -> dict[str, Any]:
    """What the statement says (SPEC 9 ``import --json``)."""
    s = imported.statement
    printed = imported.document["source"]["printed"]
    return {
        "platform": s.platform,
        "currency": s.currency,
        "leverage": leverage_field(s.leverage) if s.leverage is not None else None,
        "balance": s.balance,
        "credit": s.credit,
        "closed_trades": s.closed_trades,
        "closed_lots": s.closed_lots,
        "pending_orders": s.pending_orders,
        "positions": [
            {
                "symbol": p.symbol or p.broker_symbol,
                "broker_symbol": p.broker_symbol,
                "side": p.side,
                "lots": p.lots,
                "open_price": p.open_price,
                "swap": p.swap,
                "commission": p.commission,
            }
            for p in s.positions
        ],
        "prices": imported.document["prices"],
        "printed": printed,
        "notes": [str(note) for note in imported.notes],
    }
