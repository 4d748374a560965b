"""Any MetaTrader statement's bytes to a `Statement` (docs/statements.md): the format and encoding are
found from the bytes, never from the file's name."""

from __future__ import annotations

from collections.abc import Iterable

from core.statements.decoding import decode_statement
from core.statements.file_kind import is_xlsx
from core.statements.html_rows import html_rows, visible_texts
from core.statements.mt4 import looks_like_mt4, read_mt4
from core.statements.mt5 import looks_like_mt5, read_mt5
from core.statements.statement import Statement, not_a_statement
from core.statements.xlsx_rows import xlsx_rows


def read_statement(data: bytes, known_symbols: Iterable[str]) -> Statement:
    """An MT4 Statement or Detailed Statement, or an MT5 Trade History Report (HTML or XLSX).
    `InputError` when the bytes are none of those, or one cut short or with a broken number."""
    known = list(known_symbols)
    if is_xlsx(data):
        texts = xlsx_rows(data)
    else:
        texts = [visible_texts(row) for row in html_rows(decode_statement(data))]
    if looks_like_mt5(texts):
        return read_mt5(texts, known)
    if looks_like_mt4(texts):
        return read_mt4(texts, known)
    raise not_a_statement()
