"""docs/rules.md#volume-tiers: volume tiers counted in notional or lots over the account, a group, a class or a
symbol; volume counts; maps of ladders."""

import pytest

from core.evaluate import evaluate
from core.model.instruments import default_group
from core.problems import InputError
from tests.core.builders import buy, scenario, sell

TIERS = [{"from": 0, "leverage": 500}, {"from": 1_000_000, "leverage": 250}]
PRICES = {"EURUSD": 1.0, "GBPUSD": 1.0, "XAUUSD": 2_000.0}


def run(scope: str, positions: list[dict[str, object]], **scheme: object):  # type: ignore[no-untyped-def]
    return evaluate(
        scenario(
            scheme={"volume_tiers": TIERS, "volume_scope": scope, **scheme},
            leverage="unlimited",
            prices=PRICES,
            positions=positions,
        )
    )


def test_account_scope_blends_every_position_alike() -> None:
    # 15 lots EURUSD + 5 lots GBPUSD = 2,000,000: 1M at 1:500 and 1M at 1:250 = 6,000 in all,
    # 3/4 of it on EURUSD.
    result = run("account", [buy("EURUSD", 15, 1.0), buy("GBPUSD", 5, 1.0)])
    assert result.margin == pytest.approx(6_000)
    assert [p.margin for p in result.positions] == pytest.approx([4_500, 1_500])


def test_symbol_scope_counts_each_symbol_alone() -> None:
    result = run("symbol", [buy("EURUSD", 15, 1.0), buy("GBPUSD", 5, 1.0)])
    # EURUSD: 1M/500 + 0.5M/250 = 4,000; GBPUSD: 0.5M/500 = 1,000.
    assert [p.margin for p in result.positions] == pytest.approx([4_000, 1_000])


def test_class_scope_separates_forex_and_metals() -> None:
    result = run("class", [buy("EURUSD", 10, 1.0), buy("XAUUSD", 5, 2_000.0)])
    # forex exactly 1M: 2,000; gold 1M of its own: 2,000 (a shared account scope would be 6,000).
    assert result.margin == pytest.approx(4_000)
    assert run(
        "account", [buy("EURUSD", 10, 1.0), buy("XAUUSD", 5, 2_000.0)]
    ).margin == pytest.approx(6_000)


def test_own_leverage_below_tier_leverage_wins_per_tier() -> None:
    # EURUSD capped at 1:300 pays min(500, 300) in the first tier and 250 in the second.
    result = run(
        "account",
        [buy("EURUSD", 20, 1.0)],
        class_caps={"forex": 300},
    )
    assert result.margin == pytest.approx(1_000_000 / 300 + 1_000_000 / 250)


def test_hedged_volume_does_not_count() -> None:
    result = run("account", [buy("EURUSD", 25, 1.0), sell("EURUSD", 5, 1.0)], hedging="net")
    assert result.margin == pytest.approx(1_000_000 / 500 + 1_000_000 / 250)


def test_notional_volume_is_counted_in_scheme_currency() -> None:
    # EUR account, scheme in USD: 10 lots EURUSD at 1.2 = 1.2M USD -> 1M at 500 + 0.2M at 250,
    # i.e. 2,800 USD = 2,333.33 EUR.
    result = evaluate(
        scenario(
            currency="EUR",
            leverage="unlimited",
            scheme={"volume_tiers": TIERS},
            prices={"EURUSD": 1.2},
            positions=[buy("EURUSD", 10, 1.2)],
        )
    )
    assert result.margin == pytest.approx(2_800 / 1.2)


def test_volume_ladder_preset_from_seed_004() -> None:
    result = evaluate(
        scenario(
            scheme="volume-ladder-500",
            leverage="unlimited",
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 80, 1.0)],
        )
    )
    expected = 3_000_000 / 500 + 2_000_000 / 400 + 2_500_000 / 200 + 500_000 / 100
    assert result.margin == pytest.approx(expected)


# -- version 2: groups, volume counts, maps of ladders (docs/rules.md#instruments, docs/rules.md#volume-tiers) ---------------------

LADDER = [{"from": 0, "leverage": 500}, {"from": 1_000_000, "leverage": 100}]
UNIT_PRICES = {"EURUSD": 1.0, "GBPUSD": 1.0, "EURGBP": 1.0, "XAUUSD": 2_000.0}
BOOK = [buy("EURUSD", 8, 1.0), buy("GBPUSD", 4, 1.0), buy("EURGBP", 5, 1.0)]


def ladder_margin(scheme: dict[str, object], positions: list[dict[str, object]]) -> float:
    return evaluate(
        scenario(leverage=1000, scheme=scheme, prices=UNIT_PRICES, positions=positions)
    ).margin


def test_catalog_groups() -> None:
    instruments = scenario().instruments
    assert instruments["EURUSD"].group == "major"
    assert instruments["USDJPY"].group == "major"
    assert instruments["EURGBP"].group == "minor"
    assert instruments["XAUUSD"].group == "metal"
    assert instruments["US500"].group == "index"
    assert default_group("forex", "USD", "TRY") == "exotic"
    assert default_group("forex", "EUR", "ZAR") == "exotic"


def test_a_group_scope_counts_majors_and_minors_apart() -> None:
    # Majors 800k + 400k = 1.2M: 1M at 1:500 + 200k at 1:100 = 4,000; minors 500k at 1:500.
    assert ladder_margin({"volume_tiers": LADDER, "volume_scope": "group"}, BOOK) == pytest.approx(
        5_000
    )
    # Over the account: 1.7M: 2,000 + 7,000.
    assert ladder_margin({"volume_tiers": LADDER}, BOOK) == pytest.approx(9_000)


