"""The trader's account read from a running MetaTrader 5 terminal (docs/live-link.md).

MetaQuotes' ``MetaTrader5`` package (Windows only) is reached through `Terminal`, the few
calls used here; the rest of fxmargin never imports the package. `read_snapshot` turns one
reading into a version 2 scenario document: the terminal's account, positions, pending
orders and quotes, with the broker's own contract sizes, currencies, groups, hedged margin
and margin multipliers, and the terminal's equity and margin kept as printed figures (as
an imported statement's are). The scheme (the broker's floating-leverage tiers, which live
on its server) is the trader's pick.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from core.analyses.required_prices import required_prices
from core.files.file_fields import leverage_field
from core.files.scenario_fields import FORMAT, VERSION
from core.messages import Message
from core.model.conversion import ConversionError, find_chain
from core.model.instruments import Instrument, catalog
from core.problems import InputError, Problem

# The package's own numbers (MetaTrader5.ORDER_TYPE_*, ACCOUNT_MARGIN_MODE_*).
ORDER_TYPES = {
    2: "buy_limit",
    3: "sell_limit",
    4: "buy_stop",
    5: "sell_stop",
    6: "buy_stop_limit",
    7: "sell_stop_limit",
}
ORDER_TYPE_BUY = 0
NETTING = 0  # account margin_mode: one position per symbol
UNLIMITED_READS = 1_000_000_000  # Exness's unlimited leverage reads 2,000,000,000
# The first part of a symbol's ``path`` that names its class ("Forex\\Majors\\EURUSD").
CLASS_WORDS = {
    "forex": "forex",
    "fx": "forex",
    "metal": "metal",
    "metals": "metal",
    "spot metals": "metal",
    "crypto": "crypto",
    "cryptocurrencies": "crypto",
    "cryptocurrency": "crypto",
    "index": "index",
    "indices": "index",
    "indexes": "index",
    "energy": "energy",
    "energies": "energy",
    "commodities": "energy",
    "oil": "energy",
    "stock": "stock",
    "stocks": "stock",
    "shares": "stock",
}
GROUP_WORDS = {"majors": "major", "major": "major", "minors": "minor", "minor": "minor"}
GROUP_WORDS.update({"exotics": "exotic", "exotic": "exotic", "crosses": "minor"})


class Terminal(Protocol):
    """The calls of the ``MetaTrader5`` module fxmargin makes (the module itself fits)."""

    def account_info(self) -> Any: ...
    def positions_get(self) -> Any: ...
    def orders_get(self) -> Any: ...
    def symbol_info(self, symbol: str) -> Any: ...
    def symbol_info_tick(self, symbol: str) -> Any: ...
    def order_calc_margin(
        self, action: int, symbol: str, volume: float, price: float
    ) -> float | None: ...
    def last_error(self) -> tuple[int, str]: ...


@dataclass(frozen=True)
class Snapshot:
    """One reading: the scenario document, and when it was read."""

    document: dict[str, Any]
    time: str


def _failed(terminal: Terminal, call: str) -> InputError:
    code, words = terminal.last_error()
    return InputError(
        [
            Problem(
                "MetaTrader 5",
                Message(
                    "{call} failed: {words} (terminal error {code})",
                    call=call,
                    words=words,
                    code=str(code),
                ),
            )
        ]
    )


def instrument_fields(info: Any) -> dict[str, Any]:
    """A symbol's entry under ``instruments`` from its ``symbol_info``: the broker's contract
    size and currencies; the class and group from its ``path``, else the catalog's; the pip
    one tenth of a 5- or 3-digit quote's tenth (0.0001 for EURUSD), else the point."""
    known = catalog().get(info.name)
    parts = [p.strip().lower() for p in str(getattr(info, "path", "")).split("\\") if p.strip()]
    instrument_class = next((CLASS_WORDS[p] for p in parts if p in CLASS_WORDS), None)
    if instrument_class is None:
        instrument_class = known.instrument_class if known is not None else "forex"
    point = float(info.point)
    pip = point * 10 if int(info.digits) in (3, 5) else point
    fields: dict[str, Any] = {
        "class": instrument_class,
        "base": info.currency_base,
        "quote": info.currency_profit,
        "contract_size": float(info.trade_contract_size),
        "pip_size": known.pip_size if known is not None else pip,
    }
    group = next((GROUP_WORDS[p] for p in parts if p in GROUP_WORDS), None)
    if group is not None and instrument_class == "forex":
        fields["group"] = group
    return fields


