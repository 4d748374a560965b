"""Equity and margin of the whole account as functions of one symbol's price (SPEC 4-6).

For a moving symbol S with price x, every position's notional in account
currency is ``coef * x**power`` (power -1, 0 or 1: x itself, or S inside a
conversion chain), and equity is a short polynomial in x. Positions that
share scope, leverage rule and power are summed into one group, so any
number of prices is evaluated as a (prices x groups) array. With no moving
symbol every power is 0 and the model gives the account at current prices.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace

import numpy as np

from core.conversion import Chain, FloatArray
from core.position_table import (
    BoolArray,
    IntArray,
    PositionTable,
    build_position_table,
    hedged_fraction,
    scope_index,
)
from core.scenario import Scenario
from core.scheme import UNLIMITED, Tier

POWERS = np.array([-2, -1, 0, 1, 2])


def tier_starts(tiers: tuple[Tier, ...]) -> FloatArray:
    return np.array([t.start for t in tiers], dtype=np.float64)


def tier_leverages(tiers: tuple[Tier, ...]) -> FloatArray:
    return np.array([t.leverage for t in tiers], dtype=np.float64)


def tier_index(tiers: tuple[Tier, ...], value: FloatArray) -> IntArray:
    """The tier holding each value: a tier covers [start, next start); below 0 is the first."""
    index = np.searchsorted(tier_starts(tiers), value, side="right") - 1
    return np.maximum(index, 0).astype(np.int64)


@dataclass(frozen=True)
class AccountState:
    """The account at P price points (every array has shape (P,), per-group ones (P, G))."""

    equity: FloatArray
    equity_in_scheme: FloatArray
    margin: FloatArray
    granted_leverage: FloatArray
    account_leverage: FloatArray
    equity_tier: IntArray
    eligible: BoolArray
    group_rate: FloatArray
    group_leverage: FloatArray

    @property
    def free_margin(self) -> FloatArray:
        return self.equity - self.margin

    @property
    def margin_level(self) -> FloatArray:
        """Equity / margin * 100, NaN where margin is 0 (SPEC 5)."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.margin > 0, self.equity / self.margin * 100.0, np.nan)

    @property
    def regime(self) -> IntArray:
        """A number that changes exactly where the account leverage rule jumps."""
        return self.equity_tier * 2 + self.eligible.astype(np.int64)


