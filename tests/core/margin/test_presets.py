"""Every shipped preset: its published source and date, and a hand-computed margin in each tier."""

from datetime import date

import pytest

from core.evaluate import evaluate
from core.files.scheme_file import presets
from tests.core.builders import buy, scenario, sell


def eurusd_margin(preset: str, equity: float, lots: float = 1, leverage: object = 3000) -> float:
    """Margin of a EURUSD buy at 1.0 opened at the price (no P/L: equity is the balance)."""
    return evaluate(
        scenario(
            scheme=preset,
            balance=equity,
            leverage=leverage,
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", lots, 1.0)],
        )
    ).margin


def test_every_preset_says_where_its_numbers_come_from_and_when() -> None:
    for name, scheme in presets().items():
        assert scheme.source, name
        assert date.fromisoformat(scheme.checked) >= date(2026, 11, 22), name
        assert scheme.description, name


@pytest.mark.parametrize(
    ("equity", "leverage"),
    [
        (100, 3000),
        (200, 2000),
        (1999.99, 2000),
        (2000, 1000),
        (5000, 500),
        (30000, 200),
        (150000, 100),
    ],
)
def test_fbs_equity_tiers(equity: float, leverage: int) -> None:
    assert eurusd_margin("fbs", equity) == pytest.approx(100_000 / leverage)


@pytest.mark.parametrize(
    ("symbol", "price", "notional", "cap"),
    [
        ("XAUUSD", 2000.0, 200_000, 500),
        ("US30", 40_000.0, 40_000, 500),
        ("DE40", 20_000.0, 20_000, 200),
    ],
)
def test_fbs_instrument_caps(symbol: str, price: float, notional: float, cap: int) -> None:
    # Equity 1,000: the account's tier is 1:2000, the instrument's cap is lower.
    result = evaluate(
        scenario(
            scheme="fbs",
            balance=1000,
            leverage=3000,
            prices={symbol: price, "EURUSD": 1.0},
            positions=[buy(symbol, 1, price)],
        )
    )
    assert result.margin == pytest.approx(notional / cap)
    assert (result.margin_call_level, result.stop_out_level) == (40, 20)


@pytest.mark.parametrize(
    ("equity", "leverage"), [(999, 3000), (1000, 2000), (5000, 1000), (39_999, 1000), (40_000, 500)]
)
def test_justmarkets_equity_tiers(equity: float, leverage: int) -> None:
    assert eurusd_margin("justmarkets", equity) == pytest.approx(100_000 / leverage)


@pytest.mark.parametrize(("equity", "leverage"), [(4999, 2000), (5000, 2000), (5000.02, 1000)])
def test_roboforex_up_to_5000(equity: float, leverage: int) -> None:
    assert eurusd_margin("roboforex", equity, leverage=2000) == pytest.approx(100_000 / leverage)


@pytest.mark.parametrize(
    ("equity", "leverage"),
    [(40_000, 1000), (40_001, 500), (80_001, 200), (200_000, 200), (200_001, 100)],
)
def test_xm_equity_tiers(equity: float, leverage: int) -> None:
    assert eurusd_margin("xm", equity, leverage=1000) == pytest.approx(100_000 / leverage)


def test_xm_hedged_margin_zero_for_forex_half_for_the_rest() -> None:
    result = evaluate(
        scenario(
            scheme="xm",
            balance=10_000,
            leverage=1000,
            prices={"EURUSD": 1.0, "BTCUSD": 10_000.0},
            positions=[
                buy("EURUSD", 1, 1.0),
                sell("EURUSD", 1, 1.0),
                buy("BTCUSD", 1, 10_000.0),
                sell("BTCUSD", 1, 10_000.0),
            ],
        )
    )
    assert [p.margin for p in result.positions] == pytest.approx([0, 0, 5, 5])
    assert (result.margin_call_level, result.stop_out_level) == (50, 20)


@pytest.mark.parametrize(
    ("lots", "margin"),
    [
        (50, 50 * 100_000 / 500),
        (150, 100 * 100_000 / 500 + 50 * 100_000 / 200),
        (250, 20_000 + 50_000 + 50 * 100_000 / 100),
        (400, 20_000 + 50_000 + 100_000 + 100 * 100_000 / 50),
        (600, 20_000 + 50_000 + 100_000 + 400_000 + 100 * 100_000 / 33),
    ],
)
def test_fxpro_lots_ladder(lots: float, margin: float) -> None:
    assert eurusd_margin("fxpro", 10_000_000, lots=lots, leverage=500) == pytest.approx(margin)


