"""The fields of a scenario file, by where they sit (docs/scenario-files.md). The account's
and the positions' fields are one table each: it drives reading them, writing them, their
defaults (the model's, or the field's own), and what the app calls them."""

from __future__ import annotations

from dataclasses import dataclass

from core.messages import Message


@dataclass(frozen=True)
class Field:
    """One field of an object in the file.

    ``kind`` says how it reads: ``number``, ``count`` (a whole number), ``text``,
    ``currency``, ``leverage``, ``boolean``, ``symbol`` (one the instruments know) or
    ``lots``. ``written`` says when the file writes it: ``always``, ``set`` (not None) or
    ``nonzero``. A field absent from the file takes ``default``, else the model's default."""

    key: str
    attribute: str
    kind: str
    label: Message
    required: bool = False
    default: object = None
    at_least: float | None = None
    greater_than: float | None = None
    choices: tuple[str, ...] | None = None
    written: str = "always"


ACCOUNT = (
    Field("currency", "currency", "currency", Message("Currency"), default="USD"),
    Field("balance", "balance", "number", Message("Balance"), required=True),
    Field("credit", "credit", "number", Message("Credit"), at_least=0),
    Field("type", "account_type", "text", Message("Account type")),
    Field("platform", "platform", "text", Message("Platform")),
    Field("closed_trades", "closed_trades", "count", Message("Closed trades"), at_least=0),
    Field("closed_lots", "closed_lots", "number", Message("Closed lots"), at_least=0),
    Field("leverage", "leverage", "leverage", Message("Leverage"), required=True),
    Field(
        "margin_call_level",
        "margin_call_level",
        "number",
        Message("Margin call"),
        at_least=0,
        written="set",
    ),
    Field(
        "stop_out_level", "stop_out_level", "number", Message("Stop out"), at_least=0, written="set"
    ),
    Field("levels_in", "levels_in", "text", Message("Levels in"), choices=("percent", "money")),
)
POSITION = (
    Field("symbol", "symbol", "symbol", Message("Symbol"), required=True),
    Field("side", "side", "text", Message("Side"), required=True, choices=("buy", "sell")),
    Field("lots", "lots", "lots", Message("Lots"), required=True),
    Field("open_price", "open_price", "number", Message("Open"), required=True, greater_than=0),
    Field("swap", "swap", "number", Message("Swap"), written="nonzero"),
    Field("commission", "commission", "number", Message("Comm."), written="nonzero"),
    Field(
        "opened_leverage",
        "opened_leverage",
        "leverage",
        Message("Opened at leverage"),
        written="set",
    ),
    Field("restricted", "restricted", "boolean", Message("Restr."), written="nonzero"),
)

FORMAT = "fxmargin-scenario"
VERSION = 2

TOP_FIELDS = (
    "format",
    "version",
    "account",
    "scheme",
    "restricted_market",
    "prices",
    "positions",
    "orders",
    "instruments",
    "source",
)
ACCOUNT_FIELDS = tuple(field.key for field in ACCOUNT)
POSITION_FIELDS = tuple(field.key for field in POSITION)
ORDER_FIELDS = ("symbol", "type", "lots", "price", "stop", "sl", "tp", "expires")
INSTRUMENT_FIELDS = (
    "class",
    "base",
    "quote",
    "contract_size",
    "pip_size",
    "max_leverage",
    "margin_rate",
    "margin_multiplier",
    "group",
)
