"""Schemes as JSON objects: the presets in ``resources/presets/`` and inline schemes (docs/scenario-files.md)."""

from __future__ import annotations

import json
import re
from functools import cache
from types import MappingProxyType
from typing import Any, cast

from core.files.file_fields import FieldReader, describe, leverage_field
from core.messages import Message
from core.model.instruments import INSTRUMENT_CLASSES
from core.model.scheme import (
    OTHER,
    Hedging,
    HedgingMode,
    HedgingRule,
    Ladder,
    MarginLevels,
    Scheme,
    Tier,
    UnlimitedRules,
    VolumeTiers,
)
from core.problems import InputError, Where, join_path
from core.resources import resources_dir

HEDGING_MODES: tuple[HedgingMode, ...] = ("none", "net", "larger_leg")
SYMBOL_KEY = re.compile(r"^[A-Z0-9][A-Z0-9._#@-]*$")

SCHEME_FIELDS = (
    "name",
    "description",
    "source",
    "checked",
    "currency",
    "margin_price",
    "equity_tiers",
    "apply_to",
    "volume_tiers",
    "volume_unit",
    "volume_scope",
    "volume_count",
    "hedging",
    "class_caps",
    "unlimited",
    "restricted_cap",
    "margin_levels",
)
UNLIMITED_FIELDS = (
    "account_types",
    "platforms",
    "max_equity",
    "min_closed_trades",
    "min_closed_lots",
    "fallback",
)


def read_tiers(reader: FieldReader, value: Any, path: Where) -> tuple[Tier, ...] | None:
    """Tiers ``[{from, leverage}, ...]``: start at 0, strictly increasing, leverage > 0 (docs/rules.md#volume-tiers)."""
    if not isinstance(value, list):
        reader.fail(
            path, Message('must be a list of tiers such as [{{"from": 0, "leverage": 500}}]')
        )
        return None
    if not value:
        return ()
    tiers: list[Tier] = []
    ok = True
    for i, item in enumerate(value):
        item_path = join_path(path, i)
        fields = reader.object(item, item_path, ("from", "leverage"), ("from", "leverage"))
        if fields is None or "from" not in fields or "leverage" not in fields:
            ok = False
            continue
        start = reader.number(fields["from"], join_path(item_path, "from"), at_least=0)
        leverage = reader.leverage(fields["leverage"], join_path(item_path, "leverage"))
        if start is None or leverage is None:
            ok = False
            continue
        if i == 0 and start != 0:
            reader.fail(join_path(item_path, "from"), Message("the first tier must start at 0"))
            ok = False
        if tiers and start <= tiers[-1].start:
            reader.fail(join_path(item_path, "from"), Message("tiers must strictly increase"))
            ok = False
        tiers.append(Tier(start, leverage))
    return tuple(tiers) if ok else None


def read_scheme(reader: FieldReader, value: Any, path: Where) -> Scheme | None:
    """A scheme object, every field optional with docs/scenario-files.md's defaults."""
    fields = reader.object(value, path, SCHEME_FIELDS)
    if fields is None:
        return None
    before = len(reader.problems)
    kwargs: dict[str, Any] = {}
    for key in ("name", "description", "source", "checked"):
        if key in fields:
            kwargs[key] = reader.text(fields[key], join_path(path, key))
    if "currency" in fields:
        kwargs["currency"] = reader.currency(fields["currency"], join_path(path, "currency"))
    if "equity_tiers" in fields:
        kwargs["equity_tiers"] = read_tiers(
            reader, fields["equity_tiers"], join_path(path, "equity_tiers")
        )
    if "volume_tiers" in fields:
        kwargs["volume_tiers"] = _read_ladders(
            reader, fields["volume_tiers"], join_path(path, "volume_tiers")
        )
    for key, choices in (
        ("margin_price", ("current", "open")),
        ("apply_to", ("all", "new")),
        ("volume_unit", ("notional", "lots")),
        ("volume_scope", ("account", "group", "class", "symbol")),
        ("volume_count", ("margined", "larger_side", "gross")),
    ):
        if key in fields:
            kwargs[key] = reader.text(fields[key], join_path(path, key), choices)
    if "hedging" in fields:
        kwargs["hedging"] = _read_hedging(reader, fields["hedging"], join_path(path, "hedging"))
    if "class_caps" in fields:
        kwargs["class_caps"] = _read_caps(
            reader, fields["class_caps"], join_path(path, "class_caps"), symbols=True
        )
    if "restricted_cap" in fields:
        cap_path = join_path(path, "restricted_cap")
        raw = fields["restricted_cap"]
        if isinstance(raw, dict):
            kwargs["restricted_cap"] = _read_caps(reader, raw, cap_path, symbols=True)
        else:
            kwargs["restricted_cap"] = reader.leverage(raw, cap_path)
    if "unlimited" in fields:
        kwargs["unlimited"] = _read_unlimited(
            reader, fields["unlimited"], join_path(path, "unlimited")
        )
    if "margin_levels" in fields:
        kwargs["margin_levels"] = _read_levels(
            reader, fields["margin_levels"], join_path(path, "margin_levels")
        )
    if len(reader.problems) > before:
        return None
    return Scheme(**kwargs)


