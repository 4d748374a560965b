"""Instruments and the shipped catalog (SPEC 2)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Literal, cast

from core.resource_path import resources_dir

InstrumentClass = Literal["forex", "metal", "crypto", "index", "stock", "energy"]
INSTRUMENT_CLASSES: tuple[InstrumentClass, ...] = (
    "forex",
    "metal",
    "crypto",
    "index",
    "stock",
    "energy",
)
# Classes whose prices convert currencies (SPEC 3, rule 2).
CONVERTING_CLASSES: frozenset[str] = frozenset({"forex", "metal", "crypto"})


@dataclass(frozen=True)
class Instrument:
    """A tradable symbol: 1 lot is ``contract_size`` units of ``base``, priced in ``quote``.

    ``max_leverage`` caps the leverage of its positions; ``margin_rate`` fixes
    margin at notional x rate whatever the leverage (SPEC 2, 6.2).
    """

    symbol: str
    instrument_class: InstrumentClass
    base: str
    quote: str
    contract_size: float
    pip_size: float
    max_leverage: float | None = None
    margin_rate: float | None = None


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
