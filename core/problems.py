"""Input problems: every bad value is reported with the path of the field that holds it."""

from __future__ import annotations

from dataclasses import dataclass

from core.messages import Message

PathKey = str | int
FieldPath = tuple[PathKey, ...]
"""Where a field is: ``("positions", 1, "lots")``; a symbol with a dot in it stays one key."""
Where = FieldPath | str
"""A field's path, or one place named by a string (a file, ``--points``, ``scenario``)."""


def path_text(path: FieldPath) -> str:
    """A path as the command line writes it: ``positions[1].lots``, ``prices.EURUSD``."""
    text = ""
    for key in path:
        if isinstance(key, int):
            text += f"[{key}]"
        else:
            text = f"{text}.{key}" if text else key
    return text


@dataclass(frozen=True)
class Problem:
    """One bad input value: `path` is where the field is (a tuple of keys; a plain string is
    one place, such as a file name or ``--points``); `message` says what is wrong, in English
    by ``str`` and in the trader's language where it is shown; `kind` is a stable code for the
    problems the app treats apart (`MISSING_PRICE`, `NO_CONVERSION`), empty for the others."""

    path: FieldPath
    message: Message
    kind: str = ""

    def __init__(self, path: Where, message: Message, kind: str = "") -> None:
        place = ((path,) if path else ()) if isinstance(path, str) else tuple(path)
        object.__setattr__(self, "path", place)
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "kind", kind)

    @property
    def where(self) -> str:
        """The path as text: ``positions[1].lots``."""
        return path_text(self.path)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.path else str(self.message)


MISSING_PRICE = "missing_price"
"""The kind of a problem that a position's symbol has no price."""
NO_CONVERSION = "no_conversion"
"""The kind of a problem that no price converts a currency the account needs."""


class InputError(ValueError):
    """Raised when input is invalid; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def join_path(parent: Where, key: PathKey) -> FieldPath:
    """The path of a child field: ``("account",)`` + ``balance`` -> ``("account", "balance")``."""
    start = ((parent,) if parent else ()) if isinstance(parent, str) else parent
    return (*start, key)
