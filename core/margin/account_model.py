"""Equity and margin of the whole account as functions of one symbol's price (docs/rules.md#the-rules).

For a moving symbol S with mid x and half-spread h (bid = x - h, ask = x + h),
every position's P/L and notional in account currency is a short sum of terms
``coef * x**power * h**spread_power`` (power -2..2: x itself, or S inside a
conversion chain; spread power 0 or 1: S's own bid or ask). So equity is a
polynomial in x and h, and positions that share scope, ladder, leverage rule
and powers are summed into one group: any number of (price, spread) points is
evaluated as a (points x groups) array. With no moving symbol every power is 0
and the model gives the account at current bids and asks.

The moving symbol's pending orders are rows of the table too, with no lots
until the point's bid or ask reaches them (docs/rules.md#pending-orders). Which
of them have filled is a point's *stage*; what depends on lots (equity's
coefficients, hedged shares, group weights, volumes) is computed once per stage
met, and each point is evaluated with its own stage's.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from core.margin.eligibility import static_rules_pass
from core.margin.position_table import (
    BoolArray,
    IntArray,
    PositionTable,
    build_position_table,
    hedged_fraction,
    scope_index,
    side_sums,
    take_rows,
    with_extra_positions,
)
from core.model.conversion import Chain, FloatArray
from core.model.scenario import Scenario
from core.model.scheme import UNLIMITED, Ladder, Tier

POWERS = np.array([-2, -1, 0, 1, 2])
SPREAD_POWERS = 2  # h**0 and h**1
BASIS_SIZE = len(POWERS) * SPREAD_POWERS
CONSTANT = (0 - POWERS[0]) * SPREAD_POWERS  # the basis column of x**0 * h**0


def tier_starts(tiers: tuple[Tier, ...]) -> FloatArray:
    return np.array([t.start for t in tiers], dtype=np.float64)


def tier_leverages(tiers: tuple[Tier, ...]) -> FloatArray:
    return np.array([t.leverage for t in tiers], dtype=np.float64)


def tier_index(tiers: tuple[Tier, ...], value: FloatArray) -> IntArray:
    """The tier holding each value: a tier covers [start, next start); below 0 is the first."""
    index = np.searchsorted(tier_starts(tiers), value, side="right") - 1
    return np.maximum(index, 0).astype(np.int64)


@dataclass(frozen=True)
class Terms:
    """Per-position quantities as sums of ``coef * x**power * h**spread_power``; ``position`` says
    whose term each one is."""

    position: IntArray
    coef: FloatArray
    power: IntArray
    spread_power: IntArray

    @staticmethod
    def join(*parts: tuple[IntArray, FloatArray, IntArray, int]) -> Terms:
        """Blocks of (positions, coefficients, powers, spread power) as one set of terms."""
        return Terms(
            position=np.concatenate([p[0] for p in parts]).astype(np.int64),
            coef=np.concatenate([np.broadcast_to(p[1], p[0].shape) for p in parts]),
            power=np.concatenate([np.broadcast_to(p[2], p[0].shape) for p in parts]).astype(
                np.int64
            ),
            spread_power=np.concatenate([np.full(p[0].shape, p[3]) for p in parts]).astype(
                np.int64
            ),
        )

    @property
    def basis_column(self) -> IntArray:
        """Each term's column in the (x**power * h**spread_power) basis."""
        return np.asarray((self.power - POWERS[0]) * SPREAD_POWERS + self.spread_power)

    def scaled(self, index: int, scale: float) -> Terms:
        """These terms with one position's scaled (its lots changed)."""
        coef = np.where(self.position == index, self.coef * scale, self.coef)
        return replace(self, coef=coef)

    def taken(self, local: IntArray) -> Terms:
        """The terms of the rows ``local`` numbers (>= 0), renumbered so."""
        chosen = local[self.position] >= 0
        return Terms(
            local[self.position[chosen]],
            self.coef[chosen],
            self.power[chosen],
            self.spread_power[chosen],
        )

    def kept(self, keep: FloatArray) -> Terms:
        """These terms with each position's scaled by ``keep`` (0 for an order not filled)."""
        return replace(self, coef=self.coef * keep[self.position])

    def at(self, x: float, h: float) -> FloatArray:
        """Each term's value at mid x and half-spread h."""
        return np.asarray(
            self.coef * x ** self.power.astype(np.float64) * h**self.spread_power, dtype=np.float64
        )

    def per_position(self, x: float, h: float, count: int) -> FloatArray:
        """The sum of each position's terms at mid x and half-spread h."""
        return sum_by(self.position, self.at(x, h), count)


def sum_by(index: IntArray, weights: FloatArray, size: int) -> FloatArray:
    """Weights summed per index (0 .. size-1), as floats even when there are none."""
    return np.bincount(index, weights=weights, minlength=size).astype(np.float64)