def _read_ladders(reader: FieldReader, value: Any, path: Where) -> VolumeTiers | None:
    """One ladder, or a map symbol / group / class / ``other`` -> ladder (docs/rules.md#volume-tiers)."""
    if not isinstance(value, dict):
        return read_tiers(reader, value, path)
    ladders = []
    for key, raw in value.items():
        ladder = read_tiers(reader, raw, join_path(path, key))
        if ladder is not None:
            ladders.append((key, ladder))
    return tuple(ladders)


def _read_hedging_rule(reader: FieldReader, value: Any, path: Where) -> HedgingRule | None:
    if isinstance(value, str):
        rule = reader.text(value, path, HEDGING_MODES)
        return None if rule is None else cast(HedgingMode, rule)
    if isinstance(value, int | float) and not isinstance(value, bool):
        share = reader.number(value, path)
        if share is not None and not 0 <= share <= 1:
            reader.fail(
                path, Message("must be between 0 and 1 (the share of hedged volume margined)")
            )
            return None
        return share
    reader.fail(
        path,
        Message(
            "must be one of {modes}, a share between 0 and 1, or a map of classes to those, "
            "not {value}",
            modes=", ".join(HEDGING_MODES),
            value=describe(value),
        ),
    )
    return None


def _read_hedging(reader: FieldReader, value: Any, path: Where) -> Hedging | None:
    """``none``, ``net``, ``larger_leg``, a share h in [0, 1], or a map class -> one of those
    with ``other`` for the rest (docs/rules.md#hedging)."""
    if not isinstance(value, dict):
        return _read_hedging_rule(reader, value, path)
    rules: list[tuple[str, HedgingRule]] = []
    for key, raw in value.items():
        if key not in (*INSTRUMENT_CLASSES, OTHER):
            reader.fail(
                join_path(path, key),
                Message(
                    "unknown instrument class (one of {classes})",
                    classes=", ".join((*INSTRUMENT_CLASSES, OTHER)),
                ),
            )
            continue
        rule = _read_hedging_rule(reader, raw, join_path(path, key))
        if rule is not None:
            rules.append((key, rule))
    return tuple(rules)


def _read_caps(
    reader: FieldReader, value: Any, path: Where, *, symbols: bool
) -> tuple[tuple[str, float], ...] | None:
    """A map class -> leverage; with ``symbols`` single symbols too (XAGUSD: 100), written in
    upper case, so that a misspelt class ("metals") is an error rather than a cap on nothing."""
    if not isinstance(value, dict):
        reader.fail(path, Message("must be an object mapping instrument classes to leverage"))
        return None
    caps: list[tuple[str, float]] = []
    for key, raw in value.items():
        if key not in INSTRUMENT_CLASSES and not (symbols and SYMBOL_KEY.match(key)):
            reader.fail(
                join_path(path, key),
                Message(
                    "unknown instrument class (one of {classes}) or symbol (upper case, as XAGUSD)",
                    classes=", ".join(INSTRUMENT_CLASSES),
                )
                if symbols
                else Message(
                    "unknown instrument class (one of {classes})",
                    classes=", ".join(INSTRUMENT_CLASSES),
                ),
            )
            continue
        leverage = reader.leverage(raw, join_path(path, key))
        if leverage is not None:
            caps.append((key, leverage))
    return tuple(caps)


def _read_unlimited(reader: FieldReader, value: Any, path: Where) -> UnlimitedRules | None:
    fields = reader.object(value, path, UNLIMITED_FIELDS, ("fallback",))
    if fields is None or "fallback" not in fields:
        return None
    kwargs: dict[str, Any] = {}
    for key in ("account_types", "platforms"):
        if key in fields:
            kwargs[key] = reader.string_list(fields[key], join_path(path, key))
    if "max_equity" in fields:
        kwargs["max_equity"] = reader.number(
            fields["max_equity"], join_path(path, "max_equity"), greater_than=0
        )
    if "min_closed_trades" in fields:
        trades = reader.number(
            fields["min_closed_trades"],
            join_path(path, "min_closed_trades"),
            at_least=0,
            integer=True,
        )
        kwargs["min_closed_trades"] = None if trades is None else int(trades)
    if "min_closed_lots" in fields:
        kwargs["min_closed_lots"] = reader.number(
            fields["min_closed_lots"], join_path(path, "min_closed_lots"), at_least=0
        )
    fallback = reader.number(fields["fallback"], join_path(path, "fallback"), greater_than=0)
    if fallback is None:
        return None
    return UnlimitedRules(fallback=fallback, **kwargs)