def test_fxpro_counts_the_larger_side_and_margins_it() -> None:
    # FxPro's example: 300 lots buy and 200 sell count as 300.
    result = evaluate(
        scenario(
            scheme="fxpro",
            balance=10_000_000,
            leverage=500,
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 300, 1.0), sell("EURUSD", 200, 1.0)],
        )
    )
    assert result.margin == pytest.approx(20_000 + 50_000 + 100_000)


def test_fxpro_the_account_leverage_wins_where_lower() -> None:
    # FxPro's Example 1: 1:100 and 300 lots: 100,000 per 100 lots, the table does not bite.
    assert eurusd_margin("fxpro", 10_000_000, lots=300, leverage=100) == pytest.approx(300_000)


@pytest.mark.parametrize(
    ("equity", "leverage"), [(49_999.99, 1000), (50_000, 500), (99_999.99, 500), (100_000, 200)]
)
def test_ec_markets_equity_tiers(equity: float, leverage: int) -> None:
    assert eurusd_margin("ec-markets", equity, leverage=1000) == pytest.approx(100_000 / leverage)


def fx_margin(preset: str, positions: list[dict[str, object]], **extra: object) -> float:
    """Margin of FX positions in a $10M USD account at 1:3000, every cross priced at 1.0."""
    return evaluate(
        scenario(
            scheme=preset,
            balance=10_000_000,
            leverage=3000,
            prices={"EURUSD": 1.0, "GBPUSD": 1.0, "EURGBP": 1.0, "USDTRY": 40.0, "USDJPY": 139.4},
            positions=positions,
            **extra,
        )
    ).margin


@pytest.mark.parametrize(
    ("lots", "margin"),
    [
        (0.5, 25),  # $50,000 at 1:2000
        (1, 25 + 50),  # + $50,000 at 1:1000
        (10, 25 + 150 + 1_600),  # + $800,000 at 1:500
        (50, 25 + 150 + 3_600 + 15_000),  # + $3M at 1:200
        (70, 25 + 150 + 3_600 + 20_000 + 10_000),  # + $1M at 1:100
        (100, 25 + 150 + 3_600 + 20_000 + 20_000 + 80_000),  # + $2M at 1:25
    ],
)
def test_fxtm_majors_ladder(lots: float, margin: float) -> None:
    assert fx_margin("fxtm", [buy("EURUSD", lots, 1.0)]) == pytest.approx(margin)


def test_fxtm_help_centre_usdjpy_example() -> None:
    # FXTM's example: 0.5 lot USDJPY at 139.400 is $50,000 of notional, all at 1:2000.
    assert fx_margin("fxtm", [buy("USDJPY", 0.5, 139.4)]) == pytest.approx(25)


@pytest.mark.parametrize(
    ("symbol", "lots", "margin"),
    [
        ("EURGBP", 1, 100 + 250),  # $50,000 at 1:500, $50,000 at 1:200
        ("EURGBP", 10, 100 + 750 + 8_000),  # + $800,000 at 1:100
        ("EURGBP", 30, 100 + 750 + 18_000 + 40_000),  # + $1M at 1:25
        ("USDTRY", 2, 1_000),  # $200,000 at 1:200
        ("USDTRY", 5, 1_500 + 2_000),  # + $200,000 at 1:100
        ("USDTRY", 40, 1_500 + 27_000 + 40_000),  # + $1M at 1:25
    ],
)
def test_fxtm_minors_and_exotics_ladders(symbol: str, lots: float, margin: float) -> None:
    assert fx_margin("fxtm", [buy(symbol, lots, 1.0 if symbol == "EURGBP" else 40.0)]) == (
        pytest.approx(margin)
    )


def test_fxtm_counts_each_group_apart() -> None:
    # 1 lot of a major and 1 of a minor: each starts at its own ladder's first tier.
    positions = [buy("EURUSD", 1, 1.0), buy("EURGBP", 1, 1.0)]
    assert fx_margin("fxtm", positions) == pytest.approx(75 + 350)


