"""Reading JSON values field by field, collecting every problem with its path (docs/scenario-files.md).

The scenario and preset readers use it so that one pass reports every bad
field at once: ``positions[2].lots: must be greater than 0``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from core.files.limits import MAX_MAGNITUDE
from core.formatting import format_amount
from core.messages import Message
from core.model.scheme import UNLIMITED
from core.problems import Problem, Where, join_path

CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")


class FieldReader:
    """Collects `Problem`s while values are read; each reader method returns None on a problem."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: Where, message: Message) -> None:
        self.problems.append(Problem(path, message))

    def object(
        self,
        value: Any,
        path: Where,
        allowed: Iterable[str],
        required: Iterable[str] = (),
    ) -> dict[str, Any] | None:
        """A JSON object with only ``allowed`` fields and all ``required`` ones."""
        if not isinstance(value, dict):
            self.fail(path, Message("must be an object, not {value}", value=describe(value)))
            return None
        allowed_set = set(allowed)
        for key in value:
            if key not in allowed_set:
                self.fail(
                    join_path(path, key),
                    Message(
                        "unknown field (allowed: {fields})", fields=", ".join(sorted(allowed_set))
                    ),
                )
        for key in required:
            if key not in value:
                self.fail(join_path(path, key), Message("required field is missing"))
        return value

    def number(
        self,
        value: Any,
        path: Where,
        *,
        greater_than: float | None = None,
        at_least: float | None = None,
        at_most: float = MAX_MAGNITUDE,
        integer: bool = False,
    ) -> float | None:
        """A finite JSON number within bounds (booleans and strings are not numbers)."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(path, Message("must be a number, not {value}", value=describe(value)))
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.fail(path, Message("must be a finite number"))
            return None
        if integer and not float(value).is_integer():
            self.fail(path, Message("must be a whole number"))
            return None
        if greater_than is not None and not value > greater_than:
            self.fail(
                path, Message("must be greater than {limit}", limit=format_amount(greater_than))
            )
            return None
        if at_least is not None and not value >= at_least:
            self.fail(path, Message("must be at least {limit}", limit=format_amount(at_least)))
            return None
        if abs(value) > at_most:
            self.fail(
                path, Message("must be at most {limit} in size", limit=format_amount(at_most))
            )
            return None
        return float(value)

    def text(self, value: Any, path: Where, choices: Iterable[str] | None = None) -> str | None:
        """A JSON string, one of ``choices`` when given."""
        if not isinstance(value, str):
            self.fail(path, Message("must be a string, not {value}", value=describe(value)))
            return None
        if choices is not None:
            options = list(choices)
            if value not in options:
                self.fail(
                    path,
                    Message(
                        "must be one of {choices}, not {value}",
                        choices=", ".join(options),
                        value=repr(value),
                    ),
                )
                return None
        return value

    def currency(self, value: Any, path: Where) -> str | None:
        code = self.text(value, path)
        if code is not None and not CURRENCY_CODE.match(code):
            self.fail(
                path,
                Message(
                    "must be a three-letter currency code such as USD, not {value}",
                    value=repr(code),
                ),
            )
            return None
        return code

    def boolean(self, value: Any, path: Where) -> bool | None:
        if not isinstance(value, bool):
            self.fail(path, Message("must be true or false, not {value}", value=describe(value)))
            return None
        return value

    def leverage(self, value: Any, path: Where) -> float | None:
        """A leverage: a number greater than 0, or ``"unlimited"`` (inf)."""
        if value == "unlimited":
            return UNLIMITED
        if isinstance(value, str):
            self.fail(
                path,
                Message(
                    'must be a number greater than 0 or "unlimited", not {value}', value=repr(value)
                ),
            )
            return None
        return self.number(value, path, greater_than=0)

    def string_list(self, value: Any, path: Where) -> tuple[str, ...] | None:
        if not isinstance(value, list):
            self.fail(
                path, Message("must be a list of strings, not {value}", value=describe(value))
            )
            return None
        items = [self.text(item, join_path(path, i)) for i, item in enumerate(value)]
        if any(item is None for item in items):
            return None
        return tuple(str(item) for item in items)


STRING_VALUE = Message('a string ("{text}")').key
"""How a string typed where something else belongs reads; the app shows the text as typed."""


def describe(value: Any) -> Message | str:
    """How a wrong JSON value reads in a message: ``a string ("abc")``, ``an array``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 20 else value[:17] + "..."
        return Message(STRING_VALUE, text=shown)
    if isinstance(value, int | float):
        return Message("the number {number}", number=f"{value:g}")
    if isinstance(value, list):
        return Message("an array")
    return Message("an object")


def leverage_field(value: float) -> float | str:
    """A leverage as the file writes it: a number or ``"unlimited"``."""
    return "unlimited" if math.isinf(value) else value
