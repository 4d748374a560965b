"""What one evaluation produces: every number the app and the command line show."""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.analyses.level_distances import LevelDistance, Nearness
from core.analyses.level_prices import LevelPrices
from core.analyses.order_fills import OrderFill
from core.analyses.spread_widening import SpreadStress
from core.analyses.tier_warnings import TierWarning
from core.formatting import format_leverage
from core.margin.eligibility import Eligibility
from core.messages import Message


@dataclass(frozen=True)
class PositionResult:
    """One position's figures in account currency (docs/rules.md#one-position, docs/rules.md#the-rules).

    ``leverage`` is L_i before volume tiers (docs/rules.md#each-positions-leverage);
    ``charged_leverage`` the leverage its margin is charged at, volume tiers blended in
    (docs/rules.md#volume-tiers), before the margin multiplier; ``margined_notional`` is
    m_i after hedging (docs/rules.md#hedging); ``pip_value`` is per lot.
    """

    symbol: str
    side: str
    lots: float
    notional: float
    margined_notional: float
    pnl: float
    margin: float
    leverage: float
    charged_leverage: float
    pip_value: float


@dataclass(frozen=True)
class Notice:
    """A plain warning for the trader: ``kind`` is a stable key, ``message`` the words."""

    kind: str
    message: Message


@dataclass(frozen=True)
class Result:
    """The account now, its positions, eligibility and the analyses of docs/rules.md#analyses.

    ``margin_price`` is the scheme's margin price basis (``current`` or ``open``). ``orders``
    are the scenario's pending orders, each with where the analysed symbol's move fills it
    (docs/rules.md#pending-orders); the figures for now count none of them.
    """

    currency: str
    balance: float
    credit: float
    equity: float
    floating_pnl: float
    margin: float
    free_margin: float
    margin_level: float | None
    selected_leverage: float
    granted_leverage: float
    effective_leverage: float
    charged_leverage: float | None
    margin_price: str
    equity_in_scheme: float
    scheme_currency: str
    equity_tier: int | None
    margin_call_level: float
    stop_out_level: float
    levels_in: str
    margin_call: bool
    stop_out: bool
    positions: tuple[PositionResult, ...]
    eligibility: Eligibility | None
    analysis_symbol: str | None
    analysis_pip_size: float
    analysis_price: float
    margin_call_price: LevelPrices | None
    stop_out_price: LevelPrices | None
    spread_stress: SpreadStress | None
    level_distances: tuple[LevelDistance, ...]
    nearest_level: Nearness | None
    tier_warnings: tuple[TierWarning, ...]
    notices: tuple[Notice, ...]
    orders: tuple[OrderFill, ...] = ()

    @property
    def level_texts(self) -> tuple[str, str]:
        """Margin call and stop out as the account states them: ``60%`` or ``600 USD``."""
        unit = "%" if self.levels_in == "percent" else f" {self.currency}"
        return f"{self.margin_call_level:g}{unit}", f"{self.stop_out_level:g}{unit}"

    @property
    def charged_text(self) -> Message | None:
        """``charged 1:1290 on average`` where the open positions' margin is charged at another
        leverage than the account's (volume tiers, class caps); None where it is not."""
        charged, effective = self.charged_leverage, self.effective_leverage
        if charged is None or (
            math.isfinite(effective) and abs(charged - effective) <= 0.005 * effective
        ):
            return None
        shown = float(round(charged)) if charged >= 100 else charged
        return Message("charged {charged} on average", charged=format_leverage(shown))

    @property
    def levels_text(self) -> str:
        """Both: ``60% / 0%``."""
        return " / ".join(self.level_texts)
