"""Numbers in the trader's locale: shown with its separators, typed with its decimal
separator or the dot."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gui.common.number_text import number_text, parse_number
from gui.i18n import local_numbers
from gui.main_window import MainWindow

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


@pytest.fixture
def german() -> Iterator[None]:
    """The app's default locale German for one test (the system's again after it)."""
    before = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("1,234.50 USD", "1.234,50 USD"),
        ("-96.00 USD (1.08478, -0.02%)", "-96,00 USD (1,08478, -0,02%)"),
        ("4,336,280.00", "4.336.280,00"),
        ("1:500 (tier 2)", "1:500 (tier 2)"),  # a leverage, not a number with a point
        ("2024.03.05 10:00", "2024.03.05 10:00"),  # a statement's date stays as written
        ("Qt 6.12.0", "Qt 6.12.0"),  # a version
        ("EURUSD 20 pips", "EURUSD 20 pips"),
    ],
)
def test_the_cores_numbers_are_shown_with_the_locales_separators(text: str, shown: str) -> None:
    assert local_numbers(text, GERMAN) == shown
    assert local_numbers(text, QLocale(QLocale.Language.English)) == text


def test_french_groups_with_its_own_space() -> None:
    group = FRENCH.groupSeparator()
    assert local_numbers("1,234.50 EUR", FRENCH) == f"1{group}234,50 EUR"


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1234,5", 1234.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),  # the dot is a decimal point in every locale
        ("0.5", 0.5),
        ("0,01", 0.01),
        ("2.000.000", 2_000_000),  # a mark written twice separates thousands
        ("1 234,5", 1234.5),
        ("12", 12),
        ("abc", "abc"),
        ("", None),
    ],
)
def test_a_german_trader_types_numbers_either_way(typed: str, value: object) -> None:
    assert parse_number(typed) == value


@pytest.mark.usefixtures("german")
def test_fields_show_the_locales_decimal_separator() -> None:
    assert number_text(0.5) == "0,5"
    assert number_text(1500) == "1500"
    assert parse_number(number_text(1.0855)) == 1.0855


def test_english_typing_is_as_before() -> None:
    assert parse_number("1,234.5") == 1234.5
    assert parse_number("0.5") == 0.5


@pytest.mark.usefixtures("german")
def test_the_window_shows_and_takes_german_numbers(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Closing the edited window asks whether to save; the answer is: discard.
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Discard)
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.controller.dashboard is not None)
    balance = window.results.values["balance"]
    qtbot.waitUntil(lambda: balance.text().endswith(" USD"))
    amount = balance.text().split()[0]
    assert "," in amount  # 900,00
    assert amount.endswith(",00")
    field = window.account_form.balance
    field.clear()
    qtbot.keyClicks(field, "1.234,56")
    qtbot.waitUntil(lambda: window.controller.value(("account", "balance")) == 1234.56)
    qtbot.waitUntil(lambda: balance.text().startswith("1.234,56"))


def test_in_a_right_to_left_window_numbers_keep_their_sign_on_the_left() -> None:
    english = QLocale(QLocale.Language.English)
    shown = local_numbers("equity -96.00 USD (-0.02%)", english, right_to_left=True)
    assert shown == "equity \u2066-96.00\u2069 USD (\u2066-0.02%\u2069)"
    assert local_numbers("1:500", english, right_to_left=True) == "1:500"
