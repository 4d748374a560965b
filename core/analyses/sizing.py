"""Maximum volume and position size by risk (docs/rules.md#analyses)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.files.limits import MAX_LOTS
from core.margin.account_model import AccountModel
from core.margin.position_table import PositionTable, build_position_table, with_extra_position
from core.model.scenario import Position, Scenario, Side

DEFAULT_LOT_STEP = 0.01


@dataclass(frozen=True)
class AfterOpening:
    """The account after opening ``lots`` more of a symbol now, at the ask (buy) or bid (sell)."""

    lots: float
    margin_before: float
    margin_after: float
    free_margin_after: float

    @property
    def margin_needed(self) -> float:
        return self.margin_after - self.margin_before

    @property
    def fits(self) -> bool:
        """Free margin after is >= 0, forgiving float rounding (1e-12 of the margin)."""
        return self.free_margin_after >= -1e-12 * max(abs(self.margin_after), 1.0)


class Opening:
    """The account with one extra position, opened now (a buy at the ask, a sell at the bid, so
    it starts with the spread as its loss), whose lots vary. ``fixed_model`` is the account as
    it is, no price moving, when the caller has built it already; the sizing tools on one
    symbol and side may share one."""

    def __init__(
        self,
        scenario: Scenario,
        symbol: str,
        side: Side,
        table: PositionTable | None = None,
        fixed_model: AccountModel | None = None,
    ) -> None:
        quote = scenario.quotes[symbol]
        price = quote.ask if side == "buy" else quote.bid
        base = table if table is not None else build_position_table(scenario)
        self.fixed_model = (
            fixed_model if fixed_model is not None else AccountModel(scenario, None, base)
        )
        self.margin_before = float(self.fixed_model.state(np.array([1.0])).margin[0])
        extended = scenario.with_positions(
            (*scenario.positions, Position(symbol, side, 1.0, price))
        )

        self.model = AccountModel(
            extended, None, with_extra_position(base, scenario, extended.positions[-1])
        )
        self.index = self.model.position_count - 1
        self._after: dict[float, AfterOpening] = {}

    def after(self, lots: float) -> AfterOpening:
        """The account with ``lots`` opened (each lots computed once: the searches ask for
        their ends again)."""
        if lots not in self._after:
            state = self.model.with_lots(self.index, lots).state(np.array([1.0]))
            margin = float(state.margin[0])
            self._after[lots] = AfterOpening(
                lots, self.margin_before, margin, float(state.equity[0]) - margin
            )
        return self._after[lots]


def floor_to_step(lots: float, step: float) -> float:
    """Round lots down to a whole number of steps (a hair of float error forgiven)."""
    steps = math.floor(lots / step + 1e-9)
    decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    return round(steps * step, decimals + 2)


def max_volume(
    scenario: Scenario,
    symbol: str,
    side: Side,
    lot_step: float = DEFAULT_LOT_STEP,
    table: PositionTable | None = None,
    opening: Opening | None = None,
) -> AfterOpening | None:
    """The most lots of ``symbol`` on ``side`` that can be opened now leaving free margin >= 0.

    None when margin does not limit the volume (unlimited leverage and no
    finite volume tier). With hedging, opening the other side first frees
    margin, so the search starts from the lots that balance the symbol. Past
    that point free margin falls piecewise linearly with the lots, so a
    bracketing secant search finds the last whole lot step in a few trials.
    """
    opening = opening if opening is not None else Opening(scenario, symbol, side, table)
    top = math.floor(MAX_LOTS / lot_step)
    if opening.after(top * lot_step).fits:
        return None
    same_side = sum(p.lots for p in scenario.positions if p.symbol == symbol and p.side == side)
    other_side = sum(p.lots for p in scenario.positions if p.symbol == symbol and p.side != side)
    low = math.floor(max(other_side - same_side, 0.0) / lot_step + 1e-9)
    low_free = opening.after(low * lot_step)
    if not low_free.fits:
        low = 0
        low_free = opening.after(0.0)
        if not low_free.fits:
            return low_free
    high, high_free = top, opening.after(top * lot_step).free_margin_after
    free = low_free.free_margin_after
    trial = 0
    while high - low > 1:
        trial += 1
        if trial % 3 == 0 or free <= high_free:  # a bisection now and then guarantees progress
            middle = (low + high) // 2
        else:
            middle = low + round((high - low) * free / (free - high_free))
            middle = min(max(middle, low + 1), high - 1)
        candidate = opening.after(middle * lot_step)
        if candidate.fits:
            low, free = middle, candidate.free_margin_after
        else:
            high, high_free = middle, candidate.free_margin_after
    return opening.after(floor_to_step(low * lot_step, lot_step))


@dataclass(frozen=True)
class PositionSize:
    """Lots for a risk: ``risk_money / (stop_pips * pip_value + commission_per_lot)``, floored."""

    lots: float
    risk_money: float
    pip_value: float
    loss_at_stop: float
    what_if: AfterOpening


def position_size(
    scenario: Scenario,
    symbol: str,
    stop_pips: float,
    *,
    risk_percent: float | None = None,
    risk_money: float | None = None,
    commission_per_lot: float = 0.0,
    side: Side = "buy",
    lot_step: float = DEFAULT_LOT_STEP,
    table: PositionTable | None = None,
    opening: Opening | None = None,
) -> PositionSize:
    """Position size by risk (docs/rules.md#analyses): risk in percent of equity or in money, stop in pips.

    ``commission_per_lot`` is the round-turn commission per lot in account
    currency. The result carries the margin the position needs. ``opening``, when given, is
    the `Opening` of this symbol and side on this scenario.
    """
    if (risk_percent is None) == (risk_money is None):
        raise ValueError("give exactly one of risk_percent and risk_money")
    opening = opening if opening is not None else Opening(scenario, symbol, side, table)
    equity = float(opening.fixed_model.equity(np.array([1.0]))[0])
    money = risk_money if risk_money is not None else equity * float(risk_percent or 0.0) / 100.0
    instrument = scenario.instrument(symbol)
    rate = scenario.chain(instrument.quote, scenario.account.currency).rate(scenario.prices)

    pip_value = instrument.pip_size * instrument.contract_size * rate
    per_lot = stop_pips * pip_value + commission_per_lot
    with np.errstate(all="ignore"):
        raw = max(money, 0.0) / per_lot if per_lot > 0 else 0.0
    # Absurd inputs (a huge risk over a tiny stop) give no more than the largest position a
    # file may hold, and never NaN.
    lots = floor_to_step(min(raw, MAX_LOTS), lot_step) if math.isfinite(raw) or raw > 0 else 0.0

    what_if = opening.after(lots)
    return PositionSize(lots, money, pip_value, lots * per_lot, what_if)