def basis(x: FloatArray, h: FloatArray) -> FloatArray:
    """(P, BASIS_SIZE): x**power * h**spread_power for every power pair, at each point. Powers by
    multiplication: a float power of a whole array costs several times as much."""
    inverse = 1.0 / x
    powers = np.stack([inverse * inverse, inverse, np.ones_like(x), x, x * x], axis=1)
    out = np.empty((x.shape[0], len(POWERS), SPREAD_POWERS))
    out[:, :, 0] = powers
    out[:, :, 1] = powers * h[:, None]
    return out.reshape(x.shape[0], BASIS_SIZE)


def combine(points: FloatArray, coef: FloatArray) -> FloatArray:
    """points (P, BASIS_SIZE) times coefficients (BASIS_SIZE,) or (BASIS_SIZE, R), summed column
    by column in a fixed order: unlike a BLAS product, a point's value never depends on which
    other points are evaluated with it, so root brackets stay consistent."""
    total = np.zeros((points.shape[0], *coef.shape[1:]))
    term = np.empty_like(total)
    for column in np.nonzero(np.any(np.atleast_2d(coef.T) != 0.0, axis=0))[0]:
        part = points[:, column]
        np.multiply(part if coef.ndim == 1 else part[:, None], coef[column], out=term)
        total += term
    return total


@dataclass(frozen=True)
class Stage:
    """What depends on lots, for one set of filled orders: the table with the others' lots at
    0, each position's hedged share, the margin's price basis, equity's coefficients, the
    groups' margined weights and the volume counts (docs/rules.md#pending-orders)."""

    table: PositionTable
    fraction: FloatArray
    margin_basis: Terms
    equity_coef: FloatArray
    group_weight: FloatArray
    full_quantity: FloatArray | None = None
    margined_quantity: FloatArray | None = None
    scope_quantity: FloatArray | None = None

    def plus(self, other: Stage) -> Stage:
        """The sums of both (the other's table, shares and margin basis)."""

        def add(a: FloatArray | None, b: FloatArray | None) -> FloatArray | None:
            return None if a is None or b is None else a + b

        return Stage(
            other.table,
            other.fraction,
            other.margin_basis,
            self.equity_coef + other.equity_coef,
            self.group_weight + other.group_weight,
            add(self.full_quantity, other.full_quantity),
            add(self.margined_quantity, other.margined_quantity),
            add(self.scope_quantity, other.scope_quantity),
        )