def _read_levels(
    reader: FieldReader, value: Any, path: Where
) -> tuple[tuple[str, MarginLevels], ...] | None:
    if not isinstance(value, dict):
        reader.fail(
            path, Message("must be an object mapping account types to {{margin_call, stop_out}}")
        )
        return None
    levels = []
    for account_type, raw in value.items():
        entry_path = join_path(path, account_type)
        fields = reader.object(
            raw, entry_path, ("margin_call", "stop_out"), ("margin_call", "stop_out")
        )
        if fields is None or "margin_call" not in fields or "stop_out" not in fields:
            continue
        call = reader.number(
            fields["margin_call"], join_path(entry_path, "margin_call"), at_least=0
        )
        stop = reader.number(fields["stop_out"], join_path(entry_path, "stop_out"), at_least=0)
        if call is not None and stop is not None:
            levels.append((account_type, MarginLevels(call, stop)))
    return tuple(levels)


def scheme_fields(scheme: Scheme) -> dict[str, object]:
    """A scheme as its JSON object; fields at their defaults are left out."""
    default = Scheme()
    fields: dict[str, object] = {"name": scheme.name}
    for key in (
        "description",
        "source",
        "checked",
        "currency",
        "margin_price",
        "apply_to",
        "volume_unit",
        "volume_scope",
        "volume_count",
    ):
        if getattr(scheme, key) != getattr(default, key):
            fields[key] = getattr(scheme, key)
    if scheme.hedging != default.hedging:
        hedging = scheme.hedging
        fields["hedging"] = dict(hedging) if isinstance(hedging, tuple) else hedging
    if scheme.equity_tiers:
        fields["equity_tiers"] = _tiers_fields(scheme.equity_tiers)
    ladders = scheme.ladders
    if list(ladders) == [OTHER] and isinstance(scheme.volume_tiers[0], Tier):
        fields["volume_tiers"] = _tiers_fields(ladders[OTHER])
    elif ladders:
        fields["volume_tiers"] = {key: _tiers_fields(ladder) for key, ladder in ladders.items()}
    if scheme.class_caps:
        fields["class_caps"] = {k: leverage_field(v) for k, v in scheme.class_caps}
    if scheme.unlimited is not None:
        rules = scheme.unlimited
        unlimited: dict[str, object] = {}
        if rules.account_types is not None:
            unlimited["account_types"] = list(rules.account_types)
        if rules.platforms is not None:
            unlimited["platforms"] = list(rules.platforms)
        for key in ("max_equity", "min_closed_trades", "min_closed_lots"):
            if getattr(rules, key) is not None:
                unlimited[key] = getattr(rules, key)
        unlimited["fallback"] = rules.fallback
        fields["unlimited"] = unlimited
    if isinstance(scheme.restricted_cap, float):
        fields["restricted_cap"] = leverage_field(scheme.restricted_cap)
    elif scheme.restricted_cap is not None:
        fields["restricted_cap"] = {k: leverage_field(v) for k, v in scheme.restricted_cap}
    if scheme.margin_levels:
        fields["margin_levels"] = {
            k: {"margin_call": v.margin_call, "stop_out": v.stop_out}
            for k, v in scheme.margin_levels
        }
    return fields


def _tiers_fields(tiers: Ladder) -> list[dict[str, object]]:
    return [{"from": t.start, "leverage": leverage_field(t.leverage)} for t in tiers]


@cache
def presets() -> MappingProxyType[str, Scheme]:
    """The shipped presets by name (file stem); a broken preset file is a fault of the program."""
    found: dict[str, Scheme] = {}
    for path in sorted((resources_dir() / "presets").glob("*.json")):
        reader = FieldReader()
        with path.open(encoding="utf-8") as f:
            scheme = read_scheme(reader, json.load(f), path.stem)
        if scheme is None:
            raise InputError(reader.problems)
        found[path.stem] = scheme
    return MappingProxyType(found)


# Presets kept so that files made with them open as they did, each with the one a trader should
# pick now (None: an illustration of a kind of rule, not a broker's table); listed apart as
# "Older presets and examples" (docs/presets.md).
OLDER_PRESETS: dict[str, str | None] = {
    "exness": "exness-current",
    "fxtm-style": "fxtm",
    "alpari-style": "alpari",
    "equity-ladder-500": None,
    "volume-ladder-500": None,
}


def preset_advice(key: str) -> Message | None:
    """Why a preset is listed apart and what to pick instead; None for a current one."""
    if key not in OLDER_PRESETS:
        return None
    newer = OLDER_PRESETS[key]
    if newer is None:
        return Message("an example of this kind of rule, not a broker's own table")
    return Message(
        "kept for files made with it; for this broker pick {preset}",
        preset=presets()[newer].name,
    )


def unknown_preset(name: object) -> Message:
    """What a preset name that is not shipped says, with the names that are."""
    return Message(
        "unknown preset {name} (presets: {presets})", name=repr(name), presets=", ".join(presets())
    )
