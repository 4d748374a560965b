"""What kind of file a trader opened: a statement or a scenario, told from its first bytes
without loading the statement readers (the app asks this of every file it opens, the
built-in example at start-up included)."""

from __future__ import annotations

from core.messages import Message
from core.problems import InputError, Problem


def is_xlsx(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04")


def looks_like_statement(data: bytes) -> bool:
    """Whether a file is a statement rather than a scenario: XLSX, UTF-16, or HTML markup."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").lower()
    return (
        is_xlsx(data) or data[:2] in (b"\xff\xfe", b"\xfe\xff") or head.startswith((b"<", b"<\x00"))
    )


def refuse_unknown(data: bytes, name: str) -> None:
    """Raise `InputError` for a file that is neither a scenario (a JSON object) nor a
    statement, saying so, rather than what the JSON reader would make of it."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    json_start = head[:1] in b'{["-0123456789tfn'  # what a JSON text may begin with
    if head and not json_start and not looks_like_statement(data):
        raise InputError(
            [
                Problem(
                    name,
                    Message(
                        "neither an fxmargin scenario (JSON) nor a MetaTrader statement (HTML or "
                        "XLSX)"
                    ),
                )
            ]
        )
