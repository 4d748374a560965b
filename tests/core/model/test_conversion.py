"""docs/rules.md#prices-and-conversion: rates directly, inverted, through chains, US cents, and missing chains."""

import pytest

from core.model.conversion import ConversionError, find_chain
from core.model.instruments import catalog

PRICES = {"EURUSD": 1.08, "USDJPY": 150.0, "GBPUSD": 1.25, "XAUUSD": 2000.0, "US500": 5000.0}


def rate(source: str, target: str, prices: dict[str, float] = PRICES) -> float:
    return find_chain(source, target, prices, catalog()).rate(prices)


def test_same_currency_is_one() -> None:
    assert rate("USD", "USD") == 1.0


def test_direct_and_inverse_price() -> None:
    assert rate("EUR", "USD") == pytest.approx(1.08)
    assert rate("USD", "EUR") == pytest.approx(1 / 1.08)


def test_chain_through_usd() -> None:
    assert rate("EUR", "JPY") == pytest.approx(1.08 * 150.0)
    assert rate("JPY", "GBP") == pytest.approx(1 / 150.0 / 1.25)


def test_metal_prices_convert_too() -> None:
    assert rate("XAU", "EUR") == pytest.approx(2000.0 / 1.08)


def test_us_cents_are_hundredths_of_a_dollar() -> None:
    assert rate("USC", "USD") == pytest.approx(0.01)
    assert rate("EUR", "USC") == pytest.approx(108.0)


def test_index_prices_do_not_convert_currencies() -> None:
    with pytest.raises(ConversionError):
        find_chain("US500", "USD", PRICES, catalog())


def test_missing_chain_names_both_currencies_and_a_pair() -> None:
    with pytest.raises(ConversionError) as error:
        find_chain("CHF", "USD", PRICES, catalog())
    message = str(error.value)
    assert "CHF" in message
    assert "USD" in message
    assert "USDCHF" in message


def test_shortest_chain_is_chosen_and_independent_of_price_order() -> None:
    prices = {"USDJPY": 150.0, "EURJPY": 162.0, "EURUSD": 1.08}
    chain = find_chain("JPY", "EUR", prices, catalog())
    assert chain.steps == (("EURJPY", -1),)
    reordered = dict(reversed(list(prices.items())))
    assert find_chain("JPY", "EUR", reordered, catalog()) == chain


def test_chain_exponent_and_rate_without_recombine() -> None:
    chain = find_chain("JPY", "GBP", PRICES, catalog())
    assert chain.exponent_of("USDJPY") == -1
    assert chain.rate_without({"USDJPY"}, PRICES) * PRICES["USDJPY"] ** -1 == pytest.approx(
        chain.rate(PRICES)
    )
