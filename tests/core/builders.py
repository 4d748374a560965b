"""Scenarios for tests, built as scenario-file documents so they pass the real validator."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from core.files.scenario_reader import scenario_from_json
from core.model.scenario import Scenario
from core.problems import InputError

Cli = Callable[..., tuple[int, str, str]]
"""The ``cli`` fixture: ``cli("compute", path)`` runs the command line in the test and gives
(status, stdout, stderr)."""


def doc(
    *,
    balance: float = 10_000,
    currency: str = "USD",
    leverage: float | str = 500,
    scheme: str | dict[str, Any] | None = None,
    prices: dict[str, Any] | None = None,
    positions: list[dict[str, Any]] | None = None,
    account: dict[str, Any] | None = None,
    **top: Any,
) -> dict[str, Any]:
    """A version-1 scenario document (version 2 fields may be added); ``account`` adds or
    replaces account fields."""
    result: dict[str, Any] = {
        "format": "fxmargin-scenario",
        "version": 1,
        "account": {
            "currency": currency,
            "balance": balance,
            "leverage": leverage,
            **(account or {}),
        },
        "scheme": {} if scheme is None else scheme,
        "prices": prices if prices is not None else {"EURUSD": 1.1},
        "positions": positions or [],
    }
    result.update(top)
    return copy.deepcopy(result)


def scenario(**kwargs: Any) -> Scenario:
    """A validated Scenario from `doc`'s arguments."""
    return scenario_from_json(doc(**kwargs))


def buy(symbol: str, lots: float, open_price: float, **extra: Any) -> dict[str, Any]:
    return {"symbol": symbol, "side": "buy", "lots": lots, "open_price": open_price, **extra}


def sell(symbol: str, lots: float, open_price: float, **extra: Any) -> dict[str, Any]:
    return {"symbol": symbol, "side": "sell", "lots": lots, "open_price": open_price, **extra}


def problems_of(document: object) -> list[str]:
    """The problems a document is refused with, each as "path: message"."""
    with pytest.raises(InputError) as error:
        scenario_from_json(document)
    return [str(p) for p in error.value.problems]