@dataclass(frozen=True)
class AccountState:
    """The account at P points (every array has shape (P,), per-group ones (P, G))."""

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
        """Equity / margin * 100, NaN where margin is 0 (docs/rules.md#the-account)."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.margin > 0, self.equity / self.margin * 100.0, np.nan)


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
        positions = table if table is not None else build_position_table(scenario)
        self.position_count = positions.count
        # docs/rules.md#pending-orders: only the moving symbol's orders fill.
        self.fills = tuple(o for o in scenario.orders if o.symbol == moving_symbol)
        self.table = with_extra_positions(
            positions, scenario, tuple(o.position for o in self.fills)
        )
        self.fill_trigger = np.array([o.trigger for o in self.fills], dtype=np.float64)
        self.fill_direction = np.array([1.0 if o.side == "buy" else -1.0 for o in self.fills])
        self.fill_upward = np.array([o.upward for o in self.fills], dtype=bool)
        self._sort_fills()
        self.half_spread = scenario.half_spread(moving_symbol) if moving_symbol is not None else 0.0
        self.crossings_cache: list[object] | None = None  # filled by price_levels.all_crossings
        self._compile()

    def _chain_parts(self, chain: Chain, fixed: str | None = None) -> tuple[float, int]:
        """(constant, power of x) of a conversion chain for the moving symbol; ``fixed`` is a
        symbol priced elsewhere (at a position's open price), left out of both."""
        prices, moving = self.scenario.prices, self.moving_symbol
        if moving is None or moving == fixed:
            return chain.rate_without({fixed} if fixed else set(), prices), 0
        left_out = {moving, fixed} if fixed else {moving}
        return chain.rate_without(left_out, prices), chain.exponent_of(moving)

    def _compile(self) -> None:
        scenario, table = self.scenario, self.table
        account, scheme = scenario.account, scenario.scheme
        currency = account.currency
        quote_factor = np.empty(len(table.quotes))
        quote_power = np.empty(len(table.quotes), dtype=np.int64)
        for i, quote in enumerate(table.quotes):
            quote_factor[i], quote_power[i] = self._chain_parts(scenario.chain(quote, currency))
        # Equity and tiers need A -> T only when the scheme looks at them; a
        # missing chain is then an input error the file validation reports.
        if scheme.counts_in_own_currency:
            to_scheme = scenario.chain(currency, scheme.currency)
            self.scheme_factor, self.scheme_power = self._chain_parts(to_scheme)
        else:
            self.scheme_factor, self.scheme_power = 1.0, 0

        # rate_i(x) = quote -> account rate = rate_coef * x**rate_power (docs/rules.md#prices-and-conversion: mids)
        r = quote_factor[table.quote_index]
        k = quote_power[table.quote_index]
        self.rate_coef, self.rate_power = r, k
        if self.moving_symbol is not None and self.moving_symbol in table.symbols:
            on_moving = table.symbol_index == table.symbols.index(self.moving_symbol)
        else:
            on_moving = np.zeros(table.count, dtype=bool)
        everyone = np.arange(table.count)
        movers = everyone[on_moving]
        units = table.lots * table.contract_size
        side = table.direction
        # docs/rules.md#one-position on S: close = x - side*h, entry = x + side*h; elsewhere the constant bid or ask.
        close = np.where(on_moving, 0.0, table.close_price)
        self.pnl = Terms.join(
            (everyone, side * units * r * (close - table.open_price), k, 0),
            (movers, (side * units * r)[on_moving], k[on_moving] + 1, 0),
            (movers, (-units * r)[on_moving], k[on_moving], 1),
        )
        # One term per position first, so that term i < count belongs to position i.
        self.notional = Terms.join(
            (everyone, units * r * np.where(on_moving, 1.0, table.entry_price), k + on_moving, 0),
            (movers, (side * units * r)[on_moving], k[on_moving], 1),
        )
        if scheme.margin_price == "open":
            self.open_parts = self._open_price_parts()
        self.rebuild_groups()

    def _open_price_parts(self) -> tuple[FloatArray, IntArray, FloatArray]:
        """Per symbol, its conversion chain with the symbol itself left out: (constant, power
        of the moving symbol, the symbol's own exponent). They depend on prices, not lots."""
        scenario, table = self.scenario, self.table
        currency = scenario.account.currency
        count = len(table.symbols)
        constant, power, own_exponent = np.empty(count), np.empty(count, np.int64), np.empty(count)
        for i, symbol in enumerate(table.symbols):
            chain = scenario.chain(scenario.instrument(symbol).quote, currency)
            constant[i], power[i] = self._chain_parts(chain, fixed=symbol)
            own_exponent[i] = chain.exponent_of(symbol)
        return constant, power, own_exponent

    def _open_price_notional(self, table: PositionTable) -> Terms:
        """docs/rules.md#one-position, ``margin_price: open``: each position's notional with its own symbol priced
        at its open price wherever it appears, the conversion chain included. A symbol held both
        ways is priced by the platform's rule (docs/rules.md#hedging, `hedged_lot_values`)."""
        units = table.lots * table.contract_size
        constant, power, own_exponent = self.open_parts
        at = table.symbol_index
        # A unit's value at price P: P * rate(P), the rate being constant * P ** own exponent.
        value = constant[at] * table.open_price ** (own_exponent[at] + 1.0)
        platform = self.scenario.account.platform
        value = hedged_lot_values(table, value, constant, own_exponent, platform)
        return Terms.join((np.arange(table.count), units * value, power[at], 0))

    def with_lots(self, index: int, lots: float) -> AccountModel:
        """A copy of this model with one position's lots changed (for what-if searches): its
        P/L, notional and margin scale with the lots."""
        changed = copy.copy(self)
        new_lots = self.table.lots.copy()
        scale = lots / new_lots[index] if new_lots[index] else 0.0
        new_lots[index] = lots
        changed.table = replace(self.table, lots=new_lots)
        changed.pnl = self.pnl.scaled(index, scale)
        changed.notional = self.notional.scaled(index, scale)
        changed.crossings_cache = None
        changed.rebuild_groups(regroup=False)
        return changed

    def rebuild_groups(self, regroup: bool = True) -> None:
        """Sum margin terms into groups of one scope, ladder, leverage rule and powers; call
        again after lots change. Which term goes to which group does not depend on lots: after
        a change of lots alone, ``regroup=False`` keeps the groups, and the stages (their
        weights and volumes) are computed again."""
        keep = self._keep(np.zeros(len(self.fills), dtype=bool))
        if regroup:
            self._group_terms(self._margin_basis(self.table, keep))
        self._stages: dict[bytes, Stage] = {}
        self.base = self._sums(
            self.table, keep, self.pnl, self.notional, self.group_of, self._constant()
        )
        if self.fills:
            self._split_moving_symbol(keep)

    def _constant(self) -> float:
        account = self.scenario.account
        return account.balance + account.credit + float(self.table.extras.sum())

    def _keep(self, filled: BoolArray) -> FloatArray:
        """Per row of the table: 1 for a position or a filled order, 0 for an order not filled."""
        keep = np.ones(self.table.count)
        keep[self.position_count :] = filled
        return keep

    def _margin_basis(
        self, table: PositionTable, keep: FloatArray, notional: Terms | None = None
    ) -> Terms:
        """The margin's price basis with each row's lots scaled by ``keep`` (docs/rules.md#one-position)."""
        if self.scenario.scheme.margin_price == "open":
            return self._open_price_notional(replace(table, lots=table.lots * keep))
        terms = self.notional if notional is None else notional
        return terms if bool(np.all(keep == 1.0)) else terms.kept(keep)

    def _sums(
        self,
        table: PositionTable,
        keep: FloatArray,
        pnl: Terms,
        notional: Terms,
        group_of: IntArray,
        constant: float,
    ) -> Stage:
        """What depends on lots, for the rows of ``table`` with their lots scaled by ``keep``:
        equity's coefficients (plus ``constant``), hedged shares, margin weights summed into
        the groups ``group_of`` gives each margin term, and volumes."""
        kept = replace(table, lots=table.lots * keep)
        whole = bool(np.all(keep == 1.0))
        pnl = pnl if whole else pnl.kept(keep)
        equity_coef = sum_by(pnl.basis_column, pnl.coef, BASIS_SIZE)
        equity_coef[CONSTANT] += constant
        fraction = hedged_fraction(kept)
        margin_basis = self._margin_basis(table, keep, notional)
        owner, coef = margin_basis.position, margin_basis.coef
        weight = kept.margin_multiplier[owner] * fraction[owner] * coef
        group_weight = sum_by(group_of, weight, len(self.group_basis))
        quantities = self._sum_quantities(kept, fraction, margin_basis) if self.has_ladders else {}
        return Stage(kept, fraction, margin_basis, equity_coef, group_weight, **quantities)

    def _split_moving_symbol(self, keep: FloatArray) -> None:
        """Only the moving symbol's rows (its positions and orders) change from stage to stage:
        the rest is summed once, and a stage sums only those rows again."""
        table = self.table
        moving = table.symbol_index == table.symbols.index(str(self.moving_symbol))
        rows = np.nonzero(moving)[0]
        local = np.full(table.count, -1, dtype=np.int64)
        local[rows] = np.arange(rows.size)
        self.local_rows = rows
        self.local_table = take_rows(table, rows)
        self.local_pnl = self.pnl.taken(local)
        self.local_notional = self.notional.taken(local)
        if self.scenario.scheme.margin_price == "open":
            self.local_group = self.group_of[rows]  # one margin term per row
        else:
            self.local_group = self.group_of[np.nonzero(moving[self.notional.position])[0]]
        rest_keep = np.where(moving, 0.0, keep)
        self.rest = self._sums(
            table, rest_keep, self.pnl, self.notional, self.group_of, self._constant()
        )

    def stage(self, filled: BoolArray) -> Stage:
        """The lot-dependent parts with these orders filled (one flag per order of ``fills``),
        computed once: the rest of the account plus the moving symbol's rows. Its table,
        shares and margin basis are the moving symbol's rows' only."""
        if not bool(filled.any()):
            return self.base
        key = np.packbits(filled).tobytes()
        found = self._stages.get(key)
        if found is None:
            keep = self._keep(filled)[self.local_rows]
            own = self._sums(
                self.local_table, keep, self.local_pnl, self.local_notional, self.local_group, 0.0
            )
            found = self.rest.plus(own)
            self._stages[key] = found
        return found

    # The stage with no order filled: the account at today's prices, as the terminal shows it.
    @property
    def fraction(self) -> FloatArray:
        return self.base.fraction

    @property
    def margin_basis(self) -> Terms:
        return self.base.margin_basis

    @property
    def equity_coef(self) -> FloatArray:
        return self.base.equity_coef

    def _group_terms(self, terms: Terms) -> None:
        table, scheme = self.table, self.scenario.scheme
        scope, self.scope_count = scope_index(table, scheme)
        owner = terms.position
        follows_account = np.isnan(table.leverage_fixed)
        fixed_or_cap = np.where(follows_account, table.leverage_cap, table.leverage_fixed)
        # One int64 key per term: a 1-D np.unique is far faster than a row-wise one.
        leverages, leverage_code = np.unique(fixed_or_cap, return_inverse=True)
        ladders = len(table.ladders) + 1  # the last one: no ladder
        ladder = np.where(table.ladder_index < 0, ladders - 1, table.ladder_index)
        position_key = ((scope * ladders + ladder) * 2 + follows_account) * len(
            leverages
        ) + leverage_code.reshape(-1)
        key = position_key[owner] * BASIS_SIZE + terms.basis_column
        unique_keys, group_of = np.unique(key, return_inverse=True)
        self.group_of: IntArray = group_of.reshape(-1).astype(np.int64)
        groups = len(unique_keys)
        rest, self.group_basis = np.divmod(unique_keys, BASIS_SIZE)
        # Each group's rate class (all but the basis), and the first group of each class.
        _, self.rate_group, self.rate_class = np.unique(
            rest, return_index=True, return_inverse=True
        )
        rest, leverage_index = np.divmod(rest, len(leverages))
        rest, follows = np.divmod(rest, 2)
        self.group_scope, self.group_ladder = (a.astype(np.int64) for a in np.divmod(rest, ladders))
        self.group_follows_account = follows.astype(bool)
        self.group_leverage_const = leverages[leverage_index] if groups else np.empty(0)
        self._compile_ladders(scope)

    def _compile_ladders(self, scope: IntArray) -> None:
        """Padded ladder arrays (one row per ladder, and a last row for none) and each symbol's
        scope, for the scopes' volumes Q (docs/rules.md#volume-tiers)."""
        table = self.table
        self.has_ladders = bool(table.ladders)
        if not self.has_ladders:
            return
        longest = max(len(ladder) for ladder in table.ladders)
        rows = [*table.ladders, (Tier(0.0, UNLIMITED),)]
        self.ladder_starts = np.full((len(rows), longest), np.inf)
        self.ladder_widths = np.zeros((len(rows), longest))
        self.ladder_leverages = np.full((len(rows), longest), UNLIMITED)
        for i, ladder in enumerate(rows):
            starts = tier_starts(ladder)
            self.ladder_starts[i, : len(ladder)] = starts
            self.ladder_widths[i, : len(ladder)] = np.append(np.diff(starts), np.inf)
            self.ladder_leverages[i, : len(ladder)] = tier_leverages(ladder)
        self.scope_of_symbol = np.zeros(len(table.symbols), dtype=np.int64)
        self.scope_of_symbol[table.symbol_index] = scope

    def _sum_quantities(
        self, table: PositionTable, fraction: FloatArray, margin_basis: Terms
    ) -> dict[str, FloatArray]:
        """Each symbol's buy and sell quantities, and each scope's where both sides add up."""
        scheme = self.scenario.scheme
        # Rows symbol*2 + (0 buy, 1 sell), columns the basis: full and margined quantities.
        n_symbols = len(table.symbols)
        row_of = table.symbol_index * 2 + (table.direction < 0)
        if scheme.volume_unit == "lots":
            owner, column = np.arange(table.count), np.full(table.count, CONSTANT)
            full = table.lots
        else:
            owner, column, full = (
                margin_basis.position,
                margin_basis.basis_column,
                margin_basis.coef,
            )
        cells = row_of[owner] * BASIS_SIZE + column
        size = n_symbols * 2 * BASIS_SIZE
        full_quantity = sum_by(cells, full, size).reshape(n_symbols * 2, BASIS_SIZE)
        margined_quantity = sum_by(cells, full * fraction[owner], size).reshape(
            n_symbols * 2, BASIS_SIZE
        )
        quantities = {"full_quantity": full_quantity, "margined_quantity": margined_quantity}
        # Where both sides add up, a scope's volume is linear in the quantities: sum them per
        # scope once, so that an evaluation combines one row per scope, not two per symbol.
        if scheme.volume_count != "larger_side":
            sides = margined_quantity if scheme.volume_count == "margined" else full_quantity
            scope_quantity = np.zeros((self.scope_count, BASIS_SIZE))
            np.add.at(scope_quantity, np.repeat(self.scope_of_symbol, 2), sides)
            quantities["scope_quantity"] = scope_quantity
        return quantities

    def scope_ladders(self, scope: int) -> list[Ladder]:
        """The ladders the positions of one volume scope take."""
        used = {int(ladder) for ladder in self.group_ladder[self.group_scope == scope]}
        return [self.table.ladders[i] for i in sorted(used) if i < len(self.table.ladders)]

    # -- evaluation -------------------------------------------------------------

    def _points(
        self, x: FloatArray, half_spread: FloatArray | float | None
    ) -> tuple[FloatArray, FloatArray]:
        x = np.atleast_1d(np.asarray(x, dtype=np.float64))
        h = self.half_spread if half_spread is None else half_spread
        return x, np.broadcast_to(np.asarray(h, dtype=np.float64), x.shape)

    @property
    def fill_mids(self) -> FloatArray:
        """The moving symbol's mid at which each of its orders fills at the current spread: a
        buy's trigger less the half-spread (the ask reaches it), a sell's plus."""
        return np.asarray(self.fill_trigger - self.fill_direction * self.half_spread)

    def filled(self, x: FloatArray, h: FloatArray) -> BoolArray:
        """(P, orders): which of the moving symbol's orders each point's quote reaches, a buy
        on the ask (x + h) and a sell on the bid (x - h) (docs/rules.md#pending-orders)."""
        rows = [self._filled_of(int(code)) for code in self._stage_codes(x, h)]
        return np.asarray(np.array(rows, dtype=bool).reshape(len(x), len(self.fills)))

    def _sort_fills(self) -> None:
        """The orders in four kinds (buy or sell, filled by a rise or a fall), each sorted by
        trigger: within a kind one market price (the ask, or the bid) decides, so the filled
        ones are the lowest triggers (a rise) or the highest (a fall), and a point's stage is
        four counts."""
        self.fill_kinds = []
        for direction in (1.0, -1.0):
            for upward in (True, False):
                kind = (self.fill_direction == direction) & (self.fill_upward == upward)
                members = np.nonzero(kind)[0]
                order = np.argsort(self.fill_trigger[members], kind="stable")
                self.fill_kinds.append(
                    (direction, upward, members[order], self.fill_trigger[members][order])
                )

    def _stage_codes(self, x: FloatArray, h: FloatArray) -> IntArray:
        """One integer per point naming its set of filled orders (the four counts)."""
        code = np.zeros(x.shape, dtype=np.int64)
        if not self.fills:
            return code  # no order of the moving symbol (or no moving symbol)
        # At the quote itself its own bid and ask decide, as they do for an order placed
        # there (Order.reached): mid -/+ half-spread can miss them by a rounding (an order at
        # a bid of 0.99999 read 0.9999899999999999 and did not fill).
        quote = self.scenario.quotes[str(self.moving_symbol)]
        at_quote = (x == quote.mid) & (h == self.half_spread)
        for direction, upward, _, triggers in self.fill_kinds:
            market = np.where(
                at_quote, quote.ask if direction > 0 else quote.bid, x + direction * h
            )
            if upward:
                count = np.searchsorted(triggers, market, side="right")
            else:
                count = len(triggers) - np.searchsorted(triggers, market, side="left")
            code = code * (len(triggers) + 1) + count
        return code

    def _filled_of(self, code: int) -> BoolArray:
        """The filled flags of a stage code."""
        filled = np.zeros(len(self.fills), dtype=bool)
        for _, upward, members, triggers in reversed(self.fill_kinds):
            code, count = divmod(code, len(triggers) + 1)
            filled[members[:count] if upward else members[len(members) - count :]] = True
        return filled

    def _by_stage(self, x: FloatArray, h: FloatArray) -> list[tuple[Stage, IntArray | slice]]:
        """The points split by stage: (stage, which points) pairs."""
        if not self.fills:
            return [(self.base, slice(None))]
        codes, inverse = np.unique(self._stage_codes(x, h), return_inverse=True)
        if len(codes) == 1:
            return [(self.stage(self._filled_of(int(codes[0]))), slice(None))]
        order = np.argsort(inverse, kind="stable")
        bounds = np.searchsorted(inverse[order], np.arange(len(codes) + 1))
        return [
            (self.stage(self._filled_of(int(code))), order[bounds[i] : bounds[i + 1]])
            for i, code in enumerate(codes)
        ]

    def _each_stage[Part](
        self, x: FloatArray, h: FloatArray, compute: Callable[[Stage, IntArray | slice], Part]
    ) -> list[tuple[IntArray | slice, Part]]:
        """``compute(stage, points)`` for each stage the points meet, with those points."""
        return [(at, compute(stage, at)) for stage, at in self._by_stage(x, h)]

    def equity(
        self,
        x: FloatArray,
        equity_offset: FloatArray | float = 0.0,
        half_spread: FloatArray | float | None = None,
    ) -> FloatArray:
        """Equity in account currency at mids x of the moving symbol (docs/rules.md#the-account)."""
        x, h = self._points(x, half_spread)
        equity = stitch(
            self._each_stage(
                x, h, lambda stage, at: combine(basis(x[at], h[at]), stage.equity_coef)
            ),
            x.shape[0],
        )
        return np.asarray(equity + equity_offset, dtype=np.float64)

    def to_scheme_currency(self, x: FloatArray) -> FloatArray:
        """The rate account currency -> scheme currency at mids x."""
        return self.scheme_factor * np.asarray(x, dtype=np.float64) ** self.scheme_power

    def account_leverage(
        self, equity_in_scheme: FloatArray
    ) -> tuple[FloatArray, FloatArray, IntArray, BoolArray]:
        """(granted, L_account, equity tier, eligible) for equities in scheme currency (docs/rules.md#account-leverage)."""
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

    def state(
        self,
        x: FloatArray,
        equity_offset: FloatArray | float = 0.0,
        half_spread: FloatArray | float | None = None,
    ) -> AccountState:
        """The account at each mid in x (and each equity offset, for moving the balance; each
        half-spread of the moving symbol, for widening it; by default its current one), with
        the orders each point reaches filled."""
        x, h = self._points(x, half_spread)
        if not self.fills:  # one stage: x and the offsets broadcast against each other
            return self._state(self.base, x, h, equity_offset)
        offset = np.asarray(equity_offset, dtype=np.float64)
        shape = np.broadcast_shapes(x.shape, offset.shape)
        x, h = np.broadcast_to(x, shape), np.broadcast_to(h, shape)
        offset = np.broadcast_to(offset, shape)
        states = self._each_stage(
            x, h, lambda stage, at: self._state(stage, x[at], h[at], offset[at])
        )
        if len(states) == 1:
            return states[0][1]
        fields: dict[str, Any] = {
            name: stitch([(at, getattr(state, name)) for at, state in states], shape[0])
            for name in AccountState.__dataclass_fields__
        }
        return AccountState(**fields)

    def _state(
        self, stage: Stage, x: FloatArray, h: FloatArray, equity_offset: FloatArray | float
    ) -> AccountState:
        points = basis(x, h)
        equity = np.asarray(combine(points, stage.equity_coef) + equity_offset, dtype=np.float64)
        x = np.broadcast_to(x, equity.shape)
        if points.shape[0] != equity.shape[0]:
            points = np.broadcast_to(points, (equity.shape[0], BASIS_SIZE))
        to_scheme = self.to_scheme_currency(x)
        equity_in_scheme = equity * to_scheme
        granted, account_leverage, tier, eligible = self.account_leverage(equity_in_scheme)
        group_leverage = np.where(
            self.group_follows_account[None, :],
            np.minimum(account_leverage[:, None], self.group_leverage_const[None, :]),
            self.group_leverage_const[None, :],
        )
        rate = self._margin_rate(stage, points, to_scheme, group_leverage)
        margined = points[:, self.group_basis] * stage.group_weight[None, :]
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

    def scope_volume(
        self, x: FloatArray, half_spread: FloatArray | float | None = None
    ) -> FloatArray:
        """Q per scope (P, scopes) at mids x: notional in scheme currency, or lots (docs/rules.md#volume-tiers)."""
        x, h = self._points(x, half_spread)
        volumes = self._each_stage(
            x,
            h,
            lambda stage, at: self._scope_volume(
                stage, basis(x[at], h[at]), self.to_scheme_currency(x[at])
            ),
        )
        return stitch(volumes, x.shape[0])

    def _scope_volume(self, stage: Stage, points: FloatArray, to_scheme: FloatArray) -> FloatArray:
        if self.scenario.scheme.volume_count == "larger_side":
            sides = combine(points, np.asarray(stage.full_quantity).T)
            per_symbol = np.maximum(sides[:, 0::2], sides[:, 1::2])
            volume = np.zeros((per_symbol.shape[0], self.scope_count))
            for symbol, scope in enumerate(self.scope_of_symbol):
                volume[:, scope] += per_symbol[:, symbol]
        else:
            volume = combine(points, np.asarray(stage.scope_quantity).T)
        if self.scenario.scheme.volume_unit == "notional":
            volume = volume * to_scheme[:, None]
        return np.asarray(volume, dtype=np.float64)

    def _margin_rate(
        self, stage: Stage, points: FloatArray, to_scheme: FloatArray, leverage: FloatArray
    ) -> FloatArray:
        """Margin per unit of margined notional for each group (docs/rules.md#volume-tiers).

        Without volume tiers it is 1/L. With them each scope's volume Q is cut
        into its ladder's tiers and every position pays the blend
        sum_t (amount_t / Q) / min(L_t, L_i); at Q = 0 the blend is the first tier's.
        """
        if not self.has_ladders:
            return np.asarray(1.0 / leverage, dtype=np.float64)
        # Groups that differ only in their price basis pay the same rate: it is computed once
        # per rate class (scope, ladder, leverage rule), on its first group, and given to all.
        first = self.rate_group
        ladder = self.group_ladder[first]
        volume = self._scope_volume(stage, points, to_scheme)[:, self.group_scope[first]]
        starts = self.ladder_starts[ladder]  # (C, T)
        widths = self.ladder_widths[ladder]
        amounts = np.clip(volume[..., None] - starts[None], 0.0, widths[None])  # (P, C, T)
        with np.errstate(divide="ignore", invalid="ignore"):
            share = amounts / volume[..., None]
        first_only = np.zeros(starts.shape[1])
        first_only[0] = 1.0
        share = np.where(volume[..., None] > 0, share, first_only)
        tier_and_own = np.minimum(self.ladder_leverages[ladder][None], leverage[:, first, None])
        rate = (share / tier_and_own).sum(axis=2)
        return np.asarray(rate[:, self.rate_class], dtype=np.float64)

    # -- each open position (not the orders), at the first point of a state --------

    def position_margin(self, state: AccountState, x: float) -> FloatArray:
        """Each position's margin: multiplier * m_i * blend (docs/rules.md#each-positions-leverage, #hedging, #volume-tiers)."""
        terms, table = self.margin_basis, self.table
        owner = terms.position
        weight = table.margin_multiplier[owner] * self.fraction[owner]
        values = terms.at(x, self.half_spread) * weight * state.group_rate[0, self.group_of]
        return sum_by(owner, values, table.count)[: self.position_count]

    def position_leverage(self, state: AccountState) -> FloatArray:
        """Each position's leverage L_i before volume tiers (docs/rules.md#each-positions-leverage), at the first point."""
        return np.asarray(state.group_leverage[0, self.group_of[: self.position_count]])

    def position_charged_leverage(self, state: AccountState) -> FloatArray:
        """Each position's leverage with its volume tiers blended in, 1 / rate (docs/rules.md#volume-tiers),
        at the first point; infinite where no margin is charged."""
        rate = np.asarray(state.group_rate[0, self.group_of[: self.position_count]])
        with np.errstate(divide="ignore"):
            return np.where(rate > 0, 1.0 / np.where(rate > 0, rate, 1.0), np.inf)

    def position_notional(self, x: float) -> FloatArray:
        """notional_A = lots * contract_size * entry price * rate(quote -> A) (docs/rules.md#one-position)."""
        notional = self.notional.per_position(x, self.half_spread, self.table.count)
        return notional[: self.position_count]

    def position_margined_notional(self, x: float) -> FloatArray:
        """m_i: the notional on the scheme's margin price basis, after hedging (docs/rules.md#one-position, docs/rules.md#hedging)."""
        margin_basis = self.margin_basis.per_position(x, self.half_spread, self.table.count)
        return np.asarray(self.fraction * margin_basis, dtype=np.float64)[: self.position_count]

    def position_rate(self, x: float) -> FloatArray:
        """rate(quote -> A) per position at moving mid x."""
        rate = self.rate_coef * x ** self.rate_power.astype(np.float64)
        return np.asarray(rate, dtype=np.float64)[: self.position_count]

    def position_pnl(self, x: float) -> FloatArray:
        """side * (close - open) * lots * contract_size * rate(quote -> A) + swap + commission,
        closing a buy at the bid and a sell at the ask (docs/rules.md#one-position)."""
        pnl = self.pnl.per_position(x, self.half_spread, self.table.count)
        return np.asarray(pnl + self.table.extras, dtype=np.float64)[: self.position_count]


def stitch(pieces: list[tuple[IntArray | slice, FloatArray]], size: int) -> FloatArray:
    """Arrays computed for some of ``size`` points each, as one array for all of them (the
    one piece itself when it has them all)."""
    if len(pieces) == 1 and isinstance(pieces[0][0], slice):
        return pieces[0][1]
    first = pieces[0][1]
    whole = np.empty((size, *first.shape[1:]), dtype=first.dtype)
    for at, piece in pieces:
        whole[at] = piece
    return whole


def hedged_lot_values(
    table: PositionTable,
    value: FloatArray,
    constant: FloatArray,
    own_exponent: FloatArray,
    platform: str,
) -> FloatArray:
    """Each position's value per unit under ``margin_price: open`` once symbols held both ways
    take their platform's price (docs/rules.md#hedging). ``value`` is each position's own (at its open
    price); a unit at price P is worth ``constant * P ** (own_exponent + 1)`` of its symbol.

    MT4 prices every margined lot of such a symbol at the volume-weighted average open price
    P_all of all its positions. MT5 prices the uncovered lots |B - S| at the larger side's
    average and the covered ones (2 h C) at P_all. Every position of the symbol then takes the
    same value per unit, so the symbol's margin is shared in proportion to margined lots.
    """
    buy, sell = side_sums(table, table.lots)
    both_ways = (buy > 0) & (sell > 0)
    if not bool(both_ways.any()):
        return value
    buy_cost, sell_cost = side_sums(table, table.lots * table.open_price)
    with np.errstate(invalid="ignore", divide="ignore"):
        p_all = (buy_cost + sell_cost) / (buy + sell)
        larger = np.where(buy >= sell, buy_cost / buy, sell_cost / sell)

    def worth(price: FloatArray) -> FloatArray:
        return np.asarray(constant * price ** (own_exponent + 1.0), dtype=np.float64)

    per_unit = worth(p_all)
    at = table.symbol_index
    if platform == "MT5":
        share = np.ones(len(table.symbols))
        share[at] = np.where(np.isnan(table.hedge_share), 0.5, table.hedge_share)
        uncovered = np.abs(buy - sell)
        covered = 2.0 * share * np.minimum(buy, sell)
        margined = uncovered + covered
        with np.errstate(invalid="ignore", divide="ignore"):
            mixed = (uncovered * worth(larger) + covered * per_unit) / margined
        per_unit = np.where(margined > 0, mixed, per_unit)
    return np.where(both_ways[at], per_unit[at], value)