def hedging_of(info: Any) -> str | float:
    """The symbol's hedged margin as a scheme's hedging rule (docs/rules.md#hedging):
    ``larger_leg`` when the terminal margins the larger leg, else ``margin_hedged`` per
    covered pair as a share per side (the contract size is 0.5, none is 0)."""
    if getattr(info, "margin_hedged_use_leg", False):
        return "larger_leg"
    contract = float(info.trade_contract_size)
    hedged = float(getattr(info, "margin_hedged", contract * 2))
    share = min(max(hedged / (2 * contract), 0.0), 1.0) if contract > 0 else 1.0
    return "none" if share == 1.0 else "net" if share == 0.0 else round(share, 6)


def read_snapshot(
    terminal: Terminal,
    scheme: str | dict[str, Any] | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    specs: dict[str, Any] | None = None,
) -> Snapshot:
    """The account as the terminal has it now (docs/live-link.md); `InputError` naming the
    call that failed and the terminal's own error when a reading cannot be had. ``specs``
    keeps the symbols' specifications from one reading to the next: each is read once, the
    quotes every time."""
    account = terminal.account_info()
    if account is None:
        raise _failed(terminal, "account_info()")
    positions = terminal.positions_get()
    if positions is None:
        raise _failed(terminal, "positions_get()")
    orders = terminal.orders_get()
    if orders is None:
        raise _failed(terminal, "orders_get()")
    specs = {} if specs is None else specs

    def spec_of(symbol: str, needed: bool = True) -> Any:
        if specs.get(symbol) is None:
            specs[symbol] = terminal.symbol_info(symbol)
            if specs[symbol] is None and needed:
                raise _failed(terminal, f'symbol_info("{symbol}")')
        return specs[symbol]

    def quote_of(symbol: str) -> dict[str, float]:
        tick = terminal.symbol_info_tick(symbol)
        if tick is None:
            raise _failed(terminal, f'symbol_info_tick("{symbol}")')
        return {"bid": float(tick.bid), "ask": float(tick.ask)}

    held = list(dict.fromkeys([p.symbol for p in positions] + [o.symbol for o in orders]))
    infos = {symbol: spec_of(symbol) for symbol in held}
    instruments = {symbol: instrument_fields(infos[symbol]) for symbol in held}
    known: dict[str, Instrument] = dict(catalog())
    for symbol, fields in instruments.items():
        known[symbol] = _instrument(symbol, fields)
    prices = {symbol: quote_of(symbol) for symbol in held}
    mids = {s: (p["bid"] + p["ask"]) / 2 for s, p in prices.items()}
    for need in required_prices(account.currency, None, held, mids, known):
        if need.symbol not in prices and spec_of(need.symbol, needed=False) is not None:
            prices[need.symbol] = quote_of(need.symbol)
    leverage = float(account.leverage)
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "account": {
            "currency": account.currency,
            "balance": float(account.balance),
            "credit": float(account.credit),
            "platform": "MT5",
            "leverage": leverage_field(math.inf if leverage >= UNLIMITED_READS else leverage),
            "margin_call_level": float(account.margin_so_call),
            "stop_out_level": float(account.margin_so_so),
            "levels_in": "money" if int(account.margin_so_mode) == 1 else "percent",
        },
        "scheme": scheme if scheme is not None else _terminal_scheme(account, infos, held),
        "prices": {s: _price(p) for s, p in prices.items()},
        "positions": [_position(p) for p in positions],
    }
    if orders:
        document["orders"] = [_order(o) for o in orders]
    asks = {symbol: price["ask"] for symbol, price in prices.items()}
    multipliers = _multipliers(terminal, account, infos, held, known, mids, asks)
    for symbol, multiplier in multipliers.items():
        instruments[symbol]["margin_multiplier"] = multiplier
    document["instruments"] = instruments
    time = now().strftime("%Y-%m-%d %H:%M:%S")
    document["source"] = {
        "live": "MetaTrader 5",
        "platform": "MT5",
        "server": account.server,
        "account": str(account.login),
        "time": time,
        "printed": {
            "balance": float(account.balance),
            "equity": float(account.equity),
            "margin": float(account.margin),
            "free_margin": float(account.margin_free),
            "floating_pnl": float(account.profit),
        },
    }
    return Snapshot(document, time)


def _instrument(symbol: str, fields: dict[str, Any]) -> Instrument:
    return Instrument(
        symbol=symbol,
        instrument_class=fields["class"],
        base=fields["base"],
        quote=fields["quote"],
        contract_size=fields["contract_size"],
        pip_size=fields["pip_size"],
    )


