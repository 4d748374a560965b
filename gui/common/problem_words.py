"""Input problems in the trader's words: which field of the window, and what to do.

The core names a field by its path in the scenario file (``("positions", 0, "lots")``, written
``positions[0].lots`` on the command line), and the problems the app treats apart by their
kind. In the window the same problem says where the field is
("Positions, row 1, Lots") and, for the common ones, what to type and where; all of it in
the app's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.files.file_fields import STRING_VALUE
from core.files.scenario_fields import ACCOUNT, POSITION
from core.messages import Message
from core.problems import MISSING_PRICE, NO_CONVERSION, FieldPath, Problem, path_text
from gui.i18n import say

CONTEXT = "ProblemWords"
ACCOUNT_FIELDS = {field.key: field.label for field in ACCOUNT}
POSITION_FIELDS = {field.key: field.label for field in POSITION}


def field_place(path: FieldPath) -> str:
    """Where a scenario-file path is in the window."""
    head, rest = (path[0], path[1:]) if path else ("", ())
    if head == "account" and rest:
        key = str(rest[0])
        return (
            say(ACCOUNT_FIELDS[key])
            if key in ACCOUNT_FIELDS
            else key.replace("_", " ").capitalize()
        )
    if head == "positions" and rest and isinstance(rest[0], int):
        place = QCoreApplication.translate("ProblemWords", "Positions, row {row}").format(
            row=rest[0] + 1
        )
        if len(rest) < 2:
            return place
        key = str(rest[1])
        return f"{place}, {say(POSITION_FIELDS[key]) if key in POSITION_FIELDS else key}"
    if head == "prices" and rest:
        place = QCoreApplication.translate("ProblemWords", "Market prices, {symbol}")
        return place.format(symbol=rest[0]) + (f" {rest[1]}" if len(rest) > 1 else "")
    if head == "scheme":
        return QCoreApplication.translate("ProblemWords", "Broker scheme (Scheme > Edit…)")
    if str(head).startswith("order"):
        return QCoreApplication.translate("ProblemWords", "New order")
    if head == "instruments" and rest:
        return QCoreApplication.translate("ProblemWords", "Instrument {symbol} in the file").format(
            symbol=rest[0]
        )
    return path_text(path) or QCoreApplication.translate("ProblemWords", "The scenario")


def problem_words(problem: Problem) -> str:
    """One problem as the window says it."""
    message = problem.message
    values = message.values
    if problem.kind == MISSING_PRICE:
        return QCoreApplication.translate(
            "ProblemWords", "Type {symbol}'s price in Market prices."
        ).format(symbol=values["symbol"])
    if problem.kind == NO_CONVERSION:
        return QCoreApplication.translate(
            "ProblemWords",
            "{source} amounts cannot be turned into {target} yet: type a price for {pair} "
            "in Market prices.",
        ).format(source=values["source"], target=values["target"], pair=values["pair"])
    # What was typed, as typed: "abc" rather than a string ("abc"); an empty field is empty.
    shown = {
        name: f'"{value.values["text"]}"'
        if isinstance(value, Message) and value.key == STRING_VALUE
        else QCoreApplication.translate("ProblemWords", "empty")
        if value == "null"
        else value
        for name, value in values.items()
    }
    return f"{field_place(problem.path)}: {say(Message(message.key, **shown))}"
