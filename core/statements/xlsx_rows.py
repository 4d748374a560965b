"""The rows of an XLSX workbook's first sheet as cell texts, with the standard library
(zipfile and ElementTree). MetaTrader 5 writes its XML parts in UTF-16, which ElementTree's
expat reads from the byte-order mark; numbers come as numbers or as text."""

from __future__ import annotations

import re
import zipfile
import zlib
from io import BytesIO
from xml.etree import ElementTree

from core.messages import Message
from core.problems import InputError, Problem

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELATIONS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CELL_COLUMN = re.compile(r"^([A-Z]+)")
MOST_PART_BYTES = 64 * 1024 * 1024  # a sheet larger than this is not a statement


def xlsx_rows(data: bytes) -> list[list[str]]:
    """Every row of the first worksheet, each cell as its text ("" for an empty one)."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            sheet = _first_sheet(archive)
            strings = _shared_strings(archive)
            root = ElementTree.fromstring(_part(archive, sheet))
    except (
        zipfile.BadZipFile,
        zlib.error,
        KeyError,
        ElementTree.ParseError,
        EOFError,
        ValueError,
        NotImplementedError,  # a compression method zipfile does not know
        RuntimeError,  # an encrypted archive
    ) as error:
        raise InputError(
            [
                Problem(
                    "statement",
                    Message("not a readable XLSX workbook ({error})", error=str(error)),
                )
            ]
        ) from None
    rows: list[list[str]] = []
    for row in root.iter(f"{MAIN}row"):
        cells: list[str] = []
        for cell in row.iter(f"{MAIN}c"):
            column = _column_index(cell.get("r", ""), len(cells))
            cells.extend([""] * (column - len(cells)))
            cells.append(_cell_text(cell, strings))
        rows.append(cells)
    return rows


def _part(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MOST_PART_BYTES:
        raise ValueError(f"{name} is too large")
    return archive.read(name)


def _first_sheet(archive: zipfile.ZipFile) -> str:
    """The first sheet's part, through the workbook and its relationships."""
    try:
        workbook = ElementTree.fromstring(_part(archive, "xl/workbook.xml"))
        rels = ElementTree.fromstring(_part(archive, "xl/_rels/workbook.xml.rels"))
        sheet = next(workbook.iter(f"{MAIN}sheet"))
        target_id = sheet.get(f"{RELATIONS}id")
        target = next(
            r.get("Target", "")
            for r in rels.iter(f"{PACKAGE}Relationship")
            if r.get("Id") == target_id
        )
        return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    except (KeyError, StopIteration):
        return "xl/worksheets/sheet1.xml"


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    root = ElementTree.fromstring(_part(archive, "xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in item.iter(f"{MAIN}t")) for item in root.iter(f"{MAIN}si")]


def _column_index(reference: str, default: int) -> int:
    match = CELL_COLUMN.match(reference)
    if not match:
        return default
    index = 0
    for letter in match.group(1):
        index = index * 26 + ord(letter) - 64
    return index - 1


def _cell_text(cell: ElementTree.Element, strings: list[str]) -> str:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{MAIN}t")).strip()
    value = cell.find(f"{MAIN}v")
    text = (value.text or "") if value is not None else ""
    if kind == "s":
        index = int(text) if text.isascii() and text.isdigit() else len(strings)
        return strings[index].strip() if index < len(strings) else ""
    return text.strip()
