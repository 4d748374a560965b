"""docs/rules.md#account-leverage, docs/rules.md#each-positions-leverage: unlimited eligibility, equity tiers, apply_to, caps and fixed margin rates."""

import math

import pytest

from core.evaluate import evaluate
from tests.core.builders import buy, scenario

ELIGIBLE = {"type": "standard", "platform": "MT4", "closed_trades": 12, "closed_lots": 6.3}


def exness(balance: float, account: dict[str, object] | None = None, **kwargs: object):  # type: ignore[no-untyped-def]
    return evaluate(
        scenario(
            scheme="exness",
            leverage="unlimited",
            balance=balance,
            account={**ELIGIBLE, **(account or {})},
            **kwargs,  # type: ignore[arg-type]
        )
    )


def test_eligible_small_account_gets_unlimited_and_no_margin() -> None:
    result = exness(800, positions=[buy("EURUSD", 1, 1.1)])
    assert result.eligibility is not None
    assert result.eligibility.eligible
    assert math.isinf(result.effective_leverage)
    assert result.margin == 0


def test_each_failing_rule_is_listed_with_what_is_missing() -> None:
    result = exness(
        800, {"type": "standard_cent", "platform": "MT5", "closed_trades": 7, "closed_lots": 4.2}
    )
    assert result.eligibility is not None
    assert not result.eligibility.eligible
    checks = {c.rule: c for c in result.eligibility.checks}
    assert [c.rule for c in result.eligibility.checks] == [
        "account_type",
        "platform",
        "equity",
        "closed_trades",
        "closed_lots",
    ]
    assert not checks["account_type"].ok
    assert not checks["platform"].ok
    assert checks["platform"].value == "MT5"
    assert checks["equity"].ok
    assert checks["closed_trades"].missing == "3 more closed trades"
    assert checks["closed_lots"].missing == "0.8 more closed lots"
    assert result.granted_leverage == 2000
    assert result.effective_leverage == 2000


@pytest.mark.parametrize(("lots", "eligible"), [(4.9999999999, True), (4.99, False)])
def test_the_checklist_and_the_leverage_read_the_same_closed_lots_rule(
    lots: float, eligible: bool
) -> None:
    # Closed lots are a float sum: a billionth short of 5 is 5 for both, 0.01 short for neither.
    result = exness(800, {"closed_lots": lots}, positions=[buy("EURUSD", 1, 1.1)])
    assert result.eligibility is not None
    assert result.eligibility.eligible is eligible
    assert math.isinf(result.granted_leverage) is eligible


def test_refused_unlimited_falls_back_to_2000_and_says_why() -> None:
    result = exness(
        800, {"closed_trades": 9}, positions=[buy("EURUSD", 1, 1.0)], prices={"EURUSD": 1.0}
    )
    assert result.margin == pytest.approx(100_000 / 2000)
    assert any(
        n.kind == "unlimited_refused" and "1 more closed trade" in str(n.message)
        for n in result.notices
    )


def test_equity_of_exactly_1000_is_in_the_1000_tier() -> None:
    below = exness(999.99, positions=[buy("EURUSD", 1, 1.0)], prices={"EURUSD": 1.0})
    at = exness(1000, positions=[buy("EURUSD", 1, 1.0)], prices={"EURUSD": 1.0})
    assert math.isinf(below.effective_leverage)
    assert at.effective_leverage == 2000
    assert at.equity_tier == 1
    assert at.margin == pytest.approx(50)


@pytest.mark.parametrize(
    ("equity", "leverage"),
    [
        (4_999, 2000),
        (5_000, 1000),
        (14_999, 1000),
        (15_000, 600),
        (30_000, 400),
        (59_999, 400),
        (60_000, 200),
    ],
)
def test_exness_equity_tiers(equity: float, leverage: float) -> None:
    assert exness(equity).effective_leverage == leverage


def test_selected_leverage_below_tier_wins() -> None:
    result = evaluate(scenario(scheme="exness", leverage=500, balance=2_000))
    assert result.effective_leverage == 500


def test_seed_004_equity_ladder() -> None:
    for balance, leverage in [(9_999, 500), (10_000, 400), (20_000, 200), (50_000, 100)]:
        result = evaluate(scenario(scheme="equity-ladder-500", leverage=1000, balance=balance))
        assert result.effective_leverage == leverage


