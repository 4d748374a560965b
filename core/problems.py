"""Input problems: every bad value is reported with the path of the field that holds it."""

from __future__ import annotations

from dataclasses import dataclass

from core.messages import Message


@dataclass(frozen=True)
class Problem:
    """One bad input value: `path` names the field (``positions[1].lots``); `message` says what
    is wrong, in English by ``str`` and in the trader's language where it is shown."""

    path: str
    message: Message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else str(self.message)


class InputError(ValueError):
    """Raised when input is invalid; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def join_path(parent: str, key: str | int) -> str:
    """The path of a child field: ``account`` + ``balance`` -> ``account.balance``."""
    if isinstance(key, int):
        return f"{parent}[{key}]"
    return f"{parent}.{key}" if parent else key
