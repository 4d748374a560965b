"""Margin-call and stop-out levels: which apply, and when they are reached (docs/rules.md#the-account, docs/scenario-files.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from core.margin.account_model import AccountState
from core.margin.position_table import BoolArray
from core.model.scenario import Scenario

LevelKind = Literal["margin_call", "stop_out"]

DEFAULT_MARGIN_CALL = 100.0
DEFAULT_STOP_OUT = 50.0


@dataclass(frozen=True)
class Level:
    """A margin-call or stop-out level: percent of margin, or an amount of equity (docs/rules.md#the-account)."""

    kind: LevelKind
    value: float
    in_money: bool

    def reached(self, state: AccountState) -> BoolArray:
        """equity <= value/100 * margin (percent; with no margin: equity <= 0), or equity <= value."""
        threshold = self.value if self.in_money else self.value / 100.0 * state.margin
        return np.asarray(state.equity <= threshold, dtype=np.bool_)


def account_levels(scenario: Scenario) -> tuple[Level, Level]:
    """(margin call, stop out): the account's own, else the scheme's for the type, else 100/50 (docs/scenario-files.md)."""
    account = scenario.account
    published = scenario.scheme.levels_for(account.account_type)
    margin_call = account.margin_call_level
    stop_out = account.stop_out_level
    if margin_call is None:
        margin_call = published.margin_call if published else DEFAULT_MARGIN_CALL
    if stop_out is None:
        stop_out = published.stop_out if published else DEFAULT_STOP_OUT
    in_money = account.levels_in == "money"
    return Level("margin_call", margin_call, in_money), Level("stop_out", stop_out, in_money)