def _price(price: dict[str, float]) -> float | dict[str, float]:
    return price["bid"] if price["bid"] == price["ask"] else price


def _position(position: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "symbol": position.symbol,
        "side": "buy" if int(position.type) == 0 else "sell",
        "lots": float(position.volume),
        "open_price": float(position.price_open),
    }
    if float(position.swap):
        fields["swap"] = float(position.swap)
    return fields


def _order(order: Any) -> dict[str, Any]:
    """A pending order: a stop-limit order's ``price_open`` is its trigger (``stop``) and
    ``price_stoplimit`` its limit (``price``)."""
    order_type = ORDER_TYPES[int(order.type)]
    fields: dict[str, Any] = {
        "symbol": order.symbol,
        "type": order_type,
        "lots": float(order.volume_current),
    }
    if order_type.endswith("_stop_limit"):
        fields["price"] = float(order.price_stoplimit)
        fields["stop"] = float(order.price_open)
    else:
        fields["price"] = float(order.price_open)
    for key in ("sl", "tp"):
        if float(getattr(order, key, 0.0) or 0.0):
            fields[key] = float(getattr(order, key))
    return fields


def _terminal_scheme(account: Any, infos: dict[str, Any], held: Sequence[str]) -> dict[str, Any]:
    """No tiers, and the terminal's hedged margin (the broker's tiers are the trader's pick)."""
    scheme: dict[str, Any] = {
        "name": f"MetaTrader 5 account {account.login}",
        "description": "No tiers: the account's leverage for every position.",
    }
    if int(account.margin_mode) != NETTING and held:
        rules = {hedging_of(infos[s]) for s in held}
        rule = rules.pop() if len(rules) == 1 else "none"
        if rule != "none":
            scheme["hedging"] = rule
    return scheme


def _multipliers(
    terminal: Terminal,
    account: Any,
    infos: dict[str, Any],
    held: Sequence[str],
    known: dict[str, Instrument],
    mids: dict[str, float],
    terminal_ask: dict[str, float],
) -> dict[str, float]:
    """Each held symbol's margin multiplier: the terminal's margin for one lot (at the ask)
    over the formula's at the account's leverage (docs/rules.md#one-position), where the
    two differ by more than a rounding (a prop firm's NZDUSD at 1.5)."""
    leverage = float(account.leverage)
    found: dict[str, float] = {}
    if leverage >= UNLIMITED_READS or leverage <= 0:
        return found
    for symbol in held:
        info = infos[symbol]
        ask = float(terminal_ask.get(symbol, info.ask))
        one_lot = terminal.order_calc_margin(ORDER_TYPE_BUY, symbol, 1.0, ask)
        if one_lot is None or one_lot <= 0:
            continue
        expected = _one_lot_margin(symbol, ask, account.currency, known, mids)
        if expected is None or expected <= 0:
            continue
        multiplier = one_lot / (expected / leverage)
        if abs(multiplier - 1.0) > 0.005:
            found[symbol] = round(multiplier, 6)
    return found


def _one_lot_margin(
    symbol: str, ask: float, currency: str, known: dict[str, Instrument], mids: dict[str, float]
) -> float | None:
    """One lot's notional in the account currency at the ask (before leverage), converted as
    every figure is (docs/rules.md#prices-and-conversion); None where no chain of the
    terminal's quotes converts it."""
    instrument = known[symbol]
    try:
        chain = find_chain(instrument.quote, currency, mids, known)
    except ConversionError:
        return None
    return instrument.contract_size * ask * chain.rate(mids)


def connect(package: str = "MetaTrader5") -> Terminal:
    """The running terminal, through MetaQuotes' package; `InputError` in words when the
    package is missing (it runs on Windows only) or no terminal answers."""
    import importlib

    try:
        module = importlib.import_module(package)
    except ImportError:
        raise InputError(
            [
                Problem(
                    "MetaTrader 5",
                    Message(
                        "the MetaTrader5 package is not installed: the live link works on "
                        'Windows, with pip install "fxmargin[mt5]"'
                    ),
                )
            ]
        ) from None
    if not module.initialize():
        code, words = module.last_error()
        raise InputError(
            [
                Problem(
                    "MetaTrader 5",
                    Message(
                        "no terminal answers: {words} (terminal error {code}); start "
                        "MetaTrader 5 and log in to your account",
                        words=str(words),
                        code=str(code),
                    ),
                )
            ]
        )
    terminal: Terminal = module
    return terminal
