"""A statement's bytes as text (SPEC 10): MetaTrader 4 writes the Windows code page of the
terminal's language with no charset declared; MetaTrader 5 writes UTF-16 with a byte-order mark,
sometimes with one stray byte at the end, and re-saved files are often UTF-8."""

from __future__ import annotations

import codecs

# Tried in this order when there is no byte-order mark and the bytes are not UTF-8.
DOUBLE_BYTE = ("cp932", "gbk")  # Shift-JIS (Japanese), GBK (Chinese)
SINGLE_BYTE = "cp1252"  # Western European; latin-1 takes the few bytes cp1252 leaves undefined


def decode_statement(data: bytes) -> str:
    """Decode a statement whatever its encoding; never raises (undecodable bytes become U+FFFD).

    A UTF-16 byte-order mark wins (an odd trailing byte is dropped); then UTF-8; then a
    double-byte code page when the text it gives is plausible for it (Japanese needs kana);
    then cp1252.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        even = data[: len(data) - len(data) % 2]
        return even.decode("utf-16", errors="replace")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if _looks_like_utf16_le(data):
        even = data[: len(data) - len(data) % 2]
        return even.decode("utf-16-le", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in DOUBLE_BYTE:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text, encoding):
            return text
    try:
        return data.decode(SINGLE_BYTE)
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _looks_like_utf16_le(data: bytes) -> bool:
    """UTF-16 without a mark: ASCII markup then has a zero in every second byte."""
    sample = data[:2000]
    return len(sample) >= 8 and sample[1::2].count(0) > 0.9 * (len(sample) // 2)


def _plausible(text: str, encoding: str) -> bool:
    """Whether the characters outside ASCII are what that language writes. Both languages write
    words of several wide characters in a row, where a Western text read as a double-byte code
    page pairs each accented letter with the next one into a lone character between ASCII
    letters; Japanese also uses kana (Chinese read as Shift-JIS gives kanji and half-width
    katakana soup)."""
    wide = [c for c in text if ord(c) > 127]
    if not wide:
        return True
    in_runs = sum(
        1
        for i, c in enumerate(text)
        if ord(c) > 127
        and ((i > 0 and ord(text[i - 1]) > 127) or (i + 1 < len(text) and ord(text[i + 1]) > 127))
    )
    if in_runs < 0.5 * len(wide):
        return False
    if encoding == "cp932":
        kana = sum(1 for c in wide if "\u3040" <= c <= "\u30ff")
        half_width = sum(1 for c in wide if "\uff61" <= c <= "\uff9f")
        return kana > 0.05 * len(wide) and half_width < 0.2 * len(wide)
    ideographs = sum(1 for c in wide if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f")
    return ideographs > 0.5 * len(wide)