def test_alpari_published_example() -> None:
    # Alpari's worked example: margined at the open prices, whatever the prices are now.
    positions = [
        buy("GBPUSD", 5, 1.27422),
        buy("EURUSD", 15, 1.11479),
        buy("GBPUSD", 40, 1.27440),
    ]
    assert fx_margin("alpari", positions[:1]) == pytest.approx(637.11, abs=0.005)
    assert fx_margin("alpari", positions[:2]) == pytest.approx(4_846.48, abs=0.005)
    assert fx_margin("alpari", positions) == pytest.approx(32_368.95, abs=0.005)


@pytest.mark.parametrize(
    ("symbol", "lots", "margin"),
    [
        ("EURUSD", 100, 700 + 2_600 + 25_000 + 30_000),  # majors, all four tiers: $10M
        ("EURGBP", 40, 3_500 + 1_000),  # $3.5M at 1:1000, $500,000 at 1:500
        ("EURGBP", 160, 3_500 + 7_000 + 15_000 + 50_000 + 40_000),  # all five tiers: $16M
        ("USDTRY", 30, 5_000 + 2_500),  # $2.5M at 1:500, $500,000 at 1:200
        ("USDTRY", 60, 5_000 + 5_000 + 15_000 + 40_000),  # all four tiers: $6M
    ],
)
def test_alpari_group_ladders(symbol: str, lots: float, margin: float) -> None:
    price = 40.0 if symbol == "USDTRY" else 1.0
    assert fx_margin("alpari", [buy(symbol, lots, price)]) == pytest.approx(margin)


ELIGIBLE = {"type": "standard", "platform": "MT4", "closed_trades": 10, "closed_lots": 5}


@pytest.mark.parametrize("preset", ["exness", "exness-current"])
@pytest.mark.parametrize(
    ("equity", "eligible", "margin"),
    [
        (500, True, 0),  # unlimited: no margin
        (500, False, 50),  # not eligible: 1:2000
        (1_000, True, 50),  # 1:2000
        (5_000, True, 100),  # 1:1000
    ],
)
def test_exness_lower_tiers(preset: str, equity: float, eligible: bool, margin: float) -> None:
    result = evaluate(
        scenario(
            scheme=preset,
            balance=equity,
            leverage="unlimited",
            account=ELIGIBLE if eligible else {"platform": "MT4"},
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 1, 1.0)],
        )
    )
    assert result.margin == pytest.approx(margin)


@pytest.mark.parametrize(
    ("preset", "equity", "leverage"),
    [
        ("exness", 15_000, 600),
        ("exness", 30_000, 400),
        ("exness", 60_000, 200),
        ("exness-current", 29_999.99, 1000),
        ("exness-current", 30_000, 500),
        ("equity-ladder-500", 9_999, 500),
        ("equity-ladder-500", 10_000, 400),
        ("equity-ladder-500", 20_000, 200),
        ("equity-ladder-500", 50_000, 100),
        ("fixed-30", 1_000_000, 30),
        ("fixed-50", 1_000_000, 50),
    ],
)
def test_equity_tiers_of_the_older_presets(preset: str, equity: float, leverage: int) -> None:
    assert eurusd_margin(preset, equity, leverage="unlimited") == pytest.approx(100_000 / leverage)


@pytest.mark.parametrize(
    ("preset", "lots", "margin"),
    [
        ("volume-ladder-500", 20, 4_000),  # $2M at 1:500
        ("volume-ladder-500", 40, 6_000 + 2_500),  # + $1M at 1:400
        ("volume-ladder-500", 60, 6_000 + 5_000 + 5_000),  # + $1M at 1:200
        ("volume-ladder-500", 80, 6_000 + 5_000 + 12_500 + 5_000),  # + $500,000 at 1:100
        ("alpari-style", 5, 500),  # $500,000 at 1:1000
        ("alpari-style", 10, 700 + 600),  # + $300,000 at 1:500
        ("alpari-style", 30, 700 + 2_600 + 5_000),  # + $1M at 1:200
        ("alpari-style", 100, 700 + 2_600 + 25_000 + 30_000),  # + $3M at 1:100
        ("alpari-style", 200, 700 + 2_600 + 25_000 + 80_000 + 200_000),  # + $5M at 1:25
        ("fxtm-style", 1, 100_000 / 3000),
        ("fxtm-style", 2, 100_000 / 3000 + 100),  # + $100,000 at 1:1000
    ],
)
def test_volume_ladders_of_the_older_presets(preset: str, lots: float, margin: float) -> None:
    assert fx_margin(preset, [buy("EURUSD", lots, 1.0)]) == pytest.approx(margin)
