"""A statement's bytes as text (docs/statements.md): MetaTrader 4 writes the Windows code page of the
terminal's language with no charset declared; MetaTrader 5 writes UTF-16 with a byte-order mark,
sometimes with one stray byte at the end, and re-saved files are often UTF-8."""

from __future__ import annotations

import codecs
import re

# Tried in this order when there is no byte-order mark and the bytes are not UTF-8.
DOUBLE_BYTE = ("cp932", "gbk")  # Shift-JIS (Japanese), GBK (Chinese)
SINGLE_BYTE = "cp1252"  # Western European; latin-1 takes the few bytes cp1252 leaves undefined
NON_ASCII = re.compile(r"[^\x00-\x7f]+")
KANA = re.compile("[\u3040-\u30ff]")
HALF_WIDTH = re.compile("[\uff61-\uff9f]")
IDEOGRAPHS = re.compile("[\u4e00-\u9fff\u3000-\u303f]")


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
        except (UnicodeDecodeError, LookupError):  # LookupError: a build without the codec
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
    runs = NON_ASCII.findall(text)
    wide = sum(len(run) for run in runs)
    if not wide:
        return True
    if sum(len(run) for run in runs if len(run) > 1) < 0.5 * wide:
        return False
    if encoding == "cp932":
        return len(KANA.findall(text)) > 0.05 * wide and len(HALF_WIDTH.findall(text)) < 0.2 * wide
    return len(IDEOGRAPHS.findall(text)) > 0.5 * wide
