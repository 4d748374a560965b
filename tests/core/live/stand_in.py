"""A stand-in for MetaQuotes' ``MetaTrader5`` package, which installs on Windows only: it
replays recorded readings with the package's own types (named tuples with its fields, in its
order), ``None`` from a call that fails and the reason in ``last_error()``, as the package
does. `parse_repr` reads the package's printed reprs (``AccountInfo(login=..., ...)``), as
public material shows them."""

from __future__ import annotations

import ast
import re
from collections import namedtuple
from typing import Any

# The fields of the package's types, in its order (package 5.0.x, as its reprs print them).
ACCOUNT_FIELDS = (
    "login trade_mode leverage limit_orders margin_so_mode trade_allowed trade_expert "
    "margin_mode currency_digits fifo_close balance credit profit equity margin margin_free "
    "margin_level margin_so_call margin_so_so margin_initial margin_maintenance assets "
    "liabilities commission_blocked name server currency company"
)
POSITION_FIELDS = (
    "ticket time time_msc time_update time_update_msc type magic identifier reason volume "
    "price_open sl tp price_current swap profit symbol comment external_id"
)
ORDER_FIELDS = (
    "ticket time_setup time_setup_msc time_done time_done_msc time_expiration type type_time "
    "type_filling state magic position_id position_by_id reason volume_initial volume_current "
    "price_open sl tp price_current price_stoplimit symbol comment external_id"
)
SYMBOL_FIELDS = (
    "custom chart_mode select visible session_deals session_buy_orders session_sell_orders "
    "volume volumehigh volumelow time digits spread spread_float ticks_bookdepth "
    "trade_calc_mode trade_mode start_time expiration_time trade_stops_level "
    "trade_freeze_level trade_exemode swap_mode swap_rollover3days margin_hedged_use_leg "
    "expiration_mode filling_mode order_mode order_gtc_mode option_mode option_right bid "
    "bidhigh bidlow ask askhigh asklow last lasthigh lastlow volume_real volumehigh_real "
    "volumelow_real option_strike point trade_tick_value trade_tick_value_profit "
    "trade_tick_value_loss trade_tick_size trade_contract_size trade_accrued_interest "
    "trade_face_value trade_liquidity_rate volume_min volume_max volume_step volume_limit "
    "swap_long swap_short margin_initial margin_maintenance session_volume session_turnover "
    "session_interest session_buy_orders_volume session_sell_orders_volume session_open "
    "session_close session_aw session_price_settlement session_price_limit_min "
    "session_price_limit_max margin_hedged price_change price_volatility price_theoretical "
    "price_greeks_delta price_greeks_theta price_greeks_gamma price_greeks_vega "
    "price_greeks_rho price_greeks_omega price_sensitivity basis category currency_base "
    "currency_profit currency_margin bank description exchange formula isin name page path"
)
TEXT_FIELDS = {
    "name",
    "server",
    "currency",
    "company",
    "symbol",
    "comment",
    "external_id",
    "basis",
    "category",
    "currency_base",
    "currency_profit",
    "currency_margin",
    "bank",
    "description",
    "exchange",
    "formula",
    "isin",
    "page",
    "path",
}
BOOL_FIELDS = {
    "trade_allowed",
    "trade_expert",
    "fifo_close",
    "custom",
    "select",
    "visible",
    "spread_float",
    "margin_hedged_use_leg",
}


def _type(name: str, fields: str) -> type:
    names = fields.split()
    defaults = ["" if f in TEXT_FIELDS else False if f in BOOL_FIELDS else 0 for f in names]
    return namedtuple(name, names, defaults=defaults)


AccountInfo = _type("AccountInfo", ACCOUNT_FIELDS)
TradePosition = _type("TradePosition", POSITION_FIELDS)
TradeOrder = _type("TradeOrder", ORDER_FIELDS)
SymbolInfo = _type("SymbolInfo", SYMBOL_FIELDS)
Tick = _type("Tick", "time bid ask last volume time_msc flags volume_real")

REPR = re.compile(r"(AccountInfo|TradePosition|TradeOrder|SymbolInfo)\((.*?)\)(?=[\s,)\]]|$)", re.S)
FIELD = re.compile(r"(\w+)=('(?:[^'\\]|\\.)*'|[^,]*)")


def parse_repr(text: str) -> list[tuple[str, dict[str, Any]]]:
    """Every whole repr in ``text`` (a truncated one, ending in "...", is left out)."""
    found = []
    for match in REPR.finditer(text):
        body = match.group(2)
        if body.rstrip().endswith("..."):
            continue
        found.append((match.group(1), parse_fields(body)))
    return found


def parse_fields(line: str) -> dict[str, Any]:
    """A printed line of ``name=value`` pairs (a repr's body without its type's name)."""
    return {name: ast.literal_eval(value.strip()) for name, value in FIELD.findall(line)}


def make(kind: type, fields: dict[str, Any]) -> Any:
    known = set(kind._fields)  # type: ignore[attr-defined]
    return kind(**{k: v for k, v in fields.items() if k in known})


class StandIn:
    """The package's calls on recorded readings; ``fail`` names calls that return None."""

    def __init__(
        self,
        account: dict[str, Any] | None,
        positions: list[dict[str, Any]] = (),  # type: ignore[assignment]
        orders: list[dict[str, Any]] = (),  # type: ignore[assignment]
        symbols: dict[str, dict[str, Any]] | None = None,
        margins: dict[str, float] | None = None,
        fail: set[str] | None = None,
    ) -> None:
        self.account = None if account is None else make(AccountInfo, account)
        self.positions = tuple(make(TradePosition, p) for p in positions)
        self.orders = tuple(make(TradeOrder, o) for o in orders)
        self.symbols = {
            name: make(SymbolInfo, {"name": name, **fields})
            for name, fields in (symbols or {}).items()
        }
        self.margins = margins or {}
        self.fail = fail or set()
        self.error = (1, "Success")
        self.calls: list[str] = []

    def _answer(self, call: str, value: Any) -> Any:
        self.calls.append(call)
        if call in self.fail or value is None:
            self.error = (-10004, "No IPC connection")
            return None
        self.error = (1, "Success")
        return value

    def last_error(self) -> tuple[int, str]:
        return self.error

    def account_info(self) -> Any:
        return self._answer("account_info", self.account)

    def positions_get(self) -> Any:
        return self._answer("positions_get", self.positions)

    def orders_get(self) -> Any:
        return self._answer("orders_get", self.orders)

    def symbol_info(self, symbol: str) -> Any:
        return self._answer("symbol_info", self.symbols.get(symbol))

    def symbol_info_tick(self, symbol: str) -> Any:
        info = self.symbols.get(symbol)
        tick = None if info is None else Tick(bid=info.bid, ask=info.ask)
        return self._answer("symbol_info_tick", tick)

    def order_calc_margin(self, action: int, symbol: str, volume: float, price: float) -> Any:
        one_lot = self.margins.get(symbol)
        return self._answer("order_calc_margin", None if one_lot is None else one_lot * volume)
