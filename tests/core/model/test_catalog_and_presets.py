"""docs/rules.md#instruments catalog contents and the shipped presets."""

import itertools

import pytest

from core.files.scheme_file import presets
from core.model.instruments import catalog

MAJORS = ["USD", "EUR", "GBP", "JPY", "CHF", "AUD", "NZD", "CAD"]


def test_catalog_has_the_28_majors_and_crosses() -> None:
    forex = {s: i for s, i in catalog().items() if i.group in ("major", "minor")}
    pairs = {frozenset((i.base, i.quote)) for i in forex.values()}
    assert pairs == {frozenset(p) for p in itertools.combinations(MAJORS, 2)}
    for instrument in forex.values():
        assert instrument.contract_size == 100_000
        assert instrument.pip_size == (0.01 if instrument.quote == "JPY" else 0.0001)


@pytest.mark.parametrize(
    ("symbol", "pip"),
    [
        ("USDTRY", 0.0001),
        ("USDZAR", 0.0001),
        ("USDMXN", 0.0001),
        ("USDHUF", 0.01),
        ("EURPLN", 0.0001),
    ],
)
def test_common_exotics_are_in_the_exotic_group(symbol: str, pip: float) -> None:
    instrument = catalog()[symbol]
    assert (instrument.instrument_class, instrument.group) == ("forex", "exotic")
    assert (instrument.contract_size, instrument.pip_size) == (100_000, pip)


@pytest.mark.parametrize(
    ("symbol", "contract", "pip"), [("XAUUSD", 100, 0.01), ("XAGUSD", 5_000, 0.001)]
)
def test_metals(symbol: str, contract: float, pip: float) -> None:
    assert (catalog()[symbol].contract_size, catalog()[symbol].pip_size) == (contract, pip)


def test_catalog_has_crypto_indices_energies_and_stocks() -> None:
    for symbol in [
        "BTCUSD",
        "ETHUSD",
        "US30",
        "US500",
        "USTEC",
        "DE40",
        "UK100",
        "JP225",
        "USOIL",
        "UKOIL",
    ]:
        assert symbol in catalog()
    assert sum(1 for i in catalog().values() if i.instrument_class == "stock") >= 3


EXPECTED_PRESETS = {
    "exness",
    "exness-current",
    "equity-ladder-500",
    "volume-ladder-500",
    "alpari-style",
    "fxtm-style",
    "fixed-30",
    "fixed-50",
    "fbs",
    "justmarkets",
    "roboforex",
    "xm",
    "fxpro",
    "ec-markets",
    "fxtm",
    "alpari",
}


def test_every_preset_loads_with_description_and_source() -> None:
    assert set(presets()) == EXPECTED_PRESETS
    for scheme in presets().values():
        assert scheme.description
        assert scheme.source


def test_exness_preset_is_seed_000() -> None:
    exness = presets()["exness"]
    assert [(t.start, t.leverage) for t in exness.equity_tiers] == [
        (0, float("inf")),
        (1_000, 2000),
        (5_000, 1000),
        (15_000, 600),
        (30_000, 400),
        (60_000, 200),
    ]
    rules = exness.unlimited
    assert rules is not None
    assert rules.account_types == ("standard", "pro", "raw_spread", "zero")
    assert rules.platforms == ("MT4",)
    assert (rules.max_equity, rules.min_closed_trades, rules.min_closed_lots, rules.fallback) == (
        1000,
        10,
        5,
        2000,
    )
    assert exness.hedging == "net"
    levels = dict(exness.margin_levels)
    assert (levels["standard"].margin_call, levels["standard"].stop_out) == (60, 0)
    assert (levels["pro"].margin_call, levels["pro"].stop_out) == (30, 0)


def test_exness_current_preset() -> None:
    current = presets()["exness-current"]
    assert [(t.start, t.leverage) for t in current.equity_tiers] == [
        (0, float("inf")),
        (1_000, 2000),
        (5_000, 1000),
        (30_000, 500),
    ]
    assert current.unlimited is not None
    assert current.unlimited.platforms == ("MT4", "MT5")


def test_ladders() -> None:
    assert [(t.start, t.leverage) for t in presets()["alpari-style"].volume_tiers] == [
        (0, 1000),
        (700_000, 500),
        (2_000_000, 200),
        (7_000_000, 100),
        (15_000_000, 25),
    ]
    assert [(t.start, t.leverage) for t in presets()["fxtm-style"].volume_tiers] == [
        (0, 3000),
        (100_000, 1000),
    ]
    assert [(t.start, t.leverage) for t in presets()["volume-ladder-500"].volume_tiers] == [
        (0, 500),
        (3_000_000, 400),
        (5_000_000, 200),
        (7_500_000, 100),
    ]
    assert [(t.start, t.leverage) for t in presets()["equity-ladder-500"].equity_tiers] == [
        (0, 500),
        (10_000, 400),
        (20_000, 200),
        (50_000, 100),
    ]
    assert [t.leverage for t in presets()["fixed-30"].equity_tiers] == [30]
    assert [t.leverage for t in presets()["fixed-50"].equity_tiers] == [50]
