"""Input problems in the trader's words: which field of the window, and what to do.

The core names a field by its path in the scenario file (``positions[0].lots``), which is
right for the command line. In the window the same problem says where the field is
("Positions, row 1, Lots") and, for the common ones, what to type and where; all of it in
the app's language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from core.files.scenario_file import MISSING_PRICE
from core.messages import Message
from core.model.conversion import NO_CONVERSION
from core.problems import Problem
from gui.i18n import QT_TRANSLATE_NOOP, say

CONTEXT = "ProblemWords"
ACCOUNT_FIELDS = {
    "balance": QT_TRANSLATE_NOOP("ProblemWords", "Balance"),
    "credit": QT_TRANSLATE_NOOP("ProblemWords", "Credit"),
    "currency": QT_TRANSLATE_NOOP("ProblemWords", "Currency"),
    "leverage": QT_TRANSLATE_NOOP("ProblemWords", "Leverage"),
    "type": QT_TRANSLATE_NOOP("ProblemWords", "Account type"),
    "platform": QT_TRANSLATE_NOOP("ProblemWords", "Platform"),
    "closed_trades": QT_TRANSLATE_NOOP("ProblemWords", "Closed trades"),
    "closed_lots": QT_TRANSLATE_NOOP("ProblemWords", "Closed lots"),
    "margin_call_level": QT_TRANSLATE_NOOP("ProblemWords", "Margin call"),
    "stop_out_level": QT_TRANSLATE_NOOP("ProblemWords", "Stop out"),
    "levels_in": QT_TRANSLATE_NOOP("ProblemWords", "Levels in"),
}
POSITION_FIELDS = {
    "symbol": QT_TRANSLATE_NOOP("ProblemWords", "Symbol"),
    "side": QT_TRANSLATE_NOOP("ProblemWords", "Side"),
    "lots": QT_TRANSLATE_NOOP("ProblemWords", "Lots"),
    "open_price": QT_TRANSLATE_NOOP("ProblemWords", "Open"),
    "swap": QT_TRANSLATE_NOOP("ProblemWords", "Swap"),
    "commission": QT_TRANSLATE_NOOP("ProblemWords", "Comm."),
    "opened_leverage": QT_TRANSLATE_NOOP("ProblemWords", "Opened at leverage"),
    "restricted": QT_TRANSLATE_NOOP("ProblemWords", "Restr."),
}
POSITION = re.compile(r"^positions\[(\d+)\](?:\.(\w+))?")
PRICE = re.compile(r"^prices\.([^.]+)(?:\.(bid|ask))?$")
STRING_VALUE = 'a string ("{text}")'


def translated(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def field_place(path: str) -> str:
    """Where a scenario-file path is in the window."""
    if path.startswith("account."):
        key = path.split(".", 1)[1]
        return (
            translated(ACCOUNT_FIELDS[key])
            if key in ACCOUNT_FIELDS
            else key.replace("_", " ").capitalize()
        )
    if match := POSITION.match(path):
        row, key = int(match.group(1)) + 1, match.group(2)
        place = QCoreApplication.translate("ProblemWords", "Positions, row {row}").format(row=row)
        if not key:
            return place
        return f"{place}, {translated(POSITION_FIELDS[key]) if key in POSITION_FIELDS else key}"
    if match := PRICE.match(path):
        symbol, side = match.groups()
        place = QCoreApplication.translate("ProblemWords", "Market prices, {symbol}")
        return place.format(symbol=symbol) + (f" {side}" if side else "")
    if path.startswith("scheme"):
        return QCoreApplication.translate("ProblemWords", "Broker scheme (Scheme > Edit…)")
    if path.startswith("order"):
        return QCoreApplication.translate("ProblemWords", "New order")
    if path.startswith("instruments."):
        return QCoreApplication.translate("ProblemWords", "Instrument {symbol} in the file").format(
            symbol=path.split(".", 2)[1]
        )
    return path or QCoreApplication.translate("ProblemWords", "The scenario")


def problem_words(problem: Problem) -> str:
    """One problem as the window says it."""
    message = problem.message
    values = message.values
    if message.key == MISSING_PRICE:
        return QCoreApplication.translate(
            "ProblemWords", "Type {symbol}'s price in Market prices."
        ).format(symbol=values["symbol"])
    if message.key == NO_CONVERSION:
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