class AccountModel:
    """The scenario compiled for one moving symbol (or none) and evaluated on price arrays."""

    def __init__(
        self,
        scenario: Scenario,
        moving_symbol: str | None = None,
        table: PositionTable | None = None,
    ) -> None:
        self.scenario = scenario
        self.moving_symbol = moving_symbol
        self.table = table if table is not None else build_position_table(scenario)
        self.crossings_cache: list[object] | None = None  # filled by price_levels.all_crossings
        self._compile()

    def _chain_parts(self, chain: Chain) -> tuple[float, int]:
        """(constant, power of x) of a conversion chain for the moving symbol."""
        prices = self.scenario.prices
        if self.moving_symbol is None:
            return chain.rate(prices), 0
        return chain.rate_without(self.moving_symbol, prices), chain.exponent_of(self.moving_symbol)

    def _compile(self) -> None:
        scenario, table = self.scenario, self.table
        account, scheme = scenario.account, scenario.scheme
        currency = account.currency
        quote_factor = np.empty(len(table.quotes))
        quote_power = np.empty(len(table.quotes), dtype=np.int64)
        for i, quote in enumerate(table.quotes):
            chain = scenario.chain(quote, currency)
            quote_factor[i], quote_power[i] = self._chain_parts(chain)
        # Equity and tiers need A -> T only when the scheme looks at them; a
        # missing chain is then an input error the file validation reports.
        if scheme.counts_in_own_currency:
            to_scheme = scenario.chain(currency, scheme.currency)
            self.scheme_factor, self.scheme_power = self._chain_parts(to_scheme)
        else:
            self.scheme_factor, self.scheme_power = 1.0, 0

        factor = quote_factor[table.quote_index]
        chain_power = quote_power[table.quote_index]
        # rate_i(x) = quote -> account rate = rate_coef * x**rate_power
        self.rate_coef, self.rate_power = factor, chain_power
        if self.moving_symbol is not None and self.moving_symbol in table.symbols:
            on_moving = table.symbol_index == table.symbols.index(self.moving_symbol)
        else:
            on_moving = np.zeros(table.count, dtype=bool)
        price_part = np.where(on_moving, 1.0, table.price)
        units = table.lots * table.contract_size
        # notional_i(x) = units * price_i(x) * rate_i(x) = notional_coef * x**notional_power
        self.notional_coef = units * price_part * factor
        self.notional_power = chain_power + on_moving.astype(np.int64)
        # pnl_i(x) = side * (notional_i(x) - units * open * rate_i(x)) + swap + commission
        equity_coef = np.zeros(len(POWERS))
        np.add.at(equity_coef, self.notional_power + 2, table.direction * self.notional_coef)
        np.add.at(
            equity_coef, chain_power + 2, -table.direction * units * table.open_price * factor
        )
        equity_coef[2] += account.balance + account.credit + float(table.extras.sum())
        self.equity_coef = equity_coef
        self.rebuild_groups()

    def with_lots(self, index: int, lots: float) -> AccountModel:
        """A copy of this model with one position's lots changed (for what-if searches). Equity is
        kept: valid for a position opened at the current price, whose P/L is zero."""
        changed = copy.copy(self)
        new_lots = self.table.lots.copy()
        scale = lots / new_lots[index] if new_lots[index] else 0.0
        new_lots[index] = lots
        changed.table = replace(self.table, lots=new_lots)
        changed.notional_coef = self.notional_coef.copy()
        changed.notional_coef[index] *= scale
        changed.crossings_cache = None
        changed.rebuild_groups()
        return changed

    def rebuild_groups(self) -> None:
        """Sum positions into (scope, leverage rule, power) groups; call again after lots change."""
        table, scheme = self.table, self.scenario.scheme
        self.fraction = hedged_fraction(table, scheme.hedging)
        scope, self.scope_count = scope_index(table, scheme)
        follows_account = np.isnan(table.leverage_fixed)
        fixed_or_cap = np.where(follows_account, table.leverage_cap, table.leverage_fixed)
        # One int64 key per position from (scope, follows account, leverage, power): a 1-D
        # np.unique is far faster than a row-wise one.
        leverages, leverage_code = np.unique(fixed_or_cap, return_inverse=True)
        power_code = self.notional_power - POWERS[0]
        key = ((scope * 2 + follows_account) * len(leverages) + leverage_code.reshape(-1)) * len(
            POWERS
        ) + power_code
        unique_keys, group_of = np.unique(key, return_inverse=True)
        self.group_of: IntArray = group_of.reshape(-1).astype(np.int64)
        groups = len(unique_keys)
        rest, power = np.divmod(unique_keys, len(POWERS))
        rest, leverage_index = np.divmod(rest, len(leverages))
        scope_of_group, follows = np.divmod(rest, 2)
        self.group_scope = scope_of_group.astype(np.int64)
        self.group_follows_account = follows.astype(bool)
        self.group_leverage_const = leverages[leverage_index] if groups else np.empty(0)
        self.group_power = (power + POWERS[0]).astype(np.int64)

        self.group_margined = np.bincount(
            self.group_of, weights=self.fraction * self.notional_coef, minlength=groups
        )
        self.group_margined_lots = np.bincount(
            self.group_of, weights=self.fraction * table.lots, minlength=groups
        )
        self.scope_matrix = np.zeros((groups, self.scope_count))
        self.scope_matrix[np.arange(groups), self.group_scope] = 1.0

    # -- evaluation -------------------------------------------------------------

    def equity(self, x: FloatArray, equity_offset: FloatArray | float = 0.0) -> FloatArray:
        """Equity in account currency at prices x of the moving symbol (SPEC 5)."""
        return np.asarray(_polynomial(self.equity_coef, x) + equity_offset, dtype=np.float64)

    def to_scheme_currency(self, x: FloatArray) -> FloatArray:
        """The rate account currency -> scheme currency at prices x."""
        return self.scheme_factor * np.asarray(x, dtype=np.float64) ** self.scheme_power

    def account_leverage(
        self, equity_in_scheme: FloatArray
    ) -> tuple[FloatArray, FloatArray, IntArray, BoolArray]:
        """(granted, L_account, equity tier, eligible) for equities in scheme currency (SPEC 6.1)."""
        account, scheme = self.scenario.account, self.scenario.scheme
        selected = account.leverage
        rules = scheme.unlimited
        eligible = np.ones(equity_in_scheme.shape, dtype=bool)
        if rules is not None:
            eligible &= static_rules_pass(self.scenario)
            if rules.max_equity is not None:
                eligible &= equity_in_scheme < rules.max_equity
        granted = np.full(equity_in_scheme.shape, selected)
        if selected == UNLIMITED and rules is not None:
            granted = np.where(eligible, UNLIMITED, rules.fallback)
        if scheme.equity_tiers:
            tier = tier_index(scheme.equity_tiers, equity_in_scheme)
            tier_leverage = tier_leverages(scheme.equity_tiers)[tier]
        else:
            tier = np.zeros(equity_in_scheme.shape, dtype=np.int64)
            tier_leverage = np.full(equity_in_scheme.shape, UNLIMITED)
        return granted, np.minimum(granted, tier_leverage), tier, eligible

    def state(self, x: FloatArray, equity_offset: FloatArray | float = 0.0) -> AccountState:
        """The account at each price in x (and each equity offset, for moving the balance)."""
        x = np.atleast_1d(np.asarray(x, dtype=np.float64))
        equity = self.equity(x, equity_offset)
        x = np.broadcast_to(x, equity.shape)
        to_scheme = self.to_scheme_currency(x)
        equity_in_scheme = equity * to_scheme
        granted, account_leverage, tier, eligible = self.account_leverage(equity_in_scheme)
        group_leverage = np.where(
            self.group_follows_account[None, :],
            np.minimum(account_leverage[:, None], self.group_leverage_const[None, :]),
            self.group_leverage_const[None, :],
        )
        margined = self.group_margined[None, :] * x[:, None] ** self.group_power[None, :]
        rate = self._margin_rate(margined, to_scheme, group_leverage)
        return AccountState(
            equity=equity,
            equity_in_scheme=equity_in_scheme,
            margin=(margined * rate).sum(axis=1),
            granted_leverage=granted,
            account_leverage=account_leverage,
            equity_tier=tier,
            eligible=eligible,
            group_rate=rate,
            group_leverage=group_leverage,
        )

    def scope_volume(self, margined: FloatArray, to_scheme: FloatArray) -> FloatArray:
        """Q per scope (P, scopes): margined notional in scheme currency, or margined lots."""
        if self.scenario.scheme.volume_unit == "lots":
            return np.broadcast_to(
                self.group_margined_lots @ self.scope_matrix, (margined.shape[0], self.scope_count)
            )
        return np.asarray((margined @ self.scope_matrix) * to_scheme[:, None], dtype=np.float64)

    def _margin_rate(
        self, margined: FloatArray, to_scheme: FloatArray, leverage: FloatArray
    ) -> FloatArray:
        """Margin per unit of margined notional for each group (SPEC 6.4).

        Without volume tiers it is 1/L. With them each scope's volume Q is cut
        into tiers and every position pays the scope's blend
        sum_t (amount_t / Q) / min(L_t, L_i); at Q = 0 the blend is the first tier's.
        """
        tiers = self.scenario.scheme.volume_tiers
        if not tiers:
            return np.asarray(1.0 / leverage, dtype=np.float64)
        starts = tier_starts(tiers)
        widths = np.append(np.diff(starts), UNLIMITED)
        volume = self.scope_volume(margined, to_scheme)  # (P, scopes)
        amounts = np.clip(volume[..., None] - starts, 0.0, widths)  # (P, scopes, T)
        with np.errstate(divide="ignore", invalid="ignore"):
            share = amounts / volume[..., None]
        first_only = np.zeros(len(tiers))
        first_only[0] = 1.0
        share = np.where(volume[..., None] > 0, share, first_only)
        group_share = share[:, self.group_scope, :]  # (P, G, T)
        tier_and_own = np.minimum(tier_leverages(tiers)[None, None, :], leverage[..., None])
        return np.asarray((group_share / tier_and_own).sum(axis=2), dtype=np.float64)

    def position_margin(self, state: AccountState, x: float) -> FloatArray:
        """Each position's margin m_i * blend at the first price of ``state`` (SPEC 6.3, 6.4)."""
        margined = self.fraction * self.position_notional(x)
        return np.asarray(margined * state.group_rate[0, self.group_of], dtype=np.float64)

    def position_leverage(self, state: AccountState) -> FloatArray:
        """Each position's leverage L_i before volume tiers (SPEC 6.2), at the first price."""
        return np.asarray(state.group_leverage[0, self.group_of], dtype=np.float64)

    def position_notional(self, x: float) -> FloatArray:
        """notional_A = lots * contract_size * p * rate(quote -> A) per position (SPEC 4)."""
        return np.asarray(self.notional_coef * x**self.notional_power, dtype=np.float64)

    def position_rate(self, x: float) -> FloatArray:
        """rate(quote -> A) per position at moving price x."""
        return np.asarray(
            self.rate_coef * x ** self.rate_power.astype(np.float64), dtype=np.float64
        )

    def position_pnl(self, x: float) -> FloatArray:
        """side * (p - open) * lots * contract_size * rate(quote -> A) + swap + commission (SPEC 4)."""
        table = self.table
        units_open = table.lots * table.contract_size * table.open_price * self.position_rate(x)
        return np.asarray(
            table.direction * (self.position_notional(x) - units_open) + table.extras,
            dtype=np.float64,
        )


def _polynomial(coef: FloatArray, x: FloatArray) -> FloatArray:
    x = np.asarray(x, dtype=np.float64)
    total = np.full(x.shape, coef[2])
    for power, c in zip(POWERS, coef, strict=True):
        if power != 0 and c != 0.0:
            total = total + c * x ** float(power)
    return total


def static_rules_pass(scenario: Scenario) -> bool:
    """Whether the unlimited rules that do not depend on equity hold (SPEC 6.1)."""
    rules = scenario.scheme.unlimited
    if rules is None:
        return True
    account = scenario.account
    return (
        (rules.account_types is None or account.account_type in rules.account_types)
        and (rules.platforms is None or account.platform in rules.platforms)
        and (rules.min_closed_trades is None or account.closed_trades >= rules.min_closed_trades)
        and (rules.min_closed_lots is None or account.closed_lots >= rules.min_closed_lots)
    )
