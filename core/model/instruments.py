"""Instruments and the shipped catalog (docs/rules.md#instruments)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Literal, cast

from core.resources import resources_dir

InstrumentClass = Literal["forex", "metal", "crypto", "index", "stock", "energy"]
INSTRUMENT_CLASSES: tuple[InstrumentClass, ...] = (
    "forex",
    "metal",
    "crypto",
    "index",
    "stock",
    "energy",
)
# Classes whose prices convert currencies (docs/rules.md#prices-and-conversion, rule 2).
CONVERTING_CLASSES: frozenset[str] = frozenset({"forex", "metal", "crypto"})

# docs/rules.md#instruments: the seven USD majors; crosses of these eight currencies are minors, the rest exotic.
MAJOR_PAIRS: frozenset[str] = frozenset(
    {"EURUSD", "GBPUSD", "USDJPY", "USDCHF", "AUDUSD", "NZDUSD", "USDCAD"}
)
MINOR_CURRENCIES: frozenset[str] = frozenset(
    {"USD", "EUR", "GBP", "JPY", "CHF", "AUD", "NZD", "CAD"}
)
FOREX_GROUPS: tuple[str, ...] = ("major", "minor", "exotic")


def default_group(instrument_class: str, base: str, quote: str) -> str:
    """An instrument's group when its entry sets none (docs/rules.md#instruments): forex ``major``, ``minor`` or
    ``exotic`` by its currencies, any other class its class's name."""
    if instrument_class != "forex":
        return instrument_class
    if base + quote in MAJOR_PAIRS:
        return "major"
    if base in MINOR_CURRENCIES and quote in MINOR_CURRENCIES:
        return "minor"
    return "exotic"


@dataclass(frozen=True)
class Instrument:
    """A tradable symbol: 1 lot is ``contract_size`` units of ``base``, priced in ``quote``.

    ``max_leverage`` caps the leverage of its positions; ``margin_rate`` fixes
    margin at notional x rate whatever the leverage; ``margin_multiplier`` (MetaTrader 5's
    "margin rate") multiplies the margin the rules give; ``group`` is the unit per-group
    ladders count over (docs/rules.md#instruments, docs/rules.md#each-positions-leverage, docs/rules.md#volume-tiers).
    """

    symbol: str
    instrument_class: InstrumentClass
    base: str
    quote: str
    contract_size: float
    pip_size: float
    max_leverage: float | None = None
    margin_rate: float | None = None
    margin_multiplier: float = 1.0
    group: str = ""

    def __post_init__(self) -> None:
        if not self.group:
            group = default_group(self.instrument_class, self.base, self.quote)
            object.__setattr__(self, "group", group)


def instrument_from_fields(symbol: str, fields: dict[str, object]) -> Instrument:
    """Build an instrument from already validated file fields."""
    return Instrument(
        symbol=symbol,
        instrument_class=cast(InstrumentClass, fields["class"]),
        base=str(fields["base"]),
        quote=str(fields["quote"]),
        contract_size=float(cast(float, fields["contract_size"])),
        pip_size=float(cast(float, fields["pip_size"])),
        max_leverage=_optional_float(fields.get("max_leverage")),
        margin_rate=_optional_float(fields.get("margin_rate")),
        margin_multiplier=float(cast(float, fields.get("margin_multiplier", 1.0))),
        group=str(fields.get("group", "")),
    )


def instrument_fields(instrument: Instrument) -> dict[str, object]:
    """The file fields of an instrument (inverse of `instrument_from_fields`)."""
    fields: dict[str, object] = {
        "class": instrument.instrument_class,
        "base": instrument.base,
        "quote": instrument.quote,
        "contract_size": instrument.contract_size,
        "pip_size": instrument.pip_size,
    }
    if instrument.max_leverage is not None:
        fields["max_leverage"] = instrument.max_leverage
    if instrument.margin_rate is not None:
        fields["margin_rate"] = instrument.margin_rate
    if instrument.margin_multiplier != 1.0:
        fields["margin_multiplier"] = instrument.margin_multiplier
    # Only a group of its own: a derived one follows the class and currencies when they change.
    if instrument.group != default_group(
        instrument.instrument_class, instrument.base, instrument.quote
    ):
        fields["group"] = instrument.group
    return fields


def _optional_float(value: object) -> float | None:
    return None if value is None else float(cast(float, value))


@cache
def catalog() -> MappingProxyType[str, Instrument]:
    """The shipped instrument catalog, ``resources/instruments.json``, by symbol."""
    with (resources_dir() / "instruments.json").open(encoding="utf-8") as f:
        doc = json.load(f)
    return MappingProxyType(
        {
            symbol: instrument_from_fields(symbol, fields)
            for symbol, fields in doc["instruments"].items()
        }
    )
