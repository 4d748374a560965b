"""The dashboard: a change of the tools' inputs alone computes only the tools, and their
answers are those of a dashboard computed from nothing."""

from __future__ import annotations

import pickle
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from core.overview.dashboard import DashboardRequest, SizingRequest, dashboard, tools_only
from core.overview.what_if import MarketOrder
from tests.core.builders import buy, scenario, sell

BOOK = scenario(
    scheme="exness",
    balance=2_500,
    leverage=2000,
    prices={"EURUSD": 1.0842, "USDJPY": 151.2, "XAUUSD": 2650.0},
    positions=[buy("EURUSD", 1.5, 1.08), sell("USDJPY", 0.7, 150.1), buy("XAUUSD", 0.05, 2600)],
)
SYMBOLS = st.sampled_from(["EURUSD", "USDJPY", "XAUUSD", "GBPUSD"])  # GBPUSD: not priced
SIDES = st.sampled_from(["buy", "sell"])
TOOLS = st.fixed_dictionaries(
    {
        "sizing": st.none()
        | st.builds(
            SizingRequest,
            symbol=SYMBOLS,
            side=SIDES,
            stop_pips=st.floats(1, 500),
            risk=st.floats(0.1, 10),
            risk_in_percent=st.booleans(),
        ),
        "max_volume_symbol": st.none() | SYMBOLS,
        "max_volume_side": SIDES,
        "orders": st.lists(
            st.builds(MarketOrder, symbol=SYMBOLS, side=SIDES, lots=st.floats(0.01, 20)),
            max_size=2,
        ).map(tuple),
        "stress_gap_pips": st.none() | st.floats(0, 300),
        "heat_map": st.booleans(),
    }
)
BASE = st.sampled_from(
    [
        DashboardRequest(),
        DashboardRequest(analysis_symbol="USDJPY"),
        DashboardRequest(price_override=("EURUSD", 1.07), price_frame=(1.06, 1.1)),
    ]
)


def answers(board: object) -> bytes:
    """Every tool's answer, compared to the last bit."""
    return pickle.dumps(
        [
            getattr(board, name)
            for name in (
                "position_size",
                "max_volume",
                "max_volume_unlimited",
                "order_effect",
                "order_problems",
                "stress",
                "heat_map",
            )
        ]
    )


@settings(max_examples=40, deadline=None)
@given(BASE, TOOLS, TOOLS)
def test_new_tool_inputs_compute_the_tools_as_from_nothing(
    base: DashboardRequest, first: dict, second: dict
) -> None:
    before, after = replace(base, **first), replace(base, **second)
    assert tools_only(before, after)
    last = dashboard(BOOK, before)
    again = dashboard(BOOK, after, last)
    fresh = dashboard(BOOK, after)
    assert answers(again) == answers(fresh)
    # The result and the curves are the last dashboard's, not computed again.
    assert again.result is last.result
    assert again.price_curve is last.price_curve
    assert again.equity_curve is last.equity_curve
    assert pickle.dumps(again.result) == pickle.dumps(fresh.result)


def test_another_analysed_symbol_computes_everything_again() -> None:
    last = dashboard(BOOK, DashboardRequest())
    other = dashboard(BOOK, DashboardRequest(analysis_symbol="USDJPY"), last)
    assert other.result is not last.result
    assert other.result.analysis_symbol == "USDJPY"
    assert other.price_curve is not None
    assert other.price_curve.symbol == "USDJPY"
