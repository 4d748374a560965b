"""The import panel's headline (docs/statements.md, "Does it reproduce the statement?") and
finding the broker's rule again after the trader's changes."""

from __future__ import annotations

import copy
from typing import Any

from core.evaluate import evaluate
from core.files.scenario_reader import scenario_from_json
from core.overview.printed import compare_printed
from core.problems import InputError
from core.statements.importer import Imported, find_rule_again, import_statement, imported
from core.statements.reproduction import verdict
from core.statements.statement import Printed, Statement, StatementPosition
from tests.core.statement_files import mt5_rows, mt5_xlsx, read_statement_of


def headline(result: Imported, document: dict[str, Any] | None = None) -> tuple[str, str]:
    document = result.document if document is None else document
    try:
        scenario = scenario_from_json(copy.deepcopy(document))
    except InputError as error:
        said = verdict(result, document, None, error.problems)
    else:
        said = verdict(result, document, compare_printed(scenario, evaluate(scenario)))
    assert said is not None
    return said.state, str(said.headline)


def account(positions: list[StatementPosition], **printed: float) -> Statement:
    return read_statement_of(positions, leverage=100.0, **printed)


# Half a lot of EURCHF on a USD account at 1:100: 500 EUR of margin, printed as 562.03 USD
# (EURUSD 1.12406), which the statement's own EURCHF and implied USDCHF make 560.06.
EURCHF = StatementPosition("EURCHF", "EURCHF", "buy", 0.5, 1.11822, 1.1191, profit=44.04)  # type: ignore[arg-type]
LACKING = account([EURCHF], equity=10_044.04, margin=562.03, floating_pnl=44.04)


def test_a_statement_it_reproduces_says_so_with_its_figures() -> None:
    state, said = headline(import_statement(mt5_xlsx(mt5_rows()), "ReportHistory.xlsx"))
    assert state == "reproduced"
    assert said.startswith("Reproduced: margin and equity as the statement prints them (")


def test_open_positions_not_read_are_not_reproduced() -> None:
    nothing = Statement(**{**account([]).__dict__, "currency": "JPY"})
    nothing = Statement(**{**nothing.__dict__, "printed": Printed(balance=1e6, margin=6_857.0)})
    assert headline(imported(nothing, "ReportTrade.html")) == (
        "not",
        "Not reproduced: margin 0.00, statement 6,857.00 JPY: open positions not read",
    )


def test_a_margin_through_a_rate_the_file_lacks_names_it_in_the_headline() -> None:
    state, said = headline(imported(LACKING, "Statement.htm"))
    assert (state, said) == (
        "not",
        "Not reproduced: margin 560.06, statement 562.03 USD: the file does not print the "
        "broker's EURUSD",
    )


def test_a_scenario_that_cannot_be_computed_says_why() -> None:
    result = imported(LACKING, "Statement.htm")
    document = copy.deepcopy(result.document)
    del document["prices"]["USDCHF"]
    state, said = headline(result, document)
    assert state == "not"
    assert said.startswith("Not reproduced: fxmargin cannot compute the margin (no price")
    assert said.endswith("; the statement prints 562.03 USD")


def test_typing_a_missing_price_and_finding_the_rule_again_reproduces_it() -> None:
    # EURCHF has not moved, so nothing implies USDCHF: 279.775 CHF of margin at 1:200 is the
    # printed 281.18 USD at USDCHF 0.995, which the trader types.
    still = StatementPosition("EURCHF", "EURCHF", "buy", 0.5, 1.1191, 1.1191, profit=0.0)  # type: ignore[arg-type]
    s = account([still], equity=10_000.0, margin=281.18, floating_pnl=0.0)
    result = imported(Statement(**{**s.__dict__, "leverage": None}), "Statement.htm")
    assert any("no price for USDCHF" in str(note) for note in result.notes)
    state, said = headline(result)
    assert state == "not"
    assert said.startswith("Not reproduced: fxmargin cannot compute the margin (")
    document = copy.deepcopy(result.document)
    document["prices"]["USDCHF"] = 0.995
    state, said = headline(result, document)
    assert said.endswith("the scenario changed since the import: find the broker's rule again")
    again = find_rule_again(result, document)
    assert again.document["prices"]["USDCHF"] == 0.995
    assert again.document["account"]["leverage"] == 200
    assert "1:200; margin at the current price reproduces the printed margin 281.18" in again.notes
    assert not any("no price" in str(note) for note in again.notes)
    assert headline(again)[0] == "reproduced"


def test_a_typed_leverage_is_kept_and_a_picked_preset_is_searched_under() -> None:
    result = imported(Statement(**{**LACKING.__dict__, "leverage": None}), "Statement.htm")
    document = copy.deepcopy(result.document)
    document["account"]["leverage"] = 200
    again = find_rule_again(result, document)
    assert again.document["account"]["leverage"] == 200
    assert "leverage 1:200 as given" in again.notes
    document["account"]["leverage"] = result.document["account"]["leverage"]
    document["scheme"] = "fixed-30"
    again = find_rule_again(result, document)
    assert any("with the fixed-30 preset" in str(note) for note in again.notes)


def test_an_unchanged_scenario_finds_the_same_rule_again() -> None:
    result = import_statement(mt5_xlsx(mt5_rows()), "ReportHistory.xlsx")
    again = find_rule_again(result, result.document)
    assert again.document == result.document
    assert again.notes == result.notes
