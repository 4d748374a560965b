"""Prices pasted as lines (issue 22 item 18)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.files.price_lines import PastedPrice, read_price_lines

KNOWN = frozenset({"EURUSD", "USDJPY", "XAUUSD", "BTCUSD", "GBPUSD"})


def test_every_way_a_price_list_is_copied() -> None:
    text = "\n".join(
        [
            "Symbol\tBid\tAsk",  # titles of a copied table
            "EURUSD\t1.08407\t1.08427",
            "usdjpy 151.203",  # one number, any case
            "XAUUSD, 2,650.10, 2,650.40",
            "GBPUSD;1,27015;1,27030",  # a European spreadsheet
            "",
            "BTCUSD,64410,64425",
        ]
    )
    prices, problems = read_price_lines(text, KNOWN)
    assert problems == []
    assert prices == [
        PastedPrice("EURUSD", 1.08407, 1.08427),
        PastedPrice("USDJPY", 151.203, None),
        PastedPrice("XAUUSD", 2650.10, 2650.40),
        PastedPrice("GBPUSD", 1.27015, 1.27030),
        PastedPrice("BTCUSD", 64410.0, 64425.0),
    ]


def test_each_bad_line_is_named_and_the_good_ones_kept() -> None:
    text = "EURUSD 1.0841 1.0843\nEURXYZ 1.2\nGBPUSD abc\nUSDJPY 151.2 150.9\nXAUUSD 2650 x"
    prices, problems = read_price_lines(text, KNOWN)
    assert prices == [PastedPrice("EURUSD", 1.0841, 1.0843)]
    assert [str(p.message) for p in problems] == [
        "line 2: EURXYZ is not a symbol fxmargin knows",
        "line 3: needs a price after the symbol",
        "line 4: the ask is below the bid",
        "line 5: the ask is not a price",
    ]


def test_an_ask_equal_to_the_bid_is_one_number() -> None:
    assert read_price_lines("EURUSD 1.1 1.1", KNOWN)[0] == [PastedPrice("EURUSD", 1.1, None)]


@given(
    st.floats(min_value=1e-4, max_value=1e6, allow_nan=False),
    st.floats(min_value=0, max_value=100),
    st.sampled_from(["\t", ";", ",", " ", ", "]),
)
def test_a_line_written_with_any_separator_reads_back(bid: float, spread: float, sep: str) -> None:
    bid = round(bid, 5)
    ask = round(bid + spread, 5)
    prices, problems = read_price_lines(f"EURUSD{sep}{bid!r}{sep}{ask!r}", KNOWN)
    assert problems == []
    assert prices == [PastedPrice("EURUSD", bid, None if ask == bid else ask)]
