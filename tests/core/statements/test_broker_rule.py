"""Finding the broker's rule and the conversion rates a statement implies
(docs/statements.md, "Finding the broker's rule"), on statements built with known answers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.evaluate import evaluate
from core.files.scenario_reader import scenario_from_json
from core.overview.printed import compare_printed
from core.statements.importer import imported
from core.statements.statement import Printed, Statement, StatementPosition
from tests.core.statement_files import read_statement_of

LEVERAGES = (50, 100, 200, 500)


def statement(positions: list[StatementPosition], margin: float) -> Statement:
    return read_statement_of(positions, margin=margin)


trades = st.lists(
    st.tuples(
        st.sampled_from(["buy", "sell"]),
        st.integers(50, 500).map(lambda n: n / 100),  # lots
        st.integers(-400, 400).filter(lambda n: abs(n) > 50),  # move in pips
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=40, deadline=None)
@given(
    trades,
    st.floats(1.20, 1.35),
    st.sampled_from(LEVERAGES),
    st.sampled_from(["current", "open"]),
)
def test_a_rate_and_the_leverage_are_recovered_from_profits_rounded_to_cents(
    rows: list[tuple[str, float, int]], gbpusd: float, leverage: int, basis: str
) -> None:
    # EURGBP positions on a USD account: GBP -> USD is in no printed price, only in profits.
    # One side only, at one market price, as a statement prints a symbol held one way.
    side = rows[0][0]
    close, direction = 0.8500, 1 if side == "buy" else -1
    positions = []
    for _, lots, pips in rows:
        open_price = round(close - direction * pips * 0.0001, 5)
        profit = round(direction * (close - open_price) * lots * 1e5 * gbpusd, 2)
        positions.append(
            StatementPosition("EURGBP", "EURGBP", side, lots, open_price, close, profit=profit)  # type: ignore[arg-type]
        )
    margin = sum(
        p.lots * 1e5 * (p.open_price if basis == "open" else close) * gbpusd / leverage
        for p in positions
    )
    printed = round(margin, 2)
    result = imported(statement(positions, printed), "synthetic.htm")
    moves = [(p.market_price - p.open_price) * p.lots * 1e5 * direction for p in positions]  # type: ignore[operator]
    sizes = sum(abs(m) for m in moves)
    if abs(sum(moves)) >= sizes / 2:  # the profits over the moves, summed
        bound = len(moves) * 0.005 / abs(sum(moves))
    else:  # moves that cancel: least squares
        bound = 0.005 * sizes / sum(m * m for m in moves)
    implied = result.document["prices"]["GBPUSD"]
    assert abs(implied - gbpusd) <= bound + 1e-6  # and the rounding to 6 digits
    assert result.document["account"]["leverage"] == leverage
    computed = evaluate(scenario_from_json(result.document)).margin
    assert abs(computed - printed) <= 0.005 + printed * (bound / gbpusd + 1e-6)


def test_one_symbol_at_a_lower_leverage_is_found() -> None:
    # 1:100 for EURUSD, GBPUSD at 1:50 (margined twice): step 2 of the search.
    positions = [
        StatementPosition("EURUSD", "EURUSD", "buy", 1.0, 1.1000, 1.1050, profit=500.0),
        StatementPosition("GBPUSD", "GBPUSD", "buy", 1.0, 1.2500, 1.2450, profit=-500.0),
    ]
    printed = round(1e5 * 1.1050 / 100 + 1e5 * 1.2450 / 50, 2)
    result = imported(statement(positions, printed), "synthetic.htm")
    assert result.document["account"]["leverage"] == 100
    assert result.document["instruments"] == {"GBPUSD": {"margin_multiplier": 2.0}}
    assert (
        "1:100; GBPUSD margined 2 times; margin at the current price reproduces the printed "
        "margin 3,595.00" in result.notes
    )


def eurchf(profit: float, **printed: float) -> Statement:
    """One EURCHF buy of 0.5 lots, 88 pips up, on a USD account: CHF -> USD only in its profit."""
    position = StatementPosition("EURCHF", "EURCHF", "buy", 0.5, 1.11822, 1.1191, profit=profit)  # type: ignore[arg-type]
    s = statement([position], 0.0)
    return Statement(**{**s.__dict__, "leverage": 100.0, "printed": Printed(**printed)})


def test_a_margin_through_a_rate_the_file_lacks_names_the_rate_it_needs() -> None:
    # 500 EUR of margin at 1:100 printed as 562.03 USD: EURUSD 1.12406, where EURCHF 1.1191 and
    # the USDCHF its profit implies (44 CHF = 44.04 USD: 0.999092) give 1.120117.
    s = eurchf(44.04, balance=10_000.0, margin=562.03)
    notes = imported(s, "synthetic.htm").notes
    assert (
        "the file does not print EURUSD, and the broker's margin of EURCHF goes through "
        "it: the printed margin needs EURUSD 1.124060, where the statement's own prices give "
        "1.120117" in notes
    )


def test_a_free_margin_without_the_floating_pnl_is_explained() -> None:
    s = eurchf(44.04, balance=10_000.0, equity=10_044.04, margin=560.06)
    plain = imported(s, "synthetic.htm").notes
    kept_out = Printed(balance=10_000.0, equity=10_044.04, margin=560.06, free_margin=9_439.94)
    notes = imported(Statement(**{**s.__dict__, "printed": kept_out}), "synthetic.htm").notes
    said = [str(n) for n in notes if str(n) not in {str(p) for p in plain}]
    assert said == [
        "the statement's free margin is the balance less the margin: the broker leaves the "
        "floating P/L out of free margin (a server setting). fxmargin's free margin includes "
        "it; margin level, margin call and stop out do in both"
    ]


def test_the_equity_adds_the_profits_as_printed_each_rounded_to_the_cent() -> None:
    # Five USDCAD buys of 0.01 lots, 22 pips up at 1.36608: 0.16105 USD each, printed 0.16, so
    # the terminal's equity is 10,000.80 where the unrounded sum would make it 10,000.81.
    position = StatementPosition("USDCAD", "USDCAD", "buy", 0.01, 1.36586, 1.36608, profit=0.16)  # type: ignore[arg-type]
    s = statement([position] * 5, 0.0)
    s = Statement(**{**s.__dict__, "printed": Printed(balance=10_000.0, equity=10_000.80)})
    result = imported(s, "synthetic.htm")
    scenario = scenario_from_json(result.document)
    assert round(evaluate(scenario).equity, 2) == 10_000.81
    (equity,) = [f for f in compare_printed(scenario, evaluate(scenario)) if f.key == "equity"]
    assert (equity.computed, equity.agrees) == (pytest.approx(10_000.80), True)
    assert not any("come out" in str(note) for note in result.notes)