def test_a_scenario_may_move_an_instrument_to_another_group() -> None:
    margin = evaluate(
        scenario(
            leverage=1000,
            scheme={"volume_tiers": LADDER, "volume_scope": "group"},
            prices=UNIT_PRICES,
            positions=BOOK,
            instruments={"EURGBP": {"group": "major"}},
        )
    ).margin
    assert margin == pytest.approx(9_000)


@pytest.mark.parametrize(
    ("count", "margin"),
    [
        # Buy 8, sell 6, no hedging: margined and gross count 1.4M, larger_side 800k.
        ("margined", 2_000 + 4_000),
        ("gross", 2_000 + 4_000),
        ("larger_side", 1_400_000 / 500),
    ],
)
def test_volume_counts(count: str, margin: float) -> None:
    book = [buy("EURUSD", 8, 1.0), sell("EURUSD", 6, 1.0)]
    assert ladder_margin({"volume_tiers": LADDER, "volume_count": count}, book) == pytest.approx(
        margin
    )


def test_larger_side_counts_before_hedging_and_spreads_over_margined() -> None:
    # FxPro: larger_leg margins the buy side (800k); Q counts the larger side, 800k, too.
    # Gross would count 1.4M and blend the 800k at (2,000 + 4,000) / 1.4M.
    book = [buy("EURUSD", 8, 1.0), sell("EURUSD", 6, 1.0)]
    base = {"volume_tiers": LADDER, "hedging": "larger_leg"}
    assert ladder_margin({**base, "volume_count": "larger_side"}, book) == pytest.approx(1_600)
    assert ladder_margin({**base, "volume_count": "gross"}, book) == pytest.approx(
        800_000 * 6_000 / 1_400_000
    )


def test_a_map_of_ladders_by_group_with_no_other() -> None:
    # Majors 1.2M on the two-step ladder (4,000); minors 500k at 1:200 (2,500); gold takes no
    # ladder: 200,000 at the account's 1:1000 (200).
    scheme = {
        "volume_tiers": {"major": LADDER, "minor": [{"from": 0, "leverage": 200}]},
        "volume_scope": "group",
    }
    assert ladder_margin(scheme, [*BOOK, buy("XAUUSD", 1, 2_000.0)]) == pytest.approx(6_700)


def test_a_symbol_ladder_wins_over_its_group() -> None:
    scheme = {
        "volume_tiers": {"EURUSD": [{"from": 0, "leverage": 50}], "major": LADDER},
        "volume_scope": "symbol",
    }
    book = [buy("EURUSD", 1, 1.0), buy("GBPUSD", 1, 1.0)]
    assert ladder_margin(scheme, book) == pytest.approx(2_000 + 200)


def test_a_scope_with_two_ladders_is_an_input_error() -> None:
    scheme = {"volume_tiers": {"major": LADDER, "minor": [{"from": 0, "leverage": 200}]}}
    with pytest.raises(InputError) as error:
        ladder_margin(scheme, BOOK)
    (problem,) = error.value.problems
    assert problem.path == ("scheme", "volume_scope")
    assert "EURUSD the 'major' ladder, EURGBP the 'minor' ladder" in str(problem.message)
    assert "choose a finer volume_scope" in str(problem.message)


def test_per_group_ladder_thresholds_are_marked_per_scope() -> None:
    scheme = {
        "volume_tiers": {"major": LADDER, "minor": [{"from": 0, "leverage": 200}]},
        "volume_scope": "group",
    }
    result = evaluate(
        scenario(
            leverage=1000,
            scheme=scheme,
            prices={"EURUSD": 1.0},
            positions=[buy("EURUSD", 9, 1.0)],
        )
    )
    (rise,) = [w for w in result.tier_warnings if w.trigger == "price"]
    assert rise.price == pytest.approx(1_000_000 / 900_000)
    assert "major volume past 1,000,000.00 USD" in str(rise.message)
    assert "1:100 instead of 1:500" in str(rise.message)


def test_the_leverage_charged_blends_the_tiers_where_the_account_says_unlimited() -> None:
    # Issue: an unlimited account under a volume ladder read "unlimited" beside 6,000 of margin.
    # 15 lots EURUSD + 5 lots GBPUSD = 2,000,000 for 6,000: 1:333.33 on each (one account scope),
    # and on average.
    result = run("account", [buy("EURUSD", 15, 1.0), buy("GBPUSD", 5, 1.0)])
    assert result.effective_leverage == float("inf")
    assert [p.charged_leverage for p in result.positions] == pytest.approx([2_000 / 6, 2_000 / 6])
    assert result.charged_leverage == pytest.approx(2_000_000 / 6_000)
    assert str(result.charged_text) == "charged 1:333 on average"


def test_no_charged_text_where_the_positions_pay_the_accounts_leverage() -> None:
    # 5 lots: all in the first tier, charged 1:500, the account's selected 1:500.
    result = evaluate(
        scenario(
            scheme={"volume_tiers": TIERS},
            leverage=500,
            prices=PRICES,
            positions=[buy("EURUSD", 5, 1.0)],
        )
    )
    assert result.positions[0].charged_leverage == pytest.approx(500)
    assert result.charged_text is None


def test_a_symbol_scope_charges_each_symbol_its_own_blend() -> None:
    # EURUSD 1M/500 + 0.5M/250 = 4,000 on 1.5M: 1:375; GBPUSD 0.5M/500: 1:500;
    # together 2M for 5,000: 1:400.
    result = run("symbol", [buy("EURUSD", 15, 1.0), buy("GBPUSD", 5, 1.0)])
    assert [p.charged_leverage for p in result.positions] == pytest.approx([375, 500])
    assert result.charged_leverage == pytest.approx(400)