def test_equity_converted_into_scheme_currency_for_tiers() -> None:
    # A cent account: 150,000 USC is 1,500 USD, in the 1,000 tier.
    result = evaluate(
        scenario(
            scheme="exness",
            currency="USC",
            balance=150_000,
            leverage="unlimited",
            account=ELIGIBLE,
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 0.1, 1.0)],
        )
    )
    assert result.equity_in_scheme == pytest.approx(1_500)
    assert result.effective_leverage == 2000
    # 0.1 lot EURUSD = 10,000 USD = 1,000,000 USC, at 1:2000 -> 500 USC.
    assert result.margin == pytest.approx(500)


def test_apply_to_all_reprices_positions_with_opened_leverage() -> None:
    result = evaluate(
        scenario(
            scheme={
                "equity_tiers": [{"from": 0, "leverage": 500}, {"from": 10_000, "leverage": 100}]
            },
            leverage=1000,
            balance=20_000,
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 1, 1.0, opened_leverage=500)],
        )
    )
    assert result.margin == pytest.approx(1_000)


def test_apply_to_new_keeps_opened_leverage_and_prices_the_others_at_the_tier() -> None:
    result = evaluate(
        scenario(
            scheme={
                "equity_tiers": [{"from": 0, "leverage": 500}, {"from": 10_000, "leverage": 100}],
                "apply_to": "new",
            },
            leverage=1000,
            balance=20_000,
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 1, 1.0, opened_leverage=500), buy("EURUSD", 1, 1.0)],
        )
    )
    assert [p.margin for p in result.positions] == pytest.approx([200, 1_000])


def test_class_cap_and_instrument_cap() -> None:
    result = evaluate(
        scenario(
            scheme={"class_caps": {"crypto": 400}},
            leverage=2000,
            prices={"BTCUSD": 100_000, "ETHUSD": 4_000},
            positions=[buy("BTCUSD", 1, 100_000), buy("ETHUSD", 10, 4_000)],
            instruments={"ETHUSD": {"max_leverage": 100}},
        )
    )
    assert [p.leverage for p in result.positions] == [400, 100]
    assert [p.margin for p in result.positions] == pytest.approx([250, 400])


def test_margin_rate_ignores_leverage_and_caps() -> None:
    result = evaluate(
        scenario(
            scheme={"class_caps": {"stock": 5}},
            leverage="unlimited",
            prices={"AAPL": 200.0},
            positions=[buy("AAPL", 100, 200.0)],
            instruments={"AAPL": {"margin_rate": 0.1}},
        )
    )
    assert result.positions[0].leverage == pytest.approx(10)
    assert result.margin == pytest.approx(2_000)


def test_restricted_market_caps_by_class_and_by_symbol() -> None:
    kwargs = {
        "scheme": "exness",
        "leverage": 2000,
        "balance": 2_000,
        "prices": {"EURUSD": 1.0, "XAUUSD": 2_000.0, "XAGUSD": 25.0, "USOIL": 70.0},
        "positions": [
            buy("EURUSD", 1, 1.0),
            buy("XAUUSD", 1, 2_000.0),
            buy("XAGUSD", 1, 25.0),
            buy("USOIL", 1, 70.0),
        ],
    }
    calm = evaluate(scenario(**kwargs))  # type: ignore[arg-type]
    restricted = evaluate(scenario(restricted_market=True, **kwargs))  # type: ignore[arg-type]
    assert [p.leverage for p in calm.positions] == [2000, 2000, 2000, 200]
    assert [p.leverage for p in restricted.positions] == [200, 200, 100, 20]


def test_fixed_eu_retail_preset() -> None:
    result = evaluate(
        scenario(
            scheme="fixed-30",
            leverage="unlimited",
            prices={"EURUSD": 1.1, "XAUUSD": 2_000.0},
            positions=[buy("EURUSD", 1, 1.1), buy("XAUUSD", 1, 2_000.0)],
        )
    )
    assert [p.leverage for p in result.positions] == [30, 20]
    assert result.margin == pytest.approx(110_000 / 30 + 200_000 / 20)
